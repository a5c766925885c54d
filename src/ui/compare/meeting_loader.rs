//! Where the meeting module (loaded apart again, see
//! `meeting_entry`) mounts when "Run the meeting" is pressed or
//! agreed actions open,
//! saying so while it loads and in one sentence if it cannot.

use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::browser::lazy_module::{Unloaded, Way, MEETING};
use crate::meeting_entry::{MeetingOptions, MeetingView};
use crate::ui::context::use_navigator;
use crate::ui::module_loader::{add_way, navigate_way, use_module, Stage};

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
    let (on_leave, add) = (props.on_leave.clone(), props.add.clone());
    // Mounted once per review: the page keys this component by it.
    let ways = move || {
        let leave = Way::new(Closure::<dyn Fn()>::new(move || on_leave.emit(())));
        vec![navigate_way(navigator), leave, add_way(move |partnership, items| add.emit((partnership, items)))]
    };
    // The saved data changing (agreed actions added) reaches the page.
    let (root, stage) = use_module(&MEETING, options, ways);
    let back = props.on_leave.reform(|_: MouseEvent| ());
    html! {
        <>
            if stage == Stage::Loading {
                <p class="compare-loading" role="status">{ if actions { "Loading the agreed actions…" } else { "Loading the meeting…" } }</p>
            }
            if let Stage::Failed(why) = stage {
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
