//! Adds a statement to the action plan, or shows that it is there.

use yew::prelude::*;

use super::app::AppContext;
use crate::assessment::ActionItem;
use crate::browser::clock;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PlanToggleProps {
    pub node: &'static str,
}

#[component]
pub fn PlanToggle(props: &PlanToggleProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let node = props.node;
    let planned = state.store.current().action(node).is_some();
    let toggle = {
        let dispatch = state.dispatcher();
        let item = (!planned).then(ActionItem::default);
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SetAction {
                node,
                item: item.clone(),
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
