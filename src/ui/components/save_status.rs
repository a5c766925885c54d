//! Where answers are kept, in plain words; "Saved" appears after a save.

use yew::prelude::*;

use crate::state::SaveMode;

#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    pub mode: SaveMode,
    /// A save has succeeded since the page opened.
    pub saved: bool,
}

#[component]
pub fn SaveStatus(props: &SaveStatusProps) -> Html {
    crate::ui::render_count::count("SaveStatus");
    let text = match props.mode {
        SaveMode::Saved if props.saved => "Saved in this browser only. Nothing is sent anywhere.",
        SaveMode::Saved => "Your answers are saved in this browser only. Nothing is sent anywhere.",
        SaveMode::MemoryOnly => "Not saved: this browser is not letting the page store anything. Nothing is sent anywhere.",
        SaveMode::ReadOnly => "Not saved, to protect data this page cannot read. Nothing is sent anywhere.",
    };
    html! { <p role="status" class="save-status">{ text }</p> }
}
