//! The root of the meeting module (see `meeting_entry`): agreed
//! actions for a partner (`MeetingView::Actions`), or the meeting for the
//! comparison's link, its review read from the link's
//! results as the compare page reads them, with the navigator made from
//! what the comparison module passed in.

use std::rc::Rc;

use yew::prelude::*;

use super::{ActionsPage, Meeting};
use crate::assessment::Answers;
use crate::meeting_entry::{MeetingOptions, MeetingView};
use crate::route::Route;
use crate::share::agenda::agenda;
use crate::share::compare::MAX_PARTNERS;
use crate::share::comparison::ComparisonLink;
use crate::share::read::{read, Payload};
use crate::share::review::review;
use crate::ui::context::Navigator;

#[derive(Properties, PartialEq, Clone)]
pub struct MeetingAppProps {
    pub options: Rc<MeetingOptions>,
    /// Navigates in the main app (through the comparison module).
    pub navigate: Callback<Route>,
    pub replace: Callback<Route>,
    /// Back to the agenda.
    pub on_leave: Callback<()>,
    /// Adds agreed actions to a partnership's plan, in the main app: its
    /// id, and the items (`AgreedItem::join`).
    pub add: Callback<(String, String)>,
}

/// The answers of the results the comparison uses: the first
/// `MAX_PARTNERS` that read as results with something answered.
fn usable_answers(link: &ComparisonLink) -> Vec<Answers> {
    link.results
        .iter()
        .take(MAX_PARTNERS)
        .filter_map(|p| match read(p) {
            Ok(Payload::Results(shared)) if !shared.answers.is_empty() => Some(shared.answers),
            _ => None,
        })
        .collect()
}

#[component]
pub fn MeetingApp(props: &MeetingAppProps) -> Html {
    let options = &props.options;
    let navigator = use_memo(
        (options.place.clone(), props.navigate.clone(), props.replace.clone()),
        |(place, navigate, replace)| Navigator::new(place, navigate.clone(), replace.clone()),
    );
    let link = use_memo(options.link.clone(), |raw| ComparisonLink::parse(raw));
    let review = use_memo(link.clone(), |link| review(&usable_answers(link)));
    let items = use_memo((review.clone(), options.budget), |(review, budget)| agenda(review, *budget));
    let notes_key: AttrValue = crate::meeting::stored::key(&link.name, link.round_number(), &review).into();
    let meeting_key = notes_key.to_string();
    if options.view == MeetingView::Actions {
        return html! {
            <ContextProvider<Navigator> context={(*navigator).clone()}>
                <ActionsPage payload={AttrValue::from(options.link.clone())} focus={options.focus}
                    store={AttrValue::from(options.store.clone())} add={props.add.clone()} />
            </ContextProvider<Navigator>>
        };
    }
    html! {
        <ContextProvider<Navigator> context={(*navigator).clone()}>
            // Keyed by its review: another review is another meeting, never these notes.
            <Meeting key={meeting_key} review={review.clone()} {items} name={link.name.clone()} earlier={link.earlier.clone()}
                {notes_key} store={AttrValue::from(options.notes_prefix.clone())} on_leave={props.on_leave.clone()} />
        </ContextProvider<Navigator>>
    }
}
