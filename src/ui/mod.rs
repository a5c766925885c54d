//! Yew components: they render state and send actions, holding no logic
//! that could live in the model, and reach the browser only through
//! `browser`.
//!
//! - `app`: the root, its props, its state and the page shell.
//! - `context`: the contexts components share, each with its provider and
//!   the hooks that read it.
//! - `first_frame`: focus on a view's arrival, and what waits for its first frame.
//! - `routing`: URL and title in step, and `switch`, the page for a route.
//! - `persistence`: saving after edits (and at once on leaving) and merging
//!   what other tabs and widgets saved.
//! - `headings`: heading levels that fit the page around the app.
//! - `drafts`: typed text not yet committed, which leaving commits at once.
//! - `answers`: answers handed to the state after the frame that shows them.
//! - `stage`: the first view rendered in stages, a task or a frame each.
//! - `module_loader`: where a module loaded apart mounts.
//! - `pages`: one component per view.
//! - `compare`: the comparison module's root, page and pieces, loaded apart.
//! - `meeting`: the meeting module's root, screen, outcome form and agreed
//!   actions, loaded apart again by the comparison module.
//! - `components`: the pieces pages are made of.

mod answers;
mod app;
pub mod compare;
mod components;
mod context;
mod drafts;
mod first_frame;
mod headings;
pub mod meeting;
mod module_loader;
mod pages;
mod persistence;
mod render_count;
mod routing;
mod stage;

pub use app::{App, AppProps, Chrome, Theme};
pub use context::Navigator;
pub use headings::Headings;
pub use render_count::renders;
pub use routing::view_title;
