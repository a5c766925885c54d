//! The app's binary: Trunk builds it, and the loaders start the app through
//! the functions it exports (`start_standalone`, `mount_widget`), so loading
//! the module mounts nothing by itself. The exports live here, not in the
//! library: every export of the library would ship in each binary, the
//! comparison module's (`src/bin/collaboration-compare.rs`) too.

use collaboration_widget::embed::{self, EmbedOptions};
use collaboration_widget::ui::Mount;
use wasm_bindgen::prelude::*;

/// Mounts the standalone app into `#app`, opening the view the URL names.
#[wasm_bindgen]
pub fn start_standalone() {
    embed::start_standalone();
}

/// Keeps the function that loads the comparison module (see
/// `compare_entry`): it imports and starts the module and resolves to its
/// exports. Called by the loaders before anything mounts.
#[wasm_bindgen]
pub fn set_comparison_loader(load: js_sys::Function) {
    collaboration_widget::browser::lazy_module::COMPARISON.set_loader(load);
}

/// Bytes of WebAssembly linear memory in use, for the benchmark's report.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// A mounted widget, for the embed loader to update or remove.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<Mount>>,
    /// The warnings already logged: an option still wrong after another
    /// changes is not reported again.
    warned: Vec<String>,
}

impl Widget {
    /// Reads the options, logging each new warning about them once.
    fn read(&mut self, options: &JsValue) -> collaboration_widget::AppProps {
        let reading = EmbedOptions::from_js(options).read();
        for warning in reading.warnings.iter().filter(|w| !self.warned.contains(w)) {
            web_sys::console::warn_1(&JsValue::from_str(warning));
        }
        self.warned = reading.warnings;
        reading.props
    }
}

#[wasm_bindgen]
impl Widget {
    /// New options for the live widget (the same object as `mount_widget`
    /// takes): a changed view opens, a changed theme or label applies, and
    /// what the person entered stays (the app is not mounted anew). A
    /// changed namespace needs a new mount.
    pub fn update(&mut self, options: JsValue) {
        let props = self.read(&options);
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// Unmounts the widget: its listeners go and it writes nothing more.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts a widget into `root` (inside the shadow root the embed loader
/// made), with its options as a plain object read by name.
#[wasm_bindgen]
pub fn mount_widget(root: web_sys::Element, options: JsValue) -> Widget {
    let mut widget = Widget { handle: None, warned: Vec::new() };
    let props = widget.read(&options);
    widget.handle = Some(yew::Renderer::<Mount>::with_root_and_props(root, props).render());
    widget
}

fn main() {}
