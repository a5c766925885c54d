//! Text typed but not yet handed to the reducer. A field keeps each
//! keystroke to itself (nothing else re-renders) and commits after a pause;
//! until then it is held here, so that leaving the page commits it at once
//! and the save status does not say "Saved" while it is not.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

type Commit = Rc<dyn Fn()>;

#[derive(Default)]
struct Held {
    /// Per field (its key), how to commit what it holds.
    fields: Vec<(u32, Commit)>,
    /// Told `true` when the first field starts holding text, `false` when
    /// the last one lets go.
    watcher: Option<Callback<bool>>,
    keys: u32,
}

/// The app's uncommitted text, shared by its fields, the save status and
/// the persistence hook (a context; one per app).
#[derive(Clone, Default)]
pub struct Drafts(Rc<RefCell<Held>>);

impl PartialEq for Drafts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Drafts {
    /// A key for a new field.
    pub fn new_key(&self) -> u32 {
        let mut held = self.0.borrow_mut();
        held.keys += 1;
        held.keys
    }

    /// The field `key` holds uncommitted text, committed by `commit`.
    pub fn hold(&self, key: u32, commit: Commit) {
        let watcher = {
            let mut held = self.0.borrow_mut();
            let was_empty = held.fields.is_empty();
            held.fields.retain(|(k, _)| *k != key);
            held.fields.push((key, commit));
            was_empty.then(|| held.watcher.clone()).flatten()
        };
        if let Some(watcher) = watcher {
            watcher.emit(true);
        }
    }

    /// The field `key` has committed (or has nothing to commit).
    pub fn release(&self, key: u32) {
        let watcher = {
            let mut held = self.0.borrow_mut();
            let before = held.fields.len();
            held.fields.retain(|(k, _)| *k != key);
            (before > 0 && held.fields.is_empty()).then(|| held.watcher.clone()).flatten()
        };
        if let Some(watcher) = watcher {
            watcher.emit(false);
        }
    }

    /// Commits every field's text now (each commit releases its field).
    pub fn commit_all(&self) {
        let commits: Vec<Commit> = self.0.borrow().fields.iter().map(|(_, c)| c.clone()).collect();
        for commit in commits {
            commit();
        }
    }

    /// Whether any field holds uncommitted text.
    #[cfg(test)]
    pub fn any(&self) -> bool {
        !self.0.borrow().fields.is_empty()
    }

    /// Tells `watcher` when text starts or stops waiting (`None`: nobody).
    pub fn watch(&self, watcher: Option<Callback<bool>>) {
        self.0.borrow_mut().watcher = watcher;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn fields_are_committed_once_and_the_watcher_hears_the_edges_only() {
        let drafts = Drafts::default();
        let heard = Rc::new(RefCell::new(Vec::new()));
        let log = heard.clone();
        drafts.watch(Some(Callback::from(move |b| log.borrow_mut().push(b))));
        let commits = Rc::new(Cell::new(0));
        let (a, b) = (drafts.new_key(), drafts.new_key());
        let commit = |key: u32| {
            let (drafts, commits) = (drafts.clone(), commits.clone());
            Rc::new(move || {
                commits.set(commits.get() + 1);
                drafts.release(key);
            }) as Commit
        };
        drafts.hold(a, commit(a));
        drafts.hold(a, commit(a));
        drafts.hold(b, commit(b));
        assert!(drafts.any());
        drafts.commit_all();
        assert_eq!(commits.get(), 2, "each field once, its latest text");
        assert!(!drafts.any());
        drafts.commit_all();
        assert_eq!(commits.get(), 2);
        assert_eq!(*heard.borrow(), [true, false]);
    }
}
