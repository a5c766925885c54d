//! Unfinished text in a comparison, kept for this tab only (session
//! storage): a comparison keeps nothing lasting, but a reload must not lose
//! what a facilitator typed. Reached softly, like local storage: where the
//! browser refuses it, nothing is kept and nothing fails. Each widget's
//! namespace keeps its own drafts, as it keeps its own answers.

use std::rc::Rc;

/// Above this, a draft is not kept (a pasted archive of mail would fill
/// the tab's storage and cost each keystroke a large write).
const MAX_BYTES: usize = 256 * 1024;

/// The drafts of one widget's namespace (see `storage::Storage::prefix`).
#[derive(Clone, Debug, PartialEq)]
pub struct TabDrafts {
    prefix: Rc<str>,
}

impl Default for TabDrafts {
    /// The drafts of an app that stores nothing lasting (memory only).
    fn default() -> Self {
        TabDrafts::under("mcw:")
    }
}

impl TabDrafts {
    /// Drafts kept under `prefix`, the namespace's own key prefix.
    pub fn under(prefix: &str) -> TabDrafts {
        TabDrafts { prefix: prefix.into() }
    }

    fn key(&self, field: &str) -> String {
        format!("{}draft:{field}", self.prefix)
    }

    /// The text last typed into `field` in this tab, if any.
    pub fn read(&self, field: &str) -> Option<String> {
        store()?.get_item(&self.key(field)).ok()?.filter(|text| !text.is_empty())
    }

    /// Keeps `text` as `field`'s draft (an empty or oversized text keeps none).
    pub fn keep(&self, field: &str, text: &str) {
        let Some(store) = store() else { return };
        let key = self.key(field);
        // A refusal (a full quota) leaves no draft rather than an old one.
        if text.is_empty() || text.len() > MAX_BYTES || store.set_item(&key, text).is_err() {
            let _ = store.remove_item(&key);
        }
    }

    /// The draft was used (its text went where it was meant to): drop it.
    pub fn forget(&self, field: &str) {
        if let Some(store) = store() {
            let _ = store.remove_item(&self.key(field));
        }
    }
}

fn store() -> Option<web_sys::Storage> {
    // Server rendering (and native tests) has no browser and no drafts.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.session_storage().ok()?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_namespace_keeps_its_drafts_under_its_own_keys() {
        let east = TabDrafts::under("mcw:embed-east:");
        let west = TabDrafts::under("mcw:embed-west:");
        assert_eq!(east.key("compare-paste"), "mcw:embed-east:draft:compare-paste");
        assert_ne!(east.key("compare-paste"), west.key("compare-paste"));
        assert_eq!(TabDrafts::default().key("agenda-minutes"), "mcw:draft:agenda-minutes");
        // Natively there is no session storage: nothing is read or fails.
        east.keep("compare-paste", "text");
        assert_eq!(east.read("compare-paste"), None);
        east.forget("compare-paste");
    }
}
