//! The action plan: marked items with a note, a role (not a name) and a
//! target date, printable with the results.

use yew::prelude::*;

use crate::ui::Headings;

use super::text_field::{FieldKind, TextField};
use crate::assessment::store::limits;
use crate::assessment::{statements, ActionItem, Assessment, PlanField};
use crate::browser::{clock, page};
use crate::dates::long_date;
use crate::state::Action;
use crate::ui::context::Dispatch;

/// Marked items with a note, a role (not a name) and a target date.
pub fn action_plan(h: Headings, assessment: &Assessment, dispatch: &Dispatch) -> Html {
    let planned: Vec<(&'static str, ActionItem)> =
        statements::STATEMENTS.iter().filter_map(|s| assessment.action(s.node).map(|a| (s.node, a.clone()))).collect();
    let print = Callback::from(|_: MouseEvent| page::print());
    html! {
        <section class="action-plan" aria-labelledby="plan-heading">
            <@{h.tag(1)} id="plan-heading">{ "Your action plan" }</@>
            if planned.is_empty() {
                <p>{ "Add items from “What to work on next” or from any statement’s panel in a diagram." }</p>
            } else {
                <ul class="plan-list">
                    for (node, item) in planned {
                        <li key={node}>{ plan_item(node, &item, dispatch) }</li>
                    }
                </ul>
                <button type="button" class="button" onclick={print}>{ "Print results and plan" }</button>
            }
        </section>
    }
}

/// One plan item's fields. (A function: the results page re-renders it
/// with the plan; typing renders nothing until the text is committed.)
fn plan_item(node: &'static str, item: &ActionItem, dispatch: &Dispatch) -> Html {
    let statement = statements::for_node(node).map_or("", |s| s.text);
    // Each field edits only itself: quick edits to two fields both land.
    let update = |field: PlanField| {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| {
            dispatch.dispatch(Action::EditPlan { node, field, value, at: clock::now_ms() })
        })
    };
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Plan { node, planned: false, at: clock::now_ms() })
        })
    };
    let id = |field: &str| format!("plan-{field}-{}", node.replace('.', "-"));
    html! {
        <div class="plan-item">
            <p class="plan-statement"><strong>{ statement }</strong></p>
            <div class="plan-fields">
                <label for={id("note")}>{ "What we will do" }</label>
                <TextField id={id("note")} kind={FieldKind::Lines} max_chars={limits::NOTE_CHARS}
                           value={item.note.clone()} on_commit={update(PlanField::Note)} />
                <label for={id("role")}>{ "Who leads it (a role, not a name)" }</label>
                <TextField id={id("role")} max_chars={limits::ROLE_CHARS}
                           value={item.role.clone()} on_commit={update(PlanField::Role)} />
                <label for={id("due")}>{ "Target date" }</label>
                <TextField id={id("due")} kind={FieldKind::Date}
                           value={item.due.clone()} on_commit={update(PlanField::Due)} />
            </div>
            // On paper the plan is text: no boxes, no placeholders.
            <div class="print-only plan-print">
                for (term, value) in [("What we will do: ", &item.note), ("Who leads it: ", &item.role), ("Target date: ", &item.due)] {
                    if !value.is_empty() {
                        <p><strong>{ term }</strong>{ if value == &item.due { long_date(value) } else { value.clone() } }</p>
                    }
                }
            </div>
            <button type="button" class="link-button" onclick={remove}>
                { "Remove from plan" }<span class="visually-hidden">{ format!(": {statement}") }</span>
            </button>
        </div>
    }
}
