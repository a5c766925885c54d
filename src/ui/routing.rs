//! Which view shows, and how the app moves between views: standalone it
//! follows the URL fragment (Back, Forward and typed URLs work); embedded it
//! navigates inside the widget and leaves the host page's URL alone.

use yew::prelude::*;

use super::answers::Answers;
use super::context::Navigator;
use super::pages::{CompareLoader, HomePage, InvitePage, NotFoundPage, ResultsPage, SharedPage, SpreadPage};
use crate::browser::{location, page};
use crate::compare_entry::ModuleView;
use crate::compare_entry::Place;
use crate::content::GUIDE;
use crate::route::Route;
use crate::state::{Action, AppState};

/// What the routing hook gives the app: the navigator for links, and the
/// callback that selects a diagram node without adding to history.
pub struct Routing {
    pub navigator: Navigator,
    pub on_select: Callback<Route>,
}

/// Keeps the route and the URL in step (when the app `owns_url`) and the
/// tab's title naming the view.
///
/// Answers still on their way (`answers`) are handed over before any move
/// to another view, so that the view opened a moment after a click shows
/// that click's answer from its first frame.
#[hook]
pub fn use_routing(
    state: &UseReducerHandle<AppState>,
    initial: &Route,
    place: &Place,
    open_links: bool,
    answers: &Answers,
) -> Routing {
    let owns_url = place.owns_url;
    let dispatcher = state.dispatcher();
    let moves = {
        let answers = answers.clone();
        move |action: Action| {
            answers.hand_over();
            dispatcher.dispatch(action);
        }
    };
    // An embedding page asked for another view: open it, without taking
    // focus from wherever the reader is on the host page.
    {
        let moves = moves.clone();
        let asked = use_mut_ref(|| initial.clone());
        use_effect_with(initial.clone(), move |initial| {
            if *asked.borrow() != *initial {
                *asked.borrow_mut() = initial.clone();
                moves(Action::Select(initial.clone()));
            }
        });
    }
    // Back/Forward and typed URLs arrive as hash changes. A widget that
    // opens links reads its host page's fragment for the links only (the
    // host may route by the fragment itself) and never writes it. The link
    // it opened last, back in the fragment (a host tab, then Back), is left
    // alone: the reader is where they went from it, a comparison say.
    {
        let moves = moves.clone();
        let opened = use_mut_ref(|| initial.is_shared_link().then(|| initial.clone()));
        use_effect_with((owns_url, open_links), move |&(owns_url, open_links)| {
            let listener = (owns_url || open_links)
                .then(|| {
                    location::on_change(move |route| {
                        if owns_url {
                            moves(Action::Navigate(route));
                        } else if route.is_shared_link() && opened.borrow().as_ref() != Some(&route) {
                            *opened.borrow_mut() = Some(route.clone());
                            moves(Action::Navigate(route));
                        }
                    })
                })
                .flatten();
            move || drop(listener)
        });
    }
    // The tab's title follows the view's first frame: setting it costs the
    // frame that shows the view about a millisecond at 4x CPU.
    {
        let title = view_title(&state.route);
        use_effect_with(title, move |title| {
            let title = title.clone();
            let pending = owns_url.then(|| page::after_next_paint(move || page::set_title(&title)));
            move || drop(pending)
        });
    }
    // Made once: a new context value would re-render every link on each edit.
    let navigator = use_memo(place.clone(), move |place| {
        let navigate = {
            let moves = moves.clone();
            Callback::from(move |route: Route| {
                if owns_url {
                    location::push(&route);
                } else {
                    moves(Action::Navigate(route));
                }
            })
        };
        let replace = Callback::from(move |route: Route| {
            if owns_url {
                location::replace(&route);
            }
            moves(Action::Select(route));
        });
        Navigator::new(place, navigate, replace)
    });
    Routing { on_select: navigator.replace.clone(), navigator: (*navigator).clone() }
}

/// A title for the browser tab naming the current view.
pub fn view_title(route: &Route) -> String {
    match route {
        Route::Home => GUIDE.title.to_string(),
        _ => format!("{} · {}", route.title(), GUIDE.title),
    }
}

/// The page a route shows. `focus`: the page's heading takes focus (after
/// in-app navigation, not on first load). Not inlined into the app's
/// render, whose first run shows no view (see `stage`).
#[inline(never)]
pub fn switch(route: &Route, focus: bool, on_select: &Callback<Route>) -> Html {
    match route {
        Route::Home => html! { <HomePage {focus} /> },
        Route::Results => html! { <ResultsPage {focus} /> },
        Route::Shared(payload) => {
            html! { <SharedPage key={payload.clone()} payload={payload.clone()} {focus} /> }
        }
        Route::Compare(link) => html! { <CompareLoader link={link.clone()} {focus} /> },
        Route::Spread { slug, node } => match GUIDE.spread(slug) {
            Some(spread) => html! {
                <SpreadPage key={*slug} {spread} selected={*node} {focus} on_select={on_select.clone()} />
            },
            None => html! { <NotFoundPage {focus} /> },
        },
        Route::Invite(payload) => html! { <InvitePage payload={payload.clone()} {focus} /> },
        // Opened by the comparison module, so the first load does not carry it.
        Route::Actions(payload) => {
            html! { <CompareLoader key={payload.clone()} link={payload.clone()} {focus} view={ModuleView::Actions} /> }
        }
        Route::NotFound => html! { <NotFoundPage {focus} /> },
    }
}
