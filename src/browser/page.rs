//! Document-level effects: the tab title and keyboard focus.

use wasm_bindgen::JsCast;
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
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
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

/// Brings a rendered element into view, scrolling only as far as needed
/// (an embedded widget's host page no further than that), then focuses it
/// without scrolling again.
pub fn reveal_and_focus(target: &NodeRef) {
    if let Some(el) = target.cast::<web_sys::HtmlElement>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        focus_without_scrolling(&el);
    }
}

/// Scrolls `top` to the top of the view (and of any scrolling box it sits
/// in, such as a full-screen element), then focuses `target` without
/// scrolling again: a screen that turns like a slide starts at its top.
pub fn show_from_top_and_focus(top: &NodeRef, target: &NodeRef) {
    if let Some(top) = top.cast::<web_sys::Element>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        top.scroll_into_view_with_scroll_into_view_options(&options);
    }
    if let Some(el) = target.cast::<web_sys::HtmlElement>() {
        focus_without_scrolling(&el);
    }
}

fn focus_without_scrolling(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

thread_local! {
    /// Where the reader was when they followed a link they will come back
    /// from: the page's scroll position and the link (a selector).
    static RETURN_POINT: std::cell::RefCell<Option<(f64, String)>> = const { std::cell::RefCell::new(None) };
}

/// Remembers the scroll position and the link (`selector`) being followed,
/// for [`return_to_point`] when the reader comes back.
pub fn remember_return_point(selector: String) {
    let y = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    RETURN_POINT.with(|p| *p.borrow_mut() = Some((y, selector)));
}

/// Whether a link was followed from a place the reader can go back to.
pub fn has_return_point() -> bool {
    RETURN_POINT.with(|p| p.borrow().is_some())
}

/// Scrolls back to where the reader was and focuses the link they
/// followed, looked for under `scope` (an embedded widget's shadow root
/// hides it from the document); once: the point is forgotten.
pub fn return_to_point(scope: &NodeRef) {
    let Some((y, selector)) = RETURN_POINT.with(|p| p.borrow_mut().take()) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(window.scroll_x().unwrap_or(0.0), y);
    let link = scope.cast::<web_sys::Element>().and_then(|s| s.query_selector(&selector).ok().flatten());
    if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus_without_scrolling(&link);
    }
}

/// Whether an element is a place where keys type text (a text box, a
/// text area, a menu, an editable region) or a control that arrow keys
/// already move (a radio button, a check box), so a page's own keys
/// are left to it there.
pub fn is_text_entry(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}

/// The value of the input with `id` if it has focus (inside a widget's
/// shadow root too), as it stands mid-typing. A date box reads as empty, or
/// as a year like 0002, until its last part is typed: drawn again with the
/// saved value, it would lose the parts typed so far.
pub fn focused_input_value(id: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    if !cfg!(target_arch = "wasm32") {
        return None; // server rendering: nothing has focus
    }
    let mut active = web_sys::window()?.document()?.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    (active.id() == id)
        .then(|| active.dyn_into::<web_sys::HtmlInputElement>().ok())
        .flatten()
        .map(|input| input.value())
}

/// Opens the browser's print dialogue (the print stylesheet does the rest).
/// `from` is the button pressed: in a widget, an `mcw:print` event from it
/// lets embed.js print the widget alone (it cancels the event to say it
/// has); otherwise, or standalone, the page prints as it is.
pub fn print(from: Option<web_sys::EventTarget>) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    let handled = from
        .zip(web_sys::Event::new_with_event_init_dict("mcw:print", &init).ok())
        .is_some_and(|(from, event)| from.dispatch_event(&event) == Ok(false));
    if let (false, Some(w)) = (handled, web_sys::window()) {
        let _ = w.print();
    }
}

/// Asks the person to confirm a destructive step, in the browser's own words.
pub fn confirm(question: &str) -> bool {
    web_sys::window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false)
}

/// Scrolls a list that overflows sideways so that its `aria-current`
/// item is in view, without scrolling the page.
pub fn scroll_current_into_line(list: &NodeRef) {
    let Some(list) = list.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let current = list.query_selector("[aria-current]").ok().flatten();
    if let Some(current) = current.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
        let left = current.offset_left() - list.offset_left();
        list.set_scroll_left(left - (list.client_width() - current.offset_width()) / 2);
    }
}

/// Marks `nav` with where its `list`, a line that scrolls sideways, has
/// more than it shows: `data-more` is "before", "after", both, or absent.
pub fn mark_overflow(nav: &NodeRef, list: &NodeRef) {
    let (Some(nav), Some(list)) = (nav.cast::<web_sys::Element>(), list.cast::<web_sys::Element>()) else {
        return;
    };
    let (left, hidden) = (list.scroll_left(), list.scroll_width() - list.client_width());
    let more = match (left > 1, left < hidden - 1) {
        (true, true) => "before after",
        (true, false) => "before",
        (false, true) => "after",
        (false, false) => "",
    };
    if nav.get_attribute("data-more").unwrap_or_default() != more {
        let _ = if more.is_empty() { nav.remove_attribute("data-more") } else { nav.set_attribute("data-more", more) };
    }
}

/// Scrolls a sideways `list` by two thirds of its width, `towards` its
/// start (-1) or its end (1).
pub fn scroll_line(list: &NodeRef, towards: i32) {
    if let Some(list) = list.cast::<web_sys::Element>() {
        list.set_scroll_left(list.scroll_left() + towards * list.client_width() * 2 / 3);
    }
}

/// Something to run once, by whichever of several triggers comes first.
type Once = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

fn once(then: Box<dyn FnOnce()>) -> Once {
    std::rc::Rc::new(std::cell::RefCell::new(Some(then)))
}

/// A trigger for `then`: runs it unless another trigger already has.
fn run(then: &Once) -> impl FnOnce() + 'static {
    let then = then.clone();
    move || {
        let next = then.borrow_mut().take();
        if let Some(next) = next {
            next();
        }
    }
}

/// Runs `then` in a task after the next animation frame, so that what is
/// already rendered is painted first; or after `FALLBACK_MS` where no frame
/// comes (a page opened in a background tab paints nothing until shown).
/// Dropping the returned guard cancels it (a view unmounted before then).
pub fn after_next_paint(then: impl FnOnce() + 'static) -> AfterPaint {
    after(Box::new(then), true)
}

/// Runs `then` in a task of its own, without waiting for a frame: work
/// that would make one long task with what runs now. Dropping the
/// returned guard cancels it.
pub fn in_next_task(then: impl FnOnce() + 'static) -> AfterPaint {
    after(Box::new(then), false)
}

/// One copy in the wasm, however many callers.
fn after(then: Box<dyn FnOnce()>, paint: bool) -> AfterPaint {
    use gloo_timers::callback::Timeout;
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    const FALLBACK_MS: u32 = 100;
    let then = once(then);
    let fallback = Timeout::new(if paint { FALLBACK_MS } else { 0 }, run(&then));
    let after_frame = Rc::new(RefCell::new(None::<Timeout>));
    let frame = paint.then(|| {
        let (after_frame, run) = (after_frame.clone(), run(&then));
        Closure::once(move || *after_frame.borrow_mut() = Some(Timeout::new(0, run)))
    });
    let window = web_sys::window().filter(|_| paint);
    let id = window
        .as_ref()
        .zip(frame.as_ref())
        .and_then(|(w, f)| w.request_animation_frame(f.as_ref().unchecked_ref()).ok());
    AfterPaint { _fallback: fallback, frame: id.zip(frame), _after_frame: after_frame }
}

/// Runs `then` when the browser is next idle (what it has to handle and
/// paint done), or after `within_ms` at the latest (a browser without idle
/// callbacks, or a page that is never idle). Dropping the returned guard
/// cancels it.
pub fn when_idle(then: impl FnOnce() + 'static, within_ms: u32) -> WhenIdle {
    use wasm_bindgen::{closure::Closure, JsCast};
    let then = once(Box::new(then));
    let deadline = gloo_timers::callback::Timeout::new(within_ms, run(&then));
    let idle = Closure::once(run(&then));
    let id = web_sys::window().and_then(|w| w.request_idle_callback(idle.as_ref().unchecked_ref()).ok());
    WhenIdle { _deadline: deadline, idle: id.map(|id| (id, idle)) }
}

/// A pending [`when_idle`]; dropped, it cancels what has not run.
pub struct WhenIdle {
    _deadline: gloo_timers::callback::Timeout,
    idle: Option<(u32, wasm_bindgen::closure::Closure<dyn FnMut()>)>,
}

impl Drop for WhenIdle {
    fn drop(&mut self) {
        if let (Some((id, _)), Some(window)) = (&self.idle, web_sys::window()) {
            window.cancel_idle_callback(*id);
        }
    }
}

/// A pending [`after_next_paint`] or [`in_next_task`]; dropped, it
/// cancels what has not run.
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
