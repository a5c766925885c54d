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
    let handle =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial, embedded, ..Default::default() })
            .render();
    (root, handle)
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Waits until `done` holds, rendering pending updates and letting the
/// browser deliver events and paint between looks; fails after 5 s.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if done() {
            return;
        }
        gloo_timers::future::sleep(Duration::from_millis(10)).await;
    }
    panic!("waited 5 s for: {what}");
}

fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).ok().flatten().is_some()
}

/// The view has rendered with this heading, all of it: the first view
/// renders in stages with the footer last (`ui::stage`), and a spread what
/// follows its diagram after the first painted frame.
async fn showing(root: &Element, heading: &str) {
    until(heading, || {
        root.query_selector("h1").ok().flatten().and_then(|h| h.text_content()).is_some_and(|t| t.contains(heading))
            && has(root, ".site-footer")
            && (!has(root, ".spread") || has(root, ".spread .pager"))
    })
    .await;
}

#[wasm_bindgen_test]
async fn embedded_navigation_between_two_spreads_stays_inside_the_widget() {
    let before = web_sys::window().unwrap().location().href().unwrap();
    let (root, handle) = mount(Route::spread("trust"), true);
    showing(&root, "How to build trust with collaborative partners").await;

    click(&root, "nav a[href='#/power']");
    showing(&root, "How to manage the power dynamic with collaborative partners").await;
    let current = root.query_selector("nav a[aria-current='page']").unwrap().unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("#/power"));
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), before, "the host URL changed");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn standalone_links_use_the_fragment_and_back_returns() {
    let window = web_sys::window().unwrap();
    let (root, handle) = mount(Route::Home, false);
    showing(&root, "Making Collaboration Work").await;

    click(&root, "a[href='#/goals']");
    showing(&root, "How to ensure goals with collaborative partners are shared").await;
    assert_eq!(window.location().hash().unwrap(), "#/goals");
    let focused = window.document().unwrap().active_element().map(|e| e.tag_name());
    assert_eq!(focused.as_deref(), Some("H1"), "focus moves to the new view's heading");

    click(&root, "nav a[href='#/evaluate']");
    showing(&root, "How to evaluate collaborative success").await;

    // Back returns to the previous spread.
    window.history().unwrap().back().unwrap();
    showing(&root, "How to ensure goals with collaborative partners are shared").await;
    handle.destroy();
    window.location().set_hash("").unwrap();
}

// ---- Real localStorage ---------------------------------------------------

use collaboration_widget::browser::{startup, storage::Storage, storage::StorageError};
use collaboration_widget::state::SaveMode;

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The document a namespace holds in real localStorage.
fn stored(namespace: &str) -> Option<String> {
    local().get_item(&format!("mcw:{namespace}:data")).unwrap()
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
    let backups: Vec<String> = storage.keys().into_iter().filter(|k| k.starts_with("mcw:corrupt:backup:")).collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(local().get_item(&backups[0]).unwrap().as_deref(), Some(raw));
    storage.remove_all().unwrap();
    assert!(storage.keys().is_empty());
}

#[wasm_bindgen_test]
fn a_namespace_never_touches_other_keys() {
    local().set_item("someone-else", "theirs").unwrap();
    local().set_item("mcw:other-widget:data", "other widget").unwrap();
    let storage = Storage::open("mine");
    storage.save("{}").unwrap();
    storage.remove_all().unwrap();
    assert_eq!(local().get_item("someone-else").unwrap().as_deref(), Some("theirs"));
    assert_eq!(local().get_item("mcw:other-widget:data").unwrap().as_deref(), Some("other widget"));
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
    while local().set_item(&format!("filler-{filled}"), &chunk).is_ok() {
        filled += 1;
        assert!(filled < 100, "quota never reached");
    }
    let big = "y".repeat(1024 * 1024);
    assert_eq!(storage.save(&big), Err(StorageError::Full));
    assert_eq!(storage.load().unwrap().as_deref(), Some("previous copy"), "nothing half-written");
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
    showing(&root, "power").await;
    click(&root, ".questionnaire [data-statement='power.team'] input[value='4']");
    until("the answer is saved", || stored("app-test").is_some_and(|saved| saved.contains("\"power.team\":{\"v\":4")))
        .await;
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
    collaboration_widget::small_sort::sort_by_key(&mut diff, |entry| *entry);
    diff
}

#[wasm_bindgen_test]
async fn an_answer_re_renders_only_what_shows_it() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        initial: Route::Spread { slug: "trust", node: Some("trust.roles") },
        embedded: true,
        storage: Some("render-test".into()),
        ..Default::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    showing(&root, "trust").await;
    // The first save also turns the footer to "Saved": rate once before counting.
    click(&root, ".questionnaire [data-statement='trust.time'] input[value='2']");
    until("the first save", || stored("render-test").is_some()).await;

    let before = collaboration_widget::ui::renders();
    click(&root, ".questionnaire [data-statement='trust.time'] input[value='4']");
    until("the answer is saved", || stored("render-test").is_some_and(|s| s.contains("\"trust.time\":{\"v\":4"))).await;
    // The root, the questionnaire (its score), the diagram and the one box
    // rated (its mark), the open node panel (its rating) once each, and the
    // rating group answered twice (in the click's frame, for its Clear
    // button, then with the app state's answer): nothing else (the save that
    // follows re-renders nothing; the shell, the other boxes and rating
    // groups are skipped). Before this was measured, an answer rendered 22
    // components.
    assert_eq!(
        renders_since(&before),
        [("App", 1), ("DiagramNode", 1), ("DiagramView", 1), ("NodePanel", 1), ("Questionnaire", 1), ("Rating", 2)]
    );
    handle.destroy();
    Storage::open("render-test").remove_all().unwrap();
}

#[wasm_bindgen_test]
fn fixtures_and_hostile_files_read_through_the_browser_s_own_parse_path() {
    use collaboration_widget::assessment::store::{self, Read};
    let v1 = include_str!("fixtures/store-v1.json");
    let v2 = include_str!("fixtures/store-v2.json");
    let v3 = include_str!("fixtures/store-v3.json");
    let v4 = include_str!("fixtures/store-v4.json");
    let v5 = include_str!("fixtures/store-v5.json");
    assert!(matches!(store::read(v1), Read::Migrated(_)));
    assert!(matches!(store::read(v2), Read::Migrated(_)));
    assert!(matches!(store::read(v3), Read::Migrated(_)));
    assert!(matches!(store::read(v4), Read::Migrated(_)));
    let Read::Valid(five) = store::read(v5) else { panic!("v5") };
    assert_eq!(store::read(&five.to_json()), Read::Valid(five.clone()));
    assert_eq!(store::read(&format!("\u{feff}{v5}")), Read::Valid(five));
    assert_eq!(store::read(&v5.replace("\"schema\":5", "\"schema\":6")), Read::Newer(6));
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

// ---- Typed text, widgets on one page ------------------------------------

/// An embedded app in a shadow root of its own, as `embed.js` mounts it
/// (so two widgets' radio groups stay apart, as on a host page).
fn mount_with(initial: Route, namespace: &str) -> (Element, yew::AppHandle<App>) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let root = doc.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    let props = AppProps { initial, embedded: true, storage: Some(namespace.to_string().into()), ..Default::default() };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    (root, handle)
}

/// Types `text` into a field as a person does: one `input` event per
/// character, without leaving the field.
fn type_into(root: &Element, selector: &str, text: &str) {
    let field = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    for c in text.chars() {
        let value = field_value(root, selector) + &c.to_string();
        if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(&value);
        } else {
            field.dyn_ref::<web_sys::HtmlInputElement>().unwrap().set_value(&value);
        }
        field.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    }
}

fn field_value(root: &Element, selector: &str) -> String {
    let field = root.query_selector(selector).unwrap().unwrap();
    match field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.value(),
        None => field.dyn_ref::<web_sys::HtmlInputElement>().unwrap().value(),
    }
}

const NOTE: &str = ".questionnaire [data-statement='trust.time'] textarea";

#[wasm_bindgen_test]
async fn a_note_is_saved_while_typing_and_a_keystroke_renders_nothing_else() {
    let (root, handle) = mount_with(Route::spread("trust"), "typing");
    showing(&root, "trust").await;
    click(&root, ".questionnaire [data-statement='trust.time'] summary");

    let before = collaboration_widget::ui::renders();
    type_into(&root, NOTE, "W");
    yew::scheduler::flush().await;
    // The first keystroke of a burst turns the status from "Saved" to
    // "Saving…"; the field itself keeps its keystrokes without rendering.
    assert_eq!(renders_since(&before), [("SaveStatus", 1)]);
    assert!(root.query_selector(".save-status").unwrap().unwrap().text_content().unwrap().contains("Saving"));
    let before = collaboration_widget::ui::renders();
    type_into(&root, NOTE, "e meet rarely");
    yew::scheduler::flush().await;
    assert_eq!(renders_since(&before), [], "later keystrokes render nothing");
    assert!(stored("typing").is_none_or(|s| !s.contains("meet rarely")), "debounced, not per keystroke");

    // Without leaving the field, the note reaches storage after a pause.
    until("the typed note is saved", || stored("typing").is_some_and(|s| s.contains("We meet rarely"))).await;
    until("the status says Saved again", || {
        root.query_selector(".save-status").unwrap().unwrap().text_content().unwrap().starts_with("Saved")
    })
    .await;
    assert_eq!(field_value(&root, NOTE), "We meet rarely", "what was typed stays as typed");
    handle.destroy();
    Storage::open("typing").remove_all().unwrap();
}

#[wasm_bindgen_test]
async fn an_answer_given_as_the_page_is_hidden_or_the_widget_removed_is_saved() {
    const TIME: &str = ".questionnaire [data-statement='trust.time']";
    let (root, handle) = mount_with(Route::spread("trust"), "answer-leaving");
    showing(&root, "trust").await;
    // The click's frame shows the choice; the app has it a frame later.
    click(&root, &format!("{TIME} input[value='2']"));
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("pagehide").unwrap()).unwrap();
    let saved = stored("answer-leaving").expect("saved during pagehide");
    assert!(saved.contains("\"trust.time\":{\"v\":2"), "{saved}");
    until("the page shows the answer", || {
        root.query_selector(".questionnaire .progress").unwrap().unwrap().text_content().unwrap().starts_with("1 of")
    })
    .await;
    // Changed twice, another statement answered between, and the widget
    // removed before the next frame: the last answer to each is saved.
    click(&root, &format!("{TIME} input[value='1']"));
    click(&root, ".questionnaire [data-statement='trust.roles'] input[value='4']");
    click(&root, &format!("{TIME} input[value='5']"));
    handle.destroy();
    yew::scheduler::flush().await;
    let saved = stored("answer-leaving").unwrap();
    assert!(saved.contains("\"trust.time\":{\"v\":5"), "{saved}");
    assert!(saved.contains("\"trust.roles\":{\"v\":4"), "{saved}");
    Storage::open("answer-leaving").remove_all().unwrap();
}

#[wasm_bindgen_test]
async fn a_view_opened_right_after_a_click_shows_that_answer_from_its_first_render() {
    let (root, handle) = mount_with(Route::spread("trust"), "answer-moving");
    showing(&root, "trust").await;
    // The answer waits for the next frame; moving to another view before
    // it comes hands it over first.
    click(&root, ".questionnaire [data-statement='trust.time'] input[value='3']");
    click(&root, "nav a[href='#/results']");
    yew::scheduler::flush().await;
    let progress =
        root.query_selector(".results .progress").unwrap().expect("the results view").text_content().unwrap();
    assert!(progress.starts_with("1 of"), "{progress}");
    handle.destroy();
    yew::scheduler::flush().await;
    Storage::open("answer-moving").remove_all().unwrap();
}

#[wasm_bindgen_test]
async fn hiding_the_page_saves_typed_text_at_once() {
    let (root, handle) = mount_with(Route::spread("trust"), "leaving");
    showing(&root, "trust").await;
    click(&root, ".questionnaire [data-statement='trust.time'] summary");
    type_into(&root, NOTE, "Typed just before the tab closed");
    // No await between typing and the event: the save must be synchronous.
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("pagehide").unwrap()).unwrap();
    let saved = stored("leaving").expect("saved during pagehide");
    assert!(saved.contains("Typed just before the tab closed"), "{saved}");
    // Removing a widget with text pending saves it too.
    type_into(&root, NOTE, ", and more");
    handle.destroy();
    yew::scheduler::flush().await; // a destroyed app's effects end in the next render pass
    assert!(stored("leaving").unwrap().contains("closed, and more"));
    Storage::open("leaving").remove_all().unwrap();
}

#[wasm_bindgen_test]
async fn two_widgets_of_one_namespace_show_one_assessment() {
    let (first, first_handle) = mount_with(Route::spread("power"), "pair");
    let (second, second_handle) = mount_with(Route::spread("power"), "pair");
    showing(&first, "power").await;
    showing(&second, "power").await;
    let checked = |root: &Element, value: &str| {
        has(root, &format!(".questionnaire [data-statement='power.team'] input[value='{value}']:checked"))
    };

    click(&first, ".questionnaire [data-statement='power.team'] input[value='4']");
    until("the second widget shows the first's answer", || checked(&second, "4")).await;
    click(&second, ".questionnaire [data-statement='power.team'] input[value='2']");
    until("and back", || checked(&first, "2")).await;
    // A note typed in one appears in the other; neither save undoes the other.
    click(&second, ".questionnaire [data-statement='power.checks'] summary");
    type_into(&second, ".questionnaire [data-statement='power.checks'] textarea", "From the second");
    click(&first, ".questionnaire [data-statement='power.strengths'] input[value='5']");
    let note_in_first = || field_value(&first, ".questionnaire [data-statement='power.checks'] textarea");
    until("both edits in storage", || {
        let saved = stored("pair").unwrap_or_default();
        saved.contains("From the second") && saved.contains("\"power.strengths\":{\"v\":5")
    })
    .await;
    until("the second shows the first's answer", || {
        has(&second, ".questionnaire [data-statement='power.strengths'] input[value='5']:checked")
    })
    .await;
    until("the first shows the second's note", || note_in_first() == "From the second").await;
    assert!(checked(&second, "2"), "the earlier answer stays");
    first_handle.destroy();
    second_handle.destroy();
    Storage::open("pair").remove_all().unwrap();
}

/// The comparison is a module of its own, loaded when a comparison opens.
/// Here no loader was handed over (as when its files cannot be fetched):
/// the view says so in one sentence, under its heading.
#[wasm_bindgen_test]
async fn a_comparison_that_cannot_load_says_so() {
    let (root, handle) = mount(Route::compare(["1abc", "1def"]), true);
    until("the comparison's failure", || has(&root, ".compare [role=alert]")).await;
    let text = root.query_selector(".compare").unwrap().unwrap().text_content().unwrap();
    assert!(text.contains("Compare partners’ views"), "{text}");
    assert!(
        text.contains("The comparison could not be loaded. Check your connection, then reload the page."),
        "{text}"
    );
    assert!(!has(&root, "[role=status].compare-loading"), "the loading line goes");
    handle.destroy();
}

/// A comparison module from another release (a file cached from before an
/// update) is not mounted: the view says so in one sentence instead of
/// showing an empty comparison.
#[wasm_bindgen_test]
async fn a_comparison_module_from_another_release_says_so() {
    let set_loader = |load| collaboration_widget::browser::lazy_module::COMPARISON.set_loader(load);
    let other = js_sys::Function::new_no_args(
        "return Promise.resolve({ build_id: () => 'another-release', mount_compare: () => { throw new Error('mounted'); } });",
    );
    set_loader(other);
    let (root, handle) = mount(Route::compare(["1abc", "1def"]), true);
    until("the comparison's refusal", || has(&root, ".compare [role=alert]")).await;
    let text = root.query_selector(".compare [role=alert]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(
        text,
        "The comparison part of this page comes from another release of the tool. Reload the page to load the matching one."
    );
    handle.destroy();
    // As if the files could not be fetched, for the test of that (either order).
    set_loader(js_sys::Function::new_no_args("return Promise.reject(new Error('offline'));"));
}

/// The options a module is mounted with cross as a plain object: what the
/// mounting side writes, the mounted side reads back whole; an object
/// without them (never expected: built together, build id checked) reads
/// as the defaults, an empty comparison and no meeting.
#[wasm_bindgen_test]
fn module_options_cross_as_a_plain_object_and_missing_ones_read_as_defaults() {
    use collaboration_widget::browser::module_options::ModuleOptions;
    use collaboration_widget::compare_entry::{CompareOptions, ModuleView, Place};
    use collaboration_widget::meeting_entry::{MeetingOptions, MeetingView};
    let place = Place {
        owns_url: false,
        views: Some(vec!["trust".into(), "compare".into()]),
        share_base: Some("https://intranet.example/mcw/".into()),
        heading_level: 3,
    };
    let compare = CompareOptions {
        link: "1abc.1def".into(),
        mine: "1xyz".into(),
        focus: true,
        place: place.clone(),
        drafts: "mcw:embed-east:".into(),
        view: ModuleView::Actions,
        store: "{\"app\":\"making-collaboration-work\"}".into(),
    };
    assert_eq!(CompareOptions::from_js(&compare.to_js()), compare);
    let meeting = MeetingOptions {
        link: "1abc.1def".into(),
        budget: 45,
        notes_prefix: "mcw:embed-east:".into(),
        place: Place { owns_url: true, views: None, share_base: None, heading_level: 2 },
        view: MeetingView::Actions,
        focus: true,
        store: "{}".into(),
    };
    assert_eq!(MeetingOptions::from_js(&meeting.to_js()), meeting);
    let empty = js_sys::Object::new().into();
    assert_eq!(CompareOptions::from_js(&empty), CompareOptions::default());
    assert_eq!(MeetingOptions::from_js(&empty), MeetingOptions::default());
    assert_eq!(CompareOptions::from_js(&wasm_bindgen::JsValue::NULL), CompareOptions::default());
}
