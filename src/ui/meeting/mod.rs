//! The meeting module's components (see `compare_entry::meeting`): its root,
//! the meeting's screen, the outcome form and the agreed actions. A third
//! binary loads them when "Run the meeting" is pressed, so neither the main
//! app nor the comparison module reaches in here (`tests/architecture.rs`
//! checks it); they may use the comparison's and the main app's shared
//! pieces.

mod agreed_actions;
mod app;
mod meeting;
mod outcome;

pub use app::{MeetingApp, MeetingAppProps};
pub use meeting::Meeting;
