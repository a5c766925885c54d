//! Local storage, reached softly: a sandboxed or third-party iframe may refuse
//! it (accessing it throws), and a full quota refuses writes. Every call
//! here returns an error instead of throwing, so the app can carry on in
//! memory and say so. Keys are namespaced, so two widgets on one origin do
//! not mix their data.
//!
//! Widgets of one namespace on one page are one assessment: the browser's
//! `storage` event reaches only other documents, so every write is also
//! announced to the page's other widgets of that namespace, here.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

type OnChange = Rc<dyn Fn(Option<String>)>;

thread_local! {
    /// Each open `Storage` gets its own number, to tell the writer apart.
    static OPENED: Cell<u32> = const { Cell::new(0) };
    /// The page's listeners: (prefix, listener's storage number, callback).
    static ON_THIS_PAGE: RefCell<Vec<(String, u32, OnChange)>> = const { RefCell::new(Vec::new()) };
}

/// Listening for changes made elsewhere; dropping it stops listening.
pub struct Subscription {
    _other_tabs: Option<EventListener>,
    id: u32,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.id;
        ON_THIS_PAGE.with_borrow_mut(|all| all.retain(|(_, owner, _)| *owner != id));
    }
}

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser refuses storage here (private mode, sandbox, settings).
    Unavailable,
    /// The browser's storage quota is full.
    Full,
    /// Anything else the browser reported.
    Failed(String),
}

impl StorageError {
    pub fn explain(&self) -> &'static str {
        match self {
            StorageError::Unavailable => "This browser is not letting the page save anything here.",
            StorageError::Full => "This browser’s storage for this site is full.",
            StorageError::Failed(_) => "This browser refused to save.",
        }
    }
}

#[derive(Clone)]
pub struct Storage {
    prefix: String,
    local: Option<web_sys::Storage>,
    /// This opening's number: writes are announced to every other one.
    id: u32,
}

impl PartialEq for Storage {
    fn eq(&self, other: &Self) -> bool {
        self.prefix == other.prefix
    }
}

impl Storage {
    /// Opens the namespace `ns` (letters, digits and dashes are kept).
    pub fn open(ns: &str) -> Storage {
        let clean: String = ns.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect();
        let prefix = format!("mcw:{}:", if clean.is_empty() { "default" } else { &clean });
        let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        // Some browsers hand out storage that throws on first use: probe it.
        // A full quota still lets saved answers be read, so it keeps storage.
        let local = local.filter(|s| {
            let probe = format!("{prefix}probe");
            let usable = match s.set_item(&probe, "1") {
                Ok(()) => true,
                Err(e) => error(e) == StorageError::Full,
            };
            let _ = s.remove_item(&probe);
            usable
        });
        let id = OPENED.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        Storage { prefix, local, id }
    }

    /// The namespace whose key prefix is `prefix` (as [`Storage::prefix`]
    /// gives it, and the comparison module is handed it); `None` for an
    /// app that stores nothing (no prefix).
    pub fn reopen(prefix: &str) -> Option<Storage> {
        let ns = prefix.strip_prefix("mcw:")?.strip_suffix(':')?;
        Some(Storage::open(ns))
    }

    pub fn is_available(&self) -> bool {
        self.local.is_some()
    }

    /// The namespace's key prefix ("mcw:<namespace>:"), which the tab's
    /// drafts share (`tab_drafts`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The key that holds the document.
    pub fn data_key(&self) -> String {
        format!("{}data", self.prefix)
    }

    pub fn load(&self) -> Result<Option<String>, StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local.get_item(&self.data_key()).map_err(error)
    }

    /// Writes the whole document under one key: a write either happens or
    /// not, so nothing is ever half-written.
    ///
    /// The page's other widgets of this namespace are told either way: in
    /// memory too, they are one assessment.
    pub fn save(&self, text: &str) -> Result<(), StorageError> {
        let result = match self.local.as_ref() {
            Some(local) => local.set_item(&self.data_key(), text).map_err(error),
            None => Err(StorageError::Unavailable),
        };
        self.announce(Some(text));
        result
    }

    /// Tells this page's other openings of the namespace what it now holds.
    fn announce(&self, text: Option<&str>) {
        // Called outside the borrow: a listener may open or drop a subscription.
        let listeners: Vec<OnChange> = ON_THIS_PAGE.with_borrow(|all| {
            all.iter()
                .filter(|(prefix, owner, _)| *prefix == self.prefix && *owner != self.id)
                .map(|(_, _, on_change)| on_change.clone())
                .collect()
        });
        for on_change in listeners {
            on_change(text.map(str::to_string));
        }
    }

    /// A small setting of this namespace's (not part of the document),
    /// e.g. which parts of a topic a reader keeps open; `None` when unset
    /// or storage is refused.
    pub fn setting(&self, name: &str) -> Option<String> {
        self.local.as_ref()?.get_item(&format!("{}{name}", self.prefix)).ok().flatten()
    }

    /// Keeps a setting; where storage is refused or full it is not kept,
    /// which costs the reader nothing they typed.
    pub fn keep_setting(&self, name: &str, value: &str) {
        if let Some(local) = &self.local {
            let _ = local.set_item(&format!("{}{name}", self.prefix), value);
        }
    }

    /// A record of its own under `name`, beside the document and never
    /// part of it (a meeting's notes); `None` when there is none.
    pub fn read(&self, name: &str) -> Result<Option<String>, StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local.get_item(&format!("{}{name}", self.prefix)).map_err(error)
    }

    /// Writes the record `name` whole.
    pub fn write(&self, name: &str, text: &str) -> Result<(), StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local.set_item(&format!("{}{name}", self.prefix), text).map_err(error)
    }

    /// Removes the record `name`.
    pub fn remove(&self, name: &str) -> Result<(), StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        local.remove_item(&format!("{}{name}", self.prefix)).map_err(error)
    }

    /// Copies unreadable data aside, byte for byte, under a new backup key.
    pub fn back_up(&self, text: &str, stamp: u64) -> Result<String, StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        let key = format!("{}backup:{stamp}", self.prefix);
        local.set_item(&key, text).map_err(error)?;
        Ok(key)
    }

    /// Every key this namespace wrote.
    pub fn keys(&self) -> Vec<String> {
        let Some(local) = &self.local else {
            return vec![];
        };
        let count = local.length().unwrap_or(0);
        (0..count).filter_map(|i| local.key(i).ok().flatten()).filter(|k| k.starts_with(&self.prefix)).collect()
    }

    /// Removes every key of this namespace, backups included.
    pub fn remove_all(&self) -> Result<(), StorageError> {
        let local = self.local.as_ref().ok_or(StorageError::Unavailable)?;
        for key in self.keys() {
            local.remove_item(&key).map_err(error)?;
        }
        self.announce(None);
        Ok(())
    }

    /// Calls `on_change` with the new text (None when removed) whenever
    /// another tab, or another widget of this namespace on this page,
    /// changes this namespace's document.
    pub fn on_change_elsewhere(&self, on_change: impl Fn(Option<String>) + 'static) -> Subscription {
        let on_change: OnChange = Rc::new(on_change);
        ON_THIS_PAGE.with_borrow_mut(|all| all.push((self.prefix.clone(), self.id, on_change.clone())));
        let key = self.data_key();
        let other_tabs = web_sys::window().filter(|_| self.local.is_some()).map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // A null key means the other tab cleared all storage.
                match event.key() {
                    Some(k) if k == key => on_change(event.new_value()),
                    None => on_change(None),
                    _ => {}
                }
            })
        });
        Subscription { _other_tabs: other_tabs, id: self.id }
    }
}

fn error(value: wasm_bindgen::JsValue) -> StorageError {
    let name = value.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Failed(name),
    }
}
