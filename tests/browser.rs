//! In headless Chromium: the app mounted into a test element, driven by real
//! DOM events. Run by `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use collaboration_widget::route::Route;
use collaboration_widget::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount(initial: Route, embedded: bool) -> (Element, yew::AppHandle<App>) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial, embedded, storage: None }).render();
    (root, handle)
}

fn h1(root: &Element) -> String {
    root.query_selector("h1").unwrap().expect("an h1").text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Lets the browser deliver events (hashchange is asynchronous), then renders.
async fn settle() {
    gloo_timers::future::sleep(Duration::from_millis(50)).await;
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn embedded_navigation_between_two_spreads_stays_inside_the_widget() {
    let before = web_sys::window().unwrap().location().href().unwrap();
    let (root, handle) = mount(Route::spread("trust"), true);
    settle().await;
    assert!(h1(&root).contains("How to build trust with collaborative partners"));

    click(&root, "nav a[href='#/power']");
    settle().await;
    assert!(h1(&root).contains("How to manage the power dynamic with collaborative partners"));
    let current = root.query_selector("nav a[aria-current='page']").unwrap().unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("#/power"));
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), before, "the host URL changed");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn standalone_links_use_the_fragment_and_back_returns() {
    let window = web_sys::window().unwrap();
    let (root, handle) = mount(Route::Home, false);
    settle().await;
    assert!(h1(&root).contains("Making Collaboration Work"));

    click(&root, "a[href='#/goals']");
    settle().await;
    assert_eq!(window.location().hash().unwrap(), "#/goals");
    assert!(h1(&root).contains("How to ensure goals with collaborative partners are shared"));
    let focused = window.document().unwrap().active_element().map(|e| e.tag_name());
    assert_eq!(focused.as_deref(), Some("H1"), "focus moves to the new view's heading");

    click(&root, "nav a[href='#/evaluate']");
    settle().await;
    assert!(h1(&root).contains("How to evaluate collaborative success"));

    window.history().unwrap().back().unwrap();
    settle().await;
    settle().await;
    assert!(h1(&root).contains("How to ensure goals with collaborative partners are shared"), "Back returns to the previous spread");
    handle.destroy();
    window.location().set_hash("").unwrap();
}
