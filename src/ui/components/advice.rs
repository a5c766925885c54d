//! What to work on next: the weakest items, each with the guide's advice
//! and a way into the diagram.

use yew::prelude::*;

use crate::ui::Headings;

use super::link::Link;
use super::plan_toggle::plan_toggle;
use crate::assessment::{scoring, statements, weakest, Answer, Answers, Assessment};
use crate::browser::page;
use crate::content::{advice, Node, Spread, GUIDE};
use crate::route::Route;
use crate::ui::context::Dispatch;

/// The weakest items with the guide's advice and a way into the diagram.
/// With the person's own assessment as `plan` (and the dispatcher to change
/// it), each offers "add to action plan" (not for someone else's shared results).
pub fn work_on_next(h: Headings, answers: &Answers, plan: Option<(&Assessment, &Dispatch)>) -> Html {
    let items = weakest(answers, scoring::NEXT_ITEMS);
    html! {
        <section aria-labelledby="next-heading">
            <@{h.tag(1)} id="next-heading">{ "What to work on next" }</@>
            if items.is_empty() {
                <p>{ scoring::nothing_weak() }</p>
            } else {
                <ol class="next-list">
                    for (node_id, rating) in items {
                        { next_item(node_id, rating, plan) }
                    }
                </ol>
            }
        </section>
    }
}

/// "The guide advises: …" for a node, in whole sentences: a step with the
/// rest of its sentence, a prompt with its stage, its own part marked.
pub fn guide_advice(spread: &Spread, node: &Node) -> Html {
    let parts = advice::advice(&spread.diagram, node);
    let whole = parts.len() > 1;
    html! {
        <p class="next-advice">
            <span class="next-advice-label">{ "The guide advises: " }</span>
            for (i, part) in parts.into_iter().enumerate() {
                if part.prompt {
                    <span aria-hidden="true">{ advice::PROMPT_MARK }</span><span class="visually-hidden">{ ": " }</span>
                } else if i > 0 {
                    { " " }
                }
                if part.own && whole {
                    <mark class="advice-own">{ part.phrase() }</mark>
                } else {
                    { part.phrase() }
                }
            }
        </p>
    }
}

/// One weak item: our statement, the guide's advice, and what to do with it.
fn next_item(node_id: &'static str, rating: u8, plan: Option<(&Assessment, &Dispatch)>) -> Html {
    let Some((spread, node)) = GUIDE.node(node_id) else {
        return html! {};
    };
    let statement = statements::for_node(node_id).map_or("", |s| s.text);
    html! {
        <li class={format!("accent-{}", spread.number)}>
            <p class="next-statement"><strong>{ statement }</strong>{ format!(" Rated {rating} of {}.", Answer::TOP) }</p>
            { guide_advice(spread, node) }
            <p class="next-links">
                // Back (or the panel's "Back to your results") returns here.
                <span class="next-diagram-link" data-return={node_id}
                      onclick={Callback::from(move |_: MouseEvent| page::remember_return_point(format!("[data-return=\"{node_id}\"] a")))}>
                    <Link to={Route::Spread { slug: spread.slug, node: Some(node_id) }}>
                        { format!("See it in the {} diagram", spread.short_title) }
                    </Link>
                </span>
                if let Some((plan, dispatch)) = plan {
                    { plan_toggle(node_id, plan.action(node_id).is_some(), dispatch) }
                }
            </p>
        </li>
    }
}
