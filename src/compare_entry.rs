//! What crosses between the main app and the comparison module. The
//! comparison family (the compare page, review, agenda, group summary, side
//! by side, finding links in pasted text; `ui::compare`) is a second binary,
//! `src/bin/collaboration-compare.rs`, loaded only when a comparison opens,
//! so the first load does not carry it. The page that opens a meeting's
//! agreed actions ([`ModuleView::Actions`]) is mounted through it, from the
//! meeting module (`meeting_entry`). The main app
//! (`ui::pages::compare_loader`, through `browser::lazy_module`) mounts
//! it with [`CompareOptions`] as a plain object (`browser::module_options`:
//! not JSON, so the module carries no JSON reader), and the module asks the
//! main app to
//! navigate by calling back with a URL fragment, and to add agreed actions
//! to a partnership's plan by calling back with the partnership's id and
//! the items (`assessment::AgreedItem::join`, a string the main app splits
//! with no new parser): the main app's state is the one writer of saved
//! data.
//!
//! A leaf: it imports nothing of this crate, so both sides read it without
//! a circle. The two binaries are built together; [`BUILD_ID`] tells the
//! main app when a module from another release was loaded (a cached file).

/// This build's id (a hash of the source, see `build.rs`): the comparison
/// module exports it, and the main app mounts only a module with its own.
pub const BUILD_ID: &str = env!("MCW_BUILD_ID");

/// The names the comparison binary exports, and its mounted part's methods
/// (the meeting binary's are the same but for [`exports::MOUNT`]).
pub mod exports {
    /// `() -> String`: the module's [`super::BUILD_ID`].
    pub const BUILD_ID: &str = "build_id";
    /// `(root, options, navigate(hash, replace), add(partnership id, items)) -> part`.
    pub const MOUNT: &str = "mount_compare";
    /// `part.update(options)`.
    pub const UPDATE: &str = "update";
    /// `part.destroy()`.
    pub const DESTROY: &str = "destroy";
    /// `(load)`: keeps the function that loads the meeting module and
    /// resolves to its exports (called by the loaders before mounting; see
    /// `meeting_entry`).
    pub const SET_MEETING_LOADER: &str = "set_meeting_loader";
}

/// Where the app sits in its page, as its navigator knows it
/// (`ui::context::Navigator`): the comparison's navigator is made from the
/// same place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// True on the standalone page, whose URL fragment is the app's.
    pub owns_url: bool,
    /// The views an embedding page offers, by name (`Route::view_name`);
    /// `None`: all of them.
    pub views: Option<Vec<String>>,
    /// Where share and compare links point (an embedded widget's
    /// `share-base`); `None` for this page.
    pub share_base: Option<String>,
    /// The level of the view's top heading (1 on the standalone page).
    pub heading_level: u8,
}

impl Default for Place {
    fn default() -> Self {
        Place { owns_url: false, views: None, share_base: None, heading_level: 1 }
    }
}

/// Which page the module shows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum ModuleView {
    /// A comparison (`Route::Compare`).
    #[default]
    Compare,
    /// A meeting's agreed actions, for a partner to add to a plan (`Route::Actions`).
    Actions,
}

/// What the main app tells the comparison module, at mounting and after.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CompareOptions {
    /// The comparison as its link holds it (see `Route::Compare`).
    pub link: String,
    /// The reader's own results, encoded, for "Add my own results".
    pub mine: String,
    /// The page's heading takes focus (arrived by in-app navigation).
    pub focus: bool,
    pub place: Place,
    /// The widget's storage prefix, under which typed text is kept for the
    /// tab (`browser::tab_drafts`); empty for an app that stores nothing.
    pub drafts: String,
    pub view: ModuleView,
    /// The reader's saved data (`Store::to_json`), for the agreed-actions
    /// page to offer their partnerships and see what their plans hold
    /// (read-only); empty for a comparison.
    pub store: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_id_names_this_source() {
        assert_eq!(BUILD_ID.len(), 16);
        assert!(BUILD_ID.bytes().all(|b| b.is_ascii_hexdigit()), "{BUILD_ID}");
    }
}
