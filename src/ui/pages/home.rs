//! The overview: what the guide is, and the five spreads to open.

use yew::prelude::*;

use crate::assessment::{spread_score, statements, Answers, STATEMENTS};
use crate::content::GUIDE;
use crate::route::Route;
use crate::ui::components::{score_summary, Link};
use crate::ui::context::{use_app, use_navigator};
use crate::ui::first_frame::{use_focus_on_arrival, use_painted};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    /// Take focus when shown: true after in-app navigation.
    pub focus: bool,
}

#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let h = use_navigator().headings;
    crate::ui::render_count::count("HomePage");
    let heading = use_focus_on_arrival(props.focus);
    let answers = use_app().store.current().current_answers();
    // The topics follow the first frame (see `ui::stage`).
    let painted = use_painted();
    html! {
        <div class="home">
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ GUIDE.title }</@>
            <p class="lede">
                { "Five practical guides to working with partners, each with a diagram to explore. \
                   Open a topic to read the guide, explore its diagram and rate how well your partnership follows its advice. \
                   Your answers stay in this browser." }
            </p>
            { first_step(&answers) }
            if painted {
                <ol class="spread-cards">
                    for spread in GUIDE.spreads {
                        <li class={classes!("spread-card", format!("accent-{}", spread.number))}>
                            <@{h.tag(1)}>
                                <Link to={Route::spread(spread.slug)}>
                                    <span class="spread-number">{ spread.number }</span>
                                    <span class="visually-hidden">{ ". " }</span>
                                    { spread.title }
                                </Link>
                            </@>
                            <p>{ spread.helps_with }</p>
                            { card_progress(&answers, spread.slug) }
                        </li>
                    }
                </ol>
            }
        </div>
    }
}

/// One clear way to begin, or to go on: the first topic with anything left
/// to rate, with how long the rest takes (about `SECONDS_A_STATEMENT` each).
fn first_step(answers: &Answers) -> Html {
    const SECONDS_A_STATEMENT: usize = 20;
    let left = STATEMENTS.len() - STATEMENTS.iter().filter(|s| answers.get(s.node).is_some()).count();
    let Some(next) =
        GUIDE.spreads.iter().find(|s| statements::of_spread(s.slug).any(|st| answers.get(st.node).is_none()))
    else {
        return html! {
            <p class="first-step"><Link to={Route::Results} class="button button-primary">{ "See your results" }</Link></p>
        };
    };
    let minutes = (left * SECONDS_A_STATEMENT).div_ceil(60).max(1);
    let (action, what) = if left == STATEMENTS.len() {
        ("Start with topic 1", format!("{left} statements to rate, about {minutes} minutes in all."))
    } else {
        ("Carry on", format!("{left} statements left to rate, about {minutes} minutes."))
    };
    html! {
        <p class="first-step">
            <Link to={Route::spread(next.slug)} class="button button-primary">{ format!("{action}: {}", next.short_title) }</Link>
            <span class="first-step-time">{ what }</span>
        </p>
    }
}

/// "4 of 9 answered · score 3.5 · Developing" on a spread's card, once
/// anything is answered.
fn card_progress(answers: &Answers, slug: &'static str) -> Html {
    let score = spread_score(slug, answers);
    if score.answered == 0 {
        return html! { <p class="card-progress">{ format!("{} statements to rate", score.total) }</p> };
    }
    html! { <p class="card-progress">{ score_summary(&score) }</p> }
}
