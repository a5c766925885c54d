//! The meeting's agreed actions, grouped by agenda item: printable (the
//! review's name and the date on top, one or two A4 pages), copied as
//! plain text, downloaded as CSV, and sent to every partner as the
//! agreed-actions link (by copying it, or in an email the facilitator's own
//! mail program writes). Clearing the meeting's notes starts here.

use yew::prelude::*;

use crate::browser::{clock, files, page};
use crate::dates::{long_date, Date};
use crate::meeting::agreed::{self, agreed, count_actions};
use crate::meeting::notes::Notes;
use crate::route::Route;
use crate::share::agenda::AgendaItem;
use crate::share::invitation::mailto_anyone;
use crate::share::outgoing::{ACTIONS_LINK_SAYS, AGREED_SAYS};
use crate::share::ShareError;
use crate::ui::components::CopyText;
use crate::ui::context::Navigator;

/// What the agreed actions page shows besides the notes.
pub struct AgreedView<'a> {
    pub notes: &'a Notes,
    pub items: &'a [AgendaItem],
    /// The review's name ("" for none).
    pub name: &'a str,
    /// The page's heading, which takes focus when the page is shown.
    pub heading: NodeRef,
    /// Asks, then clears the meeting's notes.
    pub on_clear: Callback<MouseEvent>,
    /// Whether the notes are kept in this browser (not only in the page).
    pub kept: bool,
    /// The notes were just cleared.
    pub cleared: bool,
    /// Told why, when the CSV could not be made.
    pub download: Callback<String>,
    /// Why the CSV could not be made, the last time.
    pub failed: Option<String>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The agreed actions page, for `navigator`'s place in the page.
pub fn agreed_page(navigator: &Navigator, view: AgreedView) -> Html {
    let h = navigator.headings;
    let list = agreed(view.notes, view.items);
    let today = clock::today();
    let date = long_date(&today);
    let name = view.name.to_string();
    let text = agreed::text(&name, &today, &list);
    let actions = count_actions(&list);
    // (The clock's date always reads; without one there is no link.)
    let (payload, left_out) = match Date::parse(&today) {
        Some(day) => agreed::link(&name, day, &list),
        None => (Err(ShareError::NoActions), Vec::new()),
    };
    let address = payload.as_ref().ok().map(|p| navigator.shareable_url(&Route::Actions(p.clone())));
    // Why there is no link, or which actions it leaves out and why.
    let mut problems: Vec<String> = payload.as_ref().err().map(|why| why.explain().to_string()).into_iter().collect();
    if !left_out.is_empty() {
        problems.push(format!(
            "{} not in the link (the printout, the text and the CSV hold every action):",
            plural(left_out.len(), "action is", "actions are")
        ));
        problems.extend(left_out);
    }
    let print = Callback::from(|e: MouseEvent| page::print(e.target()));
    let download = {
        let (name, today, csv, failed) =
            (name.clone(), today.clone(), agreed::csv(&name, &today, &list), view.download);
        Callback::from(move |_: MouseEvent| {
            if let Err(why) = files::download(&agreed::file_name(&name, &today), "text/csv;charset=utf-8", &csv) {
                failed.emit(why);
            }
        })
    };
    html! {
        <div class="meeting-agreed">
            <@{h.tag(1)} id="meeting-agreed-heading" tabindex="-1" ref={view.heading}>{ "Agreed actions" }</@>
            <p class="meeting-agreed-meta">
                if !name.is_empty() {
                    <strong><bdi>{ name.clone() }</bdi></strong>{ " · " }
                }
                { date.clone() }
            </p>
            if list.is_empty() {
                <p>{ "Nothing has been recorded in this meeting yet: record what was agreed under each item, and it is gathered here." }</p>
            } else {
                <p>{ format!("{} agreed on {}.", plural(actions, "action", "actions"), plural(list.len(), "item", "items")) }</p>
                <ol class="meeting-agreed-list">
                    for item in list.iter() {
                        <li data-subject={item.subject}>
                            <p class="meeting-agreed-subject"><strong>{ item.words() }</strong></p>
                            <ul>
                                for line in agreed::lines(item.outcome) { <li>{ line }</li> }
                            </ul>
                        </li>
                    }
                </ol>
            }
            <div class="no-print">
                <p class="button-row">
                    for (label, onclick) in [("Print the agreed actions", print), ("Download the agreed actions (CSV)", download)] {
                        <button type="button" class="button" {onclick}>{ label }</button>
                    }
                </p>
                if let Some(why) = view.failed {
                    <p class="form-error" role="status">{ why }</p>
                }
                <p class="hint">{ AGREED_SAYS }</p>
                <CopyText text={text} id="meeting-agreed-text" label="The agreed actions as plain text" button="Copy the agreed actions" multiline=true />
                <section class="meeting-agreed-link" aria-labelledby="meeting-agreed-link-heading">
                    <@{h.tag(2)} id="meeting-agreed-link-heading">{ "Send the actions to every partner" }</@>
                    <p id="meeting-agreed-link-says">{ ACTIONS_LINK_SAYS }</p>
                    if let Some(address) = address {
                        <p class="meeting-agreed-link-length">{ format!("The link is {} characters long.", address.chars().count()) }</p>
                        <CopyText text={address.clone()} id="meeting-agreed-link" label="The agreed-actions link" button="Copy the link" />
                        <p><a class="button" href={mailto_anyone(&format!("Agreed actions: {}", if name.is_empty() { "our partnership review" } else { &name }), &format!("The actions we agreed in our partnership review meeting on {date}. Open the link to add them, all or some, to your own action plan:\n\n{address}\n\n{ACTIONS_LINK_SAYS}"))}>{ "Email the link" }</a></p>
                    }
                    <ul class="form-error">
                        for why in problems { <li>{ why }</li> }
                    </ul>
                </section>
                <section class="meeting-agreed-clear" aria-labelledby="meeting-agreed-clear-heading">
                    <@{h.tag(2)} id="meeting-agreed-clear-heading">{ "This meeting’s notes" }</@>
                    <p>
                        { if view.kept {
                            "They are kept in this browser only, under this review, until you clear them."
                        } else {
                            "They are not kept in this browser: copy, print or download them before you leave this page."
                        } }
                    </p>
                    <p><button type="button" class="button button-danger" onclick={view.on_clear}>{ "Clear this meeting’s notes" }</button></p>
                    <p role="status">{ if view.cleared { "This meeting’s notes were cleared from this browser." } else { "" } }</p>
                </section>
            </div>
        </div>
    }
}
