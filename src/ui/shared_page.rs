//! Someone's shared results, opened from a link: read-only, never touching
//! the visitor's own data unless they choose to save a copy or compare.

use yew::prelude::*;

use super::app::AppContext;
use super::link::{Link, Navigator};
use super::results_page::{scores_section, work_on_next};
use super::use_focus_on_arrival;
use crate::assessment::store::limits;
use crate::assessment::{score, Assessment, Stamped};
use crate::browser::{clock, startup};
use crate::route::Route;
use crate::share::{decode, encode};
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub payload: String,
    pub focus: bool,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let heading = use_focus_on_arrival(props.focus);
    let state = use_context::<AppContext>();
    let navigator = use_context::<Navigator>();
    let shared = match decode(&props.payload) {
        Ok(shared) => shared,
        Err(error) => {
            return html! {
                <div class="shared">
                    <h1 tabindex="-1" ref={heading}>{ "This results link cannot be opened" }</h1>
                    <p class="form-message form-error">{ error.explain() }</p>
                    <p>{ "Ask the person who sent it to copy the whole link again. Your own answers are not affected." }</p>
                    <p><Link to={Route::Home}>{ "Go to the overview" }</Link></p>
                </div>
            };
        }
    };
    let title = shared
        .label
        .clone()
        .unwrap_or_else(|| "Shared results".to_string());
    let save_copy = {
        let (state, shared) = (state.clone(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(state) = &state else { return };
            let at = clock::now_ms();
            let label = format!("Shared: {}", shared.label.as_deref().unwrap_or("results"));
            let mut copy = Assessment::new(startup::new_id(), label.clone(), clock::today());
            copy.answers.extend(
                shared
                    .answers
                    .iter()
                    .map(|(k, v)| (k.clone(), Stamped { v: Some(*v), t: at })),
            );
            state.dispatch(Action::AddAssessment(copy));
            state.dispatch(Action::Notify(Some(Notice {
                text: format!(
                    "Saved a copy as “{label}”. It is now the assessment you are working on."
                ),
                backup: None,
                is_error: false,
            })));
        })
    };
    let compare = {
        let (state, navigator, payload) = (state.clone(), navigator.clone(), props.payload.clone());
        Callback::from(move |_: MouseEvent| {
            let mine = state
                .as_ref()
                .map(|s| encode(&s.store.current().current_answers(), None));
            if let Some(nav) = &navigator {
                nav.navigate.emit(Route::Compare(
                    std::iter::once(payload.clone()).chain(mine).collect(),
                ));
            }
        })
    };
    let can_add = state.as_ref().is_none_or(|s| s.store.can_add());
    html! {
        <div class="shared">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="notice">
                { "These are someone else’s results, opened from a link. They are shown here only and are not saved, \
                   and your own answers are untouched." }
            </p>
            <p class="button-row">
                if can_add {
                    <button type="button" class="button" onclick={save_copy}>{ "Save a copy in this browser" }</button>
                }
                <button type="button" class="button" onclick={compare}>{ "Compare with mine" }</button>
            </p>
            if !can_add {
                <p class="hint">{ format!("To save a copy, first delete one of your partnerships: {} is the most this tool keeps.", limits::ASSESSMENTS) }</p>
            }
            { scores_section(&score(&shared.answers)) }
            { work_on_next(&shared.answers, false) }
        </div>
    }
}
