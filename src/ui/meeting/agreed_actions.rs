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

/// Some mail programs cut a `mailto:` address longer than this.
const MAILTO_KEPT_WHOLE: usize = 2000;

/// One agreed-actions link (`i` of `of`): its length, to copy, to email.
fn link_part(i: usize, of: usize, address: &str, subject: &str, date: &str) -> Html {
    let (id, label, subject, body_intro) = match of {
        1 => (
            "meeting-agreed-link".to_string(),
            "The agreed-actions link".to_string(),
            subject.to_string(),
            String::new(),
        ),
        _ => (
            format!("meeting-agreed-link-{}", i + 1),
            format!("Agreed-actions link {} of {of}", i + 1),
            format!("{subject} ({} of {of})", i + 1),
            format!(" This is link {} of {of}.", i + 1),
        ),
    };
    let mailto = mailto_anyone(
        &subject,
        &format!(
            "The actions we agreed in our partnership review meeting on {date}.{body_intro} Open the link to add them, all or some, to your own action plan:\n\n{address}\n\n{ACTIONS_LINK_SAYS}"
        ),
    );
    let length = address.chars().count();
    html! {
        <div class="meeting-agreed-link-part">
            <p class="meeting-agreed-link-length">
                { format!("{label} is {} characters long.", with_thousands(length)) }
                if mailto.len() > MAILTO_KEPT_WHOLE {
                    { " Some mail programs cut an email this long when it opens from the button: if the link arrives cut short, copy it into the email instead." }
                }
            </p>
            <CopyText text={address.to_string()} {id} label={label.clone()} button={if of == 1 { "Copy the link".to_string() } else { format!("Copy link {}", i + 1) }} />
            <p><a class="button" href={mailto}>{ if of == 1 { "Email the link".to_string() } else { format!("Email link {}", i + 1) } }</a></p>
        </div>
    }
}

/// 1861 as "1,861".
fn with_thousands(n: usize) -> String {
    match n {
        0..=999 => n.to_string(),
        _ => format!("{},{:03}", n / 1000, n % 1000),
    }
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
    let with_actions = list.iter().filter(|a| a.outcome.agreed().next().is_some()).count();
    let without = list.iter().filter(|a| a.outcome.no_action).count();
    let summary = match without {
        0 => format!("{} agreed on {}.", plural(actions, "action", "actions"), plural(with_actions, "item", "items")),
        _ if actions == 0 => format!("{} discussed, with no action.", plural(without, "item", "items")),
        _ => format!(
            "{} agreed on {}; {} discussed, with no action.",
            plural(actions, "action", "actions"),
            plural(with_actions, "item", "items"),
            plural(without, "item", "items")
        ),
    };
    // (The clock's date always reads; without one there is no link.)
    let (payloads, left_out) = match Date::parse(&today) {
        Some(day) => agreed::links(&name, day, &list),
        None => (Err(ShareError::NoActions), Vec::new()),
    };
    let addresses: Vec<String> = payloads
        .as_ref()
        .map(|all| all.iter().map(|p| navigator.shareable_url(&Route::Actions(p.clone()))).collect())
        .unwrap_or_default();
    let subject = format!("Agreed actions: {}", if name.is_empty() { "our partnership review" } else { &name });
    // Why there is no link, or which actions it leaves out and why.
    let mut problems: Vec<String> = payloads.as_ref().err().map(|why| why.explain().to_string()).into_iter().collect();
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
                <p>{ summary }</p>
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
                    if addresses.len() > 1 {
                        <p class="meeting-agreed-link-parts">
                            { format!("These actions need {} links, as a link carries about ten: send them all; each partner opens each one.", addresses.len()) }
                        </p>
                    }
                    for (i, address) in addresses.iter().enumerate() {
                        { link_part(i, addresses.len(), address, &subject, &date) }
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
