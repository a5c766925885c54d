//! Loading the comparison module (a second wasm binary, see
//! `compare_entry`) and calling into it. Where its files are is known only
//! to the loaders (`loader.js`, `embed.js`): at start-up they hand over a
//! function that imports and starts it and resolves to its exports.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::compare_entry::{exports, BUILD_ID};

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

/// Why the module is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unloaded {
    /// No loader was handed over (tests), or its files could not be fetched.
    Unavailable,
    /// It comes from another build than this app (a file cached from
    /// another release): mounting it could show an empty comparison.
    OtherRelease,
}

/// Loads the module (once per page: later calls get the same one), and
/// checks it was built with this app.
pub async fn load() -> Result<Module, Unloaded> {
    if let Some(module) = loaded() {
        return Ok(module);
    }
    let exports = fetch().await.ok_or(Unloaded::Unavailable)?;
    if !same_build(&exports) {
        return Err(Unloaded::OtherRelease);
    }
    LOADED.with(|l| *l.borrow_mut() = Some(exports.clone()));
    Ok(Module(exports))
}

async fn fetch() -> Option<JsValue> {
    let load = LOADER.with(|l| l.borrow().clone())?;
    let promise: Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// The module's build id is this app's (a module from before build ids
/// has none, and is another release too).
fn same_build(exports: &JsValue) -> bool {
    Reflect::get(exports, &exports::BUILD_ID.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|id| id.as_string())
        .is_some_and(|id| id == BUILD_ID)
}

/// A comparison mounted in the page; dropping it removes it.
pub struct Mounted {
    part: JsValue,
    // Called by the module until the part is destroyed, so kept as long.
    _navigate: Closure<dyn Fn(String, bool)>,
    _add: Closure<dyn Fn(String, String)>,
}

impl Module {
    /// Mounts the comparison into `root` with its options as JSON;
    /// `navigate` receives the URL fragments it asks for, and whether each
    /// replaces the current one; `add`, a partnership's id and the agreed
    /// actions a partner chose to add to its plan (`AgreedItem::join`).
    pub fn mount(
        &self,
        root: &web_sys::Element,
        options: &str,
        navigate: impl Fn(String, bool) + 'static,
        add: impl Fn(String, String) + 'static,
    ) -> Option<Mounted> {
        let mount: Function = Reflect::get(&self.0, &exports::MOUNT.into()).ok()?.dyn_into().ok()?;
        let navigate = Closure::<dyn Fn(String, bool)>::new(navigate);
        let add = Closure::<dyn Fn(String, String)>::new(add);
        let arguments = js_sys::Array::of4(root, &options.into(), navigate.as_ref(), add.as_ref());
        let part = mount.apply(&JsValue::NULL, &arguments).ok()?;
        Some(Mounted { part, _navigate: navigate, _add: add })
    }
}

impl Mounted {
    pub fn update(&self, options: &str) {
        self.call(exports::UPDATE, &options.into());
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
        self.call(exports::DESTROY, &JsValue::UNDEFINED);
    }
}
