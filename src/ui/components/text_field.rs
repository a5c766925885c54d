//! A text a person writes (a note, a plan field, a name), saved while they
//! type. Keystrokes stay in the field: nothing re-renders, not even the
//! field. The text is committed 300 ms after the last keystroke, on leaving
//! the field, and at once when the page is hidden (through `Drafts`); the
//! field shows what was typed until it is left, so a name the app trims
//! does not jump under the cursor.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::forms::input_value;
use crate::ui::context::use_drafts;

/// Pause after the last keystroke before the text is committed (and then
/// saved): short enough to reach storage within half a second, long enough
/// that a typing burst is one save.
pub const COMMIT_AFTER_MS: u32 = 300;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum FieldKind {
    #[default]
    Line,
    /// A textarea of two rows.
    Lines,
    Date,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    /// The committed text.
    pub value: AttrValue,
    /// Receives the text to commit.
    pub on_commit: Callback<String>,
    #[prop_or_default]
    pub kind: FieldKind,
    /// The most characters the field takes (none for dates).
    #[prop_or_default]
    pub max_chars: Option<usize>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    crate::ui::render_count::count("TextField");
    let drafts = use_drafts();
    let key = *use_memo((), |_| drafts.new_key());
    // What the person typed since entering the field (None: not editing).
    let typed = use_mut_ref(|| None::<String>);
    let timer = use_mut_ref(|| None::<Timeout>);
    // The latest callback, for a commit that runs after a re-render.
    let on_commit = use_mut_ref(|| props.on_commit.clone());
    *on_commit.borrow_mut() = props.on_commit.clone();
    let refresh = use_force_update();

    // Commits the typed text if a commit is pending (a timer is set).
    let commit: Rc<dyn Fn()> = {
        let (drafts, typed, timer, on_commit) = (drafts.clone(), typed.clone(), timer.clone(), on_commit.clone());
        Rc::new(move || {
            let Some(pending) = timer.borrow_mut().take() else {
                return;
            };
            drop(pending);
            drafts.release(key);
            let text = typed.borrow().clone();
            let on_commit = on_commit.borrow().clone();
            on_commit.emit(text.unwrap_or_default());
        })
    };
    let oninput = {
        let (drafts, typed, timer, commit) = (drafts.clone(), typed.clone(), timer.clone(), commit.clone());
        Callback::from(move |e: InputEvent| {
            *typed.borrow_mut() = Some(input_value(&e));
            drafts.hold(key, commit.clone());
            let commit = commit.clone();
            *timer.borrow_mut() = Some(Timeout::new(COMMIT_AFTER_MS, move || commit()));
        })
    };
    // Left: commit, then show the text as the app keeps it. Heard on the
    // field itself: through Yew, every focus change in the widget (each
    // rating click has one) would be walked up to its root.
    let field = use_node_ref();
    {
        let (field, typed, commit) = (field.clone(), typed.clone(), commit.clone());
        // (Again if the kind changes: a textarea and an input are two elements.)
        use_effect_with(props.kind, move |_| {
            let listener = field.cast::<web_sys::Element>().map(|field| {
                gloo_events::EventListener::new(&field, "blur", move |_| {
                    commit();
                    if typed.borrow_mut().take().is_some() {
                        refresh.force_update();
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Unmounted with a commit pending (the view changed, the widget was removed).
    {
        let commit = commit.clone();
        use_effect_with((), move |_| move || commit());
    }

    let value = typed.borrow().clone().unwrap_or_else(|| props.value.to_string());
    let maxlength = props.max_chars.map(|n| n.to_string());
    if props.kind == FieldKind::Lines {
        return html! { <textarea ref={field} id={props.id.clone()} rows="2" {maxlength} {value} {oninput} /> };
    }
    let kind = if props.kind == FieldKind::Date { "date" } else { "text" };
    html! { <input ref={field} id={props.id.clone()} type={kind} autocomplete="off" {maxlength} {value} {oninput} /> }
}
