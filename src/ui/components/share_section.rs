//! Sharing one's results as a link: an optional short label, the link as
//! text, and a copy button that falls back to a selected field.

use yew::prelude::*;

use super::copy_text::CopyText;
use super::forms::input_value;

use crate::assessment::Answers;
use crate::route::Route;
use crate::share::{encode, LABEL_MAX_CHARS};
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct ShareSectionProps {
    pub answers: Answers,
}

#[component]
pub fn ShareSection(props: &ShareSectionProps) -> Html {
    crate::ui::render_count::count("ShareSection");
    let label = use_state(String::new);
    let on_label = {
        let label = label.clone();
        Callback::from(move |e: InputEvent| label.set(input_value(&e.into())))
    };
    let navigator = use_navigator();
    let h = navigator.headings;
    let link = navigator.shareable_url(&Route::Shared(encode(&props.answers, Some(&label))));
    html! {
        <section class="share" aria-labelledby="share-heading">
            <@{h.tag(1)} id="share-heading">{ "Share your results" }</@>
            <p>
                { "The link below holds your ratings, and the label below if you add one: not your partnership’s name, \
                   your notes or your action plan. It is read by the page itself, so your results never reach a server. \
                   Send it to your partners and ask them for theirs, then compare." }
            </p>
            <p>
                <label for="share-label">{ format!("Optional label for the link, up to {LABEL_MAX_CHARS} characters (for example your organisation)") }</label>
                <input id="share-label" type="text" maxlength={LABEL_MAX_CHARS.to_string()} autocomplete="off"
                       value={(*label).clone()} oninput={on_label} />
            </p>
            <CopyText text={link} id="share-link" label="Your results link" button="Copy link" />
        </section>
    }
}
