//! The root component: one reducer holds the app state; the URL fragment is
//! synchronised at the edge when the app owns the page.

use std::rc::Rc;

use yew::prelude::*;

use super::home::HomePage;
use super::link::{Link, Navigator};
use super::not_found::NotFoundPage;
use super::spread_page::SpreadPage;
use crate::browser::{location, page};
use crate::content::GUIDE;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The view to open first (standalone: from the URL; embedded: from options).
    pub initial: Route,
    /// True when the widget lives inside another page: it then leaves the
    /// page's URL, history and title alone.
    #[prop_or_default]
    pub embedded: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// Set by in-app navigation so the new view takes focus; not on first load.
    pub navigated: bool,
}

pub enum Action {
    Navigate(Route),
    /// Selecting or clearing a diagram node within the current spread.
    Select(Route),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (route, navigated) = match action {
            Action::Navigate(route) => (route, true),
            Action::Select(route) => (route, self.navigated),
        };
        if route == self.route {
            return self;
        }
        Rc::new(AppState { route, navigated })
    }
}

/// A title for the browser tab naming the current view.
pub fn view_title(route: &Route) -> String {
    match route {
        Route::Home => GUIDE.title.to_string(),
        Route::Spread { slug, .. } => GUIDE
            .spread(slug)
            .map(|s| format!("{} · {}", s.short_title, GUIDE.title))
            .unwrap_or_else(|| GUIDE.title.to_string()),
        Route::NotFound => format!("Page not found · {}", GUIDE.title),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(|| AppState { route: props.initial.clone(), navigated: false });
    let owns_url = !props.embedded;

    // Standalone, Back/Forward and typed URLs arrive as hash changes.
    {
        let dispatch = state.dispatcher();
        use_effect_with(owns_url, move |owns_url| {
            let listener = owns_url
                .then(|| location::on_change(move |route| dispatch.dispatch(Action::Navigate(route))))
                .flatten();
            move || drop(listener)
        });
    }
    {
        let title = view_title(&state.route);
        use_effect_with(title, move |title| {
            if owns_url {
                page::set_title(title);
            }
        });
    }

    let navigator = {
        let dispatch = state.dispatcher();
        Navigator {
            navigate: Callback::from(move |route: Route| {
                if owns_url {
                    location::push(&route);
                } else {
                    dispatch.dispatch(Action::Navigate(route));
                }
            }),
            owns_url,
        }
    };
    let on_select = {
        let dispatch = state.dispatcher();
        Callback::from(move |route: Route| {
            if owns_url {
                location::replace(&route);
            }
            dispatch.dispatch(Action::Select(route));
        })
    };

    let main_ref = use_node_ref();
    let view = match &state.route {
        Route::Home => html! { <HomePage focus={state.navigated} /> },
        Route::Spread { slug, node } => match GUIDE.spread(slug) {
            Some(spread) => html! {
                <SpreadPage key={*slug} {spread} selected={*node} focus={state.navigated} on_select={on_select.clone()} />
            },
            None => html! { <NotFoundPage focus={state.navigated} /> },
        },
        Route::NotFound => html! { <NotFoundPage focus={state.navigated} /> },
    };

    html! {
        <ContextProvider<Navigator> context={navigator}>
            <div class={classes!("mcw-app", props.embedded.then_some("mcw-embedded"))}>
                <a class="skip-link" href="#main-content" onclick={skip_to(main_ref.clone())}>{ "Skip to content" }</a>
                <header class="site-header">
                    <p class="brand">
                        <Link to={Route::Home} class="brand-title">{ GUIDE.title }</Link>
                        <span class="brand-tagline">{ GUIDE.tagline }</span>
                    </p>
                    <SiteNav current={state.route.clone()} />
                </header>
                <main id="main-content" tabindex="-1" ref={main_ref}>{ view }</main>
                <footer class="site-footer">
                    <p>{ "Runs in this browser only. Nothing you do here is sent anywhere." }</p>
                </footer>
            </div>
        </ContextProvider<Navigator>>
    }
}

/// The skip link's target is an element, not a route: keep the fragment
/// router from reading it as a page and move focus by hand.
fn skip_to(target: NodeRef) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        page::focus(&target);
    })
}

#[derive(Properties, PartialEq)]
struct SiteNavProps {
    current: Route,
}

#[component]
fn SiteNav(props: &SiteNavProps) -> Html {
    let current_slug = match &props.current {
        Route::Spread { slug, .. } => Some(*slug),
        _ => None,
    };
    html! {
        <nav class="site-nav" aria-label="Guide">
            <ul>
                <li><Link to={Route::Home} current={props.current == Route::Home}>{ "Overview" }</Link></li>
                for spread in GUIDE.spreads {
                    <li>
                        <Link to={Route::spread(spread.slug)} current={current_slug == Some(spread.slug)}>
                            <span class="nav-number" aria-hidden="true">{ spread.number }</span>
                            { spread.short_title }
                        </Link>
                    </li>
                }
            </ul>
        </nav>
    }
}
