//! The meeting module's components (see `meeting_entry`): its root,
//! the meeting's screen, the outcome form and the agreed actions, and the
//! page a partner opens an agreed-actions link on. A third binary loads
//! them when "Run the meeting" is pressed or that link opens, so neither the main
//! app nor the comparison module reaches in here (`tests/architecture.rs`
//! checks it); they may use the comparison's and the main app's shared
//! pieces.

mod actions_page;
mod agreed_actions;
mod app;
mod outcome;
mod screen;

pub use actions_page::ActionsPage;
pub use app::{MeetingApp, MeetingAppProps};
pub use screen::Meeting;
