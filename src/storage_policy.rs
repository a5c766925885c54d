//! One policy for what stored data means to a tab, used at start-up, before
//! every save and when another tab saves. Plain Rust: `browser::startup`
//! and `ui::persistence` carry out what it decides.
//!
//! The rules: our data (any schema we read) is used or merged; data of a
//! newer release is never written over, whenever it appears; unreadable
//! data is set aside before anything is written over it; refused or full
//! storage leaves the app working in memory, saying so.

use std::rc::Rc;

use crate::assessment::store::{self, Read, SCHEMA};
use crate::assessment::Store;
use crate::state::{Notice, SaveMode};

/// What a tab does with the stored text it finds at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum AtStartup {
    /// Nothing stored: start afresh.
    Fresh,
    /// Our data (any schema we read): use it.
    Use(Store),
    /// A newer release's data: never write over it, saying why.
    StopSaving(Notice),
    /// Unreadable: copy it aside byte for byte, then start afresh; the
    /// reason in plain words.
    SetAside(String),
}

/// What a tab does just before writing its data.
#[derive(Debug, Clone, PartialEq)]
pub enum BeforeSave {
    /// Write ours, after merging `merge` in and copying `keep` aside.
    Write { merge: Option<Store>, keep: Option<Keep> },
    /// A newer release's data is there: stop saving for good, saying why.
    StopSaving(Notice),
}

/// Stored text to copy aside, byte for byte, before it is written over.
#[derive(Debug, Clone, PartialEq)]
pub struct Keep {
    pub text: String,
    /// What to tell, and stop saving with, if the copy is refused.
    pub if_refused: Notice,
}

/// What a tab does when the data changes elsewhere: another tab, or
/// another widget on this page.
#[derive(Debug, Clone, PartialEq)]
pub enum FromElsewhere {
    Merge(Store),
    /// Deleted elsewhere: clear it here too, saying so.
    Clear(Notice),
    /// A newer release saved: stop saving, offering what this tab holds.
    StopSaving(Notice),
    /// Unreadable: leave it for this tab's next save to set aside.
    Ignore,
}

/// Decides what `stored` (`None` when absent) means at start-up.
pub fn at_startup(stored: Option<&str>) -> AtStartup {
    let Some(text) = stored else {
        return AtStartup::Fresh;
    };
    match store::read(text) {
        Read::Valid(store) | Read::Migrated(store) => AtStartup::Use(store),
        Read::Newer(_) => AtStartup::StopSaving(kept(
            "Your saved answers were made by a newer version of this tool. They are kept exactly as they are, and this page will not save over them. You can download a copy.",
            text.to_string(),
        )),
        Read::Invalid(reason) => AtStartup::SetAside(reason),
    }
}

/// Decides what to do before a save. `changed` says whether `stored`
/// differs from what this tab last wrote or read; `first` whether this is
/// the tab's first save (when an older schema's text is kept as it was
/// before its upgrade); `ours` gives this tab's data as a download.
pub fn before_save(stored: Option<&str>, changed: bool, first: bool, ours: impl FnOnce() -> String) -> BeforeSave {
    let Some(text) = stored else {
        return BeforeSave::Write { merge: None, keep: None };
    };
    let upgrade = || {
        (first && keep_before_upgrade(text)).then(|| Keep { text: text.to_string(), if_refused: upgrade_unkept(text) })
    };
    if !changed {
        return BeforeSave::Write { merge: None, keep: upgrade() };
    }
    match store::read(text) {
        Read::Valid(theirs) | Read::Migrated(theirs) => BeforeSave::Write { keep: upgrade(), merge: Some(theirs) },
        Read::Newer(_) => BeforeSave::StopSaving(stopped(ours())),
        Read::Invalid(reason) => BeforeSave::Write {
            merge: None,
            keep: Some(Keep { text: text.to_string(), if_refused: set_aside(&reason, text, false).1 }),
        },
    }
}

/// Decides what a change made elsewhere (`None`: deleted) means here.
pub fn from_elsewhere(stored: Option<&str>, ours: impl FnOnce() -> String) -> FromElsewhere {
    let Some(text) = stored else {
        return FromElsewhere::Clear(Notice::info(
            "Your data was deleted in another tab or widget, so it has been cleared here too.",
        ));
    };
    match store::read(text) {
        Read::Valid(theirs) | Read::Migrated(theirs) => FromElsewhere::Merge(theirs),
        Read::Newer(_) => FromElsewhere::StopSaving(stopped(ours())),
        Read::Invalid(_) => FromElsewhere::Ignore,
    }
}

/// A newer release saved while this tab was open: it stops saving and
/// offers `ours`, kept current as the tab is edited.
fn stopped(ours: String) -> Notice {
    Notice {
        backup_is_ours: true,
        ..kept(
            "A newer version of this tool has saved your data in another tab, so this page has stopped saving to avoid overwriting it: download what it holds to keep any edits made here.",
            ours,
        )
    }
}

/// An error notice offering `backup` as a download.
fn kept(text: &str, backup: String) -> Notice {
    Notice { text: text.into(), backup: Some(Rc::from(backup)), backup_is_ours: false, is_error: true }
}

/// After unreadable data was (or could not be) set aside at start-up:
/// the save mode and what to tell.
pub fn set_aside(reason: &str, raw: &str, backed_up: bool) -> (SaveMode, Notice) {
    if backed_up {
        let text = format!("We found saved answers we could not read: {reason}. We kept them untouched as a backup, which you can download, and started afresh.");
        (SaveMode::Saved, kept(&text, raw.into()))
    } else {
        let text = format!("We found saved answers we could not read: {reason}. We could not set them aside, so this page will not save over them. Download them to keep a copy.");
        (SaveMode::ReadOnly, kept(&text, raw.into()))
    }
}

/// Storage refused at start-up (`why`: the browser's reason in words).
pub fn refused(why: &str) -> Notice {
    Notice::info(format!("{why} You can still use everything here, but your answers will be lost when you close this page unless you export them."))
}

/// A save the browser refused.
pub fn save_failed(why: &str) -> Notice {
    Notice {
        text: format!("{why} Your answers are kept in this page for now, but will be lost when you close it unless you export them."),
        backup: None,
        backup_is_ours: false,
        is_error: true,
    }
}

/// The copy of an older schema's data could not be kept before upgrading it.
fn upgrade_unkept(stored: &str) -> Notice {
    kept(
        "Your saved answers were made by an earlier version of this tool, and this page could not keep a copy of them as they were before upgrading them, so it will not save over them: you can download them.",
        stored.into(),
    )
}

/// Whether `stored` must be copied aside before it is first written over:
/// a document of an older schema is kept as it was when upgraded.
fn keep_before_upgrade(stored: &str) -> bool {
    store::schema_of(stored).is_some_and(|s| s < SCHEMA)
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = include_str!("../tests/fixtures/store-v1.json");
    const V2: &str = include_str!("../tests/fixtures/store-v2.json");
    const V3: &str = include_str!("../tests/fixtures/store-v3.json");
    const V4: &str = include_str!("../tests/fixtures/store-v4.json");
    const V5: &str = include_str!("../tests/fixtures/store-v5.json");

    fn newer() -> String {
        V5.replace("\"schema\":5", "\"schema\":6")
    }

    fn ours() -> String {
        "ours".into()
    }

    #[test]
    fn our_data_in_any_schema_we_read_is_used_or_merged() {
        for text in [V1, V2, V3, V4, V5] {
            assert!(matches!(at_startup(Some(text)), AtStartup::Use(_)));
            assert!(matches!(
                before_save(Some(text), true, false, ours),
                BeforeSave::Write { merge: Some(_), keep: None }
            ));
            assert!(matches!(from_elsewhere(Some(text), ours), FromElsewhere::Merge(_)));
        }
        assert_eq!(
            before_save(Some(V5), false, true, ours),
            BeforeSave::Write { merge: None, keep: None },
            "our own text: just write"
        );
    }

    #[test]
    fn newer_data_is_never_written_over_whenever_it_appears() {
        let AtStartup::StopSaving(at_start) = at_startup(Some(&newer())) else { panic!() };
        assert_eq!(at_start.backup.as_deref(), Some(newer().as_str()), "the newer data");
        let BeforeSave::StopSaving(saving) = before_save(Some(&newer()), true, false, ours) else { panic!() };
        let FromElsewhere::StopSaving(elsewhere) = from_elsewhere(Some(&newer()), ours) else { panic!() };
        for later in [saving, elsewhere] {
            assert_eq!(later.backup.as_deref(), Some("ours"), "what this tab holds");
            assert!(later.backup_is_ours, "kept current as the tab is edited");
            assert!(later.text.contains("stopped saving"));
            assert_eq!(later.text.matches(". ").count(), 0, "one sentence");
        }
    }

    #[test]
    fn unreadable_data_is_set_aside_before_a_write_and_left_for_it_otherwise() {
        assert!(matches!(at_startup(Some("{oops")), AtStartup::SetAside(_)));
        let BeforeSave::Write { merge: None, keep: Some(keep) } = before_save(Some("{oops"), true, false, ours) else {
            panic!()
        };
        assert_eq!(keep.text, "{oops", "byte for byte");
        assert!(keep.if_refused.text.contains("will not save over them"));
        assert_eq!(from_elsewhere(Some("{oops"), ours), FromElsewhere::Ignore);
        assert_eq!(set_aside("x", "{oops", false).0, SaveMode::ReadOnly);
        assert_eq!(set_aside("x", "{oops", true).0, SaveMode::Saved);
    }

    #[test]
    fn deleted_elsewhere_clears_here_and_nothing_stored_starts_afresh() {
        assert!(matches!(from_elsewhere(None, ours), FromElsewhere::Clear(_)));
        assert_eq!(at_startup(None), AtStartup::Fresh);
        assert_eq!(before_save(None, true, true, ours), BeforeSave::Write { merge: None, keep: None });
    }

    #[test]
    fn an_older_schema_is_kept_as_it_was_before_the_first_save_only() {
        for old in [V1, V2, V3, V4] {
            for changed in [false, true] {
                let BeforeSave::Write { keep: Some(keep), .. } = before_save(Some(old), changed, true, ours) else {
                    panic!("{changed}")
                };
                assert_eq!(keep.text, old);
                assert!(keep.if_refused.text.contains("earlier version"));
                assert!(
                    matches!(before_save(Some(old), changed, false, ours), BeforeSave::Write { keep: None, .. }),
                    "later saves write over this tab's own text"
                );
            }
        }
        assert!(matches!(before_save(Some(V5), false, true, ours), BeforeSave::Write { keep: None, .. }));
    }

    /// The state's side of stopping: the kept copy follows every edit.
    #[test]
    fn a_tab_that_stopped_saving_offers_its_latest_data() {
        use crate::assessment::{Answer, Assessment};
        use crate::route::Route;
        use crate::state::{Action, AppState};
        let newer = newer();
        let store = Store::new(Assessment::new("a".into(), "Mine".into(), "2026-11-26".into()));
        let s = AppState::new(Route::Home, store, SaveMode::Saved, None);
        let FromElsewhere::StopSaving(notice) = from_elsewhere(Some(&newer), || s.store.to_json()) else { panic!() };
        let s = s.apply(Action::SaveFailed { mode: SaveMode::ReadOnly, notice }).unwrap();
        let s = s.apply(Action::Answer { node: "trust.roles", answer: Answer::rating(5), at: 8.0 }).unwrap();
        let kept = s.notice.unwrap().backup.unwrap();
        assert!(kept.contains("\"trust.roles\":{\"v\":5"), "{kept}");
    }
}
