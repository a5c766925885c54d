//! *Making Collaboration Work* as an interactive, client-side widget.
//!
//! - [`content`]: the guide as typed data (no browser types).
//! - [`route`]: views as URL fragments (pure).
//! - [`browser`]: every side effect on the page (URL, title, focus).
//! - [`ui`]: Yew components that render state and send actions.

pub mod assessment;
pub mod browser;
pub mod chart;
pub mod content;
pub mod diagram;
pub mod embed;
pub mod number;
pub mod route;
pub mod share;
pub mod small_sort;
pub mod state;
pub mod trig;
pub mod ui;

pub use ui::{App, AppProps};
