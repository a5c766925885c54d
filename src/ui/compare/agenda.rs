//! The discussion agenda built from a comparison, within a time the
//! facilitator sets (the rule is `share::agenda`'s): each item with the
//! guide's own advice, a link to it, a suggested length and, on paper and
//! in the copied text, room for notes; what did not fit is named. Printable
//! on A4, or copied as plain text.

use yew::prelude::*;

use super::kept::use_tab_drafts;
use crate::browser::tab_drafts::TabDrafts;
use crate::browser::{clock, page};
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::route::Route;
use crate::share::agenda::{
    agenda, agenda_text, change_since, intro, left_out, left_out_heading, reason, subject_text, AgendaItem, Why,
    DEFAULT_BUDGET,
};
use crate::share::review::Review;
use crate::share::rounds::Round;
use crate::ui::components::guide_advice;
use crate::ui::components::input_value;
use crate::ui::components::CopyText;
use crate::ui::components::Link;
use crate::ui::context::use_navigator;

/// The time a facilitator can give the discussion, in minutes.
const BUDGET_RANGE: (u32, u32) = (15, 480);

#[derive(Properties, PartialEq)]
pub struct AgendaProps {
    pub review: Review,
    /// The review's name, on paper and in the copied text ("" for none).
    pub name: AttrValue,
    /// The last round, to say what changed since.
    pub earlier: Option<Round>,
    /// "Run the meeting", with the time the agenda was made for.
    pub on_run: Callback<u32>,
}

/// The agenda's time as set for this tab (the default until one is set).
pub fn kept_budget(drafts: &TabDrafts) -> u32 {
    let kept = drafts.read(BUDGET_DRAFT).and_then(|m| m.parse::<u32>().ok());
    kept.map_or(DEFAULT_BUDGET, |n| n.clamp(BUDGET_RANGE.0, BUDGET_RANGE.1))
}

/// Where the agenda's time is kept for the tab.
const BUDGET_DRAFT: &str = "agenda-minutes";

/// The id of "Run the meeting", where focus returns when the meeting ends.
pub const RUN_BUTTON: &str = "agenda-run";

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
    let budget = use_state(|| kept_budget(&drafts));
    let items = agenda(&props.review, *budget);
    let left = left_out(&props.review, &items);
    let on_budget = {
        let budget = budget.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = input_value(&e).trim().parse::<u32>() {
                let n = n.clamp(BUDGET_RANGE.0, BUDGET_RANGE.1);
                drafts.keep(BUDGET_DRAFT, &n.to_string());
                budget.set(n);
            }
        })
    };
    let date = long_date(&clock::today());
    let earlier = props.earlier.as_ref();
    let text = agenda_text(&props.review, &items, (&props.name, &date), earlier, |item| {
        navigator.shareable_url(&item_route(item))
    });
    let print = Callback::from(|e: MouseEvent| page::print(e.target()));
    let run = {
        let (on_run, budget) = (props.on_run.clone(), *budget);
        Callback::from(move |_: MouseEvent| on_run.emit(budget))
    };
    html! {
        <section class="agenda" aria-labelledby="agenda-heading">
            <@{h.tag(1)} id="agenda-heading">{ "Discussion agenda" }</@>
            <p class="print-only">
                if !props.name.is_empty() {
                    <strong><bdi>{ props.name.clone() }</bdi></strong>{ " · " }
                }
                if let Some(round) = earlier {
                    { round.next_round() }{ " · " }
                }
                { date }
            </p>
            <p class="agenda-count no-print">
                <label for="agenda-minutes">{ format!("Time for the discussion, in minutes ({} to {})", BUDGET_RANGE.0, BUDGET_RANGE.1) }</label>
                <input id="agenda-minutes" type="number" inputmode="numeric" step="5"
                    min={BUDGET_RANGE.0.to_string()} max={BUDGET_RANGE.1.to_string()} value={budget.to_string()} onchange={on_budget} />
            </p>
            if items.is_empty() && left.is_empty() {
                <p>{ "No statement splits the group or is rated low by everyone, and no topic is in the priority band, so nothing needs an agenda item yet." }</p>
            } else {
                <p class="agenda-intro">{ intro(&props.review, &items) }</p>
                <ol class="agenda-list">
                    for item in items.iter() {
                        <li data-statement={(item.why != Why::Topic).then_some(item.subject)} data-topic={(item.why == Why::Topic).then_some(item.subject)}>
                            <p class="agenda-statement"><strong>{ subject_text(item) }</strong>{ format!(" ({} min)", item.minutes) }</p>
                            <p>{ reason(item, &props.review) }</p>
                            if let Some(change) = earlier.and_then(|r| change_since(r, item, &props.review)) {
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
                if let Some(heading) = left_out_heading(&left) {
                    <div class="agenda-left-out">
                        <p id="agenda-left-out-heading">{ heading }</p>
                        <ul aria-labelledby="agenda-left-out-heading">
                            for item in left.iter() {
                                <li data-statement={(item.why != Why::Topic).then_some(item.subject)} data-topic={(item.why == Why::Topic).then_some(item.subject)}>
                                    { subject_text(item) }{ format!(" ({})", item.why.words()) }
                                </li>
                            }
                        </ul>
                    </div>
                }
                <p class="button-row no-print">
                    <button type="button" class="button" id={RUN_BUTTON} onclick={run} aria-describedby="agenda-run-says">{ "Run the meeting" }</button>
                    <button type="button" class="button" onclick={print}>{ "Print the agenda" }</button>
                </p>
                <p class="hint no-print" id="agenda-run-says">{ "Run the meeting shows one item at a time, large enough for a projector or a shared screen, and keeps what was agreed about each in this browser." }</p>
                <div class="no-print">
                    <p class="hint" id="agenda-says">{ crate::share::outgoing::AGENDA_SAYS }</p>
                    <CopyText text={text} id="agenda-text" label="The agenda as plain text, for a meeting invitation" button="Copy the agenda" multiline=true />
                </div>
            }
        </section>
    }
}
