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
    let handle = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial,
            embedded,
            ..Default::default()
        },
    )
    .render();
    (root, handle)
}

fn h1(root: &Element) -> String {
    root.query_selector("h1")
        .unwrap()
        .expect("an h1")
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Lets the browser deliver events (hashchange is asynchronous) and paint a
/// frame (a spread renders what follows its diagram after one), then renders.
async fn settle() {
    gloo_timers::future::sleep(Duration::from_millis(150)).await;
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
    let current = root
        .query_selector("nav a[aria-current='page']")
        .unwrap()
        .unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("#/power"));
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before,
        "the host URL changed"
    );
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
    let focused = window
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.tag_name());
    assert_eq!(
        focused.as_deref(),
        Some("H1"),
        "focus moves to the new view's heading"
    );

    click(&root, "nav a[href='#/evaluate']");
    settle().await;
    assert!(h1(&root).contains("How to evaluate collaborative success"));

    window.history().unwrap().back().unwrap();
    settle().await;
    settle().await;
    assert!(
        h1(&root).contains("How to ensure goals with collaborative partners are shared"),
        "Back returns to the previous spread"
    );
    handle.destroy();
    window.location().set_hash("").unwrap();
}

// ---- Real localStorage ---------------------------------------------------

use collaboration_widget::browser::{startup, storage::Storage, storage::StorageError};
use collaboration_widget::state::SaveMode;

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_byte_for_byte_under_a_backup_key() {
    let raw = "{\"app\":\"making-collaboration-work\",\"schema\":1, ✂ \u{0}\u{1F600} broken";
    local().set_item("mcw:corrupt:data", raw).unwrap();
    let storage = Storage::open("corrupt");
    let (store, mode, notice) = startup::load(&storage);
    let notice = notice.expect("the person is told");
    assert!(notice.text.contains("could not read"));
    assert_eq!(notice.backup.as_deref(), Some(raw));
    assert_eq!(mode, SaveMode::Saved);
    assert!(store.current().is_pristine());
    let backups: Vec<String> = storage
        .keys()
        .into_iter()
        .filter(|k| k.starts_with("mcw:corrupt:backup:"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(local().get_item(&backups[0]).unwrap().as_deref(), Some(raw));
    storage.remove_all().unwrap();
    assert!(storage.keys().is_empty());
}

#[wasm_bindgen_test]
fn a_namespace_never_touches_other_keys() {
    local().set_item("someone-else", "theirs").unwrap();
    local()
        .set_item("mcw:other-widget:data", "other widget")
        .unwrap();
    let storage = Storage::open("mine");
    storage.save("{}").unwrap();
    storage.remove_all().unwrap();
    assert_eq!(
        local().get_item("someone-else").unwrap().as_deref(),
        Some("theirs")
    );
    assert_eq!(
        local()
            .get_item("mcw:other-widget:data")
            .unwrap()
            .as_deref(),
        Some("other widget")
    );
    local().remove_item("someone-else").unwrap();
    local().remove_item("mcw:other-widget:data").unwrap();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_saved_copy_stays_whole() {
    let storage = Storage::open("quota");
    storage.save("previous copy").unwrap();
    // Fill the origin's quota for real.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    while local()
        .set_item(&format!("filler-{filled}"), &chunk)
        .is_ok()
    {
        filled += 1;
        assert!(filled < 100, "quota never reached");
    }
    let big = "y".repeat(1024 * 1024);
    assert_eq!(storage.save(&big), Err(StorageError::Full));
    assert_eq!(
        storage.load().unwrap().as_deref(),
        Some("previous copy"),
        "nothing half-written"
    );
    // Opened while the quota is full, saved answers can still be read.
    let reopened = Storage::open("quota");
    assert!(reopened.is_available());
    assert_eq!(reopened.load().unwrap().as_deref(), Some("previous copy"));
    for i in 0..filled {
        local().remove_item(&format!("filler-{i}")).unwrap();
    }
    storage.remove_all().unwrap();
}

#[wasm_bindgen_test]
async fn rating_in_the_app_is_saved_at_once() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Route::spread("power"),
        embedded: true,
        storage: Some("app-test".into()),
        ..Default::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    click(
        &root,
        ".questionnaire [data-statement='power.team'] input[value='4']",
    );
    settle().await;
    let saved = local()
        .get_item("mcw:app-test:data")
        .unwrap()
        .expect("saved");
    assert!(saved.contains("\"power.team\":{\"v\":4"), "{saved}");
    handle.destroy();
    Storage::open("app-test").remove_all().unwrap();
}

/// Renders per component between two points, from the `render-count` feature.
fn renders_since(before: &[(&'static str, u32)]) -> Vec<(&'static str, u32)> {
    let mut diff: Vec<(&'static str, u32)> = collaboration_widget::ui::renders()
        .into_iter()
        .map(|(name, n)| {
            let earlier = before.iter().find(|(b, _)| *b == name).map_or(0, |(_, c)| *c);
            (name, n - earlier)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    diff.sort();
    diff
}

#[wasm_bindgen_test]
async fn an_answer_re_renders_only_what_shows_it() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Route::Spread {
            slug: "trust",
            node: Some("trust.roles"),
        },
        embedded: true,
        storage: Some("render-test".into()),
        ..Default::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // The first save also turns the footer to "Saved": rate once before counting.
    click(&root, ".questionnaire [data-statement='trust.time'] input[value='2']");
    settle().await;

    let before = collaboration_widget::ui::renders();
    click(&root, ".questionnaire [data-statement='trust.time'] input[value='4']");
    settle().await;
    let saved = local().get_item("mcw:render-test:data").unwrap().unwrap();
    assert!(saved.contains("\"trust.time\":{\"v\":4"), "the answer was saved");
    // The root, the questionnaire (its score), the diagram and the one box
    // rated (its mark), the open node panel (its rating) and the one rating
    // group answered: nothing else, and nothing twice (the save that follows
    // re-renders nothing; the shell, the other boxes and rating groups are
    // skipped). Before this was measured, an answer rendered 22 components.
    assert_eq!(
        renders_since(&before),
        [("App", 1), ("DiagramNode", 1), ("DiagramView", 1), ("NodePanel", 1), ("Questionnaire", 1), ("Rating", 1)]
    );
    handle.destroy();
    Storage::open("render-test").remove_all().unwrap();
}

#[wasm_bindgen_test]
fn fixtures_and_hostile_files_read_through_the_browser_s_own_parse_path() {
    use collaboration_widget::assessment::store::{self, Read};
    let v1 = include_str!("fixtures/store-v1.json");
    let v2 = include_str!("fixtures/store-v2.json");
    assert!(matches!(store::read(v1), Read::Migrated(_)));
    let Read::Valid(two) = store::read(v2) else { panic!("v2") };
    assert_eq!(store::read(&two.to_json()), Read::Valid(two.clone()));
    assert_eq!(store::read(&format!("\u{feff}{v2}")), Read::Valid(two));
    assert_eq!(store::read(&v2.replace("\"schema\":2", "\"schema\":3")), Read::Newer(3));
    let hostile = [
        (format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)), "not"),
        ("x".repeat(10_000_000), "larger than"),
        (v1.replace("\"trust.roles\":{\"v\":2", "\"trust.time\":{\"v\":2"), "appears twice"),
        (v1.replace("\"v\":4", "\"v\":1e999"), "not valid JSON"),
        (v1.replace("\"v\":4", "\"v\":256"), "out of range"),
        (v1.replace("\"label\":\"City", "\"label\":{\"x\":\"City\"},\"y\":\"x"), "wrong type"),
    ];
    for (text, expected) in hostile {
        match store::read(&text) {
            Read::Invalid(reason) => assert!(reason.contains(expected), "{reason} / {expected}"),
            other => panic!("{expected}: read as {other:?}"),
        }
    }
    // Start-up reads a schema-1 document from real storage without writing.
    local().set_item("mcw:fixture-v1:data", v1).unwrap();
    let storage = Storage::open("fixture-v1");
    let (loaded, mode, notice) = startup::load(&storage);
    assert_eq!((mode, notice), (SaveMode::Saved, None));
    assert_eq!(loaded.current().label, "City and university partnership");
    assert_eq!(local().get_item("mcw:fixture-v1:data").unwrap().as_deref(), Some(v1));
    storage.remove_all().unwrap();
}
