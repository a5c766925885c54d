//! What the loaders start: the standalone page, and the widget mounted into
//! elements of someone else's page. Options arrive as plain strings from
//! `data-` attributes and are checked here. The functions the loaders call
//! are exported by the binary, `src/main.rs`: an export in this library
//! would ship in every binary that links it, the comparison module's too.

use wasm_bindgen::JsValue;

use crate::browser::{location, page, startup};
use crate::route::Route;
use crate::ui::{App, AppProps, Chrome, Headings, Theme};
use yew::AttrValue;

/// Mounts the standalone app into `#app`, opening the view the URL names.
pub fn start_standalone() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    // The loading message goes; not through innerHTML, which a page under
    // Trusted Types (require-trusted-types-for 'script') refuses.
    root.set_text_content(None);
    const NAMESPACE: &str = "default";
    let props = AppProps {
        initial: Route::parse(&location::current_hash()),
        storage: Some(NAMESPACE.into()),
        ..AppProps::default()
    };
    // The saved data is read in a task of its own, and the app mounts in
    // the next: this one started the module's code, and each first run of
    // code is compiled as it comes (see `ui::stage`).
    std::mem::forget(page::in_next_task(move || {
        startup::read_ahead(NAMESPACE);
        std::mem::forget(page::in_next_task(move || {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }));
    }));
}

/// An embedded widget's top heading: the host page has its own `h1`.
const EMBEDDED_HEADING_LEVEL: u8 = 2;
/// The longest widget label kept (a screen-reader name, not a paragraph).
const LABEL_CHARS: usize = 80;
/// The longest namespace kept: with its `embed-` prefix, the most a
/// storage namespace holds (`browser::storage`).
const NAMESPACE_CHARS: usize = 34;
/// The longest `data-share-base` accepted: longer is no page address.
const SHARE_BASE_CHARS: usize = 2000;

/// Options of an embedded widget, read by name from the plain object
/// `embed.js` passes (its `data-` attributes, or the custom element's).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct EmbedOptions {
    /// `view`: "home", "results", "compare", a spread ("trust") or a node ("trust/roles").
    pub view: Option<String>,
    /// `views`: a comma-separated list of the views to offer.
    pub views: Option<String>,
    /// `namespace`: keeps this widget's saved data apart from others'.
    pub namespace: Option<String>,
    /// `theme`: "light", "dark" or "auto" (the default, following the system).
    pub theme: Option<String>,
    /// `label`: the widget's name for screen readers.
    pub label: Option<String>,
    /// `chrome`: "full", "compact" (the default) or "none".
    pub chrome: Option<String>,
    /// `heading-level`: the level of the widget's top heading, 1 to 6 (2 by default).
    pub heading_level: Option<String>,
    /// `share-base`: the page share links open, as the editor wrote it.
    pub share_base: Option<String>,
    /// `open-links`: present (and not "false"), this widget opens the
    /// `#/share/…`, `#/compare/…`, `#/invite/…` and `#/actions/…` links of its host page's address.
    pub open_links: Option<String>,
    /// Where `share-base` falls back to: the standalone page beside embed.js.
    pub standalone: Option<String>,
    /// The host page's base address, against which a `share-base` path is read.
    pub page_base: Option<String>,
    /// Which widget of the page opens its links, as embed.js finds it:
    /// "this", "another" (an earlier one in the page), or none.
    pub links_opened_by: Option<String>,
}

impl EmbedOptions {
    /// Reads the options object by name; anything missing or not a string
    /// is left out.
    pub fn from_js(options: &JsValue) -> EmbedOptions {
        let read =
            |name: &str| js_sys::Reflect::get(options, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
        EmbedOptions {
            view: read("view"),
            views: read("views"),
            namespace: read("namespace"),
            theme: read("theme"),
            label: read("label"),
            chrome: read("chrome"),
            heading_level: read("heading-level"),
            share_base: read("share-base"),
            open_links: read("open-links"),
            standalone: read("standalone"),
            page_base: read("pageBase"),
            links_opened_by: read("linksOpenedBy"),
        }
    }

    /// The props the options ask for; see `read` for what was wrong with them.
    pub fn props(&self) -> AppProps {
        self.read().props
    }

    /// The props, and one warning for each option that was invalid or
    /// conflicted with another, naming the option, its value and what was
    /// used instead (the loader logs them to the console for the editor).
    pub fn read(&self) -> Reading {
        let mut warnings = Vec::new();
        let mut warn = |name: &str, value: &str, instead: String| {
            warnings.push(format!("Making Collaboration Work: {name}=\"{value}\" {instead}."));
        };
        let offered = self.offered(&mut warn);
        let initial = self.initial(&offered, &mut warn);
        let theme = match given(&self.theme) {
            None | Some("auto") => Theme::Auto,
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            Some(other) => {
                warn("theme", other, "is not auto, light or dark; used auto (the reader's system)".into());
                Theme::Auto
            }
        };
        let chrome = match given(&self.chrome) {
            None | Some("compact") => Chrome::Compact,
            Some("full") => Chrome::Full,
            Some("none") => Chrome::None,
            Some(other) => {
                warn("chrome", other, "is not compact, full or none; used compact".into());
                Chrome::Compact
            }
        };
        let raw_namespace = given(&self.namespace).unwrap_or("default");
        let namespace: String =
            raw_namespace.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(NAMESPACE_CHARS).collect();
        let namespace = if namespace.is_empty() { "default".to_string() } else { namespace };
        if namespace != raw_namespace {
            warn(
                "namespace",
                raw_namespace,
                format!("may hold only letters, digits and dashes (at most {NAMESPACE_CHARS}); used \"{namespace}\""),
            );
        }
        let label = given(&self.label).map(|l| {
            if l.chars().count() > LABEL_CHARS {
                warn("label", l, format!("is longer than {LABEL_CHARS} characters; used its first {LABEL_CHARS}"));
            }
            AttrValue::from(l.chars().take(LABEL_CHARS).collect::<String>())
        });
        let level = match given(&self.heading_level).map(|l| (l, l.parse::<u8>())) {
            None => EMBEDDED_HEADING_LEVEL,
            Some((_, Ok(n @ 1..=6))) => n,
            Some((l, Ok(n))) => {
                let used = n.clamp(1, 6);
                warn("heading-level", l, format!("is not 1 to 6; used {used}"));
                used
            }
            Some((l, Err(_))) => {
                warn("heading-level", l, format!("is not a number from 1 to 6; used {EMBEDDED_HEADING_LEVEL}"));
                EMBEDDED_HEADING_LEVEL
            }
        };
        let share_base = self.share_base(&mut warn);
        let open_links = match self.open_links.as_deref().map(str::trim) {
            None | Some("false") => false,
            Some("" | "true" | "open-links") => true,
            Some(other) => {
                warn("open-links", other, "is not true or false; used true (the attribute is there)".into());
                true
            }
        };
        // One widget of a page opens its links: two would both open each one.
        let opened_by = self.links_opened_by.as_deref();
        let open_links = if open_links && opened_by == Some("another") {
            let value = self.open_links.as_deref().unwrap_or_default();
            warn("open-links", value, "is set on an earlier widget of this page too; only that one opens links".into());
            false
        } else {
            open_links
        };
        // Links that lead back to this page need a widget here that opens them.
        let this_page = self.page_base.as_deref().and_then(|p| web_address(p, p));
        if opened_by.is_none() && share_base.is_some() && share_base == this_page {
            let value = given(&self.share_base).unwrap_or_default();
            warn(
                "share-base",
                value,
                "is this page, but no widget of it has open-links; links made here would not open".into(),
            );
        }
        // A results or comparison link to this page opens here, in place.
        let initial = match open_links.then(|| Route::parse(&location::current_hash())) {
            Some(route) if route.is_shared_link() => route,
            _ => initial,
        };
        let props = AppProps {
            initial,
            open_links,
            embedded: true,
            storage: Some(format!("embed-{namespace}").into()),
            views: (!offered.is_empty()).then_some(offered),
            theme,
            chrome,
            label,
            share_base: share_base.map(AttrValue::from),
            headings: Headings::starting_at(level),
        };
        Reading { props, warnings }
    }

    /// The view to open: `view` when it names one the widget offers; a box
    /// of a diagram that has no such box opens the topic; else the first
    /// view offered (the overview when all are).
    fn initial(&self, offered: &[Route], warn: &mut impl FnMut(&str, &str, String)) -> Route {
        let first = offered.first().cloned().unwrap_or(Route::Home);
        let Some(view) = given(&self.view) else {
            return first;
        };
        let route = match Route::parse(&format!("#/{}", view.trim_start_matches('/'))) {
            Route::NotFound => {
                // "trust/nonexistent": the topic is there, its box is not.
                let topic = view.split('/').next().and_then(Route::from_view_name).filter(|r| r.view_name() != "home");
                let used = topic.filter(|t| offers(offered, t)).unwrap_or(first);
                warn("view", view, format!("is not a view; opened \"{}\" instead", used.view_name()));
                return used;
            }
            route => route,
        };
        if offers(offered, &route) {
            route
        } else {
            let views = given(&self.views).unwrap_or_default();
            warn("view", view, format!("is not among views=\"{views}\"; opened \"{}\" instead", first.view_name()));
            first
        }
    }

    /// The page share links open: `share-base` when it is an http(s)
    /// address or a path on the host's own site, else the standalone page.
    /// The one place this is checked.
    fn share_base(&self, warn: &mut impl FnMut(&str, &str, String)) -> Option<String> {
        let page = self.page_base.as_deref().unwrap_or_default();
        let standalone = || self.standalone.as_deref().and_then(|s| web_address(s, page));
        match given(&self.share_base) {
            None => standalone(),
            Some(value) => web_address(value, page).or_else(|| {
                let used = standalone();
                let instead = used.as_deref().unwrap_or("this page");
                warn(
                    "share-base",
                    value,
                    format!("is not an http(s) address or a path from the site's root; links open {instead}"),
                );
                used
            }),
        }
    }

    /// The views named in `views`, in the navigation's order of naming;
    /// a name that is no view is left out (all of them: every view).
    fn offered(&self, warn: &mut impl FnMut(&str, &str, String)) -> Vec<Route> {
        let Some(list) = given(&self.views) else {
            return vec![];
        };
        let navigation = Route::navigation();
        let mut offered = Vec::new();
        let mut unknown = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match Route::from_view_name(name).filter(|r| navigation.iter().any(|(n, _)| n == r)) {
                Some(route) => offered.push(route),
                None => unknown.push(name),
            }
        }
        if !unknown.is_empty() {
            let used = if offered.is_empty() {
                "every view".to_string()
            } else {
                offered.iter().map(Route::view_name).collect::<Vec<_>>().join(",")
            };
            warn("views", list, format!("names no view called \"{}\"; offered {used}", unknown.join("\", \"")));
        }
        offered
    }
}

/// What the options ask for, and what was wrong with them.
pub struct Reading {
    pub props: AppProps,
    /// One sentence per invalid or conflicting option, for the console.
    pub warnings: Vec<String>,
}

/// An option as given, trimmed; `None` when absent or blank.
fn given(option: &Option<String>) -> Option<&str> {
    option.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Whether `route` is among the `offered` views (all, when none are listed).
fn offers(offered: &[Route], route: &Route) -> bool {
    offered.is_empty() || offered.iter().any(|v| v.same_view(route))
}

/// `value` as an absolute http(s) address without a fragment: either one
/// already, or a path from the root of the host's site (`/tools/mcw/`),
/// put on the origin of `page` (the host page's address). Anything else,
/// a protocol-relative `//host/` or a `/\\host/` look-alike among them, is
/// refused.
fn web_address(value: &str, page: &str) -> Option<String> {
    let value = value.trim();
    let value = value.split('#').next().unwrap_or_default();
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let absolute = if lower.starts_with("https://") || lower.starts_with("http://") {
        value.to_string()
    } else if value.starts_with('/') && !value.starts_with("//") {
        let page_lower = page.get(..8).unwrap_or(page).to_ascii_lowercase();
        let scheme = if page_lower.starts_with("https://") {
            8
        } else if page_lower.starts_with("http://") {
            7
        } else {
            return None;
        };
        let origin_end = page[scheme..].find('/').map_or(page.len(), |i| scheme + i);
        format!("{}{value}", &page[..origin_end])
    } else {
        return None;
    };
    let unsafe_char = |c: char| c.is_whitespace() || c.is_control() || c == '\\';
    (absolute.len() <= SHARE_BASE_CHARS && !absolute.contains(unsafe_char)).then_some(absolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_pick_the_view_views_namespace_and_theme() {
        let props = EmbedOptions {
            view: Some("trust/roles".into()),
            views: Some("trust, power ,results,bogus".into()),
            namespace: Some("hr".into()),
            theme: Some("dark".into()),
            label: Some("HR partnerships".into()),
            share_base: Some("https://intranet.example/tools/collaboration/#/old".into()),
            ..Default::default()
        }
        .props();
        assert_eq!(props.initial, Route::Spread { slug: "trust", node: Some("trust.roles") });
        assert_eq!(props.views.unwrap(), [Route::spread("trust"), Route::spread("power"), Route::Results]);
        assert_eq!(props.storage.as_deref(), Some("embed-hr"));
        assert_eq!(props.theme, Theme::Dark);
        assert!(props.embedded);
        assert_eq!(props.label.as_deref(), Some("HR partnerships"));
        assert_eq!(props.share_base.as_deref(), Some("https://intranet.example/tools/collaboration/"));
    }

    const STANDALONE: &str = "https://cdn.example/mcw/";
    const PAGE: &str = "https://intranet.example/teams/hr/page.aspx?id=3#top";

    fn share_base(value: &str) -> Option<String> {
        EmbedOptions {
            share_base: Some(value.into()),
            standalone: Some(STANDALONE.into()),
            page_base: Some(PAGE.into()),
            ..Default::default()
        }
        .props()
        .share_base
        .map(|b| b.to_string())
    }

    #[test]
    fn share_links_only_point_to_a_web_address_else_to_the_standalone_page() {
        for bad in [
            "javascript:alert(1)",
            "//evil.example/",
            "///evil.example/",
            "/\\evil.example/",
            "\\\\evil.example/",
            "data:text/html,x",
            "mailto:x@example.org",
            "collab/",
            "https://a b/",
            "",
            "   ",
        ] {
            assert_eq!(share_base(bad).as_deref(), Some(STANDALONE), "{bad:?}");
        }
        let none = EmbedOptions { share_base: Some("//evil.example/".into()), ..Default::default() };
        assert_eq!(none.props().share_base, None, "no standalone page known: this page");
    }

    #[test]
    fn a_share_base_path_stays_on_the_host_site() {
        let cases = [
            ("/tools/collab/", "https://intranet.example/tools/collab/"),
            (" /tools/collab/#/x", "https://intranet.example/tools/collab/"),
            ("HTTPS://Other.example/a/", "HTTPS://Other.example/a/"),
        ];
        for (value, expected) in cases {
            assert_eq!(share_base(value).as_deref(), Some(expected), "{value:?}");
        }
    }

    #[test]
    fn a_bad_view_falls_back_to_the_first_offered_and_defaults_are_safe() {
        let props =
            EmbedOptions { view: Some("<script>".into()), views: Some("power".into()), ..Default::default() }.props();
        assert_eq!(props.initial, Route::spread("power"));
        let props = EmbedOptions::default().props();
        assert_eq!(props.initial, Route::Home);
        assert_eq!(props.views, None);
        assert_eq!(props.storage.as_deref(), Some("embed-default"));
        assert_eq!(props.theme, Theme::Auto);
    }

    fn warnings(options: EmbedOptions) -> (AppProps, Vec<String>) {
        let Reading { props, warnings } = options.read();
        (props, warnings)
    }

    #[test]
    fn each_wrong_option_says_so_once_naming_its_value_and_what_was_used() {
        let (props, said) = warnings(EmbedOptions {
            view: Some("power".into()),
            views: Some("trust,results,bogus".into()),
            namespace: Some("HR team!".into()),
            theme: Some("purple".into()),
            chrome: Some("minimal".into()),
            heading_level: Some("9".into()),
            label: Some("x".repeat(90)),
            share_base: Some("collab/".into()),
            open_links: None,
            standalone: Some(STANDALONE.into()),
            page_base: Some(PAGE.into()),
            links_opened_by: None,
        });
        let expected = [
            r#"views="trust,results,bogus" names no view called "bogus"; offered trust,results."#,
            r#"view="power" is not among views="trust,results,bogus"; opened "trust" instead."#,
            r#"theme="purple" is not auto, light or dark; used auto (the reader's system)."#,
            r#"chrome="minimal" is not compact, full or none; used compact."#,
            r#"namespace="HR team!" may hold only letters, digits and dashes (at most 34); used "HRteam"."#,
        ];
        for (said, expected) in said.iter().zip(expected) {
            assert_eq!(said, &format!("Making Collaboration Work: {expected}"));
        }
        assert!(
            said[5].starts_with(r#"Making Collaboration Work: label="xxx"#) && said[5].ends_with("used its first 80.")
        );
        assert_eq!(said[6], r#"Making Collaboration Work: heading-level="9" is not 1 to 6; used 6."#);
        assert_eq!(
            said[7],
            format!(
                r#"Making Collaboration Work: share-base="collab/" is not an http(s) address or a path from the site's root; links open {STANDALONE}."#
            )
        );
        assert_eq!(said.len(), 8);
        assert_eq!(props.initial, Route::spread("trust"));
        assert_eq!(props.storage.as_deref(), Some("embed-HRteam"), "the namespace as it was stored before");
        assert_eq!(props.headings.top(), 6);
        assert_eq!(props.theme, Theme::Auto);
    }

    #[test]
    fn a_box_that_is_not_there_opens_its_topic_and_good_options_say_nothing() {
        let (props, said) = warnings(EmbedOptions { view: Some("trust/nonexistent".into()), ..Default::default() });
        assert_eq!(props.initial, Route::spread("trust"));
        assert_eq!(
            said,
            [r#"Making Collaboration Work: view="trust/nonexistent" is not a view; opened "trust" instead."#]
        );
        let (props, said) = warnings(EmbedOptions { heading_level: Some("three".into()), ..Default::default() });
        assert_eq!(props.headings.top(), 2);
        assert_eq!(said.len(), 1);
        let (_, said) = warnings(EmbedOptions {
            view: Some("trust/roles".into()),
            views: Some("trust, results".into()),
            namespace: Some("hr-team-2".into()),
            theme: Some(" dark ".into()),
            chrome: Some("none".into()),
            heading_level: Some("3".into()),
            label: Some("Trust check".into()),
            share_base: Some("/tools/collab/".into()),
            open_links: Some("".into()),
            standalone: Some(STANDALONE.into()),
            page_base: Some(PAGE.into()),
            links_opened_by: Some("this".into()),
        });
        assert_eq!(said, Vec::<String>::new());
    }

    #[test]
    fn one_widget_of_a_page_opens_its_links_and_a_share_base_back_here_needs_one() {
        let here = "https://intranet.example/teams/hr/page.aspx?id=3";
        let widget = |open_links: Option<&str>, opened_by: Option<&str>| EmbedOptions {
            open_links: open_links.map(Into::into),
            links_opened_by: opened_by.map(Into::into),
            share_base: Some("/teams/hr/page.aspx?id=3".into()),
            page_base: Some(PAGE.into()),
            ..Default::default()
        };
        let (props, said) = warnings(widget(Some(""), Some("another")));
        assert!(!props.open_links);
        assert_eq!(
            said,
            [
                r#"Making Collaboration Work: open-links="" is set on an earlier widget of this page too; only that one opens links."#
            ]
        );
        let (props, said) = warnings(widget(Some(""), Some("this")));
        assert!(props.open_links && said.is_empty());
        assert_eq!(props.share_base.as_deref(), Some(here));
        // Another widget opens the links: this one may send readers there.
        assert!(warnings(widget(None, Some("another"))).1.is_empty());
        let (_, said) = warnings(widget(None, None));
        assert_eq!(
            said,
            [
                r#"Making Collaboration Work: share-base="/teams/hr/page.aspx?id=3" is this page, but no widget of it has open-links; links made here would not open."#
            ]
        );
    }
}
