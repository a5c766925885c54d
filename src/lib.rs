//! *Making Collaboration Work* as an interactive, client-side widget.
//!
//! The model, plain Rust with no browser types and tested natively:
//! - [`content`]: the guide as typed data, word for word.
//! - [`diagram`]: how a diagram is laid out and navigated.
//! - [`assessment`]: statements, answers, scores and the saved document.
//! - [`share`]: results as links, and comparing them.
//! - [`route`]: the views, as URL fragments.
//! - [`state`]: the app state and its one reducer.
//! - [`storage_policy`]: what stored data means at start-up, on saving
//!   and when another tab saves.
//! - [`number`], [`trig`], [`small_sort`]:
//!   decimals for display, sine/cosine and a small sort.
//!
//! The edges:
//! - [`browser`]: every side effect on the page (URL, storage, files, focus).
//! - [`ui`]: Yew components that render state and send actions.
//! - [`embed`]: the entry points the loaders call.
//! - [`compare_entry`]: what crosses into the comparison module (a second
//!   binary loaded only when a comparison opens, its components in
//!   `ui::compare`): options, export names, build id; a leaf.

pub mod assessment;
pub mod browser;
pub mod compare_entry;
pub mod content;
pub mod dates;
pub mod diagram;
pub mod embed;
pub mod meeting;
pub mod meeting_entry;
pub mod number;
pub mod route;
pub mod share;
pub mod small_sort;
pub mod state;
pub mod storage_policy;
pub mod trig;
pub mod ui;

pub use ui::{App, AppProps};
