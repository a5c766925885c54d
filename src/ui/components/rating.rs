//! One statement to rate: a native radio group with a legend, so keyboards
//! and screen readers get the behaviour they already know. Pure props, so an
//! answer elsewhere does not re-render this group. An answer here renders
//! this group alone at once (its Clear button shows in the click's own
//! frame); the app state has it a frame later (see `ui::answers`).

use yew::prelude::*;

use super::text_field::{FieldKind, TextField};
use crate::assessment::store::limits;
use crate::assessment::{statements, Answer};
use crate::browser::{clock, page};
use crate::state::{Action, AppState};
use crate::ui::context::use_answers;

#[derive(Properties, PartialEq)]
pub struct RatingProps {
    pub node: &'static str,
    /// Distinguishes the same statement shown twice (panel and list).
    pub context: &'static str,
    pub current: Option<Answer>,
    /// The private note on this statement ("" for none).
    pub note: AttrValue,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn Rating(props: &RatingProps) -> Html {
    crate::ui::render_count::count("Rating");
    // The same callback across renders, so an answer does not re-render the note.
    let on_note = use_callback((props.node, props.dispatch.clone()), |text: String, (node, dispatch)| {
        dispatch.dispatch(Action::SetNote { node, text, at: clock::now_ms() })
    });
    let group = use_node_ref();
    let answers = use_answers();
    let rerender = use_force_update();
    let Some(statement) = statements::for_node(props.node) else {
        return html! {};
    };
    let node = props.node;
    // Rendered again while an answer is on its way (a note committed in
    // that frame), the group shows that answer, not the one it replaces.
    let current = answers.shown(node).or(props.current);
    let name = format!("{}-{}", props.context, node);
    // One listener for the whole group (a change bubbles up from a radio),
    // not one per control. The note commits on its own, as it is typed.
    let onchange = {
        let (answers, rerender) = (answers.clone(), rerender.clone());
        Callback::from(move |e: Event| {
            let Some(radio) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let answer = radio.value().parse::<u8>().ok().and_then(|c| Answer::try_from(c).ok());
            if let (Some(answer), "radio") = (answer, radio.type_().as_str()) {
                answers.give(node, answer);
                rerender.force_update();
            }
        })
    };
    // Cleared, the button hides (rendered here too: an answer cleared in the
    // frame it was given leaves the app state, and so the props, unchanged).
    // The keyboard's place moves to the first choice of the same statement
    // rather than falling to the page.
    let clear = {
        let (dispatch, group) = (props.dispatch.clone(), group.clone());
        Callback::from(move |_: MouseEvent| {
            answers.withdraw(node);
            dispatch.dispatch(Action::Answer { node, answer: None, at: clock::now_ms() });
            rerender.force_update();
            page::focus_within(&group, "input[type=\"radio\"]");
        })
    };
    let note_id = format!("{name}-note");
    html! {
        <fieldset class="rating" data-statement={node} {onchange} ref={group}>
            <legend>{ statement.text }</legend>
            <div class="rating-choices">
                for answer in Answer::CHOICES {
                    <label class={classes!("rating-choice", (answer == Answer::DONT_KNOW).then_some("rating-dont-know"))}>
                        <input type="radio" name={name.clone()} value={answer.code().to_string()}
                               checked={current == Some(answer)} />
                        if let Some(score) = answer.score() {
                            <span class="rating-number" aria-hidden="true">{ score }</span>
                        }
                        <span class="rating-label">{ answer.label() }</span>
                    </label>
                }
            </div>
            // Always in the tree, hidden (its room kept) until there is an
            // answer: a child inserted into a fieldset rebuilds the
            // fieldset's whole layout, 6 ms of a click at 4x CPU.
            <button type="button" class="link-button rating-clear" onclick={clear} hidden={current.is_none()}>
                { "Clear answer" }<span class="visually-hidden">{ format!(": {}", statement.text) }</span>
            </button>
            <details class="rating-note" open={!props.note.is_empty()}>
                <summary>
                    { if props.note.is_empty() { "Add a private note" } else { "Your note" } }
                    <span class="visually-hidden">{ format!(": {}", statement.text) }</span>
                </summary>
                <label for={note_id.clone()}>{ "Why you rated it so: kept in this browser, never put in a shared link" }</label>
                <TextField id={note_id} kind={FieldKind::Lines} max_chars={limits::NOTE_CHARS}
                           value={props.note.clone()} on_commit={on_note} />
            </details>
        </fieldset>
    }
}
