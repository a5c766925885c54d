//! The group on the guide's diagrams, in a comparison: each topic's diagram
//! with every box marked by the group's median (the figure in a circle,
//! coloured as that rating, never colour alone) and ▲ where views differ or
//! ● for clear consensus. Selecting a box shows that statement's counts,
//! median and disagreement and the guide's advice. The same keyboard, focus
//! and screen-reader behaviour as the diagrams of a topic page, the list
//! in place of the picture on narrow screens, and a table of the same
//! figures.

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::statements;
use crate::browser::page;
use crate::content::{Spread, GUIDE};
use crate::number::Fixed;
use crate::share::review::{Review, StatementSummary, Verdict};
use crate::ui::components::guide_advice;
use crate::ui::components::outline;
use crate::ui::components::{panel_placeholder, use_panel, PanelControls};
use crate::ui::components::{DiagramView, NodeMark};
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct GroupDiagramsProps {
    pub review: Rc<Review>,
}

/// "3.5", or "4" for a whole number.
pub fn figure(value: f32) -> String {
    if value.fract() == 0.0 {
        Fixed(value, 0).to_string()
    } else {
        Fixed(value, 1).to_string()
    }
}

fn counts_in_words(s: &StatementSummary) -> String {
    let counts: Vec<String> = s.counts.iter().enumerate().map(|(i, c)| format!("{}: {c}", i + 1)).collect();
    format!("How many chose each rating: {}; don’t know: {}.", counts.join(", "), s.dont_know)
}

/// How a box looks for the group: the median, and a mark for split or consensus.
pub fn mark(s: &StatementSummary) -> Option<NodeMark> {
    let median = s.median?;
    let verdict = s.verdict().map_or("views close", Verdict::words);
    Some(NodeMark {
        badge: figure(median).into(),
        tone: median.round().clamp(1.0, 5.0) as u8,
        flag: s.verdict().map(Verdict::icon),
        words: format!("Group median {}, from {} ratings; {verdict}.", figure(median), s.rated()).into(),
    })
}

#[component]
pub fn GroupDiagrams(props: &GroupDiagramsProps) -> Html {
    crate::ui::render_count::count("GroupDiagrams");
    let h = use_navigator().headings;
    let topic = use_state(|| GUIDE.spreads[0].slug);
    let selected = use_state(|| None::<&'static str>);
    let figure_ref = use_node_ref();
    let spread = GUIDE.spread(&topic).unwrap_or(&GUIDE.spreads[0]);
    let marks = {
        let review = props.review.clone();
        use_memo((review, *topic), |(review, _)| {
            Rc::new(
                review
                    .statements
                    .iter()
                    .filter(|s| spread.diagram.node(s.node).is_some())
                    .filter_map(|s| Some((s.node, mark(s)?)))
                    .collect::<Vec<_>>(),
            )
        })
    };
    let choose = |slug: &'static str| {
        let (topic, selected) = (topic.clone(), selected.clone());
        Callback::from(move |_: Event| {
            topic.set(slug);
            selected.set(None);
        })
    };
    let on_open = {
        let selected = selected.clone();
        Callback::from(move |id: &'static str| selected.set(Some(id)))
    };
    let on_close = {
        let (selected, figure_ref) = (selected.clone(), figure_ref.clone());
        Callback::from(move |()| {
            if let Some(id) = *selected {
                // Back to the box that opened the panel, in whichever form is shown.
                page::focus_within(
                    &figure_ref,
                    &format!("svg [data-node=\"{id}\"], [data-node=\"{id}\"] > .outline-open"),
                );
            }
            selected.set(None);
        })
    };
    let panel_id: AttrValue = format!("group-{}-panel", spread.slug).into();
    let in_topic: Vec<&StatementSummary> =
        props.review.statements.iter().filter(|s| spread.diagram.node(s.node).is_some()).collect();
    html! {
        <section class="group-diagrams" aria-labelledby="group-diagrams-heading">
            <@{h.tag(1)} id="group-diagrams-heading">{ "The group on the guide’s diagrams" }</@>
            <p>{ "Each box shows the group’s median rating; ▲ marks a statement where views differ, ● one with clear consensus. Select a box to see how the group rated it." }</p>
            <fieldset class="presentation">
                <legend>{ "Show the diagram of" }</legend>
                for s in GUIDE.spreads.iter() {
                    <label>
                        <input type="radio" name="group-topic" checked={*topic == s.slug} onchange={choose(s.slug)} />
                        { format!(" {}", s.short_title) }
                    </label>
                }
            </fieldset>
            <div class={classes!("spread", "group-spread", format!("accent-{}", spread.number))} ref={figure_ref}>
                <@{h.tag(2)}>{ format!("{} · {}", spread.number, spread.title) }</@>
                <div class="diagram-layout">
                    <DiagramView {spread} selected={*selected} on_open={on_open.clone()} panel_id={panel_id.clone()} marks={Some((*marks).clone())} />
                    <div class="panel-slot">
                        if let Some(node) = *selected {
                            <GroupNodePanel {spread} {node} id={panel_id} review={props.review.clone()} {on_close} />
                        } else {
                            { panel_placeholder("to see how the group rated it.") }
                        }
                    </div>
                </div>
                <@{h.tag(3)} class="outline-heading">{ "The diagram as a list" }</@>
                { outline(&spread.diagram, *selected, &on_open, Some(&marks)) }
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("The group’s ratings in {}, as a table", spread.short_title)}>
                    <table class="score-table reflow group-topic-table">
                        <caption>{ format!("The group’s ratings in {}", spread.short_title) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Statement" }</th><th scope="col">{ "Median" }</th>
                                <th scope="col">{ "Disagreement" }</th><th scope="col">{ "Ratings 1 to 5, don’t know" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            for s in in_topic {
                                <tr data-statement={s.node}>
                                    <th scope="row">{ statements::for_node(s.node).map_or("", |t| t.text) }</th>
                                    <td data-label="Median">{ s.median.map_or("–".into(), figure) }</td>
                                    <td data-label="Disagreement">
                                        { s.disagreement.map_or("–".into(), |d| Fixed(d, 1).to_string()) }
                                        if let Some(v) = s.verdict() { { format!(" {} {}", v.icon(), v.words()) } }
                                    </td>
                                    <td data-label="Ratings 1 to 5, don’t know">
                                        { format!("{}; {}", s.counts.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "), s.dont_know) }
                                    </td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct GroupNodePanelProps {
    spread: &'static Spread,
    node: &'static str,
    id: AttrValue,
    review: Rc<Review>,
    on_close: Callback<()>,
}

/// A box's panel in the group's diagram: what the group said of it.
#[component]
fn GroupNodePanel(props: &GroupNodePanelProps) -> Html {
    let h = use_navigator().headings;
    let PanelControls { heading, onkeydown, close } = use_panel(props.node, true, &props.on_close);
    let Some(node) = props.spread.diagram.node(props.node) else {
        return html! {};
    };
    let summary = props.review.statements.iter().find(|s| s.node == node.id);
    let heading_id = format!("{}-heading", props.id);
    html! {
        <section id={props.id.clone()} class="node-panel" aria-labelledby={heading_id.clone()} {onkeydown}>
            <@{h.tag(3)} id={heading_id} tabindex="-1" ref={heading}>{ node.numbered_label() }</@>
            if let Some(text) = node.text {
                <p class="panel-text">{ text }</p>
            }
            if let Some(s) = summary {
                <p><strong>{ "Statement: " }</strong>{ statements::for_node(s.node).map_or("", |t| t.text) }</p>
                <p>{ counts_in_words(s) }</p>
                <p>
                    { match (s.median, s.disagreement) {
                        (Some(m), Some(d)) => format!("Median {}, disagreement {}.", figure(m), Fixed(d, 1)),
                        (Some(m), None) => format!("Median {}.", figure(m)),
                        _ => "Not rated by anyone yet.".to_string(),
                    } }
                    { match s.verdict() {
                        Some(Verdict::Split) => format!(" {}. {}", Verdict::Split.label(), s.shape_in_words()),
                        Some(Verdict::Consensus) => format!(" {}.", Verdict::Consensus.label()),
                        None => String::new(),
                    } }
                </p>
                { guide_advice(props.spread, node) }
            } else {
                <p>{ "This box has no statement to rate: it frames the others." }</p>
            }
            <button type="button" class="button" onclick={close}>{ "Close" }</button>
        </section>
    }
}
