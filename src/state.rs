//! The app's state and the one reducer that changes it. Plain Rust: time and
//! ids arrive inside actions, and saving happens at the edge (`ui::app`),
//! so every transition is testable natively.

use std::rc::Rc;

use crate::assessment::{AgreedField, AgreedItem, Answer, Assessment, PlanField, Store};
use crate::route::Route;
use crate::share::Shared;

/// A message for the person about their data, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    /// Data that was kept, offered as a download.
    pub backup: Option<Rc<str>>,
    /// The backup is this tab's own data (a tab that stopped saving): kept
    /// current with every edit, so the download holds the latest.
    pub backup_is_ours: bool,
    pub is_error: bool,
}

/// Whether changes reach local storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveMode {
    /// Every change is saved in this browser.
    Saved,
    /// Storage refused: the app works, but nothing survives a reload.
    MemoryOnly,
    /// Stored data belongs to a newer release: we must not overwrite it.
    ReadOnly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// Set by in-app navigation so the new view takes focus; not on first load.
    pub navigated: bool,
    pub store: Store,
    /// Bumped by every local edit: what the save effect watches.
    pub revision: u64,
    pub save_mode: SaveMode,
    pub notice: Option<Notice>,
    /// Whether a save has succeeded since the page opened, for the "Saved"
    /// hint. A flag, not a time: each save would otherwise change the state
    /// and re-render every reader of it a second time per edit.
    pub saved: bool,
    /// The review invitation opened in this visit (its payload), so the
    /// navigation can lead back to it; kept in memory only.
    pub invitation: Option<String>,
}

pub enum Action {
    Navigate(Route),
    /// Selecting or clearing a diagram node within the current spread.
    Select(Route),
    Answer {
        node: &'static str,
        answer: Option<Answer>,
        at: f64,
    },
    /// Puts a statement in the action plan (empty) or takes it out.
    Plan {
        node: &'static str,
        planned: bool,
        at: f64,
    },
    /// One field of a plan item: only that field changes.
    EditPlan {
        node: &'static str,
        field: PlanField,
        value: String,
        at: f64,
    },
    /// A statement's private note ("" clears it).
    SetNote {
        node: &'static str,
        text: String,
        at: f64,
    },
    /// Adds a meeting's agreed actions to the plan of the partnership
    /// `partnership` (each once), opens it, and says so.
    AddAgreed {
        partnership: String,
        items: Vec<AgreedItem>,
        at: f64,
    },
    /// One field of an agreed action in the open partnership's plan.
    EditAgreed {
        key: String,
        field: AgreedField,
        value: String,
        at: f64,
    },
    /// Takes an agreed action out of the open partnership's plan.
    RemoveAgreed {
        key: String,
        at: f64,
    },
    /// Adds a partnership's assessment and opens it (ignored past the limit).
    AddAssessment(Assessment),
    /// Saves someone's shared results as a partnership of one's own, and says so.
    SaveSharedCopy {
        shared: Shared,
        id: String,
        today: String,
        at: f64,
    },
    SwitchAssessment(String),
    /// Renames the open assessment: trimmed and cut to the limit; a blank
    /// name is ignored.
    RenameAssessment {
        label: String,
        at: f64,
    },
    /// Sets the open assessment's label on shared links ("" clears it).
    SetLinkLabel {
        label: String,
        at: f64,
    },
    DeleteAssessment {
        id: String,
        replacement: Assessment,
    },
    TakeSnapshot {
        today: String,
    },
    /// Another tab's or an imported copy of the data, merged in.
    Merge {
        theirs: Store,
        save: bool,
    },
    /// Everything deleted (here or elsewhere): start afresh with this store,
    /// and say so.
    Reset {
        store: Store,
        notice: Option<Notice>,
    },
    Saved,
    SaveFailed {
        mode: SaveMode,
        notice: Notice,
    },
    Notify(Option<Notice>),
}

impl Notice {
    /// Someone's shared results saved as one's own partnership.
    pub fn saved_copy(label: &str) -> Notice {
        // First-strong isolates: a right-to-left label in the link cannot
        // reorder the sentence around it.
        Notice::info(format!("Saved a copy as “\u{2068}{label}\u{2069}”. It is now the assessment you are working on."))
    }

    /// How many agreed actions were added to which partnership's plan.
    pub fn agreed_added(added: usize, offered: usize, label: &str) -> Notice {
        let plan = format!("the action plan of “\u{2068}{label}\u{2069}”");
        let text = match added {
            0 => format!("These actions are already in {plan}: nothing was added."),
            1 => format!(
                "Added 1 agreed action to {plan}, now the partnership you are working on. It is in Your results."
            ),
            n => format!(
                "Added {n} agreed actions to {plan}, now the partnership you are working on. They are in Your results."
            ),
        };
        let text = if added > 0 && added < offered { format!("{text} The others were in it already.") } else { text };
        Notice::info(text)
    }

    /// A message that is not an error, with nothing kept aside.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice { text: text.into(), backup: None, backup_is_ours: false, is_error: false }
    }
}

/// The invitation a route opens, else the one opened before.
fn invitation_in(route: &Route, before: Option<String>) -> Option<String> {
    match route {
        Route::Invite(payload) if !payload.is_empty() => Some(payload.clone()),
        _ => before,
    }
}

impl AppState {
    pub fn new(route: Route, store: Store, save_mode: SaveMode, notice: Option<Notice>) -> AppState {
        AppState {
            invitation: invitation_in(&route, None),
            route,
            navigated: false,
            store,
            revision: 0,
            save_mode,
            notice,
            saved: false,
        }
    }

    /// Applies an action; returns `None` when nothing changes (no re-render).
    /// Each arm says whether it changed anything; the rules live in the
    /// model's methods. An edit (not navigation, a merge that needs no save
    /// or a message) bumps `revision`, which the save effect watches.
    pub fn apply(&self, action: Action) -> Option<AppState> {
        let mut next = self.clone();
        let edit = |changed: bool| (changed, changed);
        let (changed, edited) = match action {
            Action::Navigate(route) => {
                next.navigated = true;
                next.invitation = invitation_in(&route, next.invitation.take());
                next.route = route;
                (next.route != self.route || !self.navigated, false)
            }
            Action::Select(route) => {
                next.route = route;
                (next.route != self.route, false)
            }
            Action::Answer { node, answer, at } => edit(next.store.current_mut().set_answer(node, answer, at)),
            Action::Plan { node, planned, at } => edit(next.store.current_mut().set_planned(node, planned, at)),
            Action::EditPlan { node, field, value, at } => {
                edit(next.store.current_mut().set_plan_field(node, field, value, at))
            }
            Action::SetNote { node, text, at } => edit(next.store.current_mut().set_note(node, text, at)),
            Action::AddAgreed { partnership, items, at } => {
                let offered = items.len();
                match next.store.assessments.iter_mut().find(|a| a.id == partnership) {
                    Some(assessment) => {
                        let added = assessment.add_agreed(items, at);
                        next.notice = Some(Notice::agreed_added(added, offered, &assessment.label));
                        next.store.switch_to(partnership);
                        (true, added > 0)
                    }
                    // Deleted in another tab meanwhile: nothing to add to.
                    None => {
                        next.notice = Some(Notice::info(
                            "That partnership is no longer in this browser: choose another and add the actions again.",
                        ));
                        (true, false)
                    }
                }
            }
            Action::EditAgreed { key, field, value, at } => {
                edit(next.store.current_mut().set_agreed_field(&key, field, value, at))
            }
            Action::RemoveAgreed { key, at } => edit(next.store.current_mut().remove_agreed(&key, at)),
            Action::AddAssessment(assessment) => edit(next.store.add(assessment)),
            Action::SaveSharedCopy { shared, id, today, at } => {
                let copy = shared.to_assessment(id, today, at);
                next.notice = Some(Notice::saved_copy(&copy.label));
                edit(next.store.add(copy))
            }
            Action::SwitchAssessment(id) => edit(next.store.switch_to(id)),
            Action::RenameAssessment { label, at } => edit(next.store.current_mut().rename(&label, at)),
            Action::SetLinkLabel { label, at } => edit(next.store.current_mut().set_link_label(&label, at)),
            Action::DeleteAssessment { id, replacement } => edit(next.store.delete(&id, replacement)),
            Action::TakeSnapshot { today } => edit(next.store.current_mut().take_snapshot(today)),
            Action::Merge { theirs, save } => {
                next.store.merge(&theirs);
                (next.store != self.store, save)
            }
            // Not saved: after "delete all" nothing is written until the next edit.
            Action::Reset { store, notice } => {
                next.store = store;
                next.notice = notice;
                (true, false)
            }
            Action::Saved => {
                next.saved = true;
                if next.save_mode == SaveMode::MemoryOnly {
                    next.save_mode = SaveMode::Saved;
                }
                (!self.saved || self.save_mode == SaveMode::MemoryOnly, false)
            }
            Action::SaveFailed { mode, notice } => {
                next.save_mode = mode;
                next.notice = Some(notice);
                (next.save_mode != self.save_mode || next.notice != self.notice, false)
            }
            Action::Notify(notice) => {
                next.notice = notice;
                (next.notice != self.notice, false)
            }
        };
        if !changed {
            return None;
        }
        if edited {
            next.revision += 1;
            if let Some(notice) = next.notice.as_mut().filter(|n| n.backup_is_ours) {
                notice.backup = Some(next.store.to_json().into());
            }
        }
        Some(next)
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::store::limits;

    fn state() -> AppState {
        let store = Store::new(Assessment::new("a".into(), "Mine".into(), "2026-11-26".into()));
        AppState::new(Route::Home, store, SaveMode::Saved, None)
    }

    #[test]
    fn answering_records_the_answer_and_asks_for_a_save() {
        let s = state();
        let next = s.apply(Action::Answer { node: "trust.time", answer: Answer::rating(4), at: 5.0 }).unwrap();
        assert_eq!(next.store.current().current_answers()["trust.time"], Answer::rating(4).unwrap());
        assert_eq!(next.revision, 1);
        assert!(
            next.apply(Action::Answer { node: "trust.time", answer: Answer::rating(4), at: 6.0 }).is_none(),
            "same answer: no change"
        );
        let cleared = next.apply(Action::Answer { node: "trust.time", answer: None, at: 7.0 }).unwrap();
        assert!(cleared.store.current().current_answers().is_empty());
    }

    #[test]
    fn navigation_does_not_ask_for_a_save() {
        let next = state().apply(Action::Navigate(Route::spread("trust"))).unwrap();
        assert_eq!(next.revision, 0);
        assert!(next.navigated);
    }

    #[test]
    fn deleting_the_last_assessment_leaves_a_fresh_one() {
        let s = state();
        let fresh = Assessment::new("b".into(), "My partnership".into(), "2026-11-26".into());
        let next = s.apply(Action::DeleteAssessment { id: "a".into(), replacement: fresh }).unwrap();
        assert_eq!(next.store.current().id, "b");
        assert_eq!(next.store.deleted, ["a"]);
    }

    fn edit(s: &AppState, field: PlanField, value: &str, at: f64) -> Option<AppState> {
        s.apply(Action::EditPlan { node: "trust.roles", field, value: value.into(), at })
    }

    fn planned() -> AppState {
        state().apply(Action::Plan { node: "trust.roles", planned: true, at: 1.0 }).unwrap()
    }

    #[test]
    fn an_action_plan_entry_is_kept_within_what_the_schema_reads() {
        let s = edit(&planned(), PlanField::Due, "2027-01-31", 1.0).unwrap();
        // A date field part-way through typing its year: the last real date stays.
        assert!(edit(&s, PlanField::Due, "0002-01-31", 2.0).is_none());
        let s = edit(&s, PlanField::Note, &"x".repeat(limits::NOTE_CHARS + 10), 3.0).unwrap();
        let s = edit(&s, PlanField::Due, "", 4.0).unwrap();
        let item = s.store.current().action("trust.roles").unwrap();
        assert_eq!((item.note.chars().count(), item.due.as_str()), (limits::NOTE_CHARS, ""));
        let text = s.store.to_json();
        assert!(matches!(crate::assessment::store::read(&text), crate::assessment::store::Read::Valid(_)));
    }

    #[test]
    fn quick_edits_to_different_fields_of_a_plan_item_all_land() {
        // Both edits are sent before either is rendered: each changes its
        // own field of the item as it is then, not a copy taken earlier.
        let s = edit(&planned(), PlanField::Role, "Partnership lead", 2.0).unwrap();
        let s = edit(&s, PlanField::Due, "2027-03-01", 2.0).unwrap();
        let item = s.store.current().action("trust.roles").unwrap();
        assert_eq!((item.role.as_str(), item.due.as_str()), ("Partnership lead", "2027-03-01"));
        assert!(edit(&s, PlanField::Role, "Partnership lead", 3.0).is_none(), "no change");
        assert!(edit(&state(), PlanField::Role, "Lead", 3.0).is_none(), "not in the plan");
        let out = s.apply(Action::Plan { node: "trust.roles", planned: false, at: 4.0 }).unwrap();
        assert!(out.store.current().action("trust.roles").is_none());
        assert!(out.apply(Action::Plan { node: "trust.roles", planned: false, at: 5.0 }).is_none());
    }

    #[test]
    fn no_partnership_is_added_past_the_limit() {
        let mut s = state();
        for i in 1..limits::ASSESSMENTS {
            let id = format!("p{i}");
            s = s.apply(Action::AddAssessment(Assessment::new(id, "P".into(), "2026-11-27".into()))).unwrap();
        }
        assert_eq!(s.store.assessments.len(), limits::ASSESSMENTS);
        assert!(!s.store.can_add());
        let extra = Assessment::new("extra".into(), "X".into(), "2026-11-27".into());
        assert!(s.apply(Action::AddAssessment(extra)).is_none(), "ignored: what is saved must read back");
    }

    #[test]
    fn a_name_is_trimmed_and_cut_and_a_blank_one_ignored() {
        let rename = |s: &AppState, label: String| s.apply(Action::RenameAssessment { label, at: 7.0 });
        let s = rename(&state(), format!("  {}  ", "n".repeat(100))).unwrap();
        assert_eq!(s.store.current().label, "n".repeat(limits::LABEL_CHARS));
        assert_eq!(s.store.current().label_t, 7.0, "stamped, so the newer name wins a merge");
        assert!(rename(&s, "   ".into()).is_none());
        assert!(rename(&s, "n".repeat(limits::LABEL_CHARS)).is_none(), "the same name");
    }

    #[test]
    fn a_shared_copy_becomes_the_open_partnership_and_says_so() {
        let shared = crate::share::decode(&crate::share::encode(
            &[("trust.time".to_string(), Answer::rating(2).unwrap())].into_iter().collect(),
            Some("Council"),
        ))
        .unwrap();
        let s = state()
            .apply(Action::SaveSharedCopy { shared, id: "c".into(), today: "2026-11-27".into(), at: 9.0 })
            .unwrap();
        let copy = s.store.current();
        assert_eq!((copy.id.as_str(), copy.label.as_str()), ("c", "Shared: Council"));
        assert_eq!(copy.answers.get("trust.time").map(|a| (a.v, a.t)), Some((Answer::rating(2), 9.0)));
        assert!(s.notice.unwrap().text.contains("“\u{2068}Shared: Council\u{2069}”"));
        assert_eq!(s.revision, 1, "saved");
    }

    #[test]
    fn a_note_is_saved_and_the_same_note_changes_nothing() {
        let note =
            |s: &AppState, text: &str| s.apply(Action::SetNote { node: "trust.time", text: text.into(), at: 3.0 });
        let s = note(&state(), "We rarely meet").unwrap();
        assert_eq!(s.store.current().note("trust.time"), "We rarely meet");
        assert_eq!(s.revision, 1);
        assert!(note(&s, "We rarely meet").is_none());
        assert!(note(&state(), "").is_none(), "no note to clear");
    }

    #[test]
    fn agreed_actions_go_to_the_chosen_partnership_once_and_it_opens() {
        let s =
            state().apply(Action::AddAssessment(Assessment::new("b".into(), "Riverside".into(), "2026-11-26".into())));
        let s = s.unwrap().apply(Action::SwitchAssessment("a".into())).unwrap();
        let item = |what: &str| AgreedItem::new(["trust.time", "Spring review", "2027-03-12", what, "", ""]);
        let add = |s: &AppState, items: Vec<AgreedItem>| {
            s.apply(Action::AddAgreed { partnership: "b".into(), items, at: 5.0 }).unwrap()
        };
        let added = add(&s, vec![item("Meet monthly"), item("Share minutes")]);
        assert_eq!(added.store.current().id, "b");
        assert_eq!(added.store.current().agreed_items().count(), 2);
        assert_eq!(added.revision, s.revision + 1, "saved");
        assert!(added
            .notice
            .as_ref()
            .unwrap()
            .text
            .starts_with("Added 2 agreed actions to the action plan of “\u{2068}Riverside\u{2069}”"));
        let again = add(&added, vec![item("Meet monthly"), item("Review")]);
        assert_eq!(again.store.current().agreed_items().count(), 3);
        assert!(again.notice.as_ref().unwrap().text.ends_with("The others were in it already."));
        let none = add(&again, vec![item("Meet monthly")]);
        assert_eq!(none.revision, again.revision, "nothing to save");
        assert!(none.notice.unwrap().text.contains("already in the action plan"));
        let key = item("Meet monthly").key;
        let edited = again
            .apply(Action::EditAgreed {
                key: key.clone(),
                field: AgreedField::Lead,
                value: "the council".into(),
                at: 6.0,
            })
            .unwrap();
        let removed = edited.apply(Action::RemoveAgreed { key, at: 7.0 }).unwrap();
        assert_eq!(removed.store.current().agreed_items().count(), 2);
        let gone = state().apply(Action::AddAgreed { partnership: "zz".into(), items: vec![item("X")], at: 1.0 });
        assert!(gone.unwrap().notice.unwrap().text.contains("no longer in this browser"));
    }

    #[test]
    fn saving_again_changes_nothing_to_render() {
        let s = state().apply(Action::Saved).unwrap();
        assert!(s.saved);
        assert!(s.apply(Action::Saved).is_none());
    }

    #[test]
    fn a_snapshot_a_day_keeps_the_latest() {
        let s = state().apply(Action::Answer { node: "trust.time", answer: Answer::rating(2), at: 1.0 }).unwrap();
        let s = s.apply(Action::TakeSnapshot { today: "2026-11-26".into() }).unwrap();
        let s = s.apply(Action::Answer { node: "trust.time", answer: Answer::rating(3), at: 2.0 }).unwrap();
        let s = s.apply(Action::TakeSnapshot { today: "2026-11-26".into() }).unwrap();
        let snaps = &s.store.current().snapshots;
        assert_eq!(snaps.len(), 1);
        assert_eq!(snaps[0].answers["trust.time"], Answer::rating(3).unwrap());
    }
}
