//! The meeting, run from a comparison's agenda on a projector or a shared
//! screen: one agenda item at a time in large type (the statement or topic,
//! the group's ratings, the item on its diagram), the time planned and the
//! time spent (a quiet clock, said to screen readers once, when an item
//! runs over), what was agreed under it (`outcome`), and at the end
//! the agreed actions (`agreed_actions`). Arrow keys and Page Up/Down move
//! between items (never while typing), Escape leaves. The notes are kept in
//! this browser as they are typed (`meeting::stored`), never in anyone's
//! assessment.

use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::agreed_actions::{agreed_page, AgreedView};
use super::outcome::{outcome_form, FocusNext};
use crate::browser::storage::{Storage, StorageError};
use crate::browser::{clock, files, fullscreen, page};
use crate::content::GUIDE;
use crate::meeting::notes::{Edit, EditRefused, Notes, AGREED};
use crate::meeting::stored::{self, NotesError};
use crate::number::Fixed;
use crate::share::agenda::{change_since, reason, subject_text, AgendaItem, Why};
use crate::share::review::Review;
use crate::share::rounds::Round;
use crate::ui::compare::{figure, mark};
use crate::ui::components::{DiagramView, NodeMark};
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct MeetingProps {
    pub review: Rc<Review>,
    /// The agenda the meeting runs through, in its order.
    pub items: Rc<Vec<AgendaItem>>,
    /// The review's name ("" for none).
    pub name: AttrValue,
    pub earlier: Option<Round>,
    /// Where the notes are kept (`meeting::stored::key`).
    pub notes_key: AttrValue,
    /// The widget's storage prefix; empty for an app that stores nothing.
    pub store: AttrValue,
    /// Back to the agenda.
    pub on_leave: Callback<()>,
}

/// The meeting's notes, and the last edit refused (for which item, why).
#[derive(Clone, PartialEq)]
struct State {
    notes: Notes,
    refused: Option<(&'static str, EditRefused)>,
}

impl Reducible for State {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let subject = match &edit {
            Edit::AddAction(s) | Edit::NoAction(s, _) => Some(*s),
            _ => None,
        };
        let mut next = (*self).clone();
        let done = next.notes.apply(edit);
        // A refusal stays said until the next edit of that kind for its item.
        match (done, subject) {
            (Err(why), Some(subject)) => next.refused = Some((subject, why)),
            (Ok(()), Some(_)) => next.refused = None,
            _ => {}
        }
        Rc::new(next)
    }
}

/// What loading found, said once above the meeting.
#[derive(Clone, PartialEq)]
struct Opened {
    problem: Option<NotesError>,
    /// The unreadable text, kept aside and offered for download.
    set_aside: Option<Rc<str>>,
    /// Whether the notes may be written (not over text that could not be set aside).
    writable: bool,
}

/// The key unreadable notes are set aside under.
fn aside_key(key: &str) -> String {
    format!("{key}:set-aside")
}

/// Reads the notes kept under `key`; unreadable ones are copied aside
/// before anything can be written over them.
fn open(storage: Option<&Storage>, key: &str) -> (Notes, Opened) {
    let stored = storage.and_then(|s| s.read(key).ok().flatten());
    let loaded = stored::load(stored.as_deref());
    let writable = match (&loaded.set_aside, storage) {
        (Some(text), Some(storage)) => storage.write(&aside_key(key), text).is_ok(),
        _ => true,
    };
    let opened = Opened { problem: loaded.problem, set_aside: loaded.set_aside.map(Rc::from), writable };
    (loaded.notes, opened)
}

#[component]
pub fn Meeting(props: &MeetingProps) -> Html {
    let navigator = use_navigator();
    let h = navigator.headings;
    let key = props.notes_key.to_string();
    // Server rendering has no storage: the notes live in the page.
    let storage =
        use_memo(
            props.store.clone(),
            |prefix| {
                if cfg!(target_arch = "wasm32") {
                    Storage::reopen(prefix)
                } else {
                    None
                }
            },
        );
    let first = use_memo(key.clone(), |key| open(storage.as_ref().as_ref(), key));
    let opened = first.1.clone();
    let state = use_reducer(|| State { notes: first.0.clone(), refused: None });
    let notes = &state.notes;
    // Kept as typed: every change written whole, at once.
    let save_error = use_state_eq(|| None::<StorageError>);
    {
        let (storage, key, save_error, writable) = (storage.clone(), key.clone(), save_error.clone(), opened.writable);
        use_effect_with(state.notes.clone(), move |notes| {
            let result = match storage.as_ref() {
                Some(storage) if writable && notes.items.is_empty() => storage.remove(&key),
                Some(storage) if writable => storage.write(&key, &stored::write(notes)),
                Some(_) => Err(StorageError::Failed("set aside".into())),
                None => Err(StorageError::Unavailable),
            };
            save_error.set(result.err());
        });
    }

    let items = props.items.clone();
    let agreed_shown = notes.at == AGREED || items.is_empty();
    let index = items.iter().position(|i| i.subject == notes.at).unwrap_or(0);
    let item = (!agreed_shown).then(|| items[index].clone());
    let subject: &'static str = item.as_ref().map_or(AGREED, |i| i.subject);

    // The time spent on the item shown: counted from `since`, and added to
    // its notes when the meeting moves on or leaves, and every ten seconds
    // (so a crash loses no more).
    let since = use_mut_ref(clock::now_ms);
    let shown = use_mut_ref(|| subject);
    *shown.borrow_mut() = subject;
    let commit = {
        let (since, shown, dispatch) = (since.clone(), shown.clone(), state.dispatcher());
        Rc::new(move || {
            let now = clock::now_ms();
            let seconds = ((now - *since.borrow()) / 1000.0).max(0.0) as u32;
            let subject = *shown.borrow();
            if subject == AGREED {
                *since.borrow_mut() = now;
            } else if seconds > 0 {
                *since.borrow_mut() += f64::from(seconds) * 1000.0;
                dispatch.dispatch(Edit::Time(subject, seconds));
            }
        })
    };
    {
        let commit = commit.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(10_000, move || commit());
            move || drop(tick)
        });
    }
    // The item the agreed actions were opened from mid-meeting, which
    // "Back" returns to (after a reload, the last item).
    let came_from = use_mut_ref(|| None::<&'static str>);
    let go = {
        let (commit, since, dispatch) = (commit.clone(), since.clone(), state.dispatcher());
        let (shown, came_from) = (shown.clone(), came_from.clone());
        Rc::new(move |to: &'static str| {
            let from = *shown.borrow();
            if to == AGREED && from != AGREED {
                *came_from.borrow_mut() = Some(from);
            }
            commit();
            *since.borrow_mut() = clock::now_ms();
            dispatch.dispatch(Edit::Go(to));
        })
    };
    let root = use_node_ref();
    let leave = {
        let (commit, root, on_leave) = (commit.clone(), root.clone(), props.on_leave.clone());
        Rc::new(move || {
            commit();
            if let Some(root) = root.cast::<web_sys::Element>() {
                fullscreen::leave(&root);
            }
            on_leave.emit(());
        })
    };
    // Where the keys and the buttons lead: the next item, or after the
    // last the agreed actions; back from them, the last item.
    let next = (!agreed_shown).then(|| items.get(index + 1).map_or(AGREED, |i| i.subject));
    let previous = match agreed_shown {
        true => {
            came_from.borrow().filter(|s| items.iter().any(|i| i.subject == *s)).or(items.last().map(|i| i.subject))
        }
        false => index.checked_sub(1).map(|i| items[i].subject),
    };
    let step = |to: Option<&'static str>| {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(to) = to {
                go(to);
            }
        })
    };
    let onkeydown = {
        let (go, leave, root) = (go.clone(), leave.clone(), root.clone());
        Callback::from(move |e: KeyboardEvent| {
            // Keys typed into a field are the field's; a box of the
            // diagram moves on arrow keys itself (and says so by
            // preventing the default).
            if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() || page::is_text_entry(e.target()) {
                return;
            }
            let to = match e.key().as_str() {
                "ArrowRight" | "PageDown" => next,
                "ArrowLeft" | "PageUp" => previous,
                "Escape" => {
                    e.prevent_default();
                    // On the whole screen, Escape leaves the screen, not
                    // the meeting (as a browser's own Escape does).
                    match root.cast::<web_sys::Element>().filter(fullscreen::is_shown) {
                        Some(shown) => fullscreen::leave(&shown),
                        None => leave(),
                    }
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(to) = to {
                go(to);
            }
        })
    };

    // Each item (and the agreed actions) arrives like a slide: from the
    // top of the meeting's bar (where it is and the time spent in sight),
    // with focus on its heading, so a screen reader says where it is.
    let (bar, heading) = (use_node_ref(), use_node_ref());
    {
        let (bar, heading) = (bar.clone(), heading.clone());
        use_effect_with(subject, move |_| page::show_from_top_and_focus(&bar, &heading));
    }

    // Full screen, where the page may ask for it.
    let can_fill = use_state(fullscreen::available);
    let filling = use_state_eq(|| false);
    {
        let (root, filling) = (root.clone(), filling.setter());
        use_effect_with((), move |_| {
            let listener = root.cast::<web_sys::Element>().map(|element| {
                let target = element.clone();
                gloo_events::EventListener::new(&target, "fullscreenchange", move |_| {
                    filling.set(fullscreen::is_shown(&element))
                })
            });
            move || drop(listener)
        });
    }
    let fill = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                fullscreen::toggle(&root);
            }
        })
    };
    let leave_click = {
        let leave = leave.clone();
        Callback::from(move |_: MouseEvent| leave())
    };
    let on_edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |edit: Edit| dispatch.dispatch(edit))
    };
    // After the form adds or removes an action, focus goes where it says.
    let focus_next: FocusNext = use_mut_ref(|| None);
    let actions_here = notes.outcome(subject).map_or(0, |o| o.actions.len());
    {
        let (root, focus_next) = (root.clone(), focus_next.clone());
        use_effect_with(actions_here, move |_| {
            if let Some(selector) = focus_next.borrow_mut().take() {
                page::focus_within(&root, &selector);
            }
        });
    }
    let cleared = use_state_eq(|| false);
    let on_clear = {
        let (dispatch, storage, key, cleared) = (state.dispatcher(), storage.clone(), key.clone(), cleared.clone());
        Callback::from(move |_: MouseEvent| {
            if !page::confirm(
                "Clear this meeting’s notes? Every item’s actions, notes and time will be removed from this browser. This cannot be undone.",
            ) {
                return;
            }
            dispatch.dispatch(Edit::Clear);
            if let Some(storage) = storage.as_ref() {
                let _ = storage.remove(&key);
                let _ = storage.remove(&aside_key(&key));
            }
            cleared.set(true);
        })
    };
    let download_failed = use_state_eq(|| None::<String>);
    // The group's marks for the diagram of the item's topic.
    let spread = GUIDE.node(subject).map(|(s, _)| s).or_else(|| GUIDE.spread(subject));
    let marks = use_memo((props.review.clone(), spread.map(|s| s.slug)), |(review, _)| {
        Rc::new(
            review
                .statements
                .iter()
                .filter(|s| spread.is_some_and(|spread| spread.diagram.node(s.node).is_some()))
                .filter_map(|s| Some((s.node, mark(s)?)))
                .collect::<Vec<_>>(),
        )
    });
    let download_aside = {
        let text = opened.set_aside.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = &text {
                let _ = files::download("meeting-notes-set-aside.json", "application/json", text);
            }
        })
    };

    let place = match &item {
        Some(_) => format!("Item {} of {}", index + 1, items.len()),
        None => format!("Agreed actions, from {} items", items.len()),
    };
    // The bar's buttons, and the steps between items, as lists: one
    // button drawn for each (less code than one block per button).
    let mut controls: Vec<(&str, Callback<MouseEvent>)> = Vec::new();
    if !agreed_shown {
        controls.push(("Agreed actions", step(Some(AGREED))));
    }
    if *can_fill {
        controls.push((if *filling { "Leave full screen" } else { "Full screen" }, fill));
    }
    controls.push(("Leave the meeting", leave_click));
    let back_to = previous.and_then(|p| items.iter().position(|i| i.subject == p)).map_or(0, |n| n + 1);
    let steps: Vec<(String, Option<&'static str>)> = match agreed_shown {
        true => vec![(format!("← Back to item {back_to}"), previous)],
        false => vec![
            ("← Previous item".into(), previous),
            ((if next == Some(AGREED) { "Agreed actions →" } else { "Next item →" }).into(), next),
        ],
    };
    let steps = html! {
        <p class="button-row meeting-nav no-print">
            for (label, to) in steps {
                <button type="button" class="button" onclick={step(to)} disabled={to.is_none()}>{ label }</button>
            }
        </p>
    };
    // What went wrong with keeping the notes, if anything, in a sentence.
    let trouble = match (opened.problem, (*save_error).clone()) {
        (Some(problem), _) if opened.writable => Some(format!("{} They are kept aside in this browser, untouched, and this meeting starts new notes: download them to keep them.", problem.explain())),
        (Some(problem), _) => Some(format!("{} They are left as they were, so nothing typed now is kept in this browser: download them, then clear this meeting’s notes to start again.", problem.explain())),
        (None, Some(error)) => Some(format!("{} What you record here is not kept once this page closes: copy or print the agreed actions before you leave.", error.explain())),
        (None, None) => None,
    };
    html! {
        <section class="meeting" ref={root} tabindex="-1" aria-labelledby="meeting-title" {onkeydown}>
            <div class="meeting-bar" ref={bar}>
                <@{h.tag(0)} id="meeting-title" class="meeting-title">
                    { "Meeting" }
                    if !props.name.is_empty() {
                        { ": " }<bdi>{ props.name.clone() }</bdi>
                    }
                </@>
                <p class="meeting-place">{ place }</p>
                if let Some(item) = &item {
                    { clock_line(item.subject, item.minutes, notes.spent(item.subject) + ((clock::now_ms() - *since.borrow()).max(0.0) / 1000.0) as u32) }
                }
                <p class="meeting-controls button-row">
                    for (label, onclick) in controls {
                        <button type="button" class="button" {onclick}>{ label }</button>
                    }
                </p>
            </div>
            if let Some(trouble) = trouble {
                <p class="form-message form-error" role="status">
                    { trouble }
                    if opened.set_aside.is_some() {
                        { " " }<button type="button" class="link-button" onclick={download_aside}>{ "Download the notes that could not be read" }</button>
                    }
                </p>
            }
            if let Some(item) = &item {
                <div class="meeting-item" id="meeting-item">
                    <p class="meeting-why">{ why_words(item) }</p>
                    <@{h.tag(1)} id="meeting-item-heading" class="meeting-subject" tabindex="-1" ref={heading.clone()}>{ subject_text(item) }</@>
                    <div class="meeting-body">
                        <div class="meeting-ratings">
                            <dl class="meeting-figures">
                                for (label, value) in figures(item, &props.review) {
                                    <div><dt>{ label }</dt><dd class="meeting-figure">{ value }</dd></div>
                                }
                            </dl>
                            <p class="meeting-reason">{ reason(item, &props.review) }</p>
                            if let Some(change) = props.earlier.as_ref().and_then(|r| change_since(r, item, &props.review)) {
                                <p class="meeting-change">{ change }</p>
                            }
                        </div>
                        // The way on, before the diagram: on a 1280×720
                        // screen it shows with the item, not two screens down.
                        <div class="meeting-steps">{ steps }</div>
                        if let Some(spread) = spread {
                            { item_diagram(spread, item.subject, (*marks).clone(), {
                                let (go, items) = (go.clone(), items.clone());
                                Callback::from(move |id: &'static str| {
                                    if items.iter().any(|i| i.subject == id) {
                                        go(id);
                                    }
                                })
                            }) }
                        }
                    </div>
                    { outcome_form(h, item.subject, notes.outcome(item.subject),
                        state.refused.filter(|(s, _)| *s == item.subject).map(|(_, why)| why), &on_edit, &focus_next) }
                    <p class="hint meeting-keys no-print">{ "Keys: → or Page Down for the next item, ← or Page Up for the one before, Escape to leave (not while typing in a field)." }</p>
                </div>
            } else {
                { agreed_page(&navigator, AgreedView {
                    notes,
                    items: &items,
                    name: &props.name,
                    heading: heading.clone(),
                    on_clear,
                    kept: storage.is_some() && opened.writable,
                    cleared: *cleared,
                    download: { let failed = download_failed.setter(); Callback::from(move |why| failed.set(Some(why))) },
                    failed: (*download_failed).clone(),
                }) }
                { steps }
            }
        </section>
    }
}

/// "Views differ · Trust": why the item is on the agenda, and its topic.
fn why_words(item: &AgendaItem) -> String {
    let why = match item.why {
        Why::Split => "Views differ",
        Why::Low => "Everyone rates it low",
        Why::Topic => "A topic in the priority band",
    };
    match GUIDE.node(item.subject) {
        Some((spread, _)) => format!("{why} · {}", spread.short_title),
        None => why.to_string(),
    }
}

/// The group's ratings of the item, as figures with their labels: how
/// many chose each rating and the median for a statement; the median,
/// lowest and highest score for a topic.
fn figures(item: &AgendaItem, review: &Review) -> Vec<(String, String)> {
    let score = |v: Option<f32>| v.map_or("–".to_string(), |v| Fixed(v, 1).to_string());
    if let Some(topic) = review.topics.iter().find(|t| t.slug == item.subject) {
        return vec![
            ("Median score".into(), score(topic.median)),
            ("Lowest".into(), score(topic.lowest())),
            ("Highest".into(), score(topic.highest())),
            ("Partners with a score".into(), topic.scores.len().to_string()),
        ];
    }
    let Some(s) = review.statements.iter().find(|s| s.node == item.subject) else {
        return Vec::new();
    };
    let mut all: Vec<(String, String)> =
        s.counts.iter().enumerate().map(|(i, n)| (format!("Rated {}", i + 1), n.to_string())).collect();
    all.push(("Don’t know".into(), s.dont_know.to_string()));
    all.push(("Median".into(), s.median.map_or("–".to_string(), figure)));
    all
}

/// The item on its topic's diagram: the group's marks on every box, the
/// item's own box selected (a topic's diagram as a whole). Choosing a box
/// that is on the agenda goes to its item (`on_open`).
fn item_diagram(
    spread: &'static crate::content::Spread,
    subject: &'static str,
    marks: Rc<Vec<(&'static str, NodeMark)>>,
    on_open: Callback<&'static str>,
) -> Html {
    let selected = spread.diagram.node(subject).map(|n| n.id);
    html! {
        <figure class={classes!("meeting-diagram", format!("accent-{}", spread.number))}>
            <DiagramView {spread} {selected} {on_open} panel_id="meeting-item" marks={Some(marks)} />
            <figcaption>
                { format!("{} the diagram of {}, with the group’s median on every box.",
                    if selected.is_some() { "The item on" } else { "The topic’s items on" }, spread.short_title) }
            </figcaption>
        </figure>
    }
}

/// The time spent against the time planned, in whole minutes: a quiet
/// figure, no sound, nothing said to a screen reader until the item runs
/// over, and that once (the live region is there, empty, from the start,
/// and its words do not change while the item stays over).
fn clock_line(subject: &'static str, planned: u32, spent_s: u32) -> Html {
    let over = spent_s >= planned * 60;
    // A new clock per item (keyed): arriving at an item already over says
    // nothing; only crossing into over time while it is shown does.
    html! {
        <>
        <div key={subject} class={classes!("meeting-clock", over.then_some("is-over"))}>
            <p>
                <span class="meeting-label">{ "Time spent " }</span>
                <span class="meeting-figure">{ spent_s / 60 }</span>
                { format!(" of {planned} minutes") }
                if over {
                    <span class="meeting-over">{ " · over time" }</span>
                }
            </p>
            <p class="visually-hidden" aria-live="polite">
                { if over { format!("This item has run over its {planned} minutes.") } else { String::new() } }
            </p>
        </div>
        </>
    }
}
