//! Adds a statement to the action plan, or shows that it is there. A
//! function, not a component: whoever shows it re-renders with the plan.

use yew::prelude::*;

use crate::browser::clock;
use crate::state::Action;
use crate::ui::context::Dispatch;

pub fn plan_toggle(node: &'static str, planned: bool, dispatch: &Dispatch) -> Html {
    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Plan { node, planned: !planned, at: clock::now_ms() })
        })
    };
    html! {
        <button type="button" class="button button-small" aria-pressed={planned.to_string()} onclick={toggle}>
            { if planned { "In your action plan" } else { "Add to action plan" } }
        </button>
    }
}
