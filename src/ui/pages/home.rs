//! The overview: what the guide is, and the five spreads to open.

use yew::prelude::*;

use crate::assessment::{spread_score, Answers};
use crate::content::GUIDE;
use crate::route::Route;
use crate::ui::components::{score_summary, Link};
use crate::ui::context::{use_app, use_focus_on_arrival};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    /// Take focus when shown: true after in-app navigation.
    pub focus: bool,
}

#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    crate::ui::render_count::count("HomePage");
    let heading = use_focus_on_arrival(props.focus);
    let answers = use_app().store.current().current_answers();
    html! {
        <div class="home">
            <h1 tabindex="-1" ref={heading}>{ GUIDE.title }</h1>
            <p class="lede">
                { "Five practical guides to working with partners, each with a diagram to explore. \
                   Open a topic to read the guide, explore its diagram and rate how well your partnership follows its advice. \
                   Your answers stay in this browser." }
            </p>
            <ol class="spread-cards">
                for spread in GUIDE.spreads {
                    <li class={classes!("spread-card", format!("accent-{}", spread.number))}>
                        <h2>
                            <Link to={Route::spread(spread.slug)}>
                                <span class="spread-number">{ spread.number }</span>
                                <span class="visually-hidden">{ ". " }</span>
                                { spread.title }
                            </Link>
                        </h2>
                        <p>{ spread.diagram.description }</p>
                        { card_progress(&answers, spread.slug) }
                    </li>
                }
            </ol>
        </div>
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
