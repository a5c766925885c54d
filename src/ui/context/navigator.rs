//! The navigator as a context: how the app moves between views and where
//! it sits in its page. The app provides it, and so does the comparison
//! module (loaded apart, see `compare_entry`), from the place the app's
//! navigator hands over.

use yew::prelude::*;

use super::provided::use_provided;
use crate::browser::location;
use crate::compare_entry::Place;
use crate::route::Route;
use crate::ui::headings::Headings;

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

/// Provides `navigator` to `children` (new only when an embedding page
/// changes the widget's options).
pub fn provide(navigator: Navigator, children: Html) -> Html {
    html! { <ContextProvider<Navigator> context={navigator}>{ children }</ContextProvider<Navigator>> }
}

#[hook]
pub fn use_navigator() -> Navigator {
    use_provided("the navigator")
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
