//! Adds a statement to the action plan, or shows that it is there.

use yew::prelude::*;

use crate::browser::clock;
use crate::state::Action;
use crate::ui::context::use_dispatch;

#[derive(Properties, PartialEq)]
pub struct PlanToggleProps {
    pub node: &'static str,
    /// Whether the statement is in the plan now.
    pub planned: bool,
}

#[component]
pub fn PlanToggle(props: &PlanToggleProps) -> Html {
    crate::ui::render_count::count("PlanToggle");
    let node = props.node;
    let planned = props.planned;
    let toggle = {
        let dispatch = use_dispatch();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Plan {
                node,
                planned: !planned,
                at: clock::now_ms(),
            })
        })
    };
    html! {
        <button type="button" class="button button-small" aria-pressed={planned.to_string()} onclick={toggle}>
            { if planned { "In your action plan" } else { "Add to action plan" } }
        </button>
    }
}
