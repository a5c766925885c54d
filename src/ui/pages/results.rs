//! Results: scores per spread as a chart and a table, what to work on next,
//! the action plan, scores over time, and the person's data.

use yew::prelude::*;

use crate::assessment::{score, scoring};
use crate::browser::clock;
use crate::dates::long_date;
use crate::ui::components::{
    action_plan, band, notes_section, out_of_top, over_time, partnership_picker, progress, scores_section, work_on_next,
    DataPanel, ShareSection,
};
use crate::ui::context::{use_app, use_focus_on_arrival};

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    pub focus: bool,
}

#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    crate::ui::render_count::count("ResultsPage");
    let heading = use_focus_on_arrival(props.focus);
    let state = use_app();
    let dispatch = state.dispatcher();
    let assessment = state.store.current();
    let answers = assessment.current_answers();
    let scores = score(&answers);
    html! {
        <div class="results">
            <h1 tabindex="-1" ref={heading}>{ "Your results" }</h1>
            // On paper, what the screen says around it: whose results, when.
            <p class="print-only print-header">
                <strong><bdi>{ assessment.label.clone() }</bdi></strong>
                { format!(" · printed {} · {} of {} statements answered", long_date(&clock::today()), scores.answered, scores.total) }
            </p>
            { partnership_picker(&state.store, &dispatch) }
            { progress(scores.answered, scores.total, "All statements answered", html! { format!("{} of {} answered", scores.answered, scores.total) }) }
            <p class="overall">
                { "Overall: " }
                if let (Some(mean), Some(b)) = (scores.overall, scores.overall_band) {
                    <strong>{ out_of_top(mean) }</strong>{ " " }{ band(b) }
                } else {
                    { format!("shown once {} of the statements are rated ({} more to go).", scoring::needed_share(), scores.more_to_rate()) }
                }
            </p>
            { scores_section(&scores) }
            { work_on_next(&answers, Some((assessment, &dispatch))) }
            { notes_section(assessment) }
            { action_plan(assessment, &dispatch) }
            <ShareSection answers={answers} />
            { over_time(assessment, &dispatch) }
            <DataPanel />
        </div>
    }
}
