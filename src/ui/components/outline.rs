//! A diagram as nested lists: the text equivalent of the picture that screen
//! readers reach, and what replaces the picture on very narrow screens.

use yew::prelude::*;

use crate::content::{Diagram, Layout, Node};

/// The outline of `diagram`, `selected` marked; its items open a node's
/// panel through `on_open`. A plain function: it has no state.
pub fn outline(
    diagram: &'static Diagram,
    selected: Option<&'static str>,
    on_open: &Callback<&'static str>,
) -> Html {
    let items = diagram
        .roots()
        .map(|node| outline_item(diagram, node, selected, on_open))
        .collect::<Html>();
    let closing = match diagram.layout {
        Layout::Cycle => Some("Then begin again at step 1."),
        Layout::Stages => {
            Some("The last stage is ongoing: new goals feed back into the specific goals.")
        }
        _ => None,
    };
    html! {
        <div class="outline">
            if matches!(diagram.layout, Layout::Hub) {
                <ul class="outline-list">{ items }</ul>
            } else {
                <ol class="outline-list">{ items }</ol>
            }
            if let Some(closing) = closing {
                <p class="outline-closing">{ closing }</p>
            }
        </div>
    }
}

fn outline_item(
    diagram: &'static Diagram,
    node: &'static Node,
    selected: Option<&'static str>,
    on_open: &Callback<&'static str>,
) -> Html {
    let children: Vec<&Node> = diagram.children(node.id).collect();
    let open = {
        let on_open = on_open.clone();
        let id = node.id;
        Callback::from(move |_: MouseEvent| on_open.emit(id))
    };
    let is_selected = selected == Some(node.id);
    html! {
        <li class={classes!("outline-item", is_selected.then_some("is-selected"))} data-node={node.id}>
            // Narrow screens: the list is the diagram, so its items open the panel.
            <button type="button" class="outline-open" onclick={open} aria-expanded={is_selected.to_string()}>
                { node_text(node) }
            </button>
            // Wide screens: the picture is operable; the list is read, not operated.
            <span class="outline-text">{ node_text(node) }</span>
            if !children.is_empty() {
                <ul>
                    for child in children {
                        { outline_item(diagram, child, selected, on_open) }
                    }
                </ul>
            }
        </li>
    }
}

/// A node's guide text as prose: its (numbered) label, then any further text.
pub fn node_text(node: &'static Node) -> Html {
    html! {
        <>
            <span class="node-label">{ node.numbered_label() }</span>
            if let Some(text) = node.text {
                { " " }<span class="node-more">{ text }</span>
            }
        </>
    }
}
