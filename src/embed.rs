//! The entry points the loaders call: the standalone page, and the widget
//! mounted into elements of someone else's page. Options arrive as plain
//! strings from `data-` attributes and are checked here.

use wasm_bindgen::prelude::*;

use crate::browser::location;
use crate::route::Route;
use crate::ui::{App, AppProps, Theme};
use yew::AttrValue;

/// Mounts the standalone app into `#app`, opening the view the URL names.
#[wasm_bindgen]
pub fn start_standalone() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    root.set_inner_html("");
    let props = AppProps {
        initial: Route::parse(&location::current_hash()),
        storage: Some("default".into()),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// The longest widget label kept (a screen-reader name, not a paragraph).
const LABEL_CHARS: usize = 80;
/// The longest `data-share-base` accepted: longer is no page address.
const SHARE_BASE_CHARS: usize = 2000;

/// Options of an embedded widget, as read from its element's `data-` attributes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct EmbedOptions {
    /// `data-view`: "home", "results", "compare", a spread ("trust") or a node ("trust/roles").
    pub view: Option<String>,
    /// `data-views`: a comma-separated list of the views to offer.
    pub views: Option<String>,
    /// `data-namespace`: keeps this widget's saved data apart from others'.
    pub namespace: Option<String>,
    /// `data-theme`: "light", "dark" or "auto" (the default, following the system).
    pub theme: Option<String>,
    /// `data-label`: the widget's name for screen readers.
    pub label: Option<String>,
    /// `data-share-base`: the page share links open; embed.js passes the
    /// standalone page beside it unless the attribute names another.
    pub share_base: Option<String>,
}

impl EmbedOptions {
    pub fn props(&self) -> AppProps {
        let offered = self.offered();
        let initial = self
            .view
            .as_deref()
            .map(|v| Route::parse(&format!("#/{}", v.trim().trim_start_matches('/'))));
        let initial = match initial {
            Some(Route::NotFound) | None => offered.first().cloned().unwrap_or(Route::Home),
            Some(route) => route,
        };
        let theme = match self.theme.as_deref().map(str::trim) {
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            _ => Theme::Auto,
        };
        let namespace = self.namespace.as_deref().unwrap_or("default");
        AppProps {
            initial,
            embedded: true,
            storage: Some(format!("embed-{namespace}").into()),
            views: (!offered.is_empty()).then_some(offered),
            theme,
            label: self
                .label
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| l.chars().take(LABEL_CHARS).collect::<String>().into()),
            share_base: self.share_base().map(AttrValue::from),
        }
    }

    /// An absolute http(s) address without a fragment, or nothing.
    fn share_base(&self) -> Option<String> {
        let base = self.share_base.as_deref()?.trim();
        let base = base.split('#').next().unwrap_or_default();
        let web = base.starts_with("https://") || base.starts_with("http://");
        (web && base.len() <= SHARE_BASE_CHARS && !base.contains(char::is_whitespace))
            .then(|| base.to_string())
    }

    /// The views named in `data-views`, unknown names ignored.
    fn offered(&self) -> Vec<Route> {
        let Some(list) = &self.views else {
            return vec![];
        };
        list.split(',').filter_map(Route::from_view_name).collect()
    }
}

/// Bytes of WebAssembly linear memory in use, for the benchmark's report.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// A mounted widget, for the embed loader to update or remove.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// New options for the live widget: a changed view opens, a changed
    /// theme or label applies, and what the person entered stays (the app
    /// is not mounted anew). A changed namespace needs a new mount.
    #[allow(clippy::too_many_arguments)]
    pub fn update(
        &mut self,
        view: Option<String>,
        views: Option<String>,
        namespace: Option<String>,
        theme: Option<String>,
        label: Option<String>,
        share_base: Option<String>,
    ) {
        let options = EmbedOptions { view, views, namespace, theme, label, share_base };
        if let Some(handle) = self.handle.as_mut() {
            handle.update(options.props());
        }
    }

    /// Unmounts the widget: its listeners go and it writes nothing more.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Mounts a widget into `root` (inside the shadow root the embed loader made).
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    view: Option<String>,
    views: Option<String>,
    namespace: Option<String>,
    theme: Option<String>,
    label: Option<String>,
    share_base: Option<String>,
) -> Widget {
    let options = EmbedOptions {
        view,
        views,
        namespace,
        theme,
        label,
        share_base,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root, options.props()).render();
    Widget {
        handle: Some(handle),
    }
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
        }
        .props();
        assert_eq!(
            props.initial,
            Route::Spread {
                slug: "trust",
                node: Some("trust.roles")
            }
        );
        assert_eq!(
            props.views.unwrap(),
            [
                Route::spread("trust"),
                Route::spread("power"),
                Route::Results
            ]
        );
        assert_eq!(props.storage.as_deref(), Some("embed-hr"));
        assert_eq!(props.theme, Theme::Dark);
        assert!(props.embedded);
        assert_eq!(props.label.as_deref(), Some("HR partnerships"));
        assert_eq!(
            props.share_base.as_deref(),
            Some("https://intranet.example/tools/collaboration/")
        );
    }

    #[test]
    fn share_links_only_point_to_a_web_address() {
        for bad in [
            "javascript:alert(1)",
            "//evil.example/",
            "data:text/html,x",
            "https://a b/",
            "",
        ] {
            let props = EmbedOptions {
                share_base: Some(bad.into()),
                ..Default::default()
            }
            .props();
            assert_eq!(props.share_base, None, "{bad:?}");
        }
    }

    #[test]
    fn a_bad_view_falls_back_to_the_first_offered_and_defaults_are_safe() {
        let props = EmbedOptions {
            view: Some("<script>".into()),
            views: Some("power".into()),
            ..Default::default()
        }
        .props();
        assert_eq!(props.initial, Route::spread("power"));
        let props = EmbedOptions::default().props();
        assert_eq!(props.initial, Route::Home);
        assert_eq!(props.views, None);
        assert_eq!(props.storage.as_deref(), Some("embed-default"));
        assert_eq!(props.theme, Theme::Auto);
    }
}
