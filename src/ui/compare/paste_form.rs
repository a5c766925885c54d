//! Adding results to a comparison: a paste box for links, or any text that
//! holds them (an email thread, a chat export), and "Add my own results".
//! The box is left to the browser while typed, so a keystroke renders
//! nothing (the summary below can hold 30 results); the text is read when
//! submitted, and the list it makes is handed to the page. What the paste
//! added, repeated, left out or could not read is said in one sentence each.
//! A result with nothing answered is never added: a pasted one is refused
//! with its reason, and "Add my own results" says why it cannot be used
//! until the reader has answered something.

use yew::prelude::*;

use super::kept::{use_kept_field, use_tab_drafts};
use crate::share::compare::{has_answers, MAX_PARTNERS, NOTHING_ANSWERED};
use crate::share::links::{add_to, find_results, Found};

#[derive(Properties, PartialEq)]
pub struct PasteFormProps {
    /// The results in the comparison now.
    pub current: Vec<String>,
    /// The reader's own results, encoded.
    pub mine: AttrValue,
    /// Receives the comparison's new list of results.
    pub on_list: Callback<Vec<String>>,
}

#[component]
pub fn PasteForm(props: &PasteFormProps) -> Html {
    crate::ui::render_count::count("PasteForm");
    // What is pasted is kept for the tab until it has been added.
    let paste = use_kept_field("compare-paste", true);
    let drafts = use_tab_drafts();
    // What the last paste found, and how many of its results were added.
    let report = use_state(|| None::<(Found, usize)>);
    let go = props.on_list.clone();
    let payloads = &props.current;
    let add = {
        let (paste, report, go, current) = (paste.clone(), report.clone(), go.clone(), payloads.clone());
        let drafts = drafts.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = paste.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let mut found = find_results(&field.value(), &current);
            // A link with nothing answered is refused, with its reason, like a broken one.
            let (empty, readable): (Vec<String>, Vec<String>) =
                std::mem::take(&mut found.payloads).into_iter().partition(|p| !has_answers(p));
            found.payloads = readable;
            found.broken.extend(empty.into_iter().map(|p| (p, NOTHING_ANSWERED)));
            let (list, left_out) = add_to(&current, found.payloads.clone());
            found.left_out += left_out;
            let added = list.len() - current.len();
            let all_used = found.broken.is_empty();
            report.set(Some((found, added)));
            if added > 0 {
                // What could not be used stays in the box, to mend or ask for again.
                if all_used {
                    field.set_value("");
                    drafts.forget("compare-paste");
                }
                go.emit(list);
            }
        })
    };
    // Nothing answered yet: nothing of the reader's own to add, and the
    // button says why it cannot be used rather than adding an empty result.
    let nothing_mine = !has_answers(&props.mine);
    let add_mine = {
        let (mine, go, current, report) = (props.mine.to_string(), go.clone(), payloads.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            if current.contains(&mine) {
                report.set(Some((Found { repeated: 1, ..Found::default() }, 0)));
            } else {
                go.emit(add_to(&current, vec![mine.clone()]).0);
            }
        })
    };
    html! {
        <form class="compare-add" onsubmit={add}>
            <label for="compare-paste">{ format!("Paste results links, or any text that holds them, such as an email thread or a chat export (up to {MAX_PARTNERS} results)") }</label>
            <textarea id="compare-paste" rows="4" ref={paste} />
            <p class="button-row">
                <button type="submit" class="button">{ "Add links" }</button>
                <button type="button" class="button" onclick={add_mine} disabled={nothing_mine}
                    aria-describedby={nothing_mine.then_some("compare-mine-why")}>{ "Add my own results" }</button>
            </p>
            if nothing_mine {
                <p id="compare-mine-why" class="hint">{ "To add your own results, first answer at least one statement: you have not answered any in this browser yet." }</p>
            }
            if let Some((found, added)) = (*report).clone() {
                { paste_report(&found, added) }
            }
        </form>
    }
}

/// What a paste added, what repeated, what was left out and what could not
/// be read, each in one sentence.
fn paste_report(found: &Found, added: usize) -> Html {
    let left_out = found.left_out;
    let nothing = added == 0 && left_out == 0 && found.broken.is_empty() && found.repeated == 0;
    let plural = |n: usize, one: &str, many: &str| if n == 1 { one.to_string() } else { format!("{n} {many}") };
    html! {
        <div class="form-message" role="status">
            if nothing {
                <p class="form-error">{ "No results links were found in that text. Paste one or more links, or a message that holds them." }</p>
            }
            if added > 0 {
                <p>{ format!("Added {}.", plural(added, "one result", "results")) }</p>
            }
            if found.repeated > 0 {
                <p>{ format!("{} appeared more than once and {} once.", plural(found.repeated, "One result", "results"), if found.repeated == 1 { "counts" } else { "count" }) }</p>
            }
            if left_out > 0 {
                <p class="form-error">{ format!("A comparison holds up to {MAX_PARTNERS} results; {} left out.", plural(left_out, "one was", "were")) }</p>
            }
            if added > 0 && !found.broken.is_empty() {
                <p>{ "The text is left in the box, so the links that could not be used can be mended or asked for again." }</p>
            }
            if !found.broken.is_empty() {
                <ul class="broken-links">
                    for (text, why) in found.broken.iter() {
                        <li class="form-error">
                            { *why }
                            <span class="broken-text">{ format!(" ({}…)", text.chars().take(16).collect::<String>()) }</span>
                        </li>
                    }
                    if found.more_broken > 0 {
                        <li class="form-error">{ format!("{} more could not be used either.", plural(found.more_broken, "One link", "links")) }</li>
                    }
                </ul>
            }
        </div>
    }
}
