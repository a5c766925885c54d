//! Keeps local storage and the app state in step: saves after every edit,
//! at once (typed text and answers on their way included) when the page is
//! hidden or closed or the widget removed, merges what another tab or
//! widget saved, and falls back to memory when refused. What stored data
//! means is `storage_policy`'s call; this hook carries it out.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::answers::Answers;
use super::drafts::Drafts;
use crate::browser::{clock, page, startup, storage::Storage};
use crate::state::{Action, AppState, SaveMode};
use crate::storage_policy::{self as policy, BeforeSave, FromElsewhere};

#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>, storage: Option<Storage>, drafts: Drafts, answers: Answers) {
    let saver = {
        let state = state.clone();
        use_memo(storage.clone(), move |storage| storage.clone().map(|storage| Rc::new(Saver::new(state, storage))))
    };

    // Changes made elsewhere: another tab, or another widget on this page.
    {
        let dispatch = state.dispatcher();
        let state = state.clone();
        let saver = saver.clone();
        use_effect_with(storage.clone(), move |_| {
            let subscription = saver.as_ref().as_ref().map(|saver| {
                let seen = saver.clone();
                saver.storage.on_change_elsewhere(move |text| {
                    *seen.last_seen.borrow_mut() = text.clone();
                    // The state as it is now (a handle reads the latest), so
                    // a tab that stops saving offers its latest data.
                    let ours = || state.store.to_json();
                    match policy::from_elsewhere(text.as_deref(), ours) {
                        FromElsewhere::Merge(theirs) => dispatch.dispatch(Action::Merge { theirs, save: false }),
                        // Deleted elsewhere: drop it here too, or this
                        // tab's next edit would write it all back.
                        FromElsewhere::Clear(notice) => {
                            dispatch.dispatch(Action::Reset { store: startup::fresh_store(), notice: Some(notice) })
                        }
                        FromElsewhere::StopSaving(notice) => {
                            dispatch.dispatch(Action::SaveFailed { mode: SaveMode::ReadOnly, notice })
                        }
                        FromElsewhere::Ignore => {}
                    }
                })
            });
            move || drop(subscription)
        });
    }

    // Save after every edit when the browser is next idle (within
    // `SAVE_WITHIN_MS`): the screen answers first and the next click is not
    // kept waiting (writing a partnership's years of snapshots takes a
    // while), and a burst of edits is saved once.
    {
        let saver = saver.clone();
        use_effect_with(state.revision, move |_| {
            if let Some(saver) = saver.as_ref() {
                saver.soon();
            }
        });
    }

    // Leaving: a hidden page may never run again (a phone switching apps, a
    // closed tab), and a removed widget's timers die with it. Typed text and
    // waiting answers are committed and everything saved now, synchronously.
    use_effect_with(storage, move |_| {
        let saver = saver.as_ref().clone();
        let now = {
            let saver = saver.clone();
            Rc::new(move || {
                drafts.commit_all();
                answers.hand_over();
                if let Some(saver) = &saver {
                    saver.now();
                }
            })
        };
        let listen = |target: Option<web_sys::EventTarget>, kind: &'static str| {
            let now = now.clone();
            target.map(|t| {
                EventListener::new(&t, kind, move |_| {
                    let hidden = web_sys::window().and_then(|w| w.document()).is_none_or(|d| d.hidden());
                    if kind == "pagehide" || hidden {
                        now();
                    }
                })
            })
        };
        let window = web_sys::window();
        let document = window.as_ref().and_then(|w| w.document());
        let listeners =
            [listen(window.map(Into::into), "pagehide"), listen(document.map(Into::into), "visibilitychange")];
        move || {
            drop(listeners);
            now();
        }
    });
}

/// The longest an edit waits to be saved: with typed text's 300 ms pause,
/// what a person types is stored within half a second.
const SAVE_WITHIN_MS: u32 = 150;

/// One app's saving: what it last wrote or read, and a pending save.
struct Saver {
    /// Reads the latest state whenever it is dereferenced.
    state: UseReducerHandle<AppState>,
    storage: Storage,
    /// What we last wrote or read, to notice another tab's write before ours lands.
    last_seen: RefCell<Option<String>>,
    /// Whether this tab has not saved yet (an older schema is kept first).
    first: Cell<bool>,
    /// The revision last saved, so leaving saves only what is new.
    saved: Cell<u64>,
    pending: RefCell<Option<page::WhenIdle>>,
}

impl Saver {
    fn new(state: UseReducerHandle<AppState>, storage: Storage) -> Saver {
        let last_seen = storage.load().ok().flatten();
        Saver {
            state,
            storage,
            last_seen: RefCell::new(last_seen),
            first: Cell::new(true),
            saved: Cell::new(0),
            pending: RefCell::new(None),
        }
    }

    /// Saves when the browser is next idle; replacing a pending save cancels it.
    fn soon(self: &Rc<Self>) {
        if self.state.revision > self.saved.get() {
            let saver = self.clone();
            *self.pending.borrow_mut() = Some(page::when_idle(move || saver.write(), SAVE_WITHIN_MS));
        }
    }

    /// Saves now, in place of any pending save.
    fn now(&self) {
        drop(self.pending.borrow_mut().take());
        self.write();
    }

    /// Writes the latest state, if anything is unsaved. (Runs inside the
    /// pending save's own callback: it must not drop that.)
    fn write(&self) {
        // Checked before copying anything: leaving with nothing new saves nothing.
        let (revision, mut store) = {
            let state = &*self.state;
            if state.revision <= self.saved.get() || state.save_mode == SaveMode::ReadOnly {
                return;
            }
            (state.revision, state.store.clone())
        };
        let dispatch = self.state.dispatcher();
        let stop = |notice| dispatch.dispatch(Action::SaveFailed { mode: SaveMode::ReadOnly, notice });
        let stored = self.storage.load().ok().flatten();
        let changed = stored != *self.last_seen.borrow();
        match policy::before_save(stored.as_deref(), changed, self.first.get(), || store.to_json()) {
            BeforeSave::StopSaving(notice) => return stop(notice),
            BeforeSave::Write { merge, keep } => {
                if let Some(keep) = keep {
                    if self.storage.back_up(&keep.text, clock::now_ms() as u64).is_err() {
                        return stop(keep.if_refused);
                    }
                }
                if let Some(theirs) = merge {
                    store.merge(&theirs);
                    dispatch.dispatch(Action::Merge { theirs, save: false });
                }
            }
        }
        self.first.set(false);
        let text = store.to_json();
        *self.last_seen.borrow_mut() = Some(text.clone());
        match self.storage.save(&text) {
            Ok(()) => {
                self.saved.set(revision);
                dispatch.dispatch(Action::Saved);
            }
            Err(e) => dispatch
                .dispatch(Action::SaveFailed { mode: SaveMode::MemoryOnly, notice: policy::save_failed(e.explain()) }),
        }
    }
}
