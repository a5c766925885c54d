//! An invitation to a partnership review, as a partner opens it: what the
//! review is, by when to reply, the topics it covers; then, once started,
//! how far the partner has got and "Send my results": a `mailto:` link to
//! the facilitator's address with the message filled in, and the message to
//! copy. Opening it writes nothing; starting names a partnership after the
//! review (or opens the one that already is).

use yew::prelude::*;

use crate::assessment::scoring;
use crate::browser::{clock, startup};
use crate::content::{topic_names, GUIDE};
use crate::dates::long_date;
use crate::route::Route;
use crate::share::outgoing::{reply, reply_says, results_payload};
use crate::share::read::read_invitation;
use crate::share::LABEL_MAX_CHARS;
use crate::state::Action;
use crate::ui::components::{link_label_field, CopyText, Link};
use crate::ui::context::{use_app, use_focus_on_arrival, use_navigator};

#[derive(Properties, PartialEq)]
pub struct InvitePageProps {
    pub payload: AttrValue,
    pub focus: bool,
}

#[component]
pub fn InvitePage(props: &InvitePageProps) -> Html {
    crate::ui::render_count::count("InvitePage");
    let heading = use_focus_on_arrival(props.focus);
    let navigator = use_navigator();
    let h = navigator.headings;
    let state = use_app();
    let invitation = match read_invitation(&props.payload) {
        Ok(invitation) => invitation,
        Err(e) => {
            return html! {
                <div class="invite">
                    <@{h.tag(0)} tabindex="-1" ref={heading}>{ "This invitation cannot be opened" }</@>
                    <p class="form-error">{ e.explain() }</p>
                    <p>{ "Ask whoever sent it for the link again. You can still " }<Link to={Route::Home}>{ "read the guide and rate your partnership" }</Link>{ "." }</p>
                </div>
            };
        }
    };
    let store = &state.store;
    let current = store.current();
    let joined = current.label == invitation.name;
    let covers = invitation.covers();
    let topics: &[&str] = if invitation.topics.is_empty() { &[] } else { &covers };
    let answers = scoring::answers_in(&current.current_answers(), topics);
    let scores = scoring::score_topics(&answers, topics);
    let start = {
        let dispatch = state.dispatcher();
        let name = invitation.name.clone();
        let existing = store.assessments.iter().find(|a| a.label == name).map(|a| a.id.clone());
        let fresh = current.current_answers().is_empty();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(match (&existing, fresh) {
                (Some(id), _) => Action::SwitchAssessment(id.clone()),
                // Nothing answered yet: this partnership becomes the review's.
                (None, true) => Action::RenameAssessment { label: name.clone(), at: clock::now_ms() },
                (None, false) => Action::AddAssessment(startup::fresh_assessment(&name)),
            })
        })
    };
    // The link carries the label the partner typed for it, or none: never
    // the review's name, which names their partnership here.
    let label = current.link_label();
    let link = navigator.shareable_url(&Route::Shared(results_payload(&answers, label)));
    let message = reply(&invitation, &link, label);
    let says = reply_says(&invitation, label);
    html! {
        <div class="invite">
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ "You’re invited: " }<bdi>{ invitation.name.clone() }</bdi></@>
            <p>
                { "A partnership review asks each partner to rate how the collaboration is going, using this guide. \
                   Your answers stay in this browser: nothing is sent anywhere unless you send it yourself." }
            </p>
            if let Some(date) = &invitation.reply_by {
                <p><strong>{ format!("Please reply by {}.", long_date(date)) }</strong></p>
            }
            <p>{ format!("The review covers: {}.", topic_names(&covers)) }</p>
            if !joined {
                <p class="button-row">
                    <button type="button" class="button" onclick={start}>{ "Start: answer for this review" }</button>
                </p>
                <p class="hint">{ format!("Your answers are kept under a partnership named “{}”, apart from any others in this browser.", invitation.name) }</p>
            } else {
                <p class="progress-line">{ format!("{} of {} statements answered.", scores.answered, scores.total) }</p>
                <ol class="invite-topics">
                    for spread in scores.spreads.iter().filter_map(|s| GUIDE.spread(s.slug).map(|g| (g, s))) {
                        <li>
                            <Link to={Route::spread(spread.0.slug)}>{ spread.0.title }</Link>
                            { format!(": {} of {} answered", spread.1.answered, spread.1.total) }
                        </li>
                    }
                </ol>
                <section class="invite-send">
                    <@{h.tag(1)} id="invite-send-heading">{ "Send my results" }</@>
                    { link_label_field("invite-label", format!("Your label, shown to the facilitator (optional, up to {LABEL_MAX_CHARS} characters): your organisation or role"), &current.link_label, &state.dispatcher()) }
                    if scores.answered == 0 {
                        <p>{ "Answer at least one statement first: the message carries your ratings." }</p>
                    } else {
                        <p class="hint" id="invite-says">{ says }</p>
                        if invitation.reply_to.is_some() {
                            <p class="button-row">
                                <a class="button" href={invitation.mailto(&message)}>{ "Send my results by email" }</a>
                            </p>
                            <p class="hint">{ "Your mail program opens with the message written; nothing is sent until you send it there." }</p>
                        }
                        <CopyText text={message} id="invite-message" label="The message, to copy into an email or a chat" button="Copy the message" multiline=true />
                    }
                </section>
            }
        </div>
    }
}
