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
        <section>
            <@{h.tag(1)} id="next-heading">{ "What to work on next" }</@>
            if items.is_empty() {
                <p>{ scoring::nothing_weak() }</p>
            } else {
                <ol class="next-list">
                    for group in by_advice(items) {
                        { next_item(&group, plan) }
                    }
                </ol>
            }
        </section>
    }
}

/// "The guide advises: …" for a node, in whole sentences: a step with the
/// rest of its sentence, its own part marked; a prompt under its stage as
/// a heading and its item (layout relates them, not a "›").
pub fn guide_advice(spread: &Spread, node: &Node) -> Html {
    guide_advice_for(spread, &[node.id])
}

/// As [`guide_advice`], once for several boxes sharing one sentence, each
/// of their parts marked.
pub fn guide_advice_for(spread: &Spread, nodes: &[&str]) -> Html {
    let Some(first) = nodes.first().and_then(|id| spread.diagram.node(id)) else {
        return html! {};
    };
    let mut parts = advice::advice(&spread.diagram, first);
    for other in nodes[1..].iter().filter_map(|id| spread.diagram.node(id)) {
        for (part, theirs) in parts.iter_mut().zip(advice::advice(&spread.diagram, other)) {
            part.own |= theirs.own;
        }
    }
    let whole = parts.len() > 1;
    let phrase = |part: &advice::Part| {
        if part.own && whole {
            html! { <mark class="advice-own">{ part.phrase() }</mark> }
        } else {
            html! { { part.phrase() } }
        }
    };
    let (context, prompts): (Vec<_>, Vec<_>) = parts.iter().partition(|p| !p.prompt);
    html! {
        <div class="next-advice">
            <p>
                <span class="next-advice-label">{ "The guide advises: " }</span>
                for (i, part) in context.iter().enumerate() {
                    if i > 0 {
                        { " " }
                    }
                    { phrase(part) }
                }
            </p>
            // Each prompt on a line of its own, set in under its stage.
            for part in prompts.iter() {
                <p class="advice-prompt">{ phrase(part) }</p>
            }
        </div>
    }
}

/// A weak statement and its rating.
type Weak = (&'static str, u8);
/// What one piece of advice is known by: its topic and the first words of
/// its sentence (the guide's text, so one per sentence).
type AdviceKey = Option<(&'static str, &'static str)>;

/// Items that share one piece of advice (three prompts under one stage,
/// the steps of one sentence) together, in order of their weakest.
fn by_advice(items: Vec<Weak>) -> Vec<Vec<Weak>> {
    let key = |node: &str| -> AdviceKey {
        let (spread, n) = GUIDE.node(node)?;
        Some((spread.slug, advice::advice(&spread.diagram, n).first()?.label))
    };
    // Each group under its advice's key (its topic and the sentence's context).
    let mut groups: Vec<(AdviceKey, Vec<Weak>)> = Vec::new();
    for item in items {
        let k = key(item.0);
        match groups.iter_mut().find(|(g, _)| k.is_some() && *g == k) {
            Some((_, members)) => members.push(item),
            None => groups.push((k, vec![item])),
        }
    }
    groups.into_iter().map(|(_, members)| members).collect()
}

/// One piece of advice and the weak items it serves: each statement with
/// its rating and what to do with it, then the guide's advice once.
fn next_item(group: &[Weak], plan: Option<(&Assessment, &Dispatch)>) -> Html {
    let Some((spread, _)) = group.first().and_then(|(id, _)| GUIDE.node(id)) else {
        return html! {};
    };
    let nodes: Vec<&str> = group.iter().map(|(id, _)| *id).collect();
    html! {
        <li class={format!("accent-{}", spread.number)}>
            for &(node_id, rating) in group {
                <p class="next-statement"><strong>{ statements::for_node(node_id).map_or("", |s| s.text) }</strong>{ format!(" Rated {rating} of {}.", Answer::TOP) }</p>
                <p class="next-links">
                    // Back (or the panel's "Back to your results") returns here.
                    <span class="next-diagram-link" data-return={node_id}
                          onclick={Callback::from(move |_: MouseEvent| page::remember_return_point(format!("[data-return=\"{node_id}\"] a")))}>
                        <Link to={Route::Spread { slug: spread.slug, node: Some(node_id) }}>
                            { format!("See it in the {} diagram", spread.short_title) }
                            if group.len() > 1 {
                                <span class="visually-hidden">{ format!(": {}", GUIDE.node(node_id).map_or("", |(_, n)| n.label)) }</span>
                            }
                        </Link>
                    </span>
                    if let Some((plan, dispatch)) = plan {
                        { plan_toggle(node_id, plan.action(node_id).is_some(), dispatch) }
                    }
                </p>
            }
            { guide_advice_for(spread, &nodes) }
        </li>
    }
}
