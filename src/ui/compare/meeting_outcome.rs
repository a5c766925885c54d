//! What was agreed about the item on the meeting's screen: one or more
//! actions (what, who leads as a role or an organisation, by when) or
//! "discussed, no action", and a short note. Each keystroke is an edit of
//! the meeting's notes (`meeting::notes::Edit`), which the meeting keeps.

use yew::prelude::*;

use crate::browser::page;
use crate::meeting::notes::{
    Action, ActionField, Edit, EditRefused, Outcome, LEAD_MAX_CHARS, NOTE_MAX_CHARS, WHAT_MAX_CHARS,
};
use crate::share::actions;
use crate::ui::components::input_value;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct OutcomeFormProps {
    pub subject: &'static str,
    /// What is recorded for the item so far.
    pub outcome: Option<Outcome>,
    /// The last change refused for this item, and why.
    pub refused: Option<EditRefused>,
    pub on_edit: Callback<Edit>,
}

/// Said under "Who leads it", as the action plan's "who" says it.
const LEAD_HINT: &str =
    "A role or a partner organisation, never a person’s name: the agreed-actions link carries it to every partner.";

#[component]
pub fn OutcomeForm(props: &OutcomeFormProps) -> Html {
    let h = use_navigator().headings;
    let subject = props.subject;
    let outcome = props.outcome.clone().unwrap_or_default();
    let root = use_node_ref();
    // After adding an action its first field takes focus; after removing
    // one, "Add an action" does.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let (root, focus_next) = (root.clone(), focus_next.clone());
        use_effect_with(outcome.actions.len(), move |_| {
            if let Some(selector) = focus_next.borrow_mut().take() {
                page::focus_within(&root, &selector);
            }
        });
    }
    let edit = |make: fn(&'static str, usize, String) -> Edit, index: usize| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| on_edit.emit(make(subject, index, input_value(&e))))
    };
    let add = {
        let (on_edit, focus_next, n) = (props.on_edit.clone(), focus_next.clone(), outcome.actions.len());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some(format!("#meeting-what-{n}"));
            on_edit.emit(Edit::AddAction(subject));
        })
    };
    let remove = |index: usize| {
        let (on_edit, focus_next) = (props.on_edit.clone(), focus_next.clone());
        Callback::from(move |_: MouseEvent| {
            *focus_next.borrow_mut() = Some("#meeting-add-action".into());
            on_edit.emit(Edit::RemoveAction(subject, index));
        })
    };
    let no_action = {
        let on_edit = props.on_edit.clone();
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
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| on_edit.emit(Edit::Note(subject, input_value(&e))))
    };
    let over_link = |text: &str, max: usize| {
        let n = actions::clean_text(text).chars().count();
        (n > max)
            .then(|| format!("{n} characters: the agreed-actions link carries up to {max}, so shorten it to send it."))
    };
    html! {
        <section class="meeting-outcome" aria-labelledby="meeting-outcome-heading" ref={root}>
            <@{h.tag(2)} id="meeting-outcome-heading">{ "What was agreed" }</@>
            <p class="hint">{ "Kept in this browser as you type, until you clear this meeting’s notes; never added to anyone’s assessment." }</p>
            if !outcome.actions.is_empty() {
                <ol class="meeting-actions">
                    for (i, action) in outcome.actions.iter().enumerate() {
                        <li key={i}>
                            <fieldset class="meeting-action">
                                <legend>{ format!("Action {}", i + 1) }</legend>
                                <label for={format!("meeting-what-{i}")}>{ "What will be done" }</label>
                                <input id={format!("meeting-what-{i}")} type="text" autocomplete="off" maxlength={WHAT_MAX_CHARS.to_string()}
                                    value={action.what.clone()} oninput={edit(|s, i, v| Edit::EditAction(s, i, ActionField::What, v), i)} />
                                if let Some(over) = over_link(&action.what, actions::WHAT_MAX_CHARS) {
                                    <p class="hint">{ over }</p>
                                }
                                <label for={format!("meeting-lead-{i}")}>{ "Who leads it" }</label>
                                <input id={format!("meeting-lead-{i}")} type="text" autocomplete="off" maxlength={LEAD_MAX_CHARS.to_string()}
                                    aria-describedby={format!("meeting-lead-hint-{i}")}
                                    value={action.lead.clone()} oninput={edit(|s, i, v| Edit::EditAction(s, i, ActionField::Lead, v), i)} />
                                <p class="hint" id={format!("meeting-lead-hint-{i}")}>
                                    { over_link(&action.lead, actions::LEAD_MAX_CHARS).unwrap_or_else(|| LEAD_HINT.to_string()) }
                                </p>
                                <label for={format!("meeting-by-{i}")}>{ "By when" }</label>
                                <input id={format!("meeting-by-{i}")} type="date"
                                    value={action.by.clone()} oninput={edit(|s, i, v| Edit::EditAction(s, i, ActionField::By, v), i)} />
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
            if let Some(why) = props.refused {
                <p class="form-error" role="status">{ why.explain() }</p>
            }
            <p class="field">
                <label for="meeting-note">{ "Note (a sentence or two)" }</label>
                <textarea id="meeting-note" rows="2" maxlength={NOTE_MAX_CHARS.to_string()} value={outcome.note.clone()} oninput={note} />
            </p>
        </section>
    }
}
