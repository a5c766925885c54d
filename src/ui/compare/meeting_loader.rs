//! Where the meeting module (loaded apart again, see
//! `compare_entry::meeting`) mounts when "Run the meeting" is pressed,
//! saying so while it loads and in one sentence if it cannot.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::compare_module::Unloaded;
use crate::browser::meeting_module::{self, Mounted};
use crate::compare_entry::meeting::MeetingOptions;
use crate::route::Route;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct MeetingLoaderProps {
    /// The comparison as its link holds it.
    pub link: AttrValue,
    /// The minutes the agenda was made for.
    pub budget: u32,
    /// The widget's storage prefix, where the notes are kept.
    pub notes_prefix: AttrValue,
    /// Back to the agenda.
    pub on_leave: Callback<()>,
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
    };
    let json = serde_json::to_string(&options).unwrap_or_default();
    let root = use_node_ref();
    let stage = use_state_eq(|| if meeting_module::loaded().is_some() { Stage::Shown } else { Stage::Loading });
    let part = use_mut_ref(|| None::<Mounted>);
    {
        let (root, stage, part) = (root.clone(), stage.clone(), part.clone());
        let (navigator, on_leave) = (navigator.clone(), props.on_leave.clone());
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
                let shown = module.and_then(|module| {
                    root.cast::<web_sys::Element>()
                        .and_then(|root| module.mount(&root, &json, navigate, leave))
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
    let back = props.on_leave.reform(|_: MouseEvent| ());
    html! {
        <>
            if *stage == Stage::Loading {
                <p class="compare-loading" role="status">{ "Loading the meeting…" }</p>
            }
            if let Stage::Failed(why) = *stage {
                <div class="compare">
                    <@{h.tag(0)}>{ "Run the meeting" }</@>
                    <p class="form-error" role="alert">{ unloaded_sentence(why) }</p>
                    <p><button type="button" class="button" onclick={back}>{ "Back to the agenda" }</button></p>
                </div>
            }
            <div ref={root} />
        </>
    }
}

/// Why the meeting is not shown, and what to do.
fn unloaded_sentence(why: Unloaded) -> &'static str {
    match why {
        Unloaded::Unavailable => "The meeting could not be loaded. Check your connection, then reload the page.",
        Unloaded::OtherRelease => {
            "The meeting part of this page comes from another release of the tool. Reload the page to load the matching one."
        }
    }
}
