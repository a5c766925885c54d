//! The app's views as URL fragments (`#/trust/roles`). Hash routes work on any
//! static host and in any sub-folder, and never reach a server log. Pure: the
//! browser side lives in `browser::location`.

use crate::content::GUIDE;
use crate::share::compare::MAX_PARTNERS;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Home,
    /// Scores, advice, the action plan and the person's data.
    Results,
    /// A spread, optionally with one of its diagram nodes selected.
    Spread {
        slug: &'static str,
        node: Option<&'static str>,
    },
    /// Someone's shared results: the payload, decoded (or explained) by the view.
    Shared(String),
    /// Several shared results side by side; the list may be empty.
    Compare(Vec<String>),
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
        if path == "results" {
            return Route::Results;
        }
        if path == "share" {
            return Route::Shared(String::new());
        }
        if let Some(payload) = path.strip_prefix("share/") {
            return Route::Shared(payload.to_string());
        }
        if path == "compare" {
            return Route::Compare(Vec::new());
        }
        if let Some(list) = path.strip_prefix("compare/") {
            // The app never makes a longer comparison; an overlong link
            // would otherwise render thousands of columns.
            return Route::Compare(
                list.split('.')
                    .filter(|p| !p.is_empty())
                    .take(MAX_PARTNERS)
                    .map(str::to_string)
                    .collect(),
            );
        }
        let mut parts = path.splitn(2, '/');
        let slug = parts.next().unwrap_or_default();
        let Some(spread) = GUIDE.spread(slug) else {
            return Route::NotFound;
        };
        match parts.next() {
            None => Route::Spread {
                slug: spread.slug,
                node: None,
            },
            Some(short) => spread
                .diagram
                .nodes
                .iter()
                .find(|n| {
                    n.id.strip_prefix(spread.slug)
                        .and_then(|r| r.strip_prefix('.'))
                        == Some(short)
                })
                .map_or(Route::NotFound, |n| Route::Spread {
                    slug: spread.slug,
                    node: Some(n.id),
                }),
        }
    }

    /// The fragment for this route, with its leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Results => "#/results".to_string(),
            Route::Shared(payload) => format!("#/share/{payload}"),
            Route::Compare(list) if list.is_empty() => "#/compare".to_string(),
            Route::Compare(list) => format!("#/compare/{}", list.join(".")),
            Route::Spread { slug, node: None } => format!("#/{slug}"),
            Route::Spread {
                slug,
                node: Some(id),
            } => {
                let short = id
                    .strip_prefix(slug)
                    .and_then(|r| r.strip_prefix('.'))
                    .unwrap_or(id);
                format!("#/{slug}/{short}")
            }
        }
    }

    pub fn spread(slug: &'static str) -> Route {
        Route::Spread { slug, node: None }
    }
}

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
        let compare = Route::Compare(vec!["1Kg".into(), "1Kj".into()]);
        assert_eq!(Route::parse(&compare.to_hash()), compare);
        assert_eq!(Route::parse("#/compare"), Route::Compare(vec![]));
        let overlong = format!("#/compare/{}", vec!["1Kg"; 10_000].join("."));
        assert_eq!(
            Route::parse(&overlong),
            Route::Compare(vec!["1Kg".into(); MAX_PARTNERS])
        );
    }

    #[test]
    fn every_spread_and_node_round_trips() {
        for spread in GUIDE.spreads {
            let route = Route::spread(spread.slug);
            assert_eq!(Route::parse(&route.to_hash()), route);
            for node in spread.diagram.nodes {
                let route = Route::Spread {
                    slug: spread.slug,
                    node: Some(node.id),
                };
                assert_eq!(Route::parse(&route.to_hash()), route, "{}", node.id);
            }
        }
    }

    #[test]
    fn unknown_fragments_are_not_found_not_a_panic() {
        for hash in [
            "#/nope",
            "#/trust/nope",
            "#/trust/power.roles",
            "#/%00",
            "#/trust/roles/extra",
            "#/\u{202e}",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash:?}");
        }
    }
}
