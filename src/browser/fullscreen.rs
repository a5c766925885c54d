//! One element shown alone on the whole screen (the Fullscreen API), for a
//! meeting on a projector. A page in a frame the host does not allow it
//! (`allow="fullscreen 'none'"`, or a cross-origin frame without
//! `allowfullscreen`), or a browser without the API, has none: the button that asks is not shown.

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the page may show an element on the whole screen.
pub fn available() -> bool {
    // Read by name: a browser without the API has no such property.
    // (Server rendering has no page at all.)
    cfg!(target_arch = "wasm32")
        && document().is_some_and(|d| {
            js_sys::Reflect::get(&d, &"fullscreenEnabled".into()).is_ok_and(|v| v.as_bool() == Some(true))
        })
}

/// Whether `element` is the one on the whole screen (inside a shadow root
/// too, where the document names only the host).
pub fn is_shown(element: &web_sys::Element) -> bool {
    element.matches(":fullscreen").unwrap_or(false)
}

/// Shows `element` on the whole screen, or leaves the whole screen if it is
/// shown there. A refusal (no user gesture, a policy) changes nothing.
pub fn toggle(element: &web_sys::Element) {
    if is_shown(element) {
        if let Some(d) = document() {
            d.exit_fullscreen();
        }
    } else {
        let _ = element.request_fullscreen();
    }
}

/// Leaves the whole screen if `element` is shown there (the meeting closes).
pub fn leave(element: &web_sys::Element) {
    if is_shown(element) {
        toggle(element);
    }
}
