//! What components share without passing it down, in three contexts: the
//! app state; the services that do not change with it (a way to change the
//! state, the storage, typed text not yet committed); and the navigator,
//! which the comparison module (loaded apart, see `compare_entry`) provides
//! too. A hook reads each part. Providers are set up once, in `app.rs`.
//!
//! Reading the state (`use_app`) re-renders a component on every change;
//! components that only send actions use `use_dispatch`, whose value never
//! changes, so an answer elsewhere does not re-render them.

use yew::prelude::*;

use super::answers::Answers;
use super::drafts::Drafts;
use super::headings::Headings;
use crate::browser::{location, page, storage::Storage};
use crate::compare_entry::Place;
use crate::route::Route;
use crate::state::AppState;

/// The app state, read by the components that show it.
pub type AppContext = UseReducerHandle<AppState>;

/// Sends actions to the one reducer; the same value for the app's lifetime.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// What components act through, none of which changes with the state: the
/// dispatcher, the storage the app uses (`None`: memory only), for the data
/// panel, the typed text not yet committed, for text fields and the save
/// status, and the answers on their way, for rating groups. One context,
/// not four: each context type costs the first load over a kilobyte.
#[derive(Clone, PartialEq)]
pub struct Services {
    pub dispatch: Dispatch,
    pub storage: Option<Storage>,
    pub drafts: Drafts,
    pub answers: Answers,
}

/// How the app navigates, for every link, and where it sits in its page;
/// new only when an embedding page changes the widget's options.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    pub navigate: Callback<Route>,
    /// The same view with new contents (a selected box, a comparison's
    /// name): the URL is replaced, no history entry added.
    pub replace: Callback<Route>,
    /// True when the URL fragment belongs to the app (standalone page).
    pub owns_url: bool,
    /// The views an embedding page chose to offer (all when `None`).
    pub views: Option<Vec<Route>>,
    /// The page that share and compare links open: `None` for this page.
    pub share_base: Option<AttrValue>,
    /// The level the view's headings start at.
    pub headings: Headings,
}

impl Navigator {
    /// The navigator for `place`, moving the app through `navigate` (a new
    /// history entry) and `replace`. The app and the comparison module (from
    /// the place in its options, see `compare_entry`) both make theirs here.
    pub fn new(place: &Place, navigate: Callback<Route>, replace: Callback<Route>) -> Navigator {
        Navigator {
            navigate,
            replace,
            owns_url: place.owns_url,
            views: place.views.as_ref().map(|names| names.iter().filter_map(|n| Route::from_view_name(n)).collect()),
            share_base: place.share_base.as_deref().map(AttrValue::from),
            headings: Headings::starting_at(place.heading_level),
        }
    }

    /// Where this navigator sits, for the comparison module's options.
    pub fn place(&self) -> Place {
        Place {
            owns_url: self.owns_url,
            views: self.views.as_ref().map(|views| views.iter().map(|v| v.view_name().to_string()).collect()),
            share_base: self.share_base.as_deref().map(str::to_string),
            heading_level: self.headings.top(),
        }
    }

    pub fn offers(&self, route: &Route) -> bool {
        self.views.as_ref().is_none_or(|views| views.iter().any(|v| v.same_view(route)))
    }

    /// A link to `route` that works from anywhere, for sharing: on the page
    /// `share_base` names (an embedded widget cannot read the host page's
    /// URL), else on this page.
    pub fn shareable_url(&self, route: &Route) -> String {
        let base = self.share_base.as_deref().map_or_else(location::base_url, str::to_string);
        format!("{base}{}", route.to_hash())
    }
}

/// A context every component in the app can count on: missing, it is a
/// wiring bug, reported with the component's hook that asked for it.
#[hook]
fn use_provided<T: Clone + PartialEq + 'static>(what: &'static str) -> T {
    match use_context::<T>() {
        Some(value) => value,
        None => unprovided(what),
    }
}

/// One panic for every context (not one formatted copy per type).
#[cold]
#[inline(never)]
fn unprovided(what: &'static str) -> ! {
    panic!("{what} is read outside `ui::App`, which provides it")
}

/// The app state; re-renders the caller on every change.
#[hook]
pub fn use_app() -> AppContext {
    use_provided("the app state")
}

/// Sends actions without re-rendering the caller when the state changes.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_provided::<Services>("the dispatcher").dispatch
}

#[hook]
pub fn use_navigator() -> Navigator {
    use_provided("the navigator")
}

/// Typed text waiting to be committed (see `ui::drafts`).
#[hook]
pub fn use_drafts() -> Drafts {
    use_provided::<Services>("the drafts").drafts
}

/// Answers given and not yet in the state (see `ui::answers`).
#[hook]
pub fn use_answers() -> Answers {
    use_provided::<Services>("the answers").answers
}

#[hook]
pub fn use_storage() -> Option<Storage> {
    use_provided::<Services>("the storage").storage
}

/// A heading ref that takes keyboard focus when its view mounts after in-app
/// navigation, so screen readers announce the new view. Focus waits for
/// the view's first frame: focusing lays the page out at once, and the
/// frame would lay it out again.
#[hook]
pub fn use_focus_on_arrival(focus: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            let pending = focus.then(|| page::after_next_paint(move || page::focus(&heading)));
            move || drop(pending)
        });
    }
    heading
}

/// False until the first frame after mounting has been painted, then true:
/// for what can wait until the reader sees the top of a view. Server
/// rendering has no frames, so it renders everything at once.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let setter = painted.setter();
        use_effect_with((), move |_| {
            let pending = page::after_next_paint(move || setter.set(true));
            move || drop(pending)
        });
    }
    *painted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison module's navigator, made from the place the app's
    /// passes over, offers the same views and sits at the same place.
    #[test]
    fn a_navigator_made_from_another_s_place_offers_the_same_views() {
        let place = Place {
            owns_url: false,
            views: Some(vec!["trust".into(), "compare".into(), "nonsense".into()]),
            share_base: Some("https://intranet.example/mcw/".into()),
            heading_level: 3,
        };
        let app = Navigator::new(&place, Callback::noop(), Callback::noop());
        assert!(app.offers(&Route::spread("trust")) && app.offers(&Route::Compare(String::new())));
        assert!(!app.offers(&Route::Results) && !app.offers(&Route::spread("power")));
        let module = Navigator::new(&app.place(), Callback::noop(), Callback::noop());
        assert_eq!(module.views, app.views);
        assert_eq!(module.place(), Place { views: Some(vec!["trust".into(), "compare".into()]), ..place });
        let everything = Navigator::new(&Place::default(), Callback::noop(), Callback::noop());
        assert!(everything.offers(&Route::Results));
    }
}
