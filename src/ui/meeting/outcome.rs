//! What was agreed about the item on the meeting's screen: one or more
//! actions (what, who leads as a role or an organisation, by when) or
//! "discussed, no action", and a short note. Each keystroke is an edit of
//! the meeting's notes (`meeting::notes::Edit`), which the meeting keeps.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::meeting::notes::{
    Action, ActionField, Edit, EditRefused, Outcome, LEAD_MAX_CHARS, NOTE_MAX_CHARS, WHAT_MAX_CHARS,
};
use crate::share::actions;
use crate::ui::components::input_value;
use crate::ui::Headings;

/// Said under "Who leads it", as the action plan's "who" says it.
const LEAD_HINT: &str =
    "A role or a partner organisation, never a person’s name: the agreed-actions link carries it to every partner.";

/// Where focus goes once the form is drawn again: after adding an action,
/// its first field; after removing one, "Add an action" (a selector).
pub type FocusNext = Rc<RefCell<Option<String>>>;

/// The form for `subject`'s outcome (`outcome`, or none yet); `refused`
/// says why the last change was not made; each change goes to `on_edit`.
pub fn outcome_form(
    h: Headings,
    subject: &'static str,
    outcome: Option<&Outcome>,
    refused: Option<EditRefused>,
    on_edit: &Callback<Edit>,
    focus_next: &FocusNext,
) -> Html {
    let outcome = outcome.cloned().unwrap_or_default();
    let edit = |field: ActionField, index: usize| {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| on_edit.emit(Edit::EditAction(subject, index, field, input_value(&e))))
    };
    let add = {
        let (on_edit, focus_next, n) = (on_edit.clone(), focus_next.clone(), outcome.actions.len());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(format!("#meeting-what-{n}"));
            on_edit.emit(Edit::AddAction(subject));
        })
    };
    let remove = |index: usize| {
        let (on_edit, focus_next) = (on_edit.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some("#meeting-add-action".into());
            on_edit.emit(Edit::RemoveAction(subject, index));
        })
    };
    let no_action = {
        let on_edit = on_edit.clone();
        // Refused while actions hold text (the notes say why): the box
        // goes back to what the notes hold, not what was clicked.
        let typed = outcome.actions.iter().any(|a| *a != Action::default());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let checked = input.checked();
            if checked && typed {
                input.set_checked(false);
            }
            on_edit.emit(Edit::NoAction(subject, checked));
        })
    };
    let note = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: InputEvent| on_edit.emit(Edit::Note(subject, input_value(&e))))
    };
    let over_link = |text: &str, max: usize| {
        let n = actions::clean_text(text).chars().count();
        (n > max)
            .then(|| format!("{n} characters: the agreed-actions link carries up to {max}, so shorten it to send it."))
    };
    html! {
        <section class="meeting-outcome" aria-labelledby="meeting-outcome-heading">
            <@{h.tag(2)} id="meeting-outcome-heading">{ "What was agreed" }</@>
            <p class="hint">{ "Kept in this browser as you type, until you clear this meeting’s notes; never added to anyone’s assessment." }</p>
            if !outcome.actions.is_empty() {
                <ol class="meeting-actions">
                    for (i, action) in outcome.actions.iter().enumerate() {
                        <li key={i}>
                            <fieldset class="meeting-action">
                                <legend>{ format!("Action {}", i + 1) }</legend>
                                for (field, label, max, link_max, value) in [
                                    (ActionField::What, "What will be done", Some(WHAT_MAX_CHARS), actions::WHAT_MAX_CHARS, &action.what),
                                    (ActionField::Lead, "Who leads it", Some(LEAD_MAX_CHARS), actions::LEAD_MAX_CHARS, &action.lead),
                                    (ActionField::By, "By when", None, actions::BY_MAX_CHARS, &action.by),
                                ] {
                                    { action_field(field, label, i, max, value, edit(field, i), over_link(value, link_max)) }
                                }
                                <p>
                                    <button type="button" class="link-button" onclick={remove(i)}>
                                        { format!("Remove action {}", i + 1) }
                                    </button>
                                </p>
                            </fieldset>
                        </li>
                    }
                </ol>
            }
            <p class="button-row">
                <button type="button" class="button" id="meeting-add-action" onclick={add}>
                    { if outcome.actions.is_empty() { "Add an action" } else { "Add another action" } }
                </button>
            </p>
            <p class="meeting-no-action">
                <label>
                    <input type="checkbox" checked={outcome.no_action} onchange={no_action} />
                    { " Discussed, no action" }
                </label>
            </p>
            if let Some(why) = refused {
                <p class="form-error" role="status">{ why.explain() }</p>
            }
            <p class="field">
                <label for="meeting-note">{ "Note (a sentence or two)" }</label>
                <textarea id="meeting-note" rows="2" maxlength={NOTE_MAX_CHARS.to_string()} value={outcome.note.clone()} oninput={note} />
            </p>
        </section>
    }
}

/// One field of an action: its label, the box, and under it the lead's
/// hint or what the link cannot carry. (The date is a date box.)
fn action_field(
    field: ActionField,
    label: &str,
    index: usize,
    max: Option<usize>,
    value: &str,
    oninput: Callback<InputEvent>,
    over: Option<String>,
) -> Html {
    let id = format!("meeting-{}-{index}", field.key());
    let hint_id = format!("{id}-hint");
    let hint = over.or_else(|| (field == ActionField::Lead).then(|| LEAD_HINT.to_string()));
    html! {
        <>
            <label for={id.clone()}>{ label }</label>
            // What will be done may run long: two lines, so it reads whole
            // while it is typed on a phone.
            if field == ActionField::What {
                <textarea {id} rows="2" maxlength={max.map(|m| m.to_string())}
                    aria-describedby={hint.as_ref().map(|_| hint_id.clone())} value={value.to_string()} {oninput} />
            } else {
                <input {id} type={if field == ActionField::By { "date" } else { "text" }} autocomplete="off"
                    maxlength={max.map(|m| m.to_string())} aria-describedby={hint.as_ref().map(|_| hint_id.clone())}
                    value={value.to_string()} {oninput} />
            }
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </>
    }
}
