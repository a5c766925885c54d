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
    // By topic: what was agreed on the topic, then each statement's own
    // item and what was agreed on it.
    let mut planned = Vec::new();
    for spread in GUIDE.spreads {
        for subject in std::iter::once(spread.slug).chain(statements::of_spread(spread.slug).map(|s| s.node)) {
            if let Some(item) = assessment.action(subject) {
                planned.push(html! { <li key={subject}>{ plan_item(subject, item, dispatch) }</li> });
            }
            for item in assessment.agreed_items().filter(|a| a.subject == subject) {
                planned.push(html! { <li key={item.key.clone()}>{ agreed_item(item, dispatch) }</li> });
            }
        }
    }
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

/// One editable field of a plan item, as the form and the paper show it.
struct Field {
    id: String,
    label: &'static str,
    print_label: &'static str,
    value: String,
    /// On paper: a date in words.
    printed: String,
    kind: FieldKind,
    max_chars: Option<usize>,
    on_commit: Callback<String>,
}

/// A plan item: what it is for, where it came from (an agreed action's
/// review), its fields, and "Remove from plan". One function for the
/// partner's own items and agreed ones, so the first load carries one.
fn item_card(
    title: &str,
    source: Option<String>,
    fields: Vec<Field>,
    remove: Callback<MouseEvent>,
    what: &str,
) -> Html {
    html! {
        <div class={classes!("plan-item", source.is_some().then_some("plan-agreed"))}>
            <p class="plan-statement"><strong>{ title.to_string() }</strong></p>
            if let Some(source) = source {
                <p class="hint plan-source">{ source }</p>
            }
            <div class="plan-fields">
                for f in &fields {
                    <label for={f.id.clone()}>{ f.label }</label>
                    <TextField id={f.id.clone()} kind={f.kind} max_chars={f.max_chars}
                               value={f.value.clone()} on_commit={f.on_commit.clone()} />
                }
            </div>
            // On paper the plan is text: no boxes, no placeholders.
            <div class="print-only plan-print">
                for f in fields.iter().filter(|f| !f.value.is_empty()) {
                    <p><strong>{ f.print_label }</strong>{ f.printed.clone() }</p>
                }
            </div>
            <button type="button" class="link-button" onclick={remove}>
                { "Remove from plan" }<span class="visually-hidden">{ format!(": {what}") }</span>
            </button>
        </div>
    }
}

/// One plan item's fields. (A function: the results page re-renders it
/// with the plan; typing renders nothing until the text is committed.)
fn plan_item(node: &'static str, item: &ActionItem, dispatch: &Dispatch) -> Html {
    let statement = statements::for_node(node).map_or("", |s| s.text);
    // Each field edits only itself: quick edits to two fields both land.
    let fields = PlanField::ALL
        .into_iter()
        .map(|field| {
            let dispatch = dispatch.clone();
            let value = item.get(field).to_string();
            Field {
                id: format!("plan-{}-{}", field.key(), node.replace('.', "-")),
                label: field.label(),
                print_label: field.print_label(),
                printed: if field.is_date() { long_date(&value) } else { value.clone() },
                value,
                kind: match (field.is_date(), field.is_multiline()) {
                    (true, _) => FieldKind::Date,
                    (_, true) => FieldKind::Lines,
                    _ => FieldKind::Line,
                },
                max_chars: field.max_chars(),
                on_commit: Callback::from(move |value: String| {
                    dispatch.dispatch(Action::EditPlan { node, field, value, at: clock::now_ms() })
                }),
            }
        })
        .collect();
    let remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Plan { node, planned: false, at: clock::now_ms() })
        })
    };
    item_card(statement, None, fields, remove, statement)
}

/// An agreed action's fields, and which review it came from.
fn agreed_item(item: &AgreedItem, dispatch: &Dispatch) -> Html {
    let key = item.key.as_str();
    let fields = AgreedField::ALL
        .into_iter()
        .map(|field| {
            let (dispatch, key) = (dispatch.clone(), key.to_string());
            let value = item.get(field).to_string();
            Field {
                id: format!("agreed-{}-{key}", field.key()),
                label: field.label(),
                print_label: field.print_label(),
                printed: long_date(&value),
                value,
                kind: if field == AgreedField::What { FieldKind::Lines } else { FieldKind::Line },
                max_chars: Some(field.max_chars()),
                on_commit: Callback::from(move |value: String| {
                    dispatch.dispatch(Action::EditAgreed { key: key.clone(), field, value, at: clock::now_ms() })
                }),
            }
        })
        .collect();
    let remove = {
        let (dispatch, key) = (dispatch.clone(), key.to_string());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::RemoveAgreed { key: key.clone(), at: clock::now_ms() })
        })
    };
    let title = crate::share::actions::subject_text(&item.subject);
    item_card(&title, Some(format!("{}.", item.source())), fields, remove, &item.what)
}
