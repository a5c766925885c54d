//! The person's private notes on statements, listed on the results page
//! (and so in its printout). Never part of a shared link.

use yew::prelude::*;

use crate::ui::Headings;

use crate::assessment::{statements, Assessment};

pub fn notes_section(h: Headings, assessment: &Assessment) -> Html {
    let notes: Vec<(&str, &str)> = statements::STATEMENTS
        .iter()
        .map(|s| (s.text, assessment.note(s.node)))
        .filter(|(_, note)| !note.is_empty())
        .collect();
    html! {
        <section class="notes">
            <@{h.tag(1)} id="notes-heading">{ "Your notes" }</@>
            if notes.is_empty() {
                <p>{ "Add a private note to any statement, in its topic’s questionnaire or its diagram panel, to record why you rated it so." }</p>
            } else {
                <dl class="notes-list">
                    for (statement, note) in notes {
                        <dt>{ statement }</dt>
                        <dd>{ note }</dd>
                    }
                </dl>
            }
        </section>
    }
}
