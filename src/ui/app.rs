//! The root component: the one reducer that holds the app state, the
//! values of the contexts every component reads (their providers live
//! beside them, in `context`), and the page shell around the view.

use yew::prelude::*;

use super::answers::Answers;
use super::components::{notice_banner, Link, SaveStatus, SiteNav};
use super::context::{app_state, navigator, services, Dispatch, Services};
use super::drafts::Drafts;
use super::headings::Headings;
use super::persistence::use_persistence;
use super::routing::{switch, use_routing};
use super::stage::{use_stage, Stage};
use crate::assessment::{Assessment, Store};
use crate::browser::{page, startup, storage::Storage};
use crate::compare_entry::Place;
use crate::content::GUIDE;
use crate::route::Route;
use crate::state::{AppState, SaveMode};

/// How much of the page around the view an embedded widget brings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Chrome {
    /// The standalone page's brand header and navigation.
    Full,
    /// No brand header: the navigation on one line (an embedded widget's default).
    #[default]
    Compact,
    /// The chosen view alone.
    None,
}

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
    /// Embedded: how much page comes with the view (standalone: always full).
    #[prop_or_default]
    pub chrome: Chrome,
    /// Embedded: names the widget's region for screen readers (give each of
    /// several widgets on one page its own).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Where share and compare links point (the standalone page); `None`
    /// for this page's own address.
    #[prop_or_default]
    pub share_base: Option<AttrValue>,
    /// The level the view's headings start at (embedded: the host's choice).
    #[prop_or_default]
    pub headings: Headings,
    /// Embedded: opens the results and comparison links in the host page's
    /// fragment (it only reads it). Off by default.
    #[prop_or_default]
    pub open_links: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    super::render_count::count("App");
    let storage = use_memo(props.storage.clone(), |ns| ns.as_deref().map(Storage::open));
    let state = {
        let (initial, storage) = (props.initial.clone(), storage.clone());
        use_reducer(move || {
            let (store, mode, notice) = match storage.as_ref() {
                Some(storage) => startup::load(storage),
                None => (in_memory_store(), SaveMode::MemoryOnly, None),
            };
            AppState::new(initial, store, mode, notice)
        })
    };
    let drafts = use_memo((), |_| Drafts::default());
    let answers = use_memo((), |_| Answers::new(state.dispatcher()));
    use_persistence(&state, (*storage).clone(), (*drafts).clone(), (*answers).clone());
    let routing = use_routing(&state, &props.initial, &place(props), props.open_links, &answers);
    // A link opened in a widget from its host page's address is an arrival
    // too: its heading takes focus, which brings the widget into sight.
    let arrived = state.navigated || (props.open_links && props.initial.is_shared_link());
    // The first view renders in stages (see `stage`), the footer last.
    let stage = use_stage();
    let main_ref = use_node_ref();
    if !stage.shows_shell() {
        return Html::default();
    }
    let view = if stage.shows_view() { switch(&state.route, arrived, &routing.on_select) } else { Html::default() };
    let page = shell(props, &state, &state.dispatcher(), &main_ref, view, stage);
    // Equal from render to render (each part is), so it re-renders no reader.
    let services = Services {
        dispatch: state.dispatcher(),
        storage: (*storage).clone(),
        drafts: (*drafts).clone(),
        answers: (*answers).clone(),
    };

    app_state::provide(state.clone(), services::provide(services, navigator::provide(routing.navigator, page)))
}

/// Where the widget sits in its page, as the navigator knows it.
fn place(props: &AppProps) -> Place {
    Place {
        owns_url: !props.embedded,
        views: props.views.as_ref().map(|views| views.iter().map(|v| v.view_name().to_string()).collect()),
        share_base: props.share_base.as_deref().map(str::to_string),
        heading_level: props.headings.top(),
    }
}

/// Without storage (server rendering, tests): one fresh partnership.
fn in_memory_store() -> Store {
    Store::new(Assessment::new("local".into(), startup::FIRST_LABEL.into(), String::new()))
}

/// The page around the view: brand, navigation, notices, save status.
/// Standalone it has the page's landmarks and a skip link; embedded, the
/// host page owns those and the widget is one labelled region inside it.
/// (A function, not a component: its parts that cost anything to render,
/// the navigation and the save status, are components of their own. Not
/// inlined into the app's render, whose first run, which shows nothing,
/// would compile it too: see `stage`.)
#[inline(never)]
fn shell(
    props: &AppProps,
    state: &AppState,
    dispatch: &Dispatch,
    main_ref: &NodeRef,
    view: Html,
    stage: Stage,
) -> Html {
    let main_ref = main_ref.clone();
    let chrome = if props.embedded { props.chrome } else { Chrome::Full };
    // A widget's name (its region's, and its navigation's). Unlabelled, it
    // is named by the view it starts on, so widgets of different topics
    // are told apart without a label each.
    let label = props.embedded.then(|| {
        props.label.clone().unwrap_or_else(|| match &props.initial {
            Route::Home => GUIDE.title.into(),
            start => format!("{}: {}", GUIDE.title, start.title()).into(),
        })
    });
    let header = html! {
        if stage.shows_header() {
            if chrome == Chrome::Full {
                <p class="brand">
                    <Link to={Route::Home} class="brand-title">{ GUIDE.title }</Link>
                    <span class="brand-tagline">{ GUIDE.tagline }</span>
                </p>
            }
            <SiteNav current={state.route.clone()} label={label.clone()} invitation={state.invitation.clone().map(AttrValue::from)} />
        }
    };
    let body = html! {
        <>
            { notice_banner(state.notice.as_ref(), dispatch) }
            { view }
        </>
    };
    // Below everything: until then the footer would move as the view grows.
    let footer = stage.shows_footer();
    let status = html! { <SaveStatus mode={state.save_mode.clone()} saved={state.saved} /> };
    let classes = classes!(
        "mcw-app",
        props.embedded.then_some("mcw-embedded"),
        (chrome == Chrome::Compact).then_some("mcw-compact"),
        // Headings start below h1: the styles size them by place, not tag.
        (props.headings.top() > 1).then(|| format!("mcw-h{}", props.headings.top())),
        theme_class(props.theme)
    );
    if let Some(label) = label {
        // The guide's language and direction, whatever the host page's: a
        // screen reader then reads it in English, and a right-to-left page
        // does not mirror it.
        html! {
            <section class={classes} aria-label={label} lang="en-GB" dir="ltr">
                if chrome != Chrome::None {
                    <div class="site-header">{ header }</div>
                }
                <div class="mcw-main" tabindex="-1" ref={main_ref}>{ body }</div>
                if footer {
                    <div class="site-footer">{ status }</div>
                }
            </section>
        }
    } else {
        html! {
            <div class={classes}>
                <a class="skip-link" href="#main-content" onclick={skip_to(main_ref.clone())}>{ "Skip to content" }</a>
                <header class="site-header">{ header }</header>
                <main id="main-content" class="mcw-main" tabindex="-1" ref={main_ref}>{ body }</main>
                if footer {
                    <footer class="site-footer">{ status }</footer>
                }
            </div>
        }
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

fn theme_class(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Auto => None,
        Theme::Light => Some("theme-light"),
        Theme::Dark => Some("theme-dark"),
    }
}
