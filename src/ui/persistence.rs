//! Keeps local storage and the app state in step: saves after every edit,
//! merges what another tab saved, and falls back to memory when refused.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::assessment::store::{self, Read};
use crate::browser::{startup, storage::Storage};
use crate::state::{Action, AppState, Notice, SaveMode};

#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>, storage: Option<Storage>) {
    // What we last wrote or read, to notice another tab's write before ours lands.
    let last_seen = use_mut_ref(|| storage.as_ref().and_then(|s| s.load().ok().flatten()));

    // Another tab changed the data: take its edits in.
    {
        let dispatch = state.dispatcher();
        let last_seen = last_seen.clone();
        use_effect_with(storage.clone(), move |storage| {
            let listener = storage.as_ref().and_then(|s| {
                s.on_external_change(move |text| {
                    *last_seen.borrow_mut() = text.clone();
                    match text.as_deref().map(store::read) {
                        Some(Read::Valid(theirs)) => dispatch.dispatch(Action::Merge { theirs, save: false }),
                        // Deleted in another tab: drop it here too, or this tab's
                        // next edit would write it all back.
                        None => {
                            dispatch.dispatch(Action::Reset(startup::fresh_store()));
                            dispatch.dispatch(Action::Notify(Some(Notice::info(
                                "Your data was deleted in another tab, so it has been cleared here too.",
                            ))));
                        }
                        Some(_) => {}
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
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 && state.save_mode != SaveMode::ReadOnly {
                if let Some(storage) = storage {
                    let task =
                        Timeout::new(0, move || save(&state, &storage, &last_seen, &dispatch));
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
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let mut store = state.store.clone();
    // Another tab wrote since we last looked and its event has not reached
    // us yet: merge its edits rather than overwrite them.
    if let Ok(Some(current)) = storage.load() {
        if Some(&current) != last_seen.borrow().as_ref() {
            if let Read::Valid(theirs) = store::read(&current) {
                store.merge(&theirs);
                dispatch.dispatch(Action::Merge {
                    theirs,
                    save: false,
                });
            }
        }
    }
    let text = store.to_json();
    match storage.save(&text) {
        Ok(()) => {
            *last_seen.borrow_mut() = Some(text);
            dispatch.dispatch(Action::Saved);
        }
        Err(e) => {
            let text = format!("{} Your answers are kept in this page for now, but will be lost when you close it unless you export them.", e.explain());
            dispatch.dispatch(Action::SaveFailed {
                mode: SaveMode::MemoryOnly,
                notice: Notice {
                    text,
                    backup: None,
                    is_error: true,
                },
            });
        }
    }
}
