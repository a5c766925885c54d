//! The meeting module: a third binary that Trunk builds beside the app,
//! loaded by the comparison module only when "Run the meeting" is pressed
//! (see `meeting_entry`, which names these exports). Loading it
//! mounts nothing by itself.

use std::rc::Rc;

use collaboration_widget::browser::module_options::ModuleOptions;
use collaboration_widget::compare_entry;
use collaboration_widget::meeting_entry::MeetingOptions;
use collaboration_widget::route::Route;
use collaboration_widget::ui::meeting::{MeetingApp, MeetingAppProps};
use wasm_bindgen::prelude::*;
use yew::AppHandle;
use yew::Callback;

/// The build this module comes from: the comparison module mounts it only
/// when it is its own (`compare_entry::BUILD_ID`).
#[wasm_bindgen]
pub fn build_id() -> String {
    compare_entry::BUILD_ID.to_string()
}

/// The mounted meeting, for the comparison module to remove.
#[wasm_bindgen]
pub struct MeetingPart {
    handle: AppHandle<MeetingApp>,
    props: MeetingAppProps,
}

#[wasm_bindgen]
impl MeetingPart {
    /// New options (the saved data changed): what the reader chose stays.
    pub fn update(&mut self, options: JsValue) {
        self.props.options = Rc::new(MeetingOptions::from_js(&options));
        self.handle.update(self.props.clone());
    }

    /// Unmounts the meeting; its listeners go with it.
    pub fn destroy(self) {
        self.handle.destroy();
    }
}

/// Mounts the meeting into `root`, with its options as a plain object
/// (`module_options`); `navigate`
/// takes the URL fragment the meeting asks for, and `true` when it replaces
/// the current one; `leave` is called when the meeting ends; `add` takes a
/// partnership's id and the agreed actions a partner chose to add to its
/// plan (`AgreedItem::join`).
#[wasm_bindgen]
pub fn mount_meeting(
    root: web_sys::Element,
    options: JsValue,
    navigate: js_sys::Function,
    leave: js_sys::Function,
    add: js_sys::Function,
) -> MeetingPart {
    let way = |replace: bool| {
        let navigate = navigate.clone();
        Callback::from(move |route: Route| {
            // The main module navigates; nothing here could mend a failure.
            let _ = navigate.call2(&JsValue::NULL, &JsValue::from_str(&route.to_hash()), &JsValue::from_bool(replace));
        })
    };
    let props = MeetingAppProps {
        options: Rc::new(MeetingOptions::from_js(&options)),
        navigate: way(false),
        replace: way(true),
        on_leave: Callback::from(move |()| {
            let _ = leave.call0(&JsValue::NULL);
        }),
        add: Callback::from(move |(partnership, items): (String, String)| {
            let _ = add.call2(&JsValue::NULL, &JsValue::from_str(&partnership), &JsValue::from_str(&items));
        }),
    };
    let handle = yew::Renderer::<MeetingApp>::with_root_and_props(root, props.clone()).render();
    MeetingPart { handle, props }
}

fn main() {}
