//! What the loaders start: the standalone page, and the widget mounted into
//! elements of someone else's page. Options arrive as plain strings from
//! `data-` attributes and are checked here. The functions the loaders call
//! are exported by the binary, `src/main.rs`: an export in this library
//! would ship in every binary that links it, the comparison module's too.

use wasm_bindgen::JsValue;

use crate::browser::location;
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
    let props = AppProps {
        initial: Route::parse(&location::current_hash()),
        storage: Some("default".into()),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// An embedded widget's top heading: the host page has its own `h1`.
const EMBEDDED_HEADING_LEVEL: u8 = 2;
/// The longest widget label kept (a screen-reader name, not a paragraph).
const LABEL_CHARS: usize = 80;
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
    /// Where `share-base` falls back to: the standalone page beside embed.js.
    pub standalone: Option<String>,
    /// The host page's base address, against which a `share-base` path is read.
    pub page_base: Option<String>,
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
            standalone: read("standalone"),
            page_base: read("pageBase"),
        }
    }

    pub fn props(&self) -> AppProps {
        let offered = self.offered();
        let initial = self.view.as_deref().map(|v| Route::parse(&format!("#/{}", v.trim().trim_start_matches('/'))));
        let initial = match initial {
            Some(Route::NotFound) | None => offered.first().cloned().unwrap_or(Route::Home),
            Some(route) => route,
        };
        let theme = match self.theme.as_deref().map(str::trim) {
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            _ => Theme::Auto,
        };
        let chrome = match self.chrome.as_deref().map(str::trim) {
            Some("full") => Chrome::Full,
            Some("none") => Chrome::None,
            _ => Chrome::Compact,
        };
        let namespace = self.namespace.as_deref().unwrap_or("default");
        AppProps {
            initial,
            embedded: true,
            storage: Some(format!("embed-{namespace}").into()),
            views: (!offered.is_empty()).then_some(offered),
            theme,
            chrome,
            label: self
                .label
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| l.chars().take(LABEL_CHARS).collect::<String>().into()),
            share_base: self.share_base().map(AttrValue::from),
            headings: Headings::starting_at(
                self.heading_level.as_deref().and_then(|l| l.trim().parse().ok()).unwrap_or(EMBEDDED_HEADING_LEVEL),
            ),
        }
    }

    /// The page share links open: `share-base` when it is an http(s)
    /// address or a path on the host's own site, else the standalone page.
    /// The one place this is checked.
    fn share_base(&self) -> Option<String> {
        let page = self.page_base.as_deref().unwrap_or_default();
        self.share_base
            .as_deref()
            .and_then(|value| web_address(value, page))
            .or_else(|| self.standalone.as_deref().and_then(|s| web_address(s, page)))
    }

    /// The views named in `views`, unknown names ignored.
    fn offered(&self) -> Vec<Route> {
        let Some(list) = &self.views else {
            return vec![];
        };
        list.split(',').filter_map(Route::from_view_name).collect()
    }
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
}
