//! A spread's statements as a plain questionnaire, with progress.

use yew::prelude::*;

use super::in_topic;

use super::link::Link;
use super::rating::Rating;
use super::summary::{progress, score_summary};
use crate::assessment::{spread_score, statements};
use crate::content::Spread;
use crate::route::Route;
use crate::ui::context::{use_app, use_navigator};

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub spread: &'static Spread,
}

#[component]
pub fn Questionnaire(props: &QuestionnaireProps) -> Html {
    let h = use_navigator().headings;
    crate::ui::render_count::count("Questionnaire");
    let state = use_app();
    let spread = props.spread;
    let assessment = state.store.current();
    let answers = assessment.current_answers();
    let score = spread_score(spread.slug, &answers);
    html! {
        <section class="questionnaire">
            <@{h.tag(1)}>{ "Rate your partnership" }{ in_topic(spread) }</@>
            <p>
                { "For " }<strong><bdi>{ assessment.label.clone() }</bdi></strong>
                { ": how far does each statement describe this partnership? Answers stay in this browser." }
            </p>
            { progress(score.answered, score.total, &format!("{} answered", spread.short_title), score_summary(&score)) }
            for statement in statements::of_spread(spread.slug) {
                <Rating node={statement.node} context="list" current={answers.get(statement.node).copied()}
                        note={AttrValue::from(assessment.note(statement.node).to_string())} dispatch={state.dispatcher()} />
            }
            <p><Link to={Route::Results}>{ "See your results" }</Link></p>
        </section>
    }
}
