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
use crate::ui::context::{use_dispatch, use_navigator, Dispatch};

#[derive(Properties, PartialEq)]
pub struct ShareSectionProps {
    pub answers: Answers,
    /// The partnership's kept link label ("" for none).
    pub label: AttrValue,
}

/// The partnership's label on links it shares (`value`, the kept one),
/// called `label` here, kept like its name (saved as it is typed, merged by
/// time); the same setting wherever it is asked. (A function, not a
/// component: each component type costs the first load a kilobyte.)
pub fn link_label_field(id: &'static str, label: String, value: &str, dispatch: &Dispatch) -> Html {
    let dispatch = dispatch.clone();
    let on_commit =
        Callback::from(move |label: String| dispatch.dispatch(Action::SetLinkLabel { label, at: clock::now_ms() }));
    html! {
        <p class="field">
            <label for={id}>{ label }</label>
            <TextField {id} max_chars={limits::LINK_LABEL_CHARS} value={value.to_string()} {on_commit} />
        </p>
    }
}

#[component]
pub fn ShareSection(props: &ShareSectionProps) -> Html {
    crate::ui::render_count::count("ShareSection");
    let navigator = use_navigator();
    let dispatch = use_dispatch();
    let h = navigator.headings;
    let label = Some(props.label.as_str());
    let link = navigator.shareable_url(&Route::Shared(results_payload(&props.answers, label)));
    html! {
        <section class="share">
            <@{h.tag(1)} id="share-heading">{ "Share your results" }</@>
            <p id="share-says">{ results_link_says(&props.answers, label) }</p>
            <p>{ "Send it to your partners and ask them for theirs, then compare." }</p>
            { link_label_field("share-label", format!("Label on links you share (optional, up to {} characters, for example your organisation or role; kept for this partnership)", limits::LINK_LABEL_CHARS), &props.label, &dispatch) }
            <CopyText text={link} id="share-link" label="Your results link" button="Copy link" />
        </section>
    }
}
