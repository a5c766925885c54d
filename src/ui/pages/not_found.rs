//! Shown for a fragment that names no view: says so and offers a way on.

use yew::prelude::*;

use crate::route::Route;
use crate::ui::components::Link;
use crate::ui::context::use_navigator;
use crate::ui::first_frame::use_focus_on_arrival;

#[derive(Properties, PartialEq)]
pub struct NotFoundPageProps {
    pub focus: bool,
}

#[component]
pub fn NotFoundPage(props: &NotFoundPageProps) -> Html {
    let h = use_navigator().headings;
    crate::ui::render_count::count("NotFoundPage");
    let heading = use_focus_on_arrival(props.focus);
    html! {
        <div class="not-found">
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ "Page not found" }</@>
            <p>{ "This link does not lead to a part of the guide. It may have been mistyped or shortened." }</p>
            <p><Link to={Route::Home}>{ "Go to the overview" }</Link></p>
        </div>
    }
}
