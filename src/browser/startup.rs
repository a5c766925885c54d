//! Reading saved data when the app starts, keeping anything unreadable
//! aside untouched, and deciding whether the app may save.

use std::rc::Rc;

use super::clock;
use super::storage::Storage;
use crate::assessment::store::{self, Read};
use crate::assessment::{Assessment, Store};
use crate::state::{Notice, SaveMode};

pub const FIRST_LABEL: &str = "My partnership";

/// A new, probably unique id for an assessment (time plus randomness).
pub fn new_id() -> String {
    let t = clock::now_ms() as u64;
    let r = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("p{t:x}{r:x}")
}

pub fn fresh_assessment(label: &str) -> Assessment {
    Assessment::new(new_id(), label.to_string(), clock::today())
}

pub fn fresh_store() -> Store {
    Store::new(fresh_assessment(FIRST_LABEL))
}

/// The data to start with, whether saving works, and anything to tell.
pub fn load(storage: &Storage) -> (Store, SaveMode, Option<Notice>) {
    let raw = match storage.load() {
        Ok(Some(raw)) => raw,
        Ok(None) => return (fresh_store(), SaveMode::Saved, None),
        Err(e) => {
            let text = format!("{} You can still use everything here, but your answers will be lost when you close this page unless you export them.", e.explain());
            return afresh(SaveMode::MemoryOnly, text, None);
        }
    };
    match store::read(&raw) {
        Read::Valid(store) | Read::Migrated(store) => (store, SaveMode::Saved, None),
        Read::Newer(_) => {
            let text = "Your saved answers were made by a newer version of this tool. They are kept exactly as they are, and this page will not save over them. You can download a copy.".to_string();
            afresh(SaveMode::ReadOnly, text, Some(&raw))
        }
        Read::Invalid(reason) => match storage.back_up(&raw, clock::now_ms() as u64) {
            Ok(_) => {
                let text = format!("We found saved answers we could not read: {reason}. We kept them untouched as a backup, which you can download, and started afresh.");
                afresh(SaveMode::Saved, text, Some(&raw))
            }
            Err(_) => {
                let text = format!("We found saved answers we could not read: {reason}. We could not set them aside, so this page will not save over them. Download them to keep a copy.");
                afresh(SaveMode::ReadOnly, text, Some(&raw))
            }
        },
    }
}

/// A fresh store in `mode` with a notice saying why. Saved text that could
/// not be used (`kept`) is offered for download and shown as an error;
/// storage refused outright is not an error of the reader's data.
fn afresh(mode: SaveMode, text: String, kept: Option<&str>) -> (Store, SaveMode, Option<Notice>) {
    let notice = Notice {
        text,
        backup: kept.map(Rc::from),
        is_error: kept.is_some(),
    };
    (fresh_store(), mode, Some(notice))
}
