//! Unfinished text in a comparison, kept for this tab only (session
//! storage): a comparison keeps nothing lasting, but a reload must not lose
//! what a facilitator typed. Reached softly, like local storage: where the
//! browser refuses it, nothing is kept and nothing fails.

/// Above this, a draft is not kept (a pasted archive of mail would fill
/// the tab's storage and cost each keystroke a large write).
const MAX_BYTES: usize = 256 * 1024;

fn key(field: &str) -> String {
    format!("mcw:draft:{field}")
}

fn store() -> Option<web_sys::Storage> {
    // Server rendering (and native tests) has no browser and no drafts.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.session_storage().ok()?
}

/// The text last typed into `field` in this tab, if any.
pub fn read(field: &str) -> Option<String> {
    store()?.get_item(&key(field)).ok()?.filter(|text| !text.is_empty())
}

/// Keeps `text` as `field`'s draft (an empty or oversized text keeps none).
pub fn keep(field: &str, text: &str) {
    let Some(store) = store() else { return };
    // A refusal (a full quota) leaves no draft rather than an old one.
    if text.is_empty() || text.len() > MAX_BYTES || store.set_item(&key(field), text).is_err() {
        let _ = store.remove_item(&key(field));
    }
}

/// The draft was used (its text went where it was meant to): drop it.
pub fn forget(field: &str) {
    if let Some(store) = store() {
        let _ = store.remove_item(&key(field));
    }
}
