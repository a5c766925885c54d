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

/// When the stored text was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Startup,
    /// Just before writing, when the text changed since this tab last looked.
    BeforeSave,
    /// Another tab changed it.
    OtherTab,
}

/// What the tab does with what it read.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Nothing stored: start afresh (or write ours).
    Nothing,
    /// Our data: use it at start-up, merge it in later.
    Take(Store),
    /// Stop saving for good (`SaveMode::ReadOnly`), saying why.
    StopSaving(Notice),
    /// Unreadable: copy it aside byte for byte before writing over it.
    SetAside(String),
    /// Deleted in another tab: clear it here too, saying so.
    Clear(Notice),
    /// Leave it for the next save to deal with.
    Ignore,
}

/// Decides what `stored` (the document's text, `None` when absent) means.
/// `ours` gives this tab's data as a download, for a tab that stops saving.
pub fn decide(when: When, stored: Option<&str>, ours: impl FnOnce() -> String) -> Decision {
    let Some(text) = stored else {
        return match when {
            When::OtherTab => Decision::Clear(Notice::info(
                "Your data was deleted in another tab, so it has been cleared here too.",
            )),
            _ => Decision::Nothing,
        };
    };
    match store::read(text) {
        Read::Valid(store) | Read::Migrated(store) => Decision::Take(store),
        Read::Newer(_) if when == When::Startup => Decision::StopSaving(kept(
            "Your saved answers were made by a newer version of this tool. They are kept exactly as they are, and this page will not save over them. You can download a copy.",
            text.to_string(),
        )),
        Read::Newer(_) => Decision::StopSaving(Notice {
            backup_is_ours: true,
            ..kept(
                "A newer version of this tool has saved your data in another tab, so this page has stopped saving to avoid overwriting it: download what it holds to keep any edits made here.",
                ours(),
            )
        }),
        Read::Invalid(_) if when == When::OtherTab => Decision::Ignore,
        Read::Invalid(reason) => Decision::SetAside(reason),
    }
}

/// An error notice offering `backup` as a download.
fn kept(text: &str, backup: String) -> Notice {
    Notice {
        text: text.into(),
        backup: Some(Rc::from(backup)),
        backup_is_ours: false,
        is_error: true,
    }
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
pub fn upgrade_unkept(stored: &str) -> Notice {
    kept(
        "Your saved answers were made by an earlier version of this tool, and this page could not keep a copy of them as they were before upgrading them, so it will not save over them: you can download them.",
        stored.into(),
    )
}

/// Whether `stored` must be copied aside before it is first written over:
/// a document of an older schema is kept as it was when upgraded.
pub fn keep_before_upgrade(stored: &str) -> bool {
    store::schema_of(stored).is_some_and(|s| s < SCHEMA)
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = include_str!("../tests/fixtures/store-v1.json");
    const V2: &str = include_str!("../tests/fixtures/store-v2.json");

    fn newer() -> String {
        V2.replace("\"schema\":2", "\"schema\":3")
    }

    #[test]
    fn our_data_in_any_schema_we_read_is_taken_everywhere() {
        for when in [When::Startup, When::BeforeSave, When::OtherTab] {
            for text in [V1, V2] {
                assert!(matches!(decide(when, Some(text), String::new), Decision::Take(_)));
            }
        }
    }

    #[test]
    fn newer_data_is_never_written_over_whenever_it_appears() {
        let Decision::StopSaving(at_start) = decide(When::Startup, Some(&newer()), || "ours".into()) else {
            panic!()
        };
        assert_eq!(at_start.backup.as_deref(), Some(newer().as_str()), "the newer data");
        for when in [When::BeforeSave, When::OtherTab] {
            let Decision::StopSaving(later) = decide(when, Some(&newer()), || "ours".into()) else {
                panic!("{when:?}")
            };
            assert_eq!(later.backup.as_deref(), Some("ours"), "what this tab holds");
            assert!(later.backup_is_ours, "kept current as the tab is edited");
            assert!(later.text.contains("stopped saving"));
            assert_eq!(later.text.matches(". ").count(), 0, "one sentence");
        }
    }

    #[test]
    fn unreadable_data_is_set_aside_before_a_write_and_left_for_it_otherwise() {
        assert!(matches!(decide(When::Startup, Some("{oops"), String::new), Decision::SetAside(_)));
        assert!(matches!(decide(When::BeforeSave, Some("{oops"), String::new), Decision::SetAside(_)));
        assert_eq!(decide(When::OtherTab, Some("{oops"), String::new), Decision::Ignore);
        assert_eq!(set_aside("x", "{oops", false).0, SaveMode::ReadOnly);
        assert_eq!(set_aside("x", "{oops", true).0, SaveMode::Saved);
    }

    #[test]
    fn deleted_elsewhere_clears_here_and_nothing_stored_starts_afresh() {
        assert!(matches!(decide(When::OtherTab, None, String::new), Decision::Clear(_)));
        assert_eq!(decide(When::Startup, None, String::new), Decision::Nothing);
    }

    #[test]
    fn only_an_older_schema_is_kept_before_its_upgrade() {
        assert!(keep_before_upgrade(V1));
        assert!(!keep_before_upgrade(V2));
        assert!(!keep_before_upgrade("{oops"));
    }
}
