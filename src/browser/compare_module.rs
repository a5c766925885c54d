//! Loading the comparison module (a second wasm binary, see
//! `compare_entry`) and calling into it. Where its files are is known only
//! to the loaders (`loader.js`, `embed.js`): at start-up they hand over a
//! function that imports and starts it and resolves to its exports.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// The module's exports once loaded: later comparisons mount at once.
    static LOADED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Keeps the function that loads the module (called by the loaders).
pub fn set_loader(load: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(load));
}

/// The loaded module's exports.
pub struct Module(JsValue);

/// The module, if an earlier comparison loaded it: mounting then needs no
/// wait (and no frame showing "Loading…").
pub fn loaded() -> Option<Module> {
    LOADED.with(|l| l.borrow().clone()).map(Module)
}

/// Loads the module (once per page: later calls get the same one). Fails
/// when no loader was handed over (tests) or the files cannot be fetched.
pub async fn load() -> Option<Module> {
    if let Some(module) = loaded() {
        return Some(module);
    }
    let load = LOADER.with(|l| l.borrow().clone())?;
    let promise: Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    let exports = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    LOADED.with(|l| *l.borrow_mut() = Some(exports.clone()));
    Some(Module(exports))
}

/// A comparison mounted in the page; dropping it removes it.
pub struct Mounted {
    part: JsValue,
    // Called by the module until the part is destroyed, so kept as long.
    _navigate: Closure<dyn Fn(String, bool)>,
}

impl Module {
    /// Mounts the comparison into `root` with its options as JSON;
    /// `navigate` receives the URL fragments it asks for, and whether each
    /// replaces the current one.
    pub fn mount(
        &self,
        root: &web_sys::Element,
        options: &str,
        navigate: impl Fn(String, bool) + 'static,
    ) -> Option<Mounted> {
        let mount: Function = Reflect::get(&self.0, &"mount_compare".into()).ok()?.dyn_into().ok()?;
        let navigate = Closure::<dyn Fn(String, bool)>::new(navigate);
        let part = mount.call3(&JsValue::NULL, root, &options.into(), navigate.as_ref()).ok()?;
        Some(Mounted { part, _navigate: navigate })
    }
}

impl Mounted {
    pub fn update(&self, options: &str) {
        self.call("update", &options.into());
    }

    fn call(&self, method: &str, argument: &JsValue) {
        if let Some(method) = Reflect::get(&self.part, &method.into()).ok().and_then(|m| m.dyn_into::<Function>().ok())
        {
            let _ = method.call1(&self.part, argument);
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.call("destroy", &JsValue::UNDEFINED);
    }
}
