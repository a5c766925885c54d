//! Results: scores per spread as a chart and a table, what to work on next,
//! the action plan, scores over time, and the person's data.

use yew::prelude::*;

use crate::assessment::scoring;
use crate::browser::{clock, page};
use crate::content::{topic_names, GUIDE};
use crate::dates::long_date;
use crate::route::Route;
use crate::ui::components::{
    action_plan, notes_section, over_time, overall_line, partnership_picker, progress, scores_section, work_on_next,
    DataPanel, ShareSection,
};
use crate::ui::context::{use_app, use_navigator};
use crate::ui::first_frame::use_focus_on_arrival;

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    pub focus: bool,
}

#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    crate::ui::render_count::count("ResultsPage");
    // Back from the diagram an advice link opened: where the reader was,
    // on the link they followed; else the page's heading.
    let returning = page::has_return_point();
    let heading = use_focus_on_arrival(props.focus && !returning);
    let page_ref = use_node_ref();
    {
        let page_ref = page_ref.clone();
        use_effect_with((), move |_| {
            let pending = returning.then(|| page::after_next_paint(move || page::return_to_point(&page_ref)));
            move || drop(pending)
        });
    }
    let state = use_app();
    let dispatch = state.dispatcher();
    let assessment = state.store.current();
    // A widget that offers some topics counts, scores and shares those only.
    let navigator = use_navigator();
    let h = navigator.headings;
    let topics: Vec<&str> =
        GUIDE.spreads.iter().map(|s| s.slug).filter(|slug| navigator.offers(&Route::spread(slug))).collect();
    let topics = if topics.len() == GUIDE.spreads.len() { vec![] } else { topics };
    let answers = scoring::answers_in(&assessment.current_answers(), &topics);
    let scores = scoring::score_topics(&answers, &topics);
    let answered = if topics.is_empty() {
        format!("{} of {} answered", scores.answered, scores.total)
    } else {
        format!("{} of {} statements in {}", scores.answered, scores.total, topic_names(&topics))
    };
    html! {
        <div class="results" ref={page_ref}>
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ "Your results" }</@>
            // On paper, what the screen says around it: whose results, when.
            <p class="print-only print-header">
                <strong><bdi>{ assessment.label.clone() }</bdi></strong>
                { format!(" · printed {} · {} of {} statements answered", long_date(&clock::today()), scores.answered, scores.total) }
            </p>
            { partnership_picker(&state.store, &dispatch) }
            { progress(scores.answered, scores.total, "Statements answered", html! { answered }) }
            { overall_line(&scores, false) }
            // One button, whatever has been entered: the same printout.
            <p class="button-row no-print">
                <button type="button" class="button" id="print-results" onclick={Callback::from(|e: MouseEvent| page::print(e.target()))}>
                    { "Print your results" }
                </button>
            </p>
            { scores_section(h, &scores) }
            { work_on_next(h, &answers, Some((assessment, &dispatch))) }
            { notes_section(h, assessment) }
            { action_plan(h, assessment, &dispatch) }
            <ShareSection answers={answers} label={assessment.link_label.clone()} />
            { over_time(h, assessment, &dispatch) }
            <DataPanel />
        </div>
    }
}
