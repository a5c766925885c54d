//! The overview: what the guide is, and the five spreads to open.

use yew::prelude::*;

use super::link::Link;
use super::use_focus_on_arrival;
use crate::content::GUIDE;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    /// Take focus when shown: true after in-app navigation.
    pub focus: bool,
}

#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let heading = use_focus_on_arrival(props.focus);
    html! {
        <div class="home">
            <h1 tabindex="-1" ref={heading}>{ GUIDE.title }</h1>
            <p class="lede">
                { "Five practical guides to working with partners, each with a diagram to explore. \
                   Open a topic to read the guide and look at how its advice fits together." }
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
                    </li>
                }
            </ol>
        </div>
    }
}
