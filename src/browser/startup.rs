//! Reading saved data when the app starts: what it means is decided by
//! `storage_policy`; this module carries it out (a backup, a fresh store).

use super::clock;
use super::storage::Storage;
use crate::assessment::{Assessment, Store};
use crate::state::{Notice, SaveMode};
use crate::storage_policy::{self as policy, AtStartup};

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

/// The data to start with, whether saving works, and anything to tell,
/// as `storage_policy` decides.
pub fn load(storage: &Storage) -> (Store, SaveMode, Option<Notice>) {
    let raw = match storage.load() {
        Ok(raw) => raw,
        Err(e) => return (fresh_store(), SaveMode::MemoryOnly, Some(policy::refused(e.explain()))),
    };
    match policy::at_startup(raw.as_deref()) {
        AtStartup::Use(store) => (store, SaveMode::Saved, None),
        AtStartup::StopSaving(notice) => (fresh_store(), SaveMode::ReadOnly, Some(notice)),
        AtStartup::SetAside(reason) => {
            let raw = raw.unwrap_or_default();
            let backed_up = storage.back_up(&raw, clock::now_ms() as u64).is_ok();
            let (mode, notice) = policy::set_aside(&reason, &raw, backed_up);
            (fresh_store(), mode, Some(notice))
        }
        AtStartup::Fresh => (fresh_store(), SaveMode::Saved, None),
    }
}
