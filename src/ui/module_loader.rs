//! Where a lazily loaded module (`browser::lazy_module`) mounts its part:
//! the compare view in the main app (`pages::compare_loader`) and the
//! meeting in the comparison module (`compare::meeting_loader`). The hook
//! loads the module, mounts it with the options of the latest render, hands
//! it newer options as they come, and removes it when the view goes; the
//! caller says what each stage looks like.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use wasm_bindgen::closure::Closure;

use crate::browser::lazy_module::{LazyModule, Module, Mounted, Unloaded, Way};
use crate::browser::module_options::ModuleOptions;
use crate::route::Route;
use crate::ui::context::Navigator;

/// Where the module's part is.
#[derive(Clone, Copy, PartialEq)]
pub enum Stage {
    Loading,
    Shown,
    Failed(Unloaded),
}

/// Mounts `module`'s part into the returned node, with `options` (each
/// render's: a change reaches the mounted part) and the ways it calls back,
/// which `ways` makes when it mounts (once per component: key the
/// component to mount afresh).
#[hook]
pub fn use_module<O, W>(module: &'static LazyModule, options: O, ways: W) -> (NodeRef, Stage)
where
    O: ModuleOptions + PartialEq + Clone + 'static,
    W: FnOnce() -> Vec<Way> + 'static,
{
    let root = use_node_ref();
    // Loaded by an earlier view: shown at once, no loading line.
    let stage = use_state_eq(|| if module.loaded().is_some() { Stage::Shown } else { Stage::Loading });
    let part = use_mut_ref(|| None::<Mounted>);
    // The options as of now, for a mount that happens after loading.
    let latest = use_mut_ref(|| options.clone());
    latest.borrow_mut().clone_from(&options);
    {
        let (root, stage, part, latest) = (root.clone(), stage.clone(), part.clone(), latest.clone());
        use_effect_with((), move |_| {
            let here = Rc::new(Cell::new(true));
            let still_here = here.clone();
            let mounted = part.clone();
            let mount = move |loaded: Result<Module, Unloaded>| {
                let shown = loaded.and_then(|loaded| {
                    root.cast::<web_sys::Element>()
                        .and_then(|root| loaded.mount(&root, &latest.borrow().to_js(), ways()))
                        .ok_or(Unloaded::Unavailable)
                });
                stage.set(match shown {
                    Ok(_) => Stage::Shown,
                    Err(why) => Stage::Failed(why),
                });
                *mounted.borrow_mut() = shown.ok();
            };
            // Already loaded: mounted in this task, so the view and the
            // part reach the screen in one frame.
            match module.loaded() {
                Some(loaded) => mount(Ok(loaded)),
                None => wasm_bindgen_futures::spawn_local(async move {
                    let loaded = module.load().await;
                    if still_here.get() {
                        mount(loaded);
                    }
                }),
            }
            move || {
                here.set(false);
                part.borrow_mut().take();
            }
        });
    }
    {
        let part = part.clone();
        use_effect_with(options, move |options| {
            if let Some(part) = part.borrow().as_ref() {
                part.update(&options.to_js());
            }
        });
    }
    (root, *stage)
}

/// The way a module navigates: it hands the URL fragment it asks for, and
/// `true` when that replaces the current one (no history entry).
pub fn navigate_way(navigator: Navigator) -> Way {
    Way::new(Closure::<dyn Fn(String, bool)>::new(move |hash: String, replace: bool| {
        let way = if replace { &navigator.replace } else { &navigator.navigate };
        way.emit(Route::parse(&hash));
    }))
}

/// The way a module asks to add agreed actions to a partnership's plan: its
/// id, and the items as `AgreedItem::join` wrote them.
pub fn add_way(add: impl Fn(String, String) + 'static) -> Way {
    Way::new(Closure::<dyn Fn(String, String)>::new(add))
}
