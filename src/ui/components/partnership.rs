//! Which partnership's assessment is open: switch, add, rename, delete.

use yew::prelude::*;

use super::forms::input_value;
use super::text_field::TextField;
use crate::assessment::store::limits;
use crate::assessment::Store;
use crate::browser::{clock, page, startup};
use crate::state::Action;
use crate::ui::context::Dispatch;

pub fn partnership_picker(store: &Store, dispatch: &Dispatch) -> Html {
    let current = store.current();
    let switch = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| dispatch.dispatch(Action::SwitchAssessment(input_value(&e))))
    };
    let rename = {
        let dispatch = dispatch.clone();
        Callback::from(move |label: String| dispatch.dispatch(Action::RenameAssessment { label, at: clock::now_ms() }))
    };
    let add = {
        let dispatch = dispatch.clone();
        let count = store.assessments.len();
        Callback::from(move |_: MouseEvent| {
            let label = format!("Partnership {}", count + 1);
            dispatch.dispatch(Action::AddAssessment(startup::fresh_assessment(&label)));
        })
    };
    let delete = {
        let (dispatch, id, label) = (dispatch.clone(), current.id.clone(), current.label.clone());
        Callback::from(move |_: MouseEvent| {
            if page::confirm(&format!(
                "Delete the assessment “{label}” with all its answers, snapshots and action plan?"
            )) {
                let replacement = startup::fresh_assessment(startup::FIRST_LABEL);
                dispatch.dispatch(Action::DeleteAssessment { id: id.clone(), replacement });
            }
        })
    };
    html! {
        <div class="partnership">
            if store.assessments.len() > 1 {
                <p>
                    <label for="partnership-select">{ "Partnership " }</label>
                    <select id="partnership-select" onchange={switch}>
                        for a in store.assessments.iter() {
                            <option value={a.id.clone()} selected={a.id == current.id}>{ a.label.clone() }</option>
                        }
                    </select>
                </p>
            }
            <p>
                <label for="partnership-name">{ "Name of this partnership (stays in this browser)" }</label>
                <TextField id="partnership-name" max_chars={limits::LABEL_CHARS}
                           value={current.label.clone()} on_commit={rename} />
            </p>
            <p class="button-row">
                if store.can_add() {
                    <button type="button" class="button button-small" onclick={add}>{ "Add another partnership" }</button>
                }
                <button type="button" class="button button-small button-danger" onclick={delete}>{ "Delete this assessment" }</button>
            </p>
            if !store.can_add() {
                <p class="hint">{ format!("{} partnerships is the most this tool keeps: delete one to add another.", limits::ASSESSMENTS) }</p>
            }
        </div>
    }
}
