//! A meeting's agreed actions, as a partner opens their link: the review,
//! the date, each action with its statement or topic in words; the partner
//! ticks those to add and chooses the partnership whose plan takes them.
//! Opening it writes nothing; adding goes through the main app's state
//! (its id and the items, see `compare_entry`), the one writer of saved
//! data: this page reads the saved document only to offer the
//! partnerships and say what their plans hold. Part of the meeting module
//! (loaded by the comparison module), so neither the first load nor a
//! comparison carries it (nor the saved document's reader).

use yew::prelude::*;

use crate::assessment::store::{self, Read};
use crate::assessment::{AgreedItem, Store};
use crate::route::Route;
use crate::share::actions::{subject_text, AgreedAction, AgreedActions};
use crate::share::read::read_actions;
use crate::ui::components::Link;
use crate::ui::context::use_navigator;
use crate::ui::first_frame::use_focus_on_arrival;

#[derive(Properties, PartialEq)]
pub struct ActionsPageProps {
    /// The link's payload (see `share::actions`).
    pub payload: AttrValue,
    pub focus: bool,
    /// The reader's saved data, as JSON (`Store::to_json`).
    pub store: AttrValue,
    /// Adds to a partnership's plan: its id, and the items (`AgreedItem::join`).
    pub add: Callback<(String, String)>,
}

/// An action's fields as the partner's plan keeps them.
fn fields<'a>(agreed: &'a AgreedActions, date: &'a str, action: &'a AgreedAction) -> [&'a str; 6] {
    [action.subject, &agreed.review, date, &action.what, &action.lead, &action.by]
}

#[component]
pub fn ActionsPage(props: &ActionsPageProps) -> Html {
    crate::ui::render_count::count("ActionsPage");
    let heading = use_focus_on_arrival(props.focus);
    let h = use_navigator().headings;
    let agreed = use_memo(props.payload.clone(), |payload| read_actions(payload));
    // The main app's own document: it always reads.
    let saved = use_memo(props.store.clone(), |json| match store::read(json) {
        Read::Valid(s) | Read::Migrated(s) => Some(s),
        _ => None,
    });
    let saved: Option<&Store> = (*saved).as_ref();
    // Nothing is ticked until the partner ticks it: nothing is written
    // until they choose.
    let ticked = use_state(Vec::<usize>::new);
    let chosen = use_state(|| None::<String>);
    let refused = use_state(|| false);
    let agreed = match &*agreed {
        Ok(agreed) => agreed.clone(),
        Err(e) => {
            return html! {
                <div class="agreed-actions">
                    <@{h.tag(0)} tabindex="-1" ref={heading}>{ "These agreed actions cannot be opened" }</@>
                    <p class="form-error">{ e.explain() }</p>
                    <p>{ "Ask whoever sent it for the link again." }</p>
                </div>
            };
        }
    };
    let partnerships = saved.map_or(&[][..], |s| s.assessments.as_slice());
    let partnership = (*chosen)
        .clone()
        .filter(|id| partnerships.iter().any(|p| &p.id == id))
        .or_else(|| saved.map(|s| s.current().id.clone()))
        .unwrap_or_default();
    let date = agreed.date.iso();
    let in_plan: Vec<bool> = {
        let plan = partnerships.iter().find(|p| p.id == partnership);
        agreed
            .actions
            .iter()
            .map(|a| plan.is_some_and(|p| p.has_agreed(&AgreedItem::new(fields(&agreed, &date, a)).key)))
            .collect()
    };
    let toggle = |i: usize| {
        let (ticked, refused) = (ticked.clone(), refused.clone());
        Callback::from(move |_: Event| {
            let mut next = (*ticked).clone();
            match next.iter().position(|&t| t == i) {
                Some(at) => {
                    next.remove(at);
                }
                None => next.push(i),
            }
            refused.set(false);
            ticked.set(next);
        })
    };
    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(Some(select.value()));
            }
        })
    };
    let to_add: Vec<usize> = ticked.iter().copied().filter(|&i| !in_plan.get(i).copied().unwrap_or(true)).collect();
    let submit = {
        let (add, agreed, refused, ticked) = (props.add.clone(), agreed.clone(), refused.clone(), ticked.clone());
        let (partnership, to_add) = (partnership.clone(), to_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if to_add.is_empty() {
                refused.set(true);
                return;
            }
            let mut chosen = to_add.clone();
            crate::small_sort::sort_by_key(&mut chosen, |&i| i);
            let date = agreed.date.iso();
            let items: Vec<AgreedItem> = chosen
                .iter()
                .filter_map(|&i| agreed.actions.get(i))
                .map(|a| AgreedItem::new(fields(&agreed, &date, a)))
                .collect();
            add.emit((partnership.clone(), AgreedItem::join(&items)));
            ticked.set(Vec::new());
        })
    };
    let label_of = |id: &str| partnerships.iter().find(|p| p.id == id).map_or("", |p| p.label.as_str()).to_string();
    let count = to_add.len();
    let button = match count {
        0 => "Add the ticked actions to this plan".to_string(),
        1 => "Add the ticked action to this plan".to_string(),
        n => format!("Add the {n} ticked actions to this plan"),
    };
    html! {
        <div class="agreed-actions">
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ "Agreed actions" }</@>
            <p>{ format!("{}.", agreed.agreed_at()) }</p>
            <p>
                { "Tick the actions your organisation takes on, and add them to your own action plan: \
                   they are kept in this browser only, beside your own items, and you can change or remove them there." }
            </p>
            <form class="agreed-form" onsubmit={submit}>
                <fieldset class="agreed-list">
                    <legend>{ match agreed.actions.len() { 1 => "The agreed action".to_string(), n => format!("The {n} agreed actions") } }</legend>
                    <ul class="plan-list">
                        for (i, action) in agreed.actions.iter().enumerate() {
                            <li key={i}>
                                <input type="checkbox" id={format!("agreed-{i}")}
                                    checked={in_plan[i] || ticked.contains(&i)} disabled={in_plan[i]}
                                    aria-describedby={format!("agreed-{i}-about")} onchange={toggle(i)} />
                                <label for={format!("agreed-{i}")}>{ action.what.clone() }</label>
                                <p class="hint" id={format!("agreed-{i}-about")}>
                                    { about(action) }
                                    if in_plan[i] {
                                        <strong>{ " Already in this plan." }</strong>
                                    }
                                </p>
                            </li>
                        }
                    </ul>
                </fieldset>
                <p class="field">
                    <label for="agreed-partnership">{ "Add them to the action plan of" }</label>
                    <select id="agreed-partnership" onchange={choose}>
                        for p in partnerships {
                            <option key={p.id.clone()} value={p.id.clone()} selected={p.id == partnership}>{ p.label.clone() }</option>
                        }
                    </select>
                </p>
                <p class="button-row"><button type="submit" class="button">{ button }</button></p>
                if *refused {
                    <p class="form-error" role="status">{ "Tick at least one action that is not in this plan yet, then add it." }</p>
                }
            </form>
            if in_plan.iter().any(|&p| p) {
                <p>
                    { format!("The plan of “\u{2068}{}\u{2069}” is in ", label_of(&partnership)) }
                    <Link to={Route::Results}>{ "Your results" }</Link>
                    { ", under Your action plan." }
                </p>
            }
        </div>
    }
}

/// What an action answers and who leads it by when, in one line.
fn about(action: &AgreedAction) -> String {
    let mut text = format!("For: {}", subject_text(action.subject));
    if !text.ends_with('.') {
        text.push('.');
    }
    if !action.lead.is_empty() {
        text.push_str(&format!(" Led by {}.", action.lead));
    }
    if !action.by.is_empty() {
        text.push_str(&format!(" By {}.", crate::dates::long_date(&action.by)));
    }
    text
}
