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

/// Runs `then` in a task after the next animation frame, so that what is
/// already rendered is painted first; or after `FALLBACK_MS` where no frame
/// comes (a page opened in a background tab paints nothing until shown).
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    use gloo_timers::callback::Timeout;
    const FALLBACK_MS: u32 = 100;
    // Whichever comes first runs it.
    let once = Rc::new(Cell::new(Some(then)));
    let (by_frame, by_timer) = (once.clone(), once);
    Timeout::new(FALLBACK_MS, move || {
        if let Some(then) = by_timer.take() {
            then();
        }
    })
    .forget();
    if let Some(window) = web_sys::window() {
        let frame = Closure::once_into_js(move || {
            Timeout::new(0, move || {
                if let Some(then) = by_frame.take() {
                    then();
                }
            })
            .forget()
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
}
