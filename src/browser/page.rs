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
