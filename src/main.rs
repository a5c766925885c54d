//! The standalone page's binary: Trunk builds it, and `static/loader.js`
//! starts the app through the functions it exports (`start_standalone`), so
//! loading the module mounts nothing by itself. The exports live here, not
//! in the library: every export of the library would ship in each binary,
//! the comparison module's (`src/bin/collaboration-compare.rs`) too. A
//! widget starts from a binary of its own (`src/bin/collaboration-embed.rs`),
//! so the standalone page carries none of the embedding code.

use collaboration_widget::embed;
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

fn main() {}
