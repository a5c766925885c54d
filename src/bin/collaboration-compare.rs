//! The comparison module: a second binary that Trunk builds beside the app,
//! loaded only when a comparison opens (see `compare_entry`, which names
//! these exports). Loading it mounts nothing by itself.

use collaboration_widget::browser::module_options::ModuleOptions;
use collaboration_widget::compare_entry::{self, CompareOptions};
use collaboration_widget::ui::compare::{CompareApp, CompareAppProps, Ways};
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// The build this module comes from: the main app mounts it only when it
/// is its own (`compare_entry::BUILD_ID`).
#[wasm_bindgen]
pub fn build_id() -> String {
    compare_entry::BUILD_ID.to_string()
}

/// Keeps the function that loads the meeting module (a third binary,
/// `meeting_entry`) and resolves to its exports: the loaders call
/// this before the comparison mounts.
#[wasm_bindgen]
pub fn set_meeting_loader(load: js_sys::Function) {
    collaboration_widget::browser::lazy_module::MEETING.set_loader(load);
}

/// The mounted comparison, for the main module to update or remove.
#[wasm_bindgen]
pub struct ComparisonPart {
    handle: AppHandle<CompareApp>,
    ways: Ways,
}

#[wasm_bindgen]
impl ComparisonPart {
    /// New options (the list of results changed): what the reader chose on
    /// the page stays.
    pub fn update(&mut self, options: JsValue) {
        self.handle.update(CompareAppProps::new(CompareOptions::from_js(&options), &self.ways));
    }

    /// Unmounts the comparison; its listeners go with it.
    pub fn destroy(self) {
        self.handle.destroy();
    }
}

/// Mounts the comparison into `root`, with its options as a plain object
/// (`module_options`); `navigate`
/// takes the URL fragment the comparison asks for, and `true` when it
/// replaces the current one; `add` takes a partnership's id and the agreed
/// actions a partner chose to add to its plan (`AgreedItem::join`).
#[wasm_bindgen]
pub fn mount_compare(
    root: web_sys::Element,
    options: JsValue,
    navigate: js_sys::Function,
    add: js_sys::Function,
) -> ComparisonPart {
    let ways = Ways::through(navigate, add);
    let props = CompareAppProps::new(CompareOptions::from_js(&options), &ways);
    let handle = yew::Renderer::<CompareApp>::with_root_and_props(root, props).render();
    ComparisonPart { handle, ways }
}

fn main() {}
