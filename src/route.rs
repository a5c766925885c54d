//! The app's views as URL fragments (`#/trust/roles`). Hash routes work on any
//! static host and in any sub-folder, and never reach a server log. Pure: the
//! browser side lives in `browser::location`.

use crate::content::GUIDE;
use crate::share::read::{format_of, Format};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Home,
    /// Scores, advice, the action plan and the person's data.
    Results,
    /// A spread, optionally with one of its diagram nodes selected.
    Spread { slug: &'static str, node: Option<&'static str> },
    /// Someone's shared results: the payload, decoded (or explained) by the view.
    Shared(String),
    /// Several shared results compared: the link's text after
    /// `#/compare/`, read by the comparison module (`share::comparison`);
    /// empty for a comparison not yet started.
    Compare(String),
    /// An invitation to a partnership review: its payload, read by the view.
    Invite(String),
    /// A meeting's agreed actions, for a partner to add to their plan: the
    /// payload, read by the view (`share::actions`).
    Actions(String),
    /// A fragment that names nothing we know; kept to tell the user.
    NotFound,
}

impl Route {
    /// Reads a location hash, with or without its leading `#`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.trim_end_matches('/');
        if path.is_empty() {
            return Route::Home;
        }
        // A link opens the view for what it holds, whichever marker it came
        // with (a comparison sent as a results link opens as a comparison).
        for (marker, given) in [
            (SHARE, Format::Results),
            (INVITE, Format::Invitation),
            (COMPARE, Format::Comparison),
            (ACTIONS, Format::Actions),
        ] {
            if let Some(payload) = path.strip_prefix(marker).and_then(|r| r.strip_prefix('/')) {
                let payload = payload.to_string();
                // An unknown format stays where it was sent, to be explained
                // there; a comparison's text may be several results joined
                // by dots, read by the comparison module (`share::comparison`).
                // Results joined by dots are a comparison's list.
                let format = if payload.contains('.') { Some(Format::Comparison) } else { format_of(&payload) };
                return match (format.unwrap_or(given), given) {
                    (Format::Invitation, _) => Route::Invite(payload),
                    (Format::Actions, _) => Route::Actions(payload),
                    (Format::Comparison, _) | (Format::Results, Format::Comparison) => Route::Compare(payload),
                    (Format::Results, _) => Route::Shared(payload),
                };
            }
        }
        if let Some(view) = VIEWS.iter().find(|v| v.name == path) {
            return (view.route)();
        }
        let mut parts = path.splitn(2, '/');
        let slug = parts.next().unwrap_or_default();
        let Some(spread) = GUIDE.spread(slug) else {
            return Route::NotFound;
        };
        match parts.next() {
            None => Route::Spread { slug: spread.slug, node: None },
            Some(short) => spread
                .diagram
                .nodes
                .iter()
                .find(|n| n.id.strip_prefix(spread.slug).and_then(|r| r.strip_prefix('.')) == Some(short))
                .map_or(Route::NotFound, |n| Route::Spread { slug: spread.slug, node: Some(n.id) }),
        }
    }

    /// The fragment for this route, with its leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Results => format!("#/{RESULTS}"),
            Route::Shared(payload) => format!("#/{SHARE}/{payload}"),
            Route::Compare(link) if link.is_empty() => format!("#/{COMPARE}"),
            Route::Compare(link) => format!("#/{COMPARE}/{link}"),
            Route::Invite(payload) => format!("#/{INVITE}/{payload}"),
            Route::Actions(payload) => format!("#/{ACTIONS}/{payload}"),
            Route::Spread { slug, node: None } => format!("#/{slug}"),
            Route::Spread { slug, node: Some(id) } => {
                let short = id.strip_prefix(slug).and_then(|r| r.strip_prefix('.')).unwrap_or(id);
                format!("#/{slug}/{short}")
            }
        }
    }

    pub fn spread(slug: &'static str) -> Route {
        Route::Spread { slug, node: None }
    }

    /// A comparison of some results (format-1 payloads), as a link made
    /// before group payloads wrote it: joined by dots. The comparison
    /// module writes its own links as one group payload.
    pub fn compare<'a>(results: impl IntoIterator<Item = &'a str>) -> Route {
        Route::Compare(results.into_iter().collect::<Vec<_>>().join("."))
    }

    /// The view this route shows, by its name ("home", "results", a
    /// spread's slug): what an embedding page lists in `data-views`.
    pub fn view_name(&self) -> &'static str {
        match self {
            Route::Spread { slug, .. } => slug,
            _ => VIEWS
                .iter()
                .find(|v| std::mem::discriminant(&(v.route)()) == std::mem::discriminant(self))
                .map_or("", |v| v.name),
        }
    }

    /// The route a view name stands for, or `None` for a name we do not know.
    pub fn from_view_name(name: &str) -> Option<Route> {
        let name = name.trim();
        VIEWS
            .iter()
            .find(|v| v.name == name)
            .map(|v| (v.route)())
            .or_else(|| GUIDE.spread(name).map(|s| Route::spread(s.slug)))
    }

    /// The views a navigation offers, in order, with their labels: the
    /// overview, each spread, then the views after the spreads.
    pub fn navigation() -> Vec<(Route, &'static str)> {
        let fixed = |after: bool| {
            VIEWS
                .iter()
                .filter(move |v| v.after_spreads == after)
                .filter_map(|v| v.nav.map(|label| ((v.route)(), label)))
        };
        fixed(false)
            .chain(GUIDE.spreads.iter().map(|s| (Route::spread(s.slug), s.short_title)))
            .chain(fixed(true))
            .collect()
    }

    /// The view's name for people: the browser tab's title, before the guide's.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Spread { slug, .. } => GUIDE.spread(slug).map_or("", |s| s.short_title),
            _ => VIEWS
                .iter()
                .find(|v| std::mem::discriminant(&(v.route)()) == std::mem::discriminant(self))
                .map_or("", |v| v.title),
        }
    }

    /// A link the app makes for someone else (results, a comparison, an
    /// invitation, agreed actions), with what it carries: what a widget
    /// marked `open-links` opens from its host page's fragment (the host's
    /// own fragments parse as something else).
    pub fn is_shared_link(&self) -> bool {
        matches!(self, Route::Shared(p) | Route::Compare(p) | Route::Invite(p) | Route::Actions(p) if !p.is_empty())
    }

    /// True for the same view, whatever is selected or loaded in it: what
    /// a navigation link marks as the current page.
    pub fn same_view(&self, other: &Route) -> bool {
        match (self, other) {
            (Route::Spread { slug: a, .. }, Route::Spread { slug: b, .. }) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

const RESULTS: &str = "results";
const SHARE: &str = "share";
const COMPARE: &str = "compare";
const INVITE: &str = "invite";
const ACTIONS: &str = "actions";

/// A view other than the spreads, declared once: its name (in the URL and
/// in `data-views`), its navigation label and its title. Adding a view is a
/// row here, a `Route` variant, and its page in `ui::switch`.
struct View {
    name: &'static str,
    route: fn() -> Route,
    /// `None`: not in the navigation (opened from a link).
    nav: Option<&'static str>,
    /// Listed after the spreads in the navigation.
    after_spreads: bool,
    title: &'static str,
}

const VIEWS: &[View] = &[
    View { name: "home", route: || Route::Home, nav: Some("Overview"), after_spreads: false, title: "Overview" },
    View {
        name: RESULTS,
        route: || Route::Results,
        nav: Some("Your results"),
        after_spreads: true,
        title: "Your results",
    },
    View {
        name: COMPARE,
        route: || Route::Compare(String::new()),
        nav: Some("Compare"),
        after_spreads: true,
        title: "Compare",
    },
    View {
        name: SHARE,
        route: || Route::Shared(String::new()),
        nav: None,
        after_spreads: true,
        title: "Shared results",
    },
    View { name: INVITE, route: || Route::Invite(String::new()), nav: None, after_spreads: true, title: "Invitation" },
    View {
        name: ACTIONS,
        route: || Route::Actions(String::new()),
        nav: None,
        after_spreads: true,
        title: "Agreed actions",
    },
    View { name: "not-found", route: || Route::NotFound, nav: None, after_spreads: true, title: "Page not found" },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_hashes_are_home() {
        for hash in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(Route::parse(&Route::Results.to_hash()), Route::Results);
        let shared = Route::Shared("1KgAAAA".into());
        assert_eq!(Route::parse(&shared.to_hash()), shared);
        let compare = Route::Compare("1Kg.1Kj".into());
        assert_eq!(Route::parse(&compare.to_hash()), compare, "kept as it is, for the comparison to read");
        assert_eq!(Route::parse("#/compare"), Route::Compare(String::new()));
        assert_eq!(Route::compare(["1Kg", "1Kj"]), compare);
        let invite = Route::Invite("IAbc".into());
        assert_eq!(Route::parse(&invite.to_hash()), invite);
        let actions = Route::Actions("AAQfq".into());
        assert_eq!(Route::parse(&actions.to_hash()), actions);
    }

    #[test]
    fn a_link_opens_the_view_for_what_it_holds_whatever_its_marker() {
        assert_eq!(Route::parse("#/share/HKgYb"), Route::Compare("HKgYb".into()));
        assert_eq!(Route::parse("#/share/GKgYb"), Route::Compare("GKgYb".into()));
        assert_eq!(Route::parse("#/share/IAbc"), Route::Invite("IAbc".into()));
        assert_eq!(Route::parse("#/compare/IAbc"), Route::Invite("IAbc".into()));
        assert_eq!(Route::parse("#/invite/1KgA"), Route::Shared("1KgA".into()));
        assert_eq!(Route::parse("#/invite/HKgA"), Route::Compare("HKgA".into()));
        assert_eq!(Route::parse("#/compare/1Kg.1Kj"), Route::Compare("1Kg.1Kj".into()));
        for marker in ["share", "compare", "invite", "actions"] {
            assert_eq!(Route::parse(&format!("#/{marker}/AAQfq")), Route::Actions("AAQfq".into()), "{marker}");
        }
        assert_eq!(Route::parse("#/actions/HKgA"), Route::Compare("HKgA".into()));
        assert_eq!(Route::parse("#/actions/Zzz"), Route::Actions("Zzz".into()));
        // Unknown formats stay where they were sent, for the view to explain.
        assert_eq!(Route::parse("#/share/Zzz"), Route::Shared("Zzz".into()));
        assert_eq!(Route::parse("#/invite/Zzz"), Route::Invite("Zzz".into()));
    }

    #[test]
    fn only_a_link_made_for_someone_with_its_payload_is_a_shared_link() {
        for hash in ["#/share/1KgAAAA", "#/compare/1Kg.1Kj", "#/invite/IAbc", "#/actions/AAQfq"] {
            assert!(Route::parse(hash).is_shared_link(), "{hash}");
        }
        // A host page's own fragments, and our views without a payload.
        for hash in ["#news", "#/news/3", "#/trust", "#/compare", "#/share/", "#/invite/", "#/actions", ""] {
            assert!(!Route::parse(hash).is_shared_link(), "{hash}");
        }
    }

    #[test]
    fn every_spread_and_node_round_trips() {
        for spread in GUIDE.spreads {
            let route = Route::spread(spread.slug);
            assert_eq!(Route::parse(&route.to_hash()), route);
            for node in spread.diagram.nodes {
                let route = Route::Spread { slug: spread.slug, node: Some(node.id) };
                assert_eq!(Route::parse(&route.to_hash()), route, "{}", node.id);
            }
        }
    }

    #[test]
    fn views_are_named_titled_and_offered_from_one_table() {
        for (route, label) in Route::navigation() {
            assert!(!label.is_empty());
            assert_eq!(Route::from_view_name(route.view_name()), Some(route.clone()));
            assert!(!route.title().is_empty(), "{route:?}");
        }
        let names: Vec<&str> = Route::navigation().iter().map(|(r, _)| r.view_name()).collect();
        assert_eq!(names, ["home", "partners", "goals", "trust", "power", "evaluate", "results", "compare"]);
        assert_eq!(Route::from_view_name(" trust "), Some(Route::spread("trust")));
        assert_eq!(Route::from_view_name("bogus"), None);
        assert_eq!(Route::from_view_name(""), None);
        assert_eq!(Route::Shared("x".into()).title(), "Shared results");
        assert!(Route::Compare("a".into()).same_view(&Route::Compare(String::new())));
        assert!(!Route::Results.same_view(&Route::Home));
    }

    #[test]
    fn unknown_fragments_are_not_found_not_a_panic() {
        for hash in ["#/nope", "#/trust/nope", "#/trust/power.roles", "#/%00", "#/trust/roles/extra", "#/\u{202e}"] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash:?}");
        }
    }
}
