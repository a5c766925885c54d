//! The action plan: marked items with a note, a role (not a name) and a
//! target date, printed with the results (the results page's print button);
//! beside them, actions a review's meeting agreed (added from its link),
//! each saying which review it came from, edited and removed alike.

use yew::prelude::*;

use crate::ui::Headings;

use super::text_field::{FieldKind, TextField};
use crate::assessment::{statements, ActionItem, AgreedField, AgreedItem, Assessment, PlanField};
use crate::browser::clock;
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::state::Action;
use crate::ui::context::Dispatch;

/// Marked items with a note, a role (not a name) and a target date.
pub fn action_plan(h: Headings, assessment: &Assessment, dispatch: &Dispatch) -> Html {
    let agreed: Vec<(&str, &AgreedItem)> = assessment.agreed_items().collect();
    let agreed_on = |subject: &str| -> Vec<Html> {
        agreed
            .iter()
            .filter(|(_, a)| a.subject == subject)
            .map(|&(key, item)| html! { <li key={key.to_string()}>{ agreed_item(key, item, dispatch) }</li> })
            .collect()
    };
    // By topic: what was agreed on the topic, then each statement's own
    // item and what was agreed on it.
    let planned: Vec<Html> = GUIDE
        .spreads
        .iter()
        .flat_map(|spread| {
            let statements = statements::of_spread(spread.slug).flat_map(|s| {
                let own = assessment.action(s.node).map(|item| {
                    html! { <li key={s.node}>{ plan_item(s.node, item, dispatch) }</li> }
                });
                own.into_iter().chain(agreed_on(s.node))
            });
            agreed_on(spread.slug).into_iter().chain(statements).collect::<Vec<_>>()
        })
        .collect();
    // An empty plan is left off paper: nothing in it to keep.
    let class = classes!("action-plan", planned.is_empty().then_some("no-print"));
    html! {
        <section {class}>
            <@{h.tag(1)} id="plan-heading">{ "Your action plan" }</@>
            if planned.is_empty() {
                <p>{ "Add items from “What to work on next” or from any statement’s panel in a diagram." }</p>
            } else {
                <ul class="plan-list">{ for planned }</ul>
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
    let id = |field: PlanField| format!("plan-{}-{}", field.key(), node.replace('.', "-"));
    let kind = |field: PlanField| match (field.is_date(), field.is_multiline()) {
        (true, _) => FieldKind::Date,
        (_, true) => FieldKind::Lines,
        _ => FieldKind::Line,
    };
    html! {
        <div class="plan-item">
            <p class="plan-statement"><strong>{ statement }</strong></p>
            <div class="plan-fields">
                for field in PlanField::ALL {
                    <label for={id(field)}>{ field.label() }</label>
                    <TextField id={id(field)} kind={kind(field)} max_chars={field.max_chars()}
                               value={item.get(field).to_string()} on_commit={update(field)} />
                }
            </div>
            // On paper the plan is text: no boxes, no placeholders.
            <div class="print-only plan-print">
                for field in PlanField::ALL.into_iter().filter(|&f| !item.get(f).is_empty()) {
                    <p>
                        <strong>{ field.print_label() }</strong>
                        { if field.is_date() { long_date(item.get(field)) } else { item.get(field).to_string() } }
                    </p>
                }
            </div>
            <button type="button" class="link-button" onclick={remove}>
                { "Remove from plan" }<span class="visually-hidden">{ format!(": {statement}") }</span>
            </button>
        </div>
    }
}

/// An agreed action's fields, and which review it came from.
fn agreed_item(key: &str, item: &AgreedItem, dispatch: &Dispatch) -> Html {
    let subject = crate::share::actions::subject_text(&item.subject);
    let update = |field: AgreedField| {
        let (dispatch, key) = (dispatch.clone(), key.to_string());
        Callback::from(move |value: String| {
            dispatch.dispatch(Action::EditAgreed { key: key.clone(), field, value, at: clock::now_ms() })
        })
    };
    let remove = {
        let (dispatch, key) = (dispatch.clone(), key.to_string());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::RemoveAgreed { key: key.clone(), at: clock::now_ms() })
        })
    };
    let id = |field: AgreedField| format!("agreed-{}-{key}", field.key());
    let kind = |field: AgreedField| if field == AgreedField::What { FieldKind::Lines } else { FieldKind::Line };
    html! {
        <div class="plan-item plan-agreed">
            <p class="plan-statement"><strong>{ subject.clone() }</strong></p>
            <p class="hint plan-source">{ format!("{}.", item.source()) }</p>
            <div class="plan-fields">
                for field in AgreedField::ALL {
                    <label for={id(field)}>{ field.label() }</label>
                    <TextField id={id(field)} kind={kind(field)} max_chars={Some(field.max_chars())}
                               value={item.get(field).to_string()} on_commit={update(field)} />
                }
            </div>
            <div class="print-only plan-print">
                for field in AgreedField::ALL.into_iter().filter(|&f| !item.get(f).is_empty()) {
                    <p><strong>{ field.print_label() }</strong>{ long_date(item.get(field)) }</p>
                }
            </div>
            <button type="button" class="link-button" onclick={remove}>
                { "Remove from plan" }<span class="visually-hidden">{ format!(": {}", item.what) }</span>
            </button>
        </div>
    }
}
