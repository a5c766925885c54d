//! Where answers are kept, in plain words; "Saved" appears after a save,
//! and gives way to "Saving…" while typed text waits to be committed.

use yew::prelude::*;

use crate::state::SaveMode;
use crate::ui::context::use_drafts;

#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    pub mode: SaveMode,
    /// A save has succeeded since the page opened.
    pub saved: bool,
}

#[component]
pub fn SaveStatus(props: &SaveStatusProps) -> Html {
    crate::ui::render_count::count("SaveStatus");
    let typing = use_state_eq(|| false);
    {
        let setter = typing.setter();
        let drafts = use_drafts();
        use_effect_with(drafts, move |drafts| {
            drafts.watch(Some(Callback::from(move |pending| setter.set(pending))));
            let drafts = drafts.clone();
            move || drafts.watch(None)
        });
    }
    let text = match props.mode {
        SaveMode::Saved if *typing => "Saving…",
        SaveMode::Saved if props.saved => "Saved in this browser only. Nothing is sent anywhere.",
        SaveMode::Saved => "Your answers are saved in this browser only. Nothing is sent anywhere.",
        SaveMode::MemoryOnly => {
            "Not saved: this browser is not letting the page store anything. Nothing is sent anywhere."
        }
        SaveMode::ReadOnly => "Not saved, to protect data this page cannot read. Nothing is sent anywhere.",
    };
    html! { <p role="status" class="save-status">{ text }</p> }
}
