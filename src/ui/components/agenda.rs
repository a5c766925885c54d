//! The discussion agenda built from a comparison, within a time the
//! facilitator sets: what everyone rates low first (always), then where
//! views differ most, then topics in the priority band, each with the
//! guide's own advice, a link to it, a suggested length and, on paper and
//! in the copied text, room for notes. Printable on A4, or copied as plain
//! text.

use yew::prelude::*;

use super::advice::guide_advice;
use super::copy_text::CopyText;
use super::forms::input_value;
use super::link::Link;
use crate::browser::{clock, page};
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::route::Route;
use crate::share::review::{
    agenda, agenda_candidates, agenda_text, reason, subject_text, AgendaItem, Review, Why, DEFAULT_BUDGET,
};
use crate::share::rounds::Round;
use crate::ui::context::use_navigator;
use crate::ui::kept::use_tab_drafts;

/// The time a facilitator can give the discussion, in minutes.
const BUDGET_RANGE: (u32, u32) = (15, 480);

#[derive(Properties, PartialEq)]
pub struct AgendaProps {
    pub review: Review,
    /// The review's name, on paper and in the copied text ("" for none).
    pub name: AttrValue,
    /// The last round, to say what changed since.
    pub earlier: Option<Round>,
}

/// Where an item is in the guide: a statement's box, or a topic.
fn item_route(item: &AgendaItem) -> Route {
    match item.why {
        Why::Topic => GUIDE.spread(item.subject).map_or(Route::Home, |s| Route::spread(s.slug)),
        _ => {
            let slug = GUIDE.node(item.subject).map_or("", |(s, _)| s.slug);
            Route::Spread { slug, node: Some(item.subject) }
        }
    }
}

#[component]
pub fn Agenda(props: &AgendaProps) -> Html {
    crate::ui::render_count::count("Agenda");
    let navigator = use_navigator();
    let h = navigator.headings;
    // The time set is kept for the tab, so a reload keeps the agenda's length.
    let drafts = use_tab_drafts();
    let budget = use_state(|| {
        let kept = drafts.read("agenda-minutes").and_then(|m| m.parse::<u32>().ok());
        kept.map_or(DEFAULT_BUDGET, |n| n.clamp(BUDGET_RANGE.0, BUDGET_RANGE.1))
    });
    let items = agenda(&props.review, *budget);
    let total: u32 = items.iter().map(|i| i.minutes).sum();
    let left_out = agenda_candidates(&props.review) - items.len();
    let on_budget = {
        let budget = budget.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = input_value(&e).trim().parse::<u32>() {
                let n = n.clamp(BUDGET_RANGE.0, BUDGET_RANGE.1);
                drafts.keep("agenda-minutes", &n.to_string());
                budget.set(n);
            }
        })
    };
    let date = long_date(&clock::today());
    let earlier = props.earlier.as_ref();
    let text = agenda_text(&props.review, &items, (&props.name, &date), earlier, |item| {
        navigator.shareable_url(&item_route(item))
    });
    let print = Callback::from(|_: MouseEvent| page::print());
    html! {
        <section class="agenda" aria-labelledby="agenda-heading">
            <@{h.tag(1)} id="agenda-heading">{ "Discussion agenda" }</@>
            <p class="print-only">
                if !props.name.is_empty() {
                    <strong><bdi>{ props.name.clone() }</bdi></strong>{ " · " }
                }
                { date }
            </p>
            <p class="agenda-count no-print">
                <label for="agenda-minutes">{ format!("Time for the discussion, in minutes ({} to {})", BUDGET_RANGE.0, BUDGET_RANGE.1) }</label>
                <input id="agenda-minutes" type="number" inputmode="numeric" step="5"
                    min={BUDGET_RANGE.0.to_string()} max={BUDGET_RANGE.1.to_string()} value={budget.to_string()} onchange={on_budget} />
            </p>
            if items.is_empty() {
                <p>{ "No statement splits the group or is rated low by everyone, and no topic is in the priority band, so nothing needs an agenda item yet." }</p>
            } else {
                <p class="agenda-intro">
                    { format!("{} results compared. What everyone rates low comes first, then where views differ most, then topics in the priority band: {} items, about {} minutes.", props.review.results, items.len(), total) }
                    if left_out > 0 {
                        { format!(" {left_out} more would fit with more time.") }
                    }
                </p>
                <ol class="agenda-list">
                    for item in items.iter() {
                        <li data-statement={(item.why != Why::Topic).then_some(item.subject)} data-topic={(item.why == Why::Topic).then_some(item.subject)}>
                            <p class="agenda-statement"><strong>{ subject_text(item) }</strong>{ format!(" ({} min)", item.minutes) }</p>
                            <p>{ reason(item, &props.review) }</p>
                            if let Some(change) = earlier.and_then(|r| r.item_change(item, &props.review)) {
                                <p class="agenda-change">{ change }</p>
                            }
                            if let Some((spread, node)) = GUIDE.node(item.subject) {
                                { guide_advice(spread, node) }
                            }
                            <p class="no-print"><Link to={item_route(item)}>{ "See it in the guide" }</Link></p>
                            <div class="agenda-notes print-only" aria-hidden="true">{ "Notes" }</div>
                        </li>
                    }
                </ol>
                <p class="button-row no-print">
                    <button type="button" class="button" onclick={print}>{ "Print the agenda" }</button>
                </p>
                <div class="no-print">
                    <p class="hint" id="agenda-says">{ crate::share::outgoing::AGENDA_SAYS }</p>
                    <CopyText text={text} id="agenda-text" label="The agenda as plain text, for a meeting invitation" button="Copy the agenda" multiline=true />
                </div>
            }
        </section>
    }
}
