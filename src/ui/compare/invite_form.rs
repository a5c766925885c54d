//! Inviting partners to a review, in a comparison: the review's name, a
//! date to reply by, an address to reply to and the topics to cover make
//! an invitation link, to copy or to send from the facilitator's own mail
//! program (`mailto:`). Nothing is sent by the app. The date and address
//! are left to the browser while typed and read when the invitation is
//! made; the name and the ticked topics are kept here (the form is drawn
//! again then). Every field is kept for the tab, so a reload loses none.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::kept::{use_kept_field, use_tab_drafts};
use crate::content::GUIDE;
use crate::route::Route;
use crate::share::invitation::{Invitation, InvitationError};
use crate::ui::components::CopyText;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct InviteFormProps {
    /// The review's name so far, to start the name field with.
    pub name: AttrValue,
}

fn field(form: &NodeRef, id: &str) -> String {
    form.cast::<web_sys::Element>()
        .and_then(|f| f.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

#[component]
pub fn InviteForm(props: &InviteFormProps) -> Html {
    crate::ui::render_count::count("InviteForm");
    let navigator = use_navigator();
    let h = navigator.headings;
    let form = use_node_ref();
    let drafts = use_tab_drafts();
    // The name starts as the review's; what is typed stays across renders,
    // and (as all this form's fields) across a reload of the tab.
    let name = use_state(|| drafts.read("invite-name").unwrap_or_else(|| props.name.to_string()));
    let on_name = {
        let (name, drafts) = (name.clone(), drafts.clone());
        Callback::from(move |e: InputEvent| {
            let typed = crate::ui::components::input_value(&e);
            drafts.keep("invite-name", &typed);
            name.set(typed);
        })
    };
    let (by, to) = (use_kept_field("invite-by", true), use_kept_field("invite-to", true));
    // The topics ticked, kept here too: the form is drawn again once made.
    // (Kept for the tab as one mark a topic: "1" ticked, "0" not.)
    let ticked = use_state(|| {
        let kept = drafts.read("invite-topics").filter(|marks| marks.len() == GUIDE.spreads.len());
        kept.map_or_else(|| vec![true; GUIDE.spreads.len()], |marks| marks.chars().map(|c| c == '1').collect())
    });
    let tick = |i: usize| {
        let (ticked, drafts) = (ticked.clone(), drafts.clone());
        Callback::from(move |_: Event| {
            let mut next = (*ticked).clone();
            next[i] = !next[i];
            drafts.keep("invite-topics", &next.iter().map(|&t| if t { '1' } else { '0' }).collect::<String>());
            ticked.set(next);
        })
    };
    // A widget that offers some topics invites partners to those only.
    let offered: Vec<bool> = GUIDE.spreads.iter().map(|s| navigator.offers(&Route::spread(s.slug))).collect();
    let made = use_state(|| None::<Result<Invitation, InvitationError>>);
    let make = {
        let (form, made, name, ticked, offered) =
            (form.clone(), made.clone(), name.clone(), ticked.clone(), offered.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let topics: Vec<&'static str> = GUIDE
                .spreads
                .iter()
                .zip(ticked.iter().zip(&offered))
                .filter(|(_, (&t, &o))| t && o)
                .map(|(s, _)| s.slug)
                .collect();
            made.set(Some(if topics.is_empty() {
                Err(InvitationError::NoTopic)
            } else {
                Invitation::new(&name, &field(&form, "invite-by"), &field(&form, "invite-to"), topics)
            }));
        })
    };
    html! {
        <section class="invite-form no-print" aria-labelledby="invite-heading">
            <@{h.tag(1)} id="invite-heading">{ "Invite partners" }</@>
            <p>{ "Make a link to send to each partner. They answer in their own browser, under a partnership named after the review, and send their results back to you; this tool sends nothing itself." }</p>
            // Checked here, with one sentence in the page, not the browser's bubble.
            <form ref={form} onsubmit={make} novalidate=true>
                <p class="field">
                    <label for="invite-name">{ "Name of the review (partners see it)" }</label>
                    <input id="invite-name" type="text" maxlength="60" autocomplete="off" value={(*name).clone()} oninput={on_name} />
                </p>
                <p class="field">
                    <label for="invite-by">{ "Reply by (optional)" }</label>
                    <input id="invite-by" type="date" ref={by} />
                </p>
                <p class="field">
                    <label for="invite-to">{ "Your email address, for “Send my results” (optional)" }</label>
                    <input id="invite-to" type="email" autocomplete="email" ref={to} />
                </p>
                <fieldset class="presentation">
                    <legend>{ "Topics to cover" }</legend>
                    for (i, s) in GUIDE.spreads.iter().enumerate().filter(|&(i, _)| offered[i]) {
                        <label>
                            <input type="checkbox" id={format!("invite-topic-{}", s.slug)} checked={ticked[i]} onchange={tick(i)} />
                            { format!(" {}", s.short_title) }
                        </label>
                    }
                </fieldset>
                <p class="button-row"><button type="submit" class="button">{ "Make the invitation" }</button></p>
            </form>
            {
                match &*made {
                    Some(Ok(invitation)) => {
                        let link = navigator.shareable_url(&Route::Invite(invitation.encode()));
                        html! {
                            <div class="invite-made" role="status">
                                <p class="hint" id="invite-link-says">{ crate::share::outgoing::invitation_says(invitation) }</p>
                                <CopyText text={link.clone()} id="invite-link" label="Invitation link" button="Copy the link" />
                                <p class="button-row">
                                    <a class="button" href={invitation.invite_mailto(&link)}>{ "Email the invitation" }</a>
                                </p>
                                <p class="hint">{ "Your mail program opens with the invitation written; add your partners’ addresses there." }</p>
                            </div>
                        }
                    }
                    Some(Err(e)) => html! { <p class="form-error" role="status">{ e.explain() }</p> },
                    None => html! {},
                }
            }
        </section>
    }
}
