//! A spread's statements as a plain questionnaire, with progress.

use yew::prelude::*;

use super::app::AppContext;
use super::link::Link;
use super::rating::Rating;
use crate::assessment::{spread_score, statements, SpreadScore};
use crate::content::Spread;
use crate::number::Fixed;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    pub spread: &'static Spread,
}

#[component]
pub fn Questionnaire(props: &QuestionnaireProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let spread = props.spread;
    let answers = state.store.current().current_answers();
    let score = spread_score(spread.slug, &answers);
    let heading = format!("{}-rate-heading", spread.slug);
    html! {
        <section class="questionnaire" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ "Rate your partnership" }</h2>
            <p>
                { "How far does each statement describe your partnership, " }
                <strong>{ state.store.current().label.clone() }</strong>{ "? Answers stay in this browser." }
            </p>
            { progress(score.answered, score.total, &format!("{} answered", spread.short_title), score_summary(&score)) }
            for statement in statements::of_spread(spread.slug) {
                <Rating node={statement.node} context="list" current={answers.get(statement.node).copied()} dispatch={state.dispatcher()} />
            }
            <p><Link to={Route::Results}>{ "See your results" }</Link></p>
        </section>
    }
}

/// Progress as a bar and as `text`. A plain function, not a component: each
/// component costs WebAssembly size, and this has no state.
pub fn progress(answered: usize, total: usize, label: &str, text: Html) -> Html {
    html! {
        <p class="progress">
            <progress max={total.to_string()} value={answered.to_string()} aria-label={label.to_string()}></progress>
            <span>{ text }</span>
        </p>
    }
}

/// "4 of 9 answered · score 3.5 · Developing": the score appears once an
/// item is rated, the band once half are.
pub fn score_summary(score: &SpreadScore) -> Html {
    html! {
        <>
            { format!("{} of {} answered", score.answered, score.total) }
            if let Some(mean) = score.mean {
                { format!(" · score {}", Fixed(mean, 1)) }
            }
            if let Some(band) = score.band {
                { " · " }<span class={classes!("band", band.class())}><span aria-hidden="true">{ band.icon() }</span>{ " " }{ band.label() }</span>
            }
        </>
    }
}
