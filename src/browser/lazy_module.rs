//! A module of this app's that is a wasm binary of its own, loaded the
//! first time it is needed: the comparison module (`compare_entry`), which
//! the main app loads, and the meeting module (`meeting_entry`), which the
//! comparison module loads. Where their files are is known only to the
//! loaders (`loader.js`, `embed.js`): they hand over a function that
//! imports and starts the module and resolves to its exports. A module is
//! loaded once per page, and mounted only when it comes from this build.

use std::any::Any;
use std::cell::RefCell;
use std::thread::LocalKey;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::closure::WasmClosure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::compare_entry::{exports, BUILD_ID};

/// A module loaded on demand, by the name of the function that mounts it
/// (its other exports are named alike in every module: `compare_entry::exports`).
pub struct LazyModule {
    slot: &'static LocalKey<Slot>,
    mount: &'static str,
}

#[derive(Default)]
pub struct Slot {
    loader: RefCell<Option<Function>>,
    /// The module's exports once loaded: later mounts need no wait.
    loaded: RefCell<Option<JsValue>>,
}

thread_local! {
    static COMPARISON_SLOT: Slot = Slot::default();
    static MEETING_SLOT: Slot = Slot::default();
}

/// The comparison module, loaded by the main app.
pub static COMPARISON: LazyModule = LazyModule { slot: &COMPARISON_SLOT, mount: exports::MOUNT };

/// The meeting module, loaded by the comparison module.
pub static MEETING: LazyModule = LazyModule { slot: &MEETING_SLOT, mount: crate::meeting_entry::exports::MOUNT };

/// Why a module is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unloaded {
    /// No loader was handed over (tests), or its files could not be fetched.
    Unavailable,
    /// It comes from another build than this app (a file cached from
    /// another release): mounting it could show an empty page.
    OtherRelease,
}

impl LazyModule {
    /// Keeps the function that loads the module (called by the loaders).
    pub fn set_loader(&self, load: Function) {
        self.slot.with(|s| *s.loader.borrow_mut() = Some(load));
    }

    /// The module, if loaded earlier: mounting then needs no wait (and no
    /// frame showing "Loading…").
    pub fn loaded(&self) -> Option<Module> {
        let exports = self.slot.with(|s| s.loaded.borrow().clone())?;
        Some(Module { exports, mount: self.mount })
    }

    /// Loads the module (once per page: later calls get the same one), and
    /// checks it was built with this one.
    pub async fn load(&self) -> Result<Module, Unloaded> {
        if let Some(module) = self.loaded() {
            return Ok(module);
        }
        let exports = self.fetch().await.ok_or(Unloaded::Unavailable)?;
        if !same_build(&exports) {
            return Err(Unloaded::OtherRelease);
        }
        self.slot.with(|s| *s.loaded.borrow_mut() = Some(exports.clone()));
        Ok(Module { exports, mount: self.mount })
    }

    async fn fetch(&self) -> Option<JsValue> {
        let load = self.slot.with(|s| s.loader.borrow().clone())?;
        let promise: Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()
    }
}

/// The module's build id is this app's (a module from before build ids
/// has none, and is another release too).
fn same_build(exports: &JsValue) -> bool {
    method(exports, exports::BUILD_ID)
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|id| id.as_string())
        .is_some_and(|id| id == BUILD_ID)
}

fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into()).ok()?.dyn_into().ok()
}

/// A loaded module's exports.
pub struct Module {
    exports: JsValue,
    mount: &'static str,
}

/// A function of ours the mounted module calls (to navigate, to add to a
/// plan…): kept as long as the part is mounted.
pub struct Way {
    function: JsValue,
    _closure: Box<dyn Any>,
}

impl Way {
    pub fn new<F: ?Sized + WasmClosure + 'static>(closure: Closure<F>) -> Way {
        Way { function: closure.as_ref().clone(), _closure: Box::new(closure) }
    }
}

impl Module {
    /// Mounts the module's part into `root` with its options (see
    /// `module_options`) and the ways it calls back, in the order its
    /// mount function takes them.
    pub fn mount(&self, root: &web_sys::Element, options: &JsValue, ways: Vec<Way>) -> Option<Mounted> {
        let mount = method(&self.exports, self.mount)?;
        let arguments = Array::of2(root, options);
        for way in &ways {
            arguments.push(&way.function);
        }
        let part = mount.apply(&JsValue::NULL, &arguments).ok()?;
        Some(Mounted { part, _ways: ways })
    }
}

/// A module's part mounted in the page; dropping it removes it.
pub struct Mounted {
    part: JsValue,
    _ways: Vec<Way>,
}

impl Mounted {
    /// New options for the mounted part.
    pub fn update(&self, options: &JsValue) {
        self.call(exports::UPDATE, options);
    }

    fn call(&self, name: &str, argument: &JsValue) {
        if let Some(method) = method(&self.part, name) {
            let _ = method.call1(&self.part, argument);
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.call(exports::DESTROY, &JsValue::UNDEFINED);
    }
}
