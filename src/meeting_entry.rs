//! What crosses between the comparison module and the meeting module (the
//! meeting's screen, outcome form and agreed actions, and the page a
//! partner opens agreed actions on; `ui::meeting`), a
//! third binary, `src/bin/collaboration-meeting.rs`, that the comparison
//! module loads (`browser::lazy_module`) when "Run the meeting" is
//! pressed or agreed actions open (`compare_entry::ModuleView::Actions`), through a function the loaders hand it
//! (`compare_entry::exports::SET_MEETING_LOADER`). It checks the same `compare_entry::BUILD_ID`.
//!
//! A leaf beside `compare_entry` (it reads only its `Place`).

use crate::compare_entry::Place;

/// The names the meeting binary exports: those of `compare_entry::exports`
/// (its build id, and its part's `update`, with new options when the saved
/// data changed, and `destroy`), but for the function that mounts it.
pub mod exports {
    /// `(root, options, navigate(hash, replace), leave(), add(partnership id, items)) -> part`.
    pub const MOUNT: &str = "mount_meeting";
}

/// What the comparison module tells the meeting module when mounting it:
/// the meeting reads its review from the comparison's link, as the
/// compare page does. It crosses as a plain object (`browser::module_options`).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MeetingOptions {
    /// The comparison as its link holds it (see `Route::Compare`), or
    /// agreed actions' payload (`MeetingView::Actions`).
    pub link: String,
    /// The minutes the agenda was made for.
    pub budget: u32,
    /// The widget's storage prefix, where the notes are kept; empty for
    /// an app that stores nothing.
    pub notes_prefix: String,
    pub place: Place,
    pub view: MeetingView,
    /// The page's heading takes focus (arrived by in-app navigation).
    pub focus: bool,
    /// The reader's saved data (`Store::to_json`), for the agreed-actions
    /// page; empty for a meeting.
    pub store: String,
}

/// Which page the meeting module shows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum MeetingView {
    /// The meeting, for the comparison in `link`.
    #[default]
    Meeting,
    /// A meeting's agreed actions, for a partner to add to a plan; `link`
    /// holds their payload (`Route::Actions`).
    Actions,
}
