//! Where the meeting module (loaded apart again, see
//! `meeting_entry`) mounts when "Run the meeting" is pressed or
//! agreed actions open,
//! saying so while it loads and in one sentence if it cannot.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::compare_module::Unloaded;
use crate::browser::meeting_module::{self, Mounted};
use crate::meeting_entry::{MeetingOptions, MeetingView};
use crate::route::Route;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct MeetingLoaderProps {
    /// The comparison as its link holds it, or agreed actions' payload.
    pub link: AttrValue,
    #[prop_or_default]
    pub view: MeetingView,
    /// The minutes the agenda was made for.
    #[prop_or_default]
    pub budget: u32,
    /// The widget's storage prefix, where the notes are kept.
    pub notes_prefix: AttrValue,
    /// Back to the agenda.
    #[prop_or_default]
    pub on_leave: Callback<()>,
    /// The page's heading takes focus (agreed actions).
    #[prop_or_default]
    pub focus: bool,
    /// The reader's saved data, as JSON (agreed actions; read-only).
    #[prop_or_default]
    pub store: AttrValue,
    /// Adds agreed actions to a partnership's plan, in the main app.
    #[prop_or_default]
    pub add: Callback<(String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Loading,
    Shown,
    Failed(Unloaded),
}

#[component]
pub fn MeetingLoader(props: &MeetingLoaderProps) -> Html {
    let navigator = use_navigator();
    let h = navigator.headings;
    let options = MeetingOptions {
        link: props.link.to_string(),
        budget: props.budget,
        notes_prefix: props.notes_prefix.to_string(),
        place: navigator.place(),
        view: props.view,
        focus: props.focus,
        store: props.store.to_string(),
    };
    let actions = props.view == MeetingView::Actions;
    let json = serde_json::to_string(&options).unwrap_or_default();
    let root = use_node_ref();
    let stage = use_state_eq(|| if meeting_module::loaded().is_some() { Stage::Shown } else { Stage::Loading });
    let part = use_mut_ref(|| None::<Mounted>);
    {
        let (root, stage, part, json) = (root.clone(), stage.clone(), part.clone(), json.clone());
        let (navigator, on_leave, add) = (navigator.clone(), props.on_leave.clone(), props.add.clone());
        // Mounted once per review: the page keys this component by it.
        use_effect_with((), move |_| {
            let here = Rc::new(Cell::new(true));
            let still_here = here.clone();
            let mounted = part.clone();
            let mount = move |module: Result<meeting_module::Module, Unloaded>| {
                let navigate = move |hash: String, replace: bool| {
                    let way = if replace { &navigator.replace } else { &navigator.navigate };
                    way.emit(Route::parse(&hash));
                };
                let leave = move || on_leave.emit(());
                let add = move |partnership: String, items: String| add.emit((partnership, items));
                let shown = module.and_then(|module| {
                    root.cast::<web_sys::Element>()
                        .and_then(|root| module.mount(&root, &json, navigate, leave, add))
                        .ok_or(Unloaded::Unavailable)
                });
                stage.set(match shown {
                    Ok(_) => Stage::Shown,
                    Err(why) => Stage::Failed(why),
                });
                *mounted.borrow_mut() = shown.ok();
            };
            // Already loaded: mounted in this task, in the same frame.
            match meeting_module::loaded() {
                Some(module) => mount(Ok(module)),
                None => wasm_bindgen_futures::spawn_local(async move {
                    let module = meeting_module::load().await;
                    if still_here.get() {
                        mount(module);
                    }
                }),
            }
            move || {
                here.set(false);
                part.borrow_mut().take();
            }
        });
    }
    {
        // The saved data changed (agreed actions added): the page says so.
        let part = part.clone();
        use_effect_with(json.clone(), move |json| {
            if let Some(part) = part.borrow().as_ref() {
                part.update(json);
            }
        });
    }
    let back = props.on_leave.reform(|_: MouseEvent| ());
    html! {
        <>
            if *stage == Stage::Loading {
                <p class="compare-loading" role="status">{ if actions { "Loading the agreed actions…" } else { "Loading the meeting…" } }</p>
            }
            if let Stage::Failed(why) = *stage {
                <div class="compare">
                    <@{h.tag(0)}>{ if actions { "Agreed actions" } else { "Run the meeting" } }</@>
                    <p class="form-error" role="alert">{ unloaded_sentence(why, actions) }</p>
                    if !actions {
                        <p><button type="button" class="button" onclick={back}>{ "Back to the agenda" }</button></p>
                    }
                </div>
            }
            <div ref={root} />
        </>
    }
}

/// Why the meeting (or the agreed actions) is not shown, and what to do.
fn unloaded_sentence(why: Unloaded, actions: bool) -> &'static str {
    match (why, actions) {
        (Unloaded::Unavailable, false) => {
            "The meeting could not be loaded. Check your connection, then reload the page."
        }
        (Unloaded::Unavailable, true) => {
            "The agreed actions could not be loaded. Check your connection, then reload the page."
        }
        (Unloaded::OtherRelease, _) => {
            "This part of the page comes from another release of the tool. Reload the page to load the matching one."
        }
    }
}
