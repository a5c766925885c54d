//! Keeps local storage and the app state in step: saves after every edit,
//! merges what another tab saved, and falls back to memory when refused.
//! What stored data means is `storage_policy`'s call; this hook carries it out.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::{clock, startup, storage::Storage};
use crate::state::{Action, AppState, SaveMode};
use crate::storage_policy::{self as policy, Decision, When};

#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>, storage: Option<Storage>) {
    // What we last wrote or read, to notice another tab's write before ours lands.
    let last_seen = use_mut_ref(|| storage.as_ref().and_then(|s| s.load().ok().flatten()));

    // Another tab changed the data.
    {
        let dispatch = state.dispatcher();
        let last_seen = last_seen.clone();
        // The state as it is when the event comes, not as it was when the
        // listener was made: a tab that stops saving offers its latest data.
        let latest = use_mut_ref(|| state.clone());
        *latest.borrow_mut() = state.clone();
        use_effect_with(storage.clone(), move |storage| {
            let listener = storage.as_ref().and_then(|s| {
                s.on_external_change(move |text| {
                    *last_seen.borrow_mut() = text.clone();
                    let ours = || latest.borrow().store.to_json();
                    match policy::decide(When::OtherTab, text.as_deref(), ours) {
                        Decision::Take(theirs) => dispatch.dispatch(Action::Merge { theirs, save: false }),
                        // Deleted in another tab: drop it here too, or this
                        // tab's next edit would write it all back.
                        Decision::Clear(notice) => {
                            dispatch.dispatch(Action::Reset(startup::fresh_store()));
                            dispatch.dispatch(Action::Notify(Some(notice)));
                        }
                        Decision::StopSaving(notice) => dispatch.dispatch(Action::SaveFailed {
                            mode: SaveMode::ReadOnly,
                            notice,
                        }),
                        Decision::SetAside(_) | Decision::Nothing | Decision::Ignore => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Save after every edit, in a task of its own: the screen updates first,
    // and a burst of edits is saved once.
    {
        let dispatch = state.dispatcher();
        let state = state.clone();
        let pending = use_mut_ref(|| None::<Timeout>);
        let first = use_memo((), |_| Cell::new(true));
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 && state.save_mode != SaveMode::ReadOnly {
                if let Some(storage) = storage {
                    let task =
                        Timeout::new(0, move || save(&state, &storage, &last_seen, &first, &dispatch));
                    // Replacing a pending save cancels it.
                    *pending.borrow_mut() = Some(task);
                }
            }
        });
    }
}

fn save(
    state: &AppState,
    storage: &Storage,
    last_seen: &Rc<RefCell<Option<String>>>,
    first: &Cell<bool>,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let mut store = state.store.clone();
    let stop = |notice| {
        dispatch.dispatch(Action::SaveFailed {
            mode: SaveMode::ReadOnly,
            notice,
        })
    };
    // Another tab wrote since we last looked and its event has not reached
    // us yet: decide what that means before writing over it.
    let stored = storage.load().ok().flatten();
    if stored != *last_seen.borrow() {
        match policy::decide(When::BeforeSave, stored.as_deref(), || store.to_json()) {
            Decision::Take(theirs) => {
                store.merge(&theirs);
                dispatch.dispatch(Action::Merge { theirs, save: false });
            }
            Decision::StopSaving(notice) => return stop(notice),
            Decision::SetAside(reason) => {
                let raw = stored.clone().unwrap_or_default();
                if storage.back_up(&raw, clock::now_ms() as u64).is_err() {
                    return stop(policy::set_aside(&reason, &raw, false).1);
                }
            }
            Decision::Nothing | Decision::Clear(_) | Decision::Ignore => {}
        }
    }
    // A tab's first save over an older schema keeps the original as it was
    // (checked once: later saves write over this tab's own text).
    if first.replace(false) {
        if let Some(old) = stored.as_deref().filter(|s| policy::keep_before_upgrade(s)) {
            if storage.back_up(old, clock::now_ms() as u64).is_err() {
                first.set(true);
                return stop(policy::upgrade_unkept(old));
            }
        }
    }
    let text = store.to_json();
    match storage.save(&text) {
        Ok(()) => {
            *last_seen.borrow_mut() = Some(text);
            dispatch.dispatch(Action::Saved);
        }
        Err(e) => dispatch.dispatch(Action::SaveFailed {
            mode: SaveMode::MemoryOnly,
            notice: policy::save_failed(e.explain()),
        }),
    }
}
