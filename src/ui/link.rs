//! In-app links. Standalone, they are plain fragment links (middle-click and
//! "copy link" work); embedded, they navigate inside the widget only, so the
//! host page's URL and history are left alone.

use yew::prelude::*;

use crate::browser::location;
use crate::route::Route;

/// How the app navigates: given to every link through context.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    pub navigate: Callback<Route>,
    /// True when the URL fragment belongs to the app (standalone page).
    pub owns_url: bool,
    /// The views an embedding page chose to offer (all when `None`).
    pub views: Option<Vec<Route>>,
    /// The page that share and compare links open: `None` for this page.
    pub share_base: Option<AttrValue>,
}

impl Navigator {
    pub fn offers(&self, route: &Route) -> bool {
        self.views
            .as_ref()
            .is_none_or(|views| views.contains(route))
    }
}

/// A link to `route` that works from anywhere, for sharing: on the page
/// `navigator` names (an embedded widget cannot read the host page's URL),
/// else on this page.
pub fn shareable_url(navigator: Option<&Navigator>, route: &Route) -> String {
    let base = navigator
        .and_then(|n| n.share_base.as_deref())
        .map_or_else(location::base_url, str::to_string);
    format!("{base}{}", route.to_hash())
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub current: bool,
    pub children: Html,
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    let navigator = use_context::<Navigator>();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let plain_click =
                e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if let Some(nav) = navigator.as_ref().filter(|n| !n.owns_url && plain_click) {
                e.prevent_default();
                nav.navigate.emit(to.clone());
            }
        })
    };
    html! {
        <a href={props.to.to_hash()} class={props.class.clone()} {onclick}
           aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
