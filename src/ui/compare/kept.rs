//! Typed text in a comparison, kept for this tab (`browser::tab_drafts`):
//! the comparison module has no saved data of its own, so its forms keep
//! what is typed here until it is used, and a reload puts it back.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::tab_drafts::TabDrafts;
use crate::ui::components::input_value;

/// This widget's drafts for the tab (provided by the comparison's root;
/// without it, as in server rendering, the drafts of no namespace).
#[hook]
pub fn use_tab_drafts() -> TabDrafts {
    use_context::<TabDrafts>().unwrap_or_default()
}

/// For a field the browser keeps while it is typed in (no Yew value): puts
/// its draft back when it appears and keeps each change as it is typed.
/// `shown` says whether the field is in the page now (a form drawn after
/// the first frame, or only in some states). The form that uses the text
/// calls [`TabDrafts::forget`] for the field.
#[hook]
pub fn use_kept_field(field: &'static str, shown: bool) -> NodeRef {
    let node = use_node_ref();
    let drafts = use_tab_drafts();
    {
        let node = node.clone();
        use_effect_with((shown, drafts), move |(_, drafts)| {
            let drafts = drafts.clone();
            let listener = node.cast::<web_sys::Element>().map(|element| {
                if let Some(text) = drafts.read(field) {
                    set_value(&element, &text);
                }
                gloo_events::EventListener::new(&element, "input", move |e| drafts.keep(field, &input_value(e)))
            });
            move || drop(listener)
        });
    }
    node
}

fn set_value(element: &web_sys::Element, text: &str) {
    match element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.set_value(text),
        None => {
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                input.set_value(text);
            }
        }
    }
}
