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
/// Dropping the returned guard cancels it (a view unmounted before then).
pub fn after_next_paint(then: impl FnOnce() + 'static) -> AfterPaint {
    use gloo_timers::callback::Timeout;
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    const FALLBACK_MS: u32 = 100;
    // Whichever comes first runs it.
    type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;
    let then: Pending = Rc::new(RefCell::new(Some(Box::new(then))));
    let run = |then: &Pending| {
        let then = then.clone();
        move || {
            let next = then.borrow_mut().take();
            if let Some(next) = next {
                next();
            }
        }
    };
    let fallback = Timeout::new(FALLBACK_MS, run(&then));
    let after_frame = Rc::new(RefCell::new(None::<Timeout>));
    let frame = {
        let (after_frame, run) = (after_frame.clone(), run(&then));
        Closure::once(move || *after_frame.borrow_mut() = Some(Timeout::new(0, run)))
    };
    let window = web_sys::window();
    let id = window
        .as_ref()
        .and_then(|w| w.request_animation_frame(frame.as_ref().unchecked_ref()).ok());
    AfterPaint {
        _fallback: fallback,
        frame: id.map(|id| (id, frame)),
        _after_frame: after_frame,
    }
}

/// A pending [`after_next_paint`]; dropped, it cancels what has not run.
pub struct AfterPaint {
    _fallback: gloo_timers::callback::Timeout,
    frame: Option<(i32, wasm_bindgen::closure::Closure<dyn FnMut()>)>,
    _after_frame: std::rc::Rc<std::cell::RefCell<Option<gloo_timers::callback::Timeout>>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let (Some((id, _)), Some(window)) = (&self.frame, web_sys::window()) {
            let _ = window.cancel_animation_frame(*id);
        }
    }
}
