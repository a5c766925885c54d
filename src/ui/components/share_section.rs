//! Sharing one's results as a link: the partnership's kept link label, the
//! link as text with the sentence that says what it holds, and a copy
//! button that falls back to a selected field.

use yew::prelude::*;

use super::copy_text::CopyText;
use super::text_field::TextField;

use crate::assessment::store::limits;
use crate::assessment::Answers;
use crate::browser::clock;
use crate::route::Route;
use crate::share::outgoing::{results_link_says, results_payload};
use crate::state::Action;
use crate::ui::context::{use_dispatch, use_navigator};

#[derive(Properties, PartialEq)]
pub struct ShareSectionProps {
    pub answers: Answers,
    /// The partnership's kept link label ("" for none).
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct LinkLabelFieldProps {
    pub id: AttrValue,
    /// What the label is called here.
    pub label: AttrValue,
    /// The kept link label.
    pub value: AttrValue,
}

/// The partnership's label on links it shares, kept like its name (saved
/// as it is typed, merged by time); the same setting wherever it is asked.
#[component]
pub fn LinkLabelField(props: &LinkLabelFieldProps) -> Html {
    let dispatch = use_dispatch();
    let on_commit =
        Callback::from(move |label: String| dispatch.dispatch(Action::SetLinkLabel { label, at: clock::now_ms() }));
    html! {
        <p class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <TextField id={props.id.clone()} max_chars={limits::LINK_LABEL_CHARS} value={props.value.clone()} {on_commit} />
        </p>
    }
}

#[component]
pub fn ShareSection(props: &ShareSectionProps) -> Html {
    crate::ui::render_count::count("ShareSection");
    let navigator = use_navigator();
    let h = navigator.headings;
    let label = Some(props.label.as_str());
    let link = navigator.shareable_url(&Route::Shared(results_payload(&props.answers, label)));
    html! {
        <section class="share" aria-labelledby="share-heading">
            <@{h.tag(1)} id="share-heading">{ "Share your results" }</@>
            <p id="share-says">{ results_link_says(&props.answers, label) }</p>
            <p>{ "Send it to your partners and ask them for theirs, then compare." }</p>
            <LinkLabelField id="share-label" value={props.label.clone()}
                label={format!("Label on links you share (optional, up to {} characters, for example your organisation or role; kept for this partnership)", limits::LINK_LABEL_CHARS)} />
            <CopyText text={link} id="share-link" label="Your results link" button="Copy link" />
        </section>
    }
}
