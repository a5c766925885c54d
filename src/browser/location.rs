//! The page URL's fragment: the standalone app's routing lives here.
//! Calls fail softly: an embedded or sandboxed page may refuse history access.

use gloo_events::EventListener;

use crate::route::Route;

/// No window off the web: native tests render views that read the URL.
fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The current fragment, `""` when there is none or no window.
pub fn current_hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Navigates to a route as a new history entry, so Back returns here.
pub fn push(route: &Route) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Updates the fragment without a history entry (e.g. selecting a diagram node)
/// and without a `hashchange` event.
pub fn replace(route: &Route) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_hash()));
    }
}

/// Calls `on_change` with the new route whenever the fragment changes
/// (Back, Forward, a typed URL or a followed link). Dropping it stops listening.
pub fn on_change(on_change: impl Fn(Route) + 'static) -> Option<EventListener> {
    let w = window()?;
    Some(EventListener::new(&w, "hashchange", move |_| on_change(Route::parse(&current_hash()))))
}

/// This page's address: the base of share links.
pub fn base_url() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    page_address(&href)
}

/// `href` without its fragment, and without the iframe mode's `embed` flag
/// so that a link copied inside a frame opens the whole page.
fn page_address(href: &str) -> String {
    let page = href.split('#').next().unwrap_or_default();
    let Some((path, query)) = page.split_once('?') else {
        return page.to_string();
    };
    let kept: Vec<&str> = query.split('&').filter(|p| *p != "embed" && !p.starts_with("embed=")).collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::page_address;

    #[test]
    fn the_page_address_drops_the_fragment_and_the_embed_flag() {
        for (href, expected) in [
            ("https://x.test/tools/#/trust", "https://x.test/tools/"),
            ("https://x.test/tools/?embed#/trust", "https://x.test/tools/"),
            ("https://x.test/tools/?a=1&embed&b=2#/share/1K", "https://x.test/tools/?a=1&b=2"),
            ("https://x.test/tools/?embedded=1", "https://x.test/tools/?embedded=1"),
            ("", ""),
        ] {
            assert_eq!(page_address(href), expected, "{href}");
        }
    }
}
