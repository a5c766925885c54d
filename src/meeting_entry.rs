//! What crosses between the comparison module and the meeting module (the
//! meeting's screen, outcome form and agreed actions, and the page a
//! partner opens agreed actions on; `ui::meeting`), a
//! third binary, `src/bin/collaboration-meeting.rs`, that the comparison
//! module loads (`browser::meeting_module`) when "Run the meeting" is
//! pressed or agreed actions open (`compare_entry::ModuleView::Actions`), through a function the loaders hand it
//! (`compare_entry::exports::SET_MEETING_LOADER`). It checks the same `compare_entry::BUILD_ID`.
//!
//! A leaf beside `compare_entry` (it reads only its `Place`).

use crate::compare_entry::Place;
use serde::{Deserialize, Serialize};

/// The names the meeting binary exports, and its mounted part's method.
pub mod exports {
    /// `() -> String`: the module's `compare_entry::BUILD_ID`.
    pub const BUILD_ID: &str = "build_id";
    /// `(root, options JSON, navigate(hash, replace), leave(), add(partnership id, items)) -> part`.
    pub const MOUNT: &str = "mount_meeting";
    /// `part.update(options JSON)`: the saved data changed (agreed actions added).
    pub const UPDATE: &str = "update";
    /// `part.destroy()`.
    pub const DESTROY: &str = "destroy";
}

/// What the comparison module tells the meeting module when mounting it:
/// the meeting reads its review from the comparison's link, as the
/// compare page does.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(default)]
    pub view: MeetingView,
    /// The page's heading takes focus (arrived by in-app navigation).
    #[serde(default)]
    pub focus: bool,
    /// The reader's saved data (`Store::to_json`), for the agreed-actions
    /// page; empty for a meeting.
    #[serde(default)]
    pub store: String,
}

/// Which page the meeting module shows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingView {
    /// The meeting, for the comparison in `link`.
    #[default]
    Meeting,
    /// A meeting's agreed actions, for a partner to add to a plan; `link`
    /// holds their payload (`Route::Actions`).
    Actions,
}

impl MeetingOptions {
    /// Options sent by the comparison module; anything unreadable (never
    /// expected: built together, build id checked) shows no meeting.
    pub fn read(json: &str) -> MeetingOptions {
        serde_json::from_str(json).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeting_options_travel_as_json_and_unreadable_ones_show_no_meeting() {
        let options = MeetingOptions {
            link: "1abc.1def".into(),
            budget: 45,
            notes_prefix: "mcw:embed-east:".into(),
            place: Place { heading_level: 2, ..Place::default() },
            view: MeetingView::Actions,
            focus: true,
            store: "{}".into(),
        };
        let json = serde_json::to_string(&options).unwrap();
        assert_eq!(MeetingOptions::read(&json), options);
        assert_eq!(MeetingOptions::read("[1,"), MeetingOptions::default());
    }
}
