//! Comparing partners' results: added as links or found in pasted text,
//! shown as an anonymous group summary or side by side with names, with a
//! discussion agenda to print or send. Opening a comparison writes nothing.
//! Part of the comparison module, loaded apart (see `compare_entry`).

use yew::prelude::*;

use super::kept::{use_kept_field, use_tab_drafts};
use super::{
    kept_budget, result_names, side_by_side, Agenda, GroupDiagrams, GroupSummary, InviteForm, MeetingLoader, PasteForm,
    SummaryDownload, RUN_BUTTON,
};
use crate::assessment::Answers;
use crate::route::Route;
use crate::share::compare::{GROUP_FROM, MAX_PARTNERS, MIN_PARTNERS, NOTHING_ANSWERED, SIDE_BY_SIDE_MAX};
use crate::share::comparison::{clean_name, name_fits, ComparisonLink};
use crate::share::links::find_results;
use crate::share::outgoing::comparison_link_says;
use crate::share::read::{read_actions, read_results, Payload};
use crate::share::review::review;
use crate::share::rounds::Round;
use crate::share::ShareError;
use crate::share::Shared;
use crate::ui::components::CopyText;
use crate::ui::components::{input_value, COMMIT_AFTER_MS};
use crate::ui::context::use_navigator;
use crate::ui::first_frame::{use_focus_on_arrival, use_painted};
use gloo_timers::callback::Timeout;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// The comparison as its link holds it (see `share::comparison`).
    pub link: AttrValue,
    /// The reader's own results, encoded.
    pub mine: AttrValue,
    pub focus: bool,
    /// The widget's storage prefix, where a meeting's notes are kept
    /// (empty for an app that stores nothing).
    #[prop_or_default]
    pub notes_prefix: AttrValue,
}

/// Kept for the tab while the meeting is open, so a reload goes back into
/// it: which review's meeting (its notes' key), so another comparison
/// opened later in the tab does not start in it.
const MEETING_DRAFT: &str = "meeting";

/// Said above the comparison when some results in it cannot be used (the
/// list further down says why, result by result).
fn unusable_words(unusable: usize, of: usize) -> String {
    format!("{unusable} of the {of} results cannot be used: the list of results below the agenda says why.")
}

/// A result in the list, or why it cannot be used.
fn read(payload: &str) -> Result<Shared, &'static str> {
    // The whole reader, so a damaged comparison says what is wrong with it.
    match crate::share::read::read(payload) {
        Ok(Payload::Results(shared)) => answered(shared),
        Ok(Payload::Comparison(_)) => Err(ShareError::WholeComparison.explain()),
        Ok(Payload::Invitation(_)) => Err(ShareError::Invitation.explain()),
        Ok(Payload::Actions(_)) => Err(ShareError::Actions.explain()),
        Err(e) => Err(e.explain()),
    }
}

/// A result counts only with something answered (a link made by an earlier
/// build may hold one with nothing).
fn answered(shared: Shared) -> Result<Shared, &'static str> {
    if shared.answers.is_empty() {
        Err(NOTHING_ANSWERED)
    } else {
        Ok(shared)
    }
}

/// The review's name as typed, kept for the tab until it is in the link.
const NAME_DRAFT: &str = "review-name";
/// The last round's agreed-actions link (its payload), kept for the tab:
/// the comparison's link does not carry it (it would grow too long).
const ACTIONS_DRAFT: &str = "agreed-actions";

/// Said when agreed actions were pasted without the round they followed.
const ACTIONS_WITHOUT_ROUND: &str = "The agreed actions were kept: paste the link to the earlier round’s comparison as well, to see what changed since.";
/// Said when the box for agreed actions found none.
const NO_ACTIONS_FOUND: &str =
    "No agreed-actions link was found in that text: paste the link the facilitator sent after the last meeting.";
/// Where the agreed actions are kept, in one sentence.
const ACTIONS_KEPT: &str = "The agreed actions are kept in this tab only, not in this comparison’s link (it would grow too long): paste them again if you open the comparison elsewhere.";

/// Said when a typed review name would not fit the comparison's link.
const NAME_TOO_LONG: &str =
    "This name is longer than the comparison’s link can carry (60 characters, fewer in some scripts), \
     so the link keeps the name it had: shorten it a little.";

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    crate::ui::render_count::count("ComparePage");
    let heading = use_focus_on_arrival(props.focus);
    let navigator = use_navigator();
    let h = navigator.headings;
    // The viewer's choice of presentation: `Some(true)` to show names.
    let named = use_state(|| None::<bool>);
    let link = use_memo(props.link.clone(), |raw| ComparisonLink::parse(raw));
    // The summary first: the diagrams, the agenda and the forms below it
    // follow once it is painted.
    let painted = use_painted();
    // A link can hold more than a comparison does (it is read with one
    // more, to tell): the first ones are compared, and the page says so.
    let over = link.results.len() > MAX_PARTNERS;
    let payloads: Vec<String> = link.results.iter().take(MAX_PARTNERS).cloned().collect();
    // Another list of results, the review's name and earlier round kept
    // (one callback while they stay, so the paste form is not drawn again).
    let go = use_callback((navigator.clone(), link.clone()), |results: Vec<String>, (navigator, link)| {
        let next = ComparisonLink { results, ..(**link).clone() };
        navigator.navigate.emit(Route::Compare(next.to_raw()));
    });

    // Each result read once per list, not on every render.
    let results = use_memo(payloads.clone(), |payloads| {
        payloads.iter().map(|p| read(p)).collect::<Vec<Result<Shared, &'static str>>>()
    });
    let valid: Vec<(String, Shared)> = payloads
        .iter()
        .zip(results.iter())
        .filter_map(|(p, r)| r.as_ref().ok().map(|s| (p.clone(), s.clone())))
        .collect();
    let can_name = valid.len() <= SIDE_BY_SIDE_MAX;
    let show_names = can_name && named.unwrap_or(valid.len() < GROUP_FROM);
    // Computed once per list of results, not on every render.
    let answers = use_memo(payloads.clone(), |_| valid.iter().map(|(_, s)| s.answers.clone()).collect::<Vec<_>>());
    let review = use_memo(answers.clone(), |answers| review(answers));
    // The comparison's own link: its usable results (read above) in one
    // payload; packing tries label lengths until it fits, so once per list,
    // and not before the summary is on screen (only the share box needs it).
    let usable: Vec<String> = valid.iter().map(|(p, _)| p.clone()).collect();
    let packed = use_memo((usable, link.clone(), painted), |(results, link, painted)| {
        painted.then(|| {
            let read: Vec<Shared> = valid.iter().map(|(_, s)| s.clone()).collect();
            ComparisonLink { results: results.clone(), ..(**link).clone() }.to_raw_read(&read)
        })
    });

    let remove = |index: usize| {
        let (go, current) = (go.clone(), payloads.clone());
        Callback::from(move |_: MouseEvent| {
            let mut list = current.clone();
            list.remove(index);
            go.emit(list);
        })
    };
    // The review's name and earlier round travel in the comparison's link.
    let relink = {
        let navigator = navigator.clone();
        move |next: ComparisonLink| navigator.navigate.emit(Route::Compare(next.to_raw()))
    };
    // The name goes into the link as it is typed (a pause of
    // COMMIT_AFTER_MS, as in every text field) and when the field is left,
    // replacing the address rather than adding to the history, so a reload
    // keeps it. (Not `TextField`: that commits to the app's saved data,
    // which the comparison module has not got and must not write.)
    // The link as of now: a pause may end after results were added.
    let latest = use_mut_ref(|| link.clone());
    *latest.borrow_mut() = link.clone();
    // What is typed in the pause is kept for the tab as well, so a reload
    // inside it (or a closed tab, reopened) brings it back into the link.
    let drafts = use_tab_drafts();
    // A typed name too long for the link: kept in the field, not in the link.
    let name_refused = use_state(|| None::<String>);
    // The last round's agreed actions, as pasted (kept for the tab).
    let kept_actions = use_state({
        let drafts = drafts.clone();
        move || drafts.read(ACTIONS_DRAFT)
    });
    let agreed = (*kept_actions).as_deref().and_then(|p| read_actions(p).ok());
    let keep_actions = {
        let (kept, drafts) = (kept_actions.clone(), drafts.clone());
        move |payload: Option<String>| {
            match &payload {
                Some(p) => drafts.keep(ACTIONS_DRAFT, p),
                None => drafts.forget(ACTIONS_DRAFT),
            }
            kept.set(payload);
        }
    };
    let rename = {
        let (navigator, latest, refused) = (navigator.clone(), latest.clone(), name_refused.clone());
        let drafts = drafts.clone();
        move |name: String| {
            // Refused whole, never cut: the field (and the tab) keeps what was typed.
            if !name_fits(&name) {
                refused.set(Some(name));
                return;
            }
            drafts.forget(NAME_DRAFT);
            refused.set(None);
            let name = clean_name(&name);
            let link = latest.borrow().clone();
            if name != link.name {
                navigator.replace.emit(Route::Compare(ComparisonLink { name, ..(*link).clone() }.to_raw()));
            }
        }
    };
    {
        let rename = rename.clone();
        use_effect_with(drafts.clone(), move |drafts| {
            if let Some(name) = drafts.read(NAME_DRAFT) {
                rename(name);
            }
        });
    }
    let pause = use_mut_ref(|| None::<Timeout>);
    let on_name_input = {
        let (rename, pause, drafts) = (rename.clone(), pause.clone(), drafts.clone());
        Callback::from(move |e: InputEvent| {
            let (rename, name) = (rename.clone(), input_value(&e));
            drafts.keep(NAME_DRAFT, &name);
            *pause.borrow_mut() = Some(Timeout::new(COMMIT_AFTER_MS, move || rename(name)));
        })
    };
    let on_name_change = Callback::from(move |e: Event| {
        pause.borrow_mut().take();
        rename(input_value(&e));
    });
    // (Its box is drawn after the first frame, and only while no earlier
    // round is set.)
    let earlier_field =
        use_kept_field("earlier-paste", painted && valid.len() >= MIN_PARTNERS && link.earlier.is_none());
    // Why the last text given as the earlier round was refused.
    let earlier_refused = use_state(|| None::<String>);
    // The button that added the earlier round gives way to what it added:
    // focus follows there, rather than to the page's body.
    let round_line = use_node_ref();
    let focus_round = use_mut_ref(|| false);
    {
        let (round_line, focus_round) = (round_line.clone(), focus_round.clone());
        use_effect_with(link.earlier.is_some(), move |&shown| {
            if shown && std::mem::take(&mut *focus_round.borrow_mut()) {
                if let Some(line) = round_line.cast::<web_sys::HtmlElement>() {
                    let _ = line.focus();
                }
            }
        });
    }
    let set_earlier = {
        let (relink, link, field, refused) =
            (relink.clone(), link.clone(), earlier_field.clone(), earlier_refused.clone());
        let focus_round = focus_round.clone();
        let drafts = drafts.clone();
        let keep_actions = keep_actions.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = field.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let found = find_results(&field.value(), &[]);
            let answers: Vec<Answers> =
                found.payloads.iter().filter_map(|p| read_results(p).ok()).map(|s| s.answers).collect();
            // Agreed actions pasted with it (or on their own) are kept for the tab.
            let actions_found = found.actions.is_some();
            if let Some(actions) = found.actions.clone() {
                keep_actions(Some(actions));
            }
            if answers.len() < MIN_PARTNERS && actions_found {
                refused.set(Some(ACTIONS_WITHOUT_ROUND.to_string()));
            } else if answers.len() < MIN_PARTNERS {
                // A link that was there but broken says what is wrong with it.
                refused.set(Some(found.broken.first().map_or_else(
                    || format!("No earlier comparison was found in that text: it needs the link to a comparison of at least {MIN_PARTNERS} results."),
                    |(_, why)| why.to_string(),
                )));
            } else {
                refused.set(None);
                *focus_round.borrow_mut() = true;
                field.set_value("");
                drafts.forget("earlier-paste");
                // A comparison link brings its round's number and the
                // review's name (unless this one has a name already).
                let number = found.review.as_ref().map_or(1, ComparisonLink::round_number);
                let name = match (&found.review, link.name.is_empty()) {
                    (Some(earlier), true) => earlier.name.clone(),
                    _ => link.name.clone(),
                };
                // (The module's function: `review` here is this comparison's.)
                relink(ComparisonLink {
                    earlier: Some(Round::of(&crate::share::review::review(&answers), number)),
                    name,
                    ..(*link).clone()
                });
            }
        })
    };
    // The meeting: open with the agenda's time, kept open for the tab.
    let meeting_of = crate::meeting::stored::key(&link.name, link.round_number(), &review);
    let meeting =
        use_state(|| drafts.read(MEETING_DRAFT).filter(|open| *open == meeting_of).map(|_| kept_budget(&drafts)));
    let root = use_node_ref();
    let back_to_run = use_mut_ref(|| false);
    {
        let (root, back_to_run) = (root.clone(), back_to_run.clone());
        use_effect_with(meeting.is_some(), move |open| {
            if !open && std::mem::take(&mut *back_to_run.borrow_mut()) {
                crate::browser::page::focus_within(&root, &format!("#{RUN_BUTTON}"));
            }
        });
    }
    let on_run = {
        let (meeting, drafts) = (meeting.clone(), drafts.clone());
        Callback::from(move |budget: u32| {
            drafts.keep(MEETING_DRAFT, &meeting_of);
            meeting.set(Some(budget));
        })
    };
    let on_leave = {
        let (meeting, drafts) = (meeting.clone(), drafts.clone());
        Callback::from(move |()| {
            drafts.forget(MEETING_DRAFT);
            *back_to_run.borrow_mut() = true;
            meeting.set(None);
        })
    };
    // With the earlier round set, its agreed actions have a box of their own.
    let actions_field = use_kept_field("actions-paste", painted && link.earlier.is_some() && agreed.is_none());
    let actions_refused = use_state(|| None::<&'static str>);
    let set_actions = {
        let (field, refused, keep_actions) = (actions_field.clone(), actions_refused.clone(), keep_actions.clone());
        let drafts = drafts.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = field.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let found = find_results(&field.value(), &[]);
            match found.actions {
                Some(actions) => {
                    refused.set(None);
                    field.set_value("");
                    drafts.forget("actions-paste");
                    keep_actions(Some(actions));
                }
                None => refused.set(Some(found.broken.first().map_or(NO_ACTIONS_FOUND, |(_, why)| *why))),
            }
        })
    };
    let drop_actions = {
        let keep_actions = keep_actions.clone();
        Callback::from(move |_: MouseEvent| keep_actions(None))
    };
    let drop_earlier = {
        let (relink, link) = (relink.clone(), link.clone());
        Callback::from(move |_: MouseEvent| relink(ComparisonLink { earlier: None, ..(*link).clone() }))
    };
    let choose = |names: bool| {
        let named = named.clone();
        Callback::from(move |_: Event| named.set(Some(names)))
    };

    let unusable = results.iter().filter(|r| r.is_err()).count();
    // Built only where shown (after the first frame, or with too few
    // results): not on the render that has to reach the screen first.
    let results_list = || {
        if results.is_empty() {
            html! {}
        } else {
            html! {
                <section class="compare-results" aria-labelledby="compare-results-heading">
                    <@{h.tag(1)} id="compare-results-heading">{ format!("Results in this comparison ({} of {MAX_PARTNERS})", results.len()) }</@>
                    <ol class="compare-links">
                        for (i, result) in results.iter().enumerate() {
                            <li>
                                {
                                    match result {
                                        // The name its column has in side by side.
                                        Ok(_) if show_names => html! {
                                            <bdi>{ result_names(&valid, &props.mine).swap_remove(results[..i].iter().filter(|r| r.is_ok()).count()) }</bdi>
                                        },
                                        Ok(_) => html! { <span>{ format!("Result {}", i + 1) }</span> },
                                        Err(why) => html! { <span class="form-error">{ *why }</span> },
                                    }
                                }
                                { " " }
                                <button type="button" class="link-button" onclick={remove(i)}>
                                    { "Remove" }<span class="visually-hidden">{ format!(" result {}", i + 1) }</span>
                                </button>
                            </li>
                        }
                    </ol>
                </section>
            }
        }
    };
    let review_details = {
        let (link, review) = (link.clone(), review.clone());
        move || {
            html! {
                <section class="review-details no-print" aria-labelledby="review-details-heading">
                    <@{h.tag(1)} id="review-details-heading">{ "About this review" }</@>
                    <p class="field">
                        <label for="review-name">{ "Name of this review (on the printed agenda, and kept in this comparison’s link)" }</label>
                        <input id="review-name" type="text" autocomplete="off"
                            aria-describedby={name_refused.is_some().then_some("review-name-error")}
                            aria-invalid={name_refused.is_some().then_some("true")}
                            value={(*name_refused).clone().unwrap_or_else(|| link.name.clone())}
                            oninput={on_name_input} onchange={on_name_change} />
                        if name_refused.is_some() {
                            <span class="form-error" id="review-name-error" role="status">{ NAME_TOO_LONG }</span>
                        }
                    </p>
                    if let Some(round) = &link.earlier {
                        <p tabindex="-1" ref={round_line}>
                            { format!("This is round {} of the review, compared with round {} ({} results): the summary and the agenda say what changed since. ", link.round_number(), round.number, round.results) }
                            <button type="button" class="link-button" onclick={drop_earlier}>{ format!("Remove round {}", round.number) }</button>
                        </p>
                        if agreed.is_none() {
                            <form class="compare-earlier" onsubmit={set_actions}>
                                <label for="actions-paste">{ format!("Agreed actions: paste the link to the actions agreed after round {} (or the message that holds it) to see each beside what changed since", round.number) }</label>
                                <textarea id="actions-paste" rows="2" ref={actions_field} />
                                <p class="button-row"><button type="submit" class="button">{ "Add the agreed actions" }</button></p>
                                if let Some(why) = *actions_refused {
                                    <p class="form-error" role="status">{ why }</p>
                                }
                            </form>
                        }
                    } else {
                        <form class="compare-earlier" onsubmit={set_earlier}>
                            <label for="earlier-paste">{ "Earlier round: paste the link to your last review’s comparison, and its agreed-actions link if you have one (or the message that holds them), to see what changed since" }</label>
                            <textarea id="earlier-paste" rows="2" ref={earlier_field} />
                            <p class="button-row"><button type="submit" class="button">{ "Add the earlier round" }</button></p>
                            if let Some(why) = (*earlier_refused).clone() {
                                <p class="form-error" role="status">{ why }</p>
                            }
                        </form>
                    }
                    if let Some(agreed) = &agreed {
                        <section class="agreed-changes" aria-labelledby="agreed-changes-heading">
                            <@{h.tag(2)} id="agreed-changes-heading">{ "What was agreed, and what changed since" }</@>
                            <ul>
                                for line in agreed.beside_changes(link.earlier.as_ref(), &review) {
                                    <li>{ line }</li>
                                }
                            </ul>
                            <p class="hint">
                                { ACTIONS_KEPT }{ " " }
                                <button type="button" class="link-button" onclick={drop_actions}>{ "Remove the agreed actions" }</button>
                            </p>
                        </section>
                    }
                </section>
            }
        }
    };
    let address = (*packed).clone().map(|packed| navigator.shareable_url(&Route::Compare(packed)));
    let link_says = (*packed).as_deref().map(comparison_link_says);

    // The meeting takes the whole view while it runs.
    if let (Some(budget), true) = (*meeting, valid.len() >= MIN_PARTNERS) {
        // Keyed by its review: another review (Back to an earlier
        // comparison, mid-meeting) is another meeting, never these notes.
        let meeting_key = crate::meeting::stored::key(&link.name, link.round_number(), &review);
        return html! {
            <div class="meeting-page" ref={root}>
                <MeetingLoader key={meeting_key} link={props.link.clone()} {budget}
                    notes_prefix={props.notes_prefix.clone()} {on_leave} />
            </div>
        };
    }

    html! {
        <div class="compare" ref={root}>
            <@{h.tag(0)} tabindex="-1" ref={heading}>{ "Compare partners’ views" }</@>
            <p>
                { "Success can mean different things to different partners. Ask each partner to share their results link, \
                   add the links here, and see where your views differ: that is where the useful conversation starts." }
            </p>
            <p class="notice">
                { format!("Links carry ratings only, and a label (an organisation or role) only if the sender added one. Even so, in a small group people may recognise each other’s answers: \
                   from {GROUP_FROM} results the comparison opens as an anonymous group summary, and it is worth agreeing how you will use it before you share your links.") }
            </p>
            <PasteForm current={payloads.clone()} mine={props.mine.clone()} on_list={go.clone()} />
            if link.unread_extras {
                <p class="form-error">{ "This link’s review name or earlier round could not be read: it may have been made by a newer version of this tool, or changed on the way. Its results are compared below as usual." }</p>
            }
            if over {
                <p class="form-error">{ format!("This link held more than {MAX_PARTNERS} results, the most one comparison holds: the first {MAX_PARTNERS} are compared.") }</p>
            }
            if valid.len() >= MIN_PARTNERS {
                if unusable > 0 {
                    <p class="form-error">{ unusable_words(unusable, results.len()) }</p>
                }
                // A choice only where there is one: past the side-by-side
                // limit, one line says why it is a summary.
                if can_name {
                    <fieldset class="presentation">
                        <legend>{ "Show the comparison as" }</legend>
                        <label>
                            <input type="radio" name="presentation" checked={!show_names} onchange={choose(false)} />
                            { " A group summary, without names" }
                        </label>
                        <label>
                            <input type="radio" name="presentation" checked={show_names} onchange={choose(true)} />
                            { " Side by side, with each result’s name" }
                        </label>
                    </fieldset>
                } else {
                    <p class="hint">{ format!("Side by side shows up to {SIDE_BY_SIDE_MAX} results: these {} show as a group summary, without names.", valid.len()) }</p>
                }
                // What the comparison was opened for comes first; what
                // manages it follows, once the first screen is painted.
                if show_names {
                    { side_by_side(h, &valid, &answers, &props.mine) }
                } else {
                    <GroupSummary review={review.clone()} earlier={link.earlier.clone()} rows={painted} />
                    <SummaryDownload review={review.clone()} earlier={link.earlier.clone()} name={link.name.clone()} />
                }
                if painted {
                    if !show_names {
                        <GroupDiagrams review={review.clone()} />
                    }
                    { review_details() }
                    <Agenda review={(*review).clone()} name={link.name.clone()} earlier={link.earlier.clone()} {on_run} />
                    { results_list() }
                }
                if let Some(address) = address {
                    <section class="compare-share" aria-labelledby="compare-share-heading">
                        <@{h.tag(1)} id="compare-share-heading">{ "Share this comparison" }</@>
                        <p class="hint" id="compare-link-says">{ link_says.clone().unwrap_or_default() }</p>
                        <CopyText text={address} id="compare-link" label="Link to this comparison" button="Copy link" />
                    </section>
                }
            } else {
                { results_list() }
                <p>{ format!("Add at least {MIN_PARTNERS} valid links to see the comparison.") }</p>
            }
            if painted {
                <InviteForm name={link.name.clone()} />
            }
        </div>
    }
}
