//! The detail panel for the selected diagram node: its full text, where it
//! sits in the figure, its statement to rate. (The practitioners' voices
//! stand above the diagram, once.) Escape or Close shuts it.

use yew::prelude::*;

use super::advice::guide_advice;
use super::plan_toggle::plan_toggle;
use super::rating::Rating;
use crate::assessment::statements;
use crate::browser::page;
use crate::content::{advice, Spread};
use crate::ui::context::{use_app, use_navigator};

#[derive(Properties, PartialEq)]
pub struct NodePanelProps {
    pub spread: &'static Spread,
    pub node: &'static str,
    pub id: AttrValue,
    /// Whether the reader opened it (see [`PanelControls`]).
    pub arrived: bool,
    pub on_open: Callback<&'static str>,
    pub on_close: Callback<()>,
}

/// What every node panel shares: its heading, which takes focus whenever
/// another node opens (so it is read out) and when it opens with its view
/// if `arrived` (not when a widget starts on it: the host page is not
/// scrolled to it), and Escape or Close to shut it.
pub struct PanelControls {
    pub heading: NodeRef,
    pub onkeydown: Callback<KeyboardEvent>,
    pub close: Callback<MouseEvent>,
}

#[hook]
pub fn use_panel(node: &'static str, arrived: bool, on_close: &Callback<()>) -> PanelControls {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        let opened_here = use_mut_ref(|| arrived);
        use_effect_with(node, move |_| {
            if *opened_here.borrow() {
                page::reveal_and_focus(&heading);
            }
            *opened_here.borrow_mut() = true;
        });
    }
    let onkeydown = {
        let on_close = on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let on_close = on_close.clone();
    PanelControls { heading, onkeydown, close: Callback::from(move |_: MouseEvent| on_close.emit(())) }
}

/// Where a panel will open, until one does: the list replaces the picture
/// on narrow screens, so it says which is there; `then` ends the sentence.
pub fn panel_placeholder(then: &str) -> Html {
    html! {
        <p class="panel-placeholder">
            <span class="for-picture">{ "Select a box in the diagram" }</span>
            <span class="for-list">{ "Open an item in the list" }</span>
            { format!(" {then}") }
        </p>
    }
}

#[component]
pub fn NodePanel(props: &NodePanelProps) -> Html {
    let navigator = use_navigator();
    let h = navigator.headings;
    // Embedded, the browser's Back would leave the host page: the widget
    // offers its own way back to the advice that opened this panel.
    let back = (!navigator.owns_url && page::has_return_point()).then(|| {
        let navigate = navigator.navigate.clone();
        Callback::from(move |_: MouseEvent| navigate.emit(crate::route::Route::Results))
    });
    crate::ui::render_count::count("NodePanel");
    let diagram = &props.spread.diagram;
    let state = use_app();
    let PanelControls { heading, onkeydown, close } = use_panel(props.node, props.arrived, &props.on_close);
    let Some(node) = diagram.node(props.node) else {
        return html! {};
    };

    let jump = |id: &'static str| {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(id))
    };
    let list = |title: &'static str, ids: Vec<&'static str>| -> Html {
        if ids.is_empty() {
            return html! {};
        }
        html! {
            <>
                <@{h.tag(3)}>{ title }</@>
                <ul class="panel-links">
                    for id in ids {
                        if let Some(other) = diagram.node(id) {
                            <li><button type="button" class="link-button" onclick={jump(id)}>{ other.numbered_label() }</button></li>
                        }
                    }
                </ul>
            </>
        }
    };
    let parent: Vec<&'static str> = node.parent.into_iter().collect();
    let children: Vec<&'static str> = diagram.children(node.id).map(|n| n.id).collect();
    let follows: Vec<&'static str> = diagram.links.iter().filter(|l| l.to == node.id).map(|l| l.from).collect();
    let leads: Vec<&'static str> = diagram.links.iter().filter(|l| l.from == node.id).map(|l| l.to).collect();
    let heading_id = format!("{}-heading", props.id);

    html! {
        <section id={props.id.clone()} class="node-panel" {onkeydown}>
            <@{h.tag(2)} id={heading_id} tabindex="-1" ref={heading}>{ node.numbered_label() }</@>
            if let Some(text) = node.text {
                <p class="panel-text">{ text }</p>
            }
            // A box that is part of a sentence, or a prompt under a stage: the whole.
            if advice::advice(diagram, node).len() > 1 {
                { guide_advice(props.spread, node) }
            }
            { list("Part of", parent) }
            { list("Includes", children) }
            { list("Follows from", follows) }
            { list("Leads to", leads) }
            if statements::for_node(node.id).is_some() {
                <Rating node={node.id} context="panel"
                        current={state.store.current().answers.get(node.id).and_then(|s| s.v)}
                        note={AttrValue::from(state.store.current().note(node.id).to_string())}
                        dispatch={state.dispatcher()} />
            }
            // One row, spaced: no two buttons touch.
            <p class="button-row panel-actions">
                if statements::for_node(node.id).is_some() {
                    { plan_toggle(node.id, state.store.current().action(node.id).is_some(), &state.dispatcher()) }
                }
                if let Some(back) = back {
                    <button type="button" class="button" onclick={back}>{ "Back to your results" }</button>
                }
                <button type="button" class="button" onclick={close}>{ "Close" }</button>
            </p>
        </section>
    }
}
