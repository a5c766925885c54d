//! Someone's shared results, opened from a link: read-only, never touching
//! the visitor's own data unless they choose to save a copy or compare.

use yew::prelude::*;

use crate::assessment::store::limits;
use crate::assessment::{score, scoring};
use crate::browser::{clock, startup};
use crate::content::{topic_names, GUIDE};
use crate::route::Route;
use crate::share::outgoing::{compare_with_mine_says, results_payload};
use crate::share::read::read_results;
use crate::state::Action;
use crate::ui::components::{overall_line, scores_section, work_on_next, Link};
use crate::ui::context::{use_app, use_navigator};
use crate::ui::first_frame::use_focus_on_arrival;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub payload: String,
    pub focus: bool,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    crate::ui::render_count::count("SharedPage");
    let heading = use_focus_on_arrival(props.focus);
    let state = use_app();
    let navigator = use_navigator();
    let h = navigator.headings;
    let shared = match read_results(&props.payload) {
        Ok(shared) => shared,
        Err(error) => {
            return html! {
                <div class="shared">
                    <@{h.tag(0)} tabindex="-1" ref={heading}>{ "This results link cannot be opened" }</@>
                    <p class="form-message form-error">{ error.explain() }</p>
                    <p>{ "Ask the person who sent it to copy the whole link again. Your own answers are not affected." }</p>
                    <p><Link to={Route::Home}>{ "Go to the overview" }</Link></p>
                </div>
            };
        }
    };
    let scores = score(&shared.answers);
    let title = shared.label.clone().unwrap_or_else(|| "Shared results".to_string());
    let save_copy = {
        let (dispatch, shared) = (state.dispatcher(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SaveSharedCopy {
                shared: shared.clone(),
                id: startup::new_id(),
                today: clock::today(),
                at: clock::now_ms(),
            })
        })
    };
    // Your own results join the comparison with the label you keep for
    // links (none unless you typed one), never your partnership's name.
    // A widget that offers some topics compares those only, and says so.
    let mine = state.store.current();
    let topics: Vec<&str> =
        GUIDE.spreads.iter().map(|s| s.slug).filter(|slug| navigator.offers(&Route::spread(slug))).collect();
    let topics = if topics.len() == GUIDE.spreads.len() { vec![] } else { topics };
    let (my_answers, my_label) = (scoring::answers_in(&mine.current_answers(), &topics), mine.link_label());
    let nothing_answered = my_answers.is_empty();
    let embedded = !navigator.owns_url;
    let says = compare_with_mine_says(&my_answers, my_label);
    let compare = {
        let (navigator, payload) = (navigator.clone(), props.payload.clone());
        let mine = results_payload(&my_answers, my_label);
        Callback::from(move |_: MouseEvent| navigator.navigate.emit(Route::compare([payload.as_str(), mine.as_str()])))
    };
    let can_add = state.store.can_add();
    html! {
        <div class="shared">
            // Someone else's label, isolated so its direction cannot reorder the page's text.
            <@{h.tag(0)} tabindex="-1" ref={heading}><bdi>{ title }</bdi></@>
            <p class="notice">
                { "These are someone else’s results, opened from a link. They are shown here only and are not saved, \
                   and your own answers are untouched." }
            </p>
            <p class="button-row">
                if can_add {
                    <button type="button" class="button" onclick={save_copy}>{ "Save a copy in this browser" }</button>
                }
                <button type="button" class="button" onclick={compare} disabled={nothing_answered}
                        aria-describedby={if nothing_answered { "compare-mine-hint" } else { "compare-mine-says" }}>{ "Compare with mine" }</button>
            </p>
            if !topics.is_empty() {
                <p class="hint">{ format!("“Compare with mine” compares your answers in {} only, the topics this tool offers here.", topic_names(&topics)) }</p>
            }
            if !nothing_answered {
                <p class="hint" id="compare-mine-says">{ says }</p>
            }
            if nothing_answered && embedded {
                <p class="hint" id="compare-mine-hint">{ "To compare, first answer at least one statement yourself: you have not answered any here yet." }</p>
            } else if nothing_answered {
                <p class="hint" id="compare-mine-hint">
                    { "To compare, first answer at least one statement yourself: you have not answered any on this page yet. \
                       Answers given in the tool on another page (an intranet page, say) are kept with that page: \
                       to compare with them, open the link there." }
                </p>
            }
            if !can_add {
                <p class="hint">{ format!("To save a copy, first delete one of your partnerships: {} is the most this tool keeps.", limits::ASSESSMENTS) }</p>
            }
            { overall_line(&scores, true) }
            { scores_section(h, &scores) }
            { work_on_next(h, &shared.answers, None) }
        </div>
    }
}
