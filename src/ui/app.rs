//! The root component: one reducer holds the app state; the URL fragment and
//! local storage are kept in step at the edge.

use yew::prelude::*;

use super::compare_page::ComparePage;
use super::home::HomePage;
use super::link::{Link, Navigator};
use super::not_found::NotFoundPage;
use super::notice::NoticeBanner;
use super::persistence::use_persistence;
use super::results_page::ResultsPage;
use super::shared_page::SharedPage;
use super::spread_page::SpreadPage;
use crate::assessment::{Assessment, Store};
use crate::browser::{location, page, startup, storage::Storage};
use crate::content::GUIDE;
use crate::route::Route;
use crate::state::{Action, AppState, SaveMode};

/// What every component may read and send actions to.
pub type AppContext = UseReducerHandle<AppState>;

/// The storage the app uses, for the few components that manage it directly.
#[derive(Clone, PartialEq)]
pub struct StorageContext(pub Option<Storage>);

/// Colour scheme: follow the system, or fixed by the embedding page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The view to open first (standalone: from the URL; embedded: from options).
    pub initial: Route,
    /// True when the widget lives inside another page: it then leaves the
    /// page's URL, history and title alone.
    #[prop_or_default]
    pub embedded: bool,
    /// Local-storage namespace. `None` keeps everything in memory (used by
    /// server rendering and tests, which have no browser storage).
    #[prop_or_default]
    pub storage: Option<AttrValue>,
    /// The views to offer in the navigation (all when `None`).
    #[prop_or_default]
    pub views: Option<Vec<Route>>,
    #[prop_or_default]
    pub theme: Theme,
    /// Embedded: names the widget's region for screen readers (give each of
    /// several widgets on one page its own).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Where share and compare links point (the standalone page); `None`
    /// for this page's own address.
    #[prop_or_default]
    pub share_base: Option<AttrValue>,
}

/// A title for the browser tab naming the current view.
pub fn view_title(route: &Route) -> String {
    let view = match route {
        Route::Home => return GUIDE.title.to_string(),
        Route::Results => "Your results",
        Route::Shared(_) => "Shared results",
        Route::Compare(_) => "Compare",
        Route::Spread { slug, .. } => GUIDE.spread(slug).map_or("", |s| s.short_title),
        Route::NotFound => "Page not found",
    };
    format!("{view} · {}", GUIDE.title)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let storage = use_memo(props.storage.clone(), |ns| ns.as_deref().map(Storage::open));
    let state = {
        let (initial, storage) = (props.initial.clone(), storage.clone());
        use_reducer(move || match storage.as_ref() {
            Some(storage) => {
                let (store, mode, notice) = startup::load(storage);
                AppState::new(initial, store, mode, notice)
            }
            None => {
                let store = Store::new(Assessment::new(
                    "local".into(),
                    startup::FIRST_LABEL.into(),
                    String::new(),
                ));
                AppState::new(initial, store, SaveMode::MemoryOnly, None)
            }
        })
    };
    use_persistence(&state, (*storage).clone());
    let owns_url = !props.embedded;

    // Standalone, Back/Forward and typed URLs arrive as hash changes.
    {
        let dispatch = state.dispatcher();
        use_effect_with(owns_url, move |owns_url| {
            let listener = owns_url
                .then(|| {
                    location::on_change(move |route| dispatch.dispatch(Action::Navigate(route)))
                })
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

    // Made once: a new context value would re-render every link on each edit.
    let navigator = {
        let dispatch = state.dispatcher();
        use_memo(
            (owns_url, props.views.clone(), props.share_base.clone()),
            move |(owns_url, views, share_base)| {
                let owns_url = *owns_url;
                Navigator {
                    navigate: Callback::from(move |route: Route| {
                        if owns_url {
                            location::push(&route);
                        } else {
                            dispatch.dispatch(Action::Navigate(route));
                        }
                    }),
                    owns_url,
                    views: views.clone(),
                    share_base: share_base.clone(),
                }
            },
        )
    };
    let on_select = {
        let dispatch = state.dispatcher();
        use_callback(owns_url, move |route: Route, &owns_url| {
            if owns_url {
                location::replace(&route);
            }
            dispatch.dispatch(Action::Select(route));
        })
    };

    let focus = state.navigated;
    let view = match &state.route {
        Route::Home => html! { <HomePage {focus} /> },
        Route::Results => html! { <ResultsPage {focus} /> },
        Route::Shared(payload) => {
            html! { <SharedPage key={payload.clone()} payload={payload.clone()} {focus} /> }
        }
        Route::Compare(payloads) => html! { <ComparePage payloads={payloads.clone()} {focus} /> },
        Route::Spread { slug, node } => match GUIDE.spread(slug) {
            Some(spread) => html! {
                <SpreadPage key={*slug} {spread} selected={*node} {focus} on_select={on_select.clone()} />
            },
            None => html! { <NotFoundPage {focus} /> },
        },
        Route::NotFound => html! { <NotFoundPage {focus} /> },
    };
    let main_ref = use_node_ref();

    let header = html! {
        <>
            <p class="brand">
                <Link to={Route::Home} class="brand-title">{ GUIDE.title }</Link>
                <span class="brand-tagline">{ GUIDE.tagline }</span>
            </p>
            <SiteNav current={state.route.clone()} label={props.label.clone()} />
        </>
    };
    let body = html! {
        <>
            <NoticeBanner />
            { view }
        </>
    };
    let classes = classes!(
        "mcw-app",
        props.embedded.then_some("mcw-embedded"),
        theme_class(props.theme)
    );
    // Embedded, the host page owns the landmarks (main, banner, skip links):
    // the widget is one labelled region inside it.
    let shell = if props.embedded {
        let label = props.label.clone().unwrap_or_else(|| GUIDE.title.into());
        html! {
            <section class={classes} aria-label={label}>
                <div class="site-header">{ header }</div>
                <div class="mcw-main" tabindex="-1" ref={main_ref}>{ body }</div>
                <div class="site-footer"><SaveStatus /></div>
            </section>
        }
    } else {
        html! {
            <div class={classes}>
                <a class="skip-link" href="#main-content" onclick={skip_to(main_ref.clone())}>{ "Skip to content" }</a>
                <header class="site-header">{ header }</header>
                <main id="main-content" class="mcw-main" tabindex="-1" ref={main_ref}>{ body }</main>
                <footer class="site-footer"><SaveStatus /></footer>
            </div>
        }
    };

    html! {
        <ContextProvider<Navigator> context={(*navigator).clone()}>
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<StorageContext> context={StorageContext((*storage).clone())}>
            { shell }
        </ContextProvider<StorageContext>>
        </ContextProvider<AppContext>>
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

/// Where answers are kept, in plain words; "Saved" appears after each save.
#[component]
fn SaveStatus() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let text = match state.save_mode {
        SaveMode::Saved if state.saved_at.is_some() => "Saved in this browser only. Nothing is sent anywhere.",
        SaveMode::Saved => "Your answers are saved in this browser only. Nothing is sent anywhere.",
        SaveMode::MemoryOnly => "Not saved: this browser is not letting the page store anything. Nothing is sent anywhere.",
        SaveMode::ReadOnly => "Not saved, to protect data this page cannot read. Nothing is sent anywhere.",
    };
    html! { <p role="status" class="save-status">{ text }</p> }
}

fn theme_class(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Auto => None,
        Theme::Light => Some("theme-light"),
        Theme::Dark => Some("theme-dark"),
    }
}

#[derive(Properties, PartialEq)]
struct SiteNavProps {
    current: Route,
    label: Option<AttrValue>,
}

#[component]
fn SiteNav(props: &SiteNavProps) -> Html {
    let current_slug = match &props.current {
        Route::Spread { slug, .. } => Some(*slug),
        _ => None,
    };
    let navigator = use_context::<Navigator>();
    let offered = |route: &Route| navigator.as_ref().is_none_or(|n| n.offers(route));
    html! {
        <nav class="site-nav" aria-label={props.label.as_ref().map_or("Guide".to_string(), |l| format!("{l}: guide"))}>
            <ul>
                if offered(&Route::Home) {
                    <li><Link to={Route::Home} current={props.current == Route::Home}>{ "Overview" }</Link></li>
                }
                for spread in GUIDE.spreads.iter().filter(|s| offered(&Route::spread(s.slug))) {
                    <li>
                        <Link to={Route::spread(spread.slug)} current={current_slug == Some(spread.slug)}>
                            <span class="nav-number" aria-hidden="true">{ spread.number }</span>
                            { spread.short_title }
                        </Link>
                    </li>
                }
                if offered(&Route::Results) {
                    <li><Link to={Route::Results} current={props.current == Route::Results}>{ "Your results" }</Link></li>
                }
                if offered(&Route::Compare(vec![])) {
                    <li><Link to={Route::Compare(vec![])} current={matches!(props.current, Route::Compare(_))}>{ "Compare" }</Link></li>
                }
            </ul>
        </nav>
    }
}
