//! The embedded widget's binary: `static/embed.js` loads it instead of the
//! standalone page's, and mounts widgets through what it exports
//! (`mount_widget`, and the comparison module's loader). Apart, so the
//! standalone page's first load carries none of the embedding code (its
//! options, their warnings, the widget handle): about 4 KB.

use collaboration_widget::embed::EmbedOptions;
use collaboration_widget::App;
use wasm_bindgen::prelude::*;

/// Keeps the function that loads the comparison module (see
/// `compare_entry`): it imports and starts the module and resolves to its
/// exports. Called by the loader before anything mounts.
#[wasm_bindgen]
pub fn set_comparison_loader(load: js_sys::Function) {
    collaboration_widget::browser::lazy_module::COMPARISON.set_loader(load);
}

/// Bytes of WebAssembly linear memory in use, for the benchmark's report
/// (widgets mounted and removed again and again).
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
    handle: Option<yew::AppHandle<App>>,
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
    widget.handle = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
    widget
}

fn main() {}
