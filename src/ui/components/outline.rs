//! A diagram as nested lists: the text equivalent of the picture that screen
//! readers reach, and what replaces the picture on very narrow screens.

use yew::prelude::*;

use super::diagram_view::NodeMark;
use crate::content::{Diagram, Layout, Node};

/// The outline of `diagram`, `selected` marked; its items open a node's
/// panel through `on_open`; `marks` (a comparison's) are said after each
/// item they belong to. A plain function: it has no state.
pub fn outline(
    diagram: &'static Diagram,
    selected: Option<&'static str>,
    on_open: &Callback<&'static str>,
    marks: Option<&[(&'static str, NodeMark)]>,
) -> Html {
    let items = diagram.roots().map(|node| outline_item(diagram, node, selected, marks)).collect::<Html>();
    let closing = match diagram.layout {
        Layout::Cycle => Some("Then begin again at step 1."),
        Layout::Stages => Some("The last stage is ongoing: new goals feed back into the specific goals."),
        _ => None,
    };
    // One listener for the list: a click on an item's button opens its node.
    let onclick = {
        let on_open = on_open.clone();
        Callback::from(move |e: MouseEvent| {
            use wasm_bindgen::JsCast;
            let item = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".outline-open").ok().flatten())
                .and_then(|button| button.closest("[data-node]").ok().flatten())
                .and_then(|li| li.get_attribute("data-node"));
            if let Some(node) = item.and_then(|id| diagram.node(&id)) {
                on_open.emit(node.id);
            }
        })
    };
    html! {
        <div class="outline" {onclick}>
            if matches!(diagram.layout, Layout::Hub) {
                <ul class="outline-list">{ items }</ul>
            } else {
                // The guide numbers its steps itself ("1. Take time…"): once is enough.
                <ol class={classes!("outline-list", diagram.roots().any(|n| n.number.is_some()).then_some("own-numbers"))}>{ items }</ol>
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
    marks: Option<&[(&'static str, NodeMark)]>,
) -> Html {
    let children: Vec<&Node> = diagram.children(node.id).collect();
    let is_selected = selected == Some(node.id);
    let mark = marks.and_then(|m| m.iter().find(|(id, _)| *id == node.id)).map(|(_, m)| m);
    html! {
        <li class={classes!("outline-item", is_selected.then_some("is-selected"))} data-node={node.id}>
            // Narrow screens: the list is the diagram, so its items open the panel.
            <button type="button" class="outline-open" aria-expanded={is_selected.to_string()}>
                { node_text(node) }
            </button>
            // Wide screens: the picture is operable; the list is read, not operated.
            <span class="outline-text">{ node_text(node) }</span>
            if let Some(mark) = mark {
                <span class="outline-mark">{ format!(" {}", mark.words) }</span>
            }
            if !children.is_empty() {
                <ul>
                    for child in children {
                        { outline_item(diagram, child, selected, marks) }
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
