//! What the comparison module starts. The comparison family (the compare
//! page, review, agenda, group summary, side by side, finding links in
//! pasted text) is a second binary, `src/bin/collaboration-compare.rs`,
//! loaded only when a comparison opens, so the first load does not carry
//! it. The main app mounts it inside its compare view
//! (`ui::pages::compare_loader`) with [`CompareOptions`] as JSON, and the
//! module asks the main app to navigate by calling back with a URL
//! fragment. The two share this crate, so both sides read one definition;
//! the binary exports the functions (see `src/main.rs` for why there).

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yew::{AppHandle, AttrValue, Callback};

use crate::browser::tab_drafts::TabDrafts;
use crate::route::Route;
use crate::ui::compare::{CompareApp, CompareAppProps};
use crate::ui::Headings;

/// What the main app tells the comparison module, at mounting and after.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// The comparison as its link holds it (see `Route::Compare`).
    pub link: String,
    /// The reader's own results, encoded, for "Add my own results".
    pub mine: String,
    /// The page's heading takes focus (arrived by in-app navigation).
    pub focus: bool,
    /// True on the standalone page, whose URL fragment is the app's.
    pub owns_url: bool,
    /// Where the comparison's own link points (an embedded widget's
    /// `share-base`); `None` for this page.
    pub share_base: Option<String>,
    /// The level of the view's top heading (1 on the standalone page).
    pub heading_level: u8,
    /// The widget's storage prefix, under which typed text is kept for the
    /// tab (`browser::tab_drafts`); empty for an app that stores nothing.
    #[serde(default)]
    pub drafts: String,
}

impl CompareOptions {
    /// Options sent by the main module; anything unreadable (never expected:
    /// both sides are built together) shows an empty comparison.
    pub fn read(json: &str) -> CompareOptions {
        serde_json::from_str(json).unwrap_or_default()
    }

    pub fn props(&self, ways: &Ways) -> CompareAppProps {
        CompareAppProps {
            link: self.link.clone().into(),
            mine: self.mine.clone().into(),
            focus: self.focus,
            owns_url: self.owns_url,
            share_base: self.share_base.clone().map(AttrValue::from),
            headings: Headings::starting_at(self.heading_level),
            drafts: if self.drafts.is_empty() { TabDrafts::default() } else { TabDrafts::under(&self.drafts) },
            navigate: ways.navigate.clone(),
            replace: ways.replace.clone(),
        }
    }
}

/// How the comparison moves the main app: to a view (a history entry), or
/// to the same view with new contents, such as the review's name as it is
/// typed (no history entry).
#[derive(Clone)]
pub struct Ways {
    pub navigate: Callback<Route>,
    pub replace: Callback<Route>,
}

/// Mounts the comparison into `root`; `navigate` takes the URL fragment
/// the comparison asks for and whether it replaces the current one. Returns
/// the app and the ways to keep for updates (exported by the comparison
/// binary).
pub fn mount(root: web_sys::Element, options: &str, navigate: js_sys::Function) -> (AppHandle<CompareApp>, Ways) {
    let way = |replace: bool| {
        let navigate = navigate.clone();
        Callback::from(move |route: Route| {
            // The main module navigates; nothing here could mend a failure.
            let _ = navigate.call2(&JsValue::NULL, &JsValue::from_str(&route.to_hash()), &JsValue::from_bool(replace));
        })
    };
    let ways = Ways { navigate: way(false), replace: way(true) };
    let props = CompareOptions::read(options).props(&ways);
    (yew::Renderer::<CompareApp>::with_root_and_props(root, props).render(), ways)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_travel_as_json_and_unreadable_ones_show_an_empty_comparison() {
        let options = CompareOptions {
            link: "1abc.1def".into(),
            mine: "1xyz".into(),
            focus: true,
            owns_url: false,
            share_base: Some("https://intranet.example/mcw/".into()),
            heading_level: 3,
            drafts: "mcw:embed-east:".into(),
        };
        let json = serde_json::to_string(&options).unwrap();
        assert_eq!(CompareOptions::read(&json), options);
        assert_eq!(CompareOptions::read("{\"payloads\": 3"), CompareOptions::default());
    }
}
