//! Loading the meeting module (a third wasm binary, see
//! `meeting_entry`) from the comparison module, and mounting it.
//! Where its files are is known only to the loaders (`loader.js`,
//! `embed.js`): they hand the comparison module a function that imports
//! and starts it and resolves to its exports. As `compare_module`, one
//! level down.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::compare_module::Unloaded;
use crate::compare_entry::BUILD_ID;
use crate::meeting_entry::exports;

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// The module's exports once loaded: a meeting opened again mounts at once.
    static LOADED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Keeps the function that loads the module (called by the loaders).
pub fn set_loader(load: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(load));
}

/// The loaded module's exports.
pub struct Module(JsValue);

/// The module, if an earlier meeting loaded it.
pub fn loaded() -> Option<Module> {
    LOADED.with(|l| l.borrow().clone()).map(Module)
}

/// Loads the module (once per page), and checks it was built with this one.
pub async fn load() -> Result<Module, Unloaded> {
    if let Some(module) = loaded() {
        return Ok(module);
    }
    let load = LOADER.with(|l| l.borrow().clone()).ok_or(Unloaded::Unavailable)?;
    let promise: Promise =
        load.call0(&JsValue::NULL).ok().and_then(|p| p.dyn_into().ok()).ok_or(Unloaded::Unavailable)?;
    let exports = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|_| Unloaded::Unavailable)?;
    let id = Reflect::get(&exports, &exports::BUILD_ID.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|id| id.as_string());
    if id.as_deref() != Some(BUILD_ID) {
        return Err(Unloaded::OtherRelease);
    }
    LOADED.with(|l| *l.borrow_mut() = Some(exports.clone()));
    Ok(Module(exports))
}

/// A meeting mounted in the page; dropping it removes it.
pub struct Mounted {
    part: JsValue,
    // Called by the module until the part is destroyed, so kept as long.
    _navigate: Closure<dyn Fn(String, bool)>,
    _leave: Closure<dyn Fn()>,
    _add: Closure<dyn Fn(String, String)>,
}

impl Module {
    /// Mounts the meeting into `root` with its options as JSON; `navigate`
    /// receives the URL fragments it asks for (and whether each replaces
    /// the current one), `leave` the meeting's end, `add` a partnership's id
    /// and the agreed actions to add to its plan.
    pub fn mount(
        &self,
        root: &web_sys::Element,
        options: &str,
        navigate: impl Fn(String, bool) + 'static,
        leave: impl Fn() + 'static,
        add: impl Fn(String, String) + 'static,
    ) -> Option<Mounted> {
        let mount: Function = Reflect::get(&self.0, &exports::MOUNT.into()).ok()?.dyn_into().ok()?;
        let navigate = Closure::<dyn Fn(String, bool)>::new(navigate);
        let leave = Closure::<dyn Fn()>::new(leave);
        let add = Closure::<dyn Fn(String, String)>::new(add);
        let arguments = js_sys::Array::of5(root, &options.into(), navigate.as_ref(), leave.as_ref(), add.as_ref());
        let part = mount.apply(&JsValue::NULL, &arguments).ok()?;
        Some(Mounted { part, _navigate: navigate, _leave: leave, _add: add })
    }
}

impl Mounted {
    /// New options for the mounted part.
    pub fn update(&self, options: &str) {
        if let Some(update) =
            Reflect::get(&self.part, &exports::UPDATE.into()).ok().and_then(|m| m.dyn_into::<Function>().ok())
        {
            let _ = update.call1(&self.part, &options.into());
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(destroy) =
            Reflect::get(&self.part, &exports::DESTROY.into()).ok().and_then(|m| m.dyn_into::<Function>().ok())
        {
            let _ = destroy.call0(&self.part);
        }
    }
}
