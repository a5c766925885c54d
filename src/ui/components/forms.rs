//! Reading form controls from their events.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The value of the input, textarea or select an event came from.
pub fn input_value(e: &Event) -> String {
    let target = e.target();
    if let Some(input) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        return input.value();
    }
    if let Some(area) = target.clone().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        return area.value();
    }
    target.and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
}

/// The first file picked in a file input.
pub fn picked_file(e: &Event) -> Option<web_sys::File> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    // Clear the input so picking the same file again still fires.
    input.set_value("");
    file
}
