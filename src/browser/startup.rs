//! Reading saved data when the app starts: what it means is decided by
//! `storage_policy`; this module carries it out (a backup, a fresh store).

use std::cell::RefCell;

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

/// What the app starts with: its data, whether saving works, and anything
/// to tell.
pub type Loaded = (Store, SaveMode, Option<Notice>);

thread_local! {
    /// Saved data read ahead of the mount, by namespace prefix (`read_ahead`).
    static AHEAD: RefCell<Option<(String, Loaded)>> = const { RefCell::new(None) };
}

/// Reads the namespace `ns`'s saved data now, for the app's first render
/// to take (`load`): the standalone page does it in the task before the
/// mount, since the page's first look at local storage and the first run
/// of the code that reads it would otherwise lengthen the mount's task.
pub fn read_ahead(ns: &str) {
    let storage = Storage::open(ns);
    let loaded = read(&storage);
    AHEAD.set(Some((storage.prefix().to_string(), loaded)));
}

/// The data to start with, whether saving works, and anything to tell,
/// as `storage_policy` decides; read ahead if it was.
pub fn load(storage: &Storage) -> Loaded {
    let ahead = AHEAD.with_borrow_mut(|ahead| ahead.take_if(|(prefix, _)| prefix == storage.prefix()));
    ahead.map_or_else(|| read(storage), |(_, loaded)| loaded)
}

fn read(storage: &Storage) -> Loaded {
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
