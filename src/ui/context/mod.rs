//! What components share without passing it down, in three contexts, one
//! module each holding its type, its provider and the hooks that read it:
//! the app state (`app_state`); the services that do not change with it
//! (`services`: a way to change the state, the storage, typed text not yet
//! committed); and the navigator (`navigator`), which the comparison module
//! (loaded apart, see `compare_entry`) provides too. The app sets the
//! providers up once (`ui::app`).
//!
//! Reading the state (`use_app`) re-renders a component on every change;
//! components that only send actions use `use_dispatch`, whose value never
//! changes, so an answer elsewhere does not re-render them.

pub mod app_state;
pub mod navigator;
mod provided;
pub mod services;

pub use app_state::{use_app, AppContext, Dispatch};
pub use navigator::{use_navigator, Navigator};
pub use services::{use_answers, use_dispatch, use_drafts, use_storage, Services};
