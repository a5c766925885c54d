//! Document-level effects: the tab title and keyboard focus.

use yew::NodeRef;

/// Sets the tab title; skipped when the widget is embedded in someone else's page.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Moves keyboard focus to a rendered element, if it is still there.
pub fn focus(target: &NodeRef) {
    if let Some(el) = target.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the first element under `scope` that matches `selector` and is
/// displayed (the diagram and its text version swap with screen width).
pub fn focus_within(scope: &NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(scope) = scope.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(found) = scope.query_selector_all(selector) else {
        return;
    };
    for i in 0..found.length() {
        let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.get_client_rects().length() == 0 {
            continue;
        }
        let focused = match el.dyn_into::<web_sys::HtmlElement>() {
            Ok(html) => html.focus(),
            Err(el) => match el.dyn_into::<web_sys::SvgElement>() {
                Ok(svg) => svg.focus(),
                Err(_) => continue,
            },
        };
        if focused.is_ok() {
            return;
        }
    }
}

/// Opens the browser's print dialogue (the print stylesheet does the rest).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Asks the person to confirm a destructive step, in the browser's own words.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}
