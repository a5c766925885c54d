//! The discussion agenda built from a comparison: where views differ most,
//! then what everyone rates low, each with the guide's own advice, a link
//! to it and a suggested length. Printable on A4, or copied as plain text.

use yew::prelude::*;

use super::advice::guide_advice;
use super::copy_text::CopyText;
use super::forms::input_value;
use super::link::Link;
use crate::assessment::statements;
use crate::browser::page;
use crate::content::GUIDE;
use crate::route::Route;
use crate::share::review::{agenda, agenda_candidates, agenda_text, reason, Review};
use crate::ui::context::use_navigator;

/// Items an agenda opens with, at most.
const DEFAULT_ITEMS: usize = 6;

#[derive(Properties, PartialEq)]
pub struct AgendaProps {
    pub review: Review,
}

fn node_route(node: &'static str) -> Route {
    let slug = GUIDE.node(node).map_or("", |(s, _)| s.slug);
    Route::Spread { slug, node: Some(node) }
}

#[component]
pub fn Agenda(props: &AgendaProps) -> Html {
    crate::ui::render_count::count("Agenda");
    let navigator = use_navigator();
    let h = navigator.headings;
    let candidates = agenda_candidates(&props.review);
    let wanted = use_state(|| DEFAULT_ITEMS);
    let count = (*wanted).clamp(1, candidates.max(1));
    let items = agenda(&props.review, count);
    let total: u32 = items.iter().map(|i| i.minutes).sum();
    let on_count = {
        let wanted = wanted.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = input_value(&e).trim().parse::<usize>() {
                wanted.set(n.max(1));
            }
        })
    };
    let text = agenda_text(&props.review, &items, |node| navigator.shareable_url(&node_route(node)));
    let print = Callback::from(|_: MouseEvent| page::print());
    html! {
        <section class="agenda" aria-labelledby="agenda-heading">
            <@{h.tag(1)} id="agenda-heading">{ "Discussion agenda" }</@>
            if items.is_empty() {
                <p>{ "No statement splits the group or is rated low by everyone, so nothing needs an agenda item yet." }</p>
            } else {
                <p class="agenda-intro">
                    { format!("{} results compared. First the statements where views differ most, then those everyone rates low: {} items, about {} minutes.", props.review.results, items.len(), total) }
                </p>
                <p class="agenda-count no-print">
                    <label for="agenda-items">{ format!("Number of items (1 to {candidates})") }</label>
                    <input id="agenda-items" type="number" min="1" max={candidates.to_string()} value={count.to_string()} onchange={on_count} />
                </p>
                <ol class="agenda-list">
                    for item in items.iter() {
                        {{
                            let statement = statements::for_node(item.node).map_or("", |s| s.text);
                            let summary = props.review.statements.iter().find(|s| s.node == item.node);
                            let node = GUIDE.node(item.node);
                            html! {
                                <li data-statement={item.node}>
                                    <p class="agenda-statement"><strong>{ statement }</strong>{ format!(" ({} min)", item.minutes) }</p>
                                    <p>{ reason(item, summary) }</p>
                                    if let Some((spread, node)) = node {
                                        { guide_advice(spread, node) }
                                    }
                                    <p class="no-print"><Link to={node_route(item.node)}>{ "See it in the diagram" }</Link></p>
                                </li>
                            }
                        }}
                    }
                </ol>
                <p class="button-row no-print">
                    <button type="button" class="button" onclick={print}>{ "Print the agenda" }</button>
                </p>
                <div class="no-print">
                    <CopyText text={text} id="agenda-text" label="The agenda as plain text, for a meeting invitation" button="Copy the agenda" multiline=true />
                </div>
            }
        </section>
    }
}
