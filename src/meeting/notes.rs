//! What a review's meeting agreed, item by item: for each agenda item one or
//! more actions (what, who leads, by when) or "discussed, no action", a
//! short note, and the time spent on it; and where the meeting is. The
//! facilitator's screen edits these through the operations here; they are
//! kept in the facilitator's browser (`meeting::stored`) and never written
//! into anyone's assessment.

use serde::{Deserialize, Serialize};

use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
use crate::dates::Date;

/// The most characters each typed field holds (the form's `maxlength`;
/// text past it is cut here as well, so a pasted page never lands whole).
pub const WHAT_MAX_CHARS: usize = 200;
/// A role or an organisation is short; the link carries it to every partner.
pub const LEAD_MAX_CHARS: usize = 60;
pub const NOTE_MAX_CHARS: usize = 500;
/// Actions one item can hold: more than a meeting agrees on one subject.
pub const ACTIONS_PER_ITEM: usize = 10;
/// Items a meeting's notes can hold: every statement and topic there is.
pub const ITEMS_MAX: usize = 47;

/// The notes' format, stored with them (`meeting::stored` reads it).
pub const VERSION: u32 = 1;

/// Where the meeting is when it shows the agreed actions rather than an item.
pub const AGREED: &str = "agreed-actions";

/// One thing the partners agreed to do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub what: String,
    /// A role or a partner organisation, never a person's name.
    pub lead: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub by: String,
}

impl Action {
    /// An action says what is to be done; one with nothing typed yet is a
    /// row of the form, not something agreed.
    pub fn is_blank(&self) -> bool {
        self.what.trim().is_empty()
    }
}

/// One of an action's fields, as the form edits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    What,
    Lead,
    By,
}

impl ActionField {
    /// For element ids.
    pub fn key(self) -> &'static str {
        match self {
            ActionField::What => "what",
            ActionField::Lead => "lead",
            ActionField::By => "by",
        }
    }
}

/// What was agreed about one agenda item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The agenda item's subject: a statement's node id or a topic's slug.
    pub subject: String,
    #[serde(default)]
    pub actions: Vec<Action>,
    /// "Discussed, no action" (only without actions).
    #[serde(default)]
    pub no_action: bool,
    #[serde(default)]
    pub note: String,
    /// Seconds the meeting spent on the item.
    #[serde(default)]
    pub spent_s: u32,
}

impl Outcome {
    /// Something was decided or noted (time alone is not an outcome).
    pub fn is_recorded(&self) -> bool {
        self.no_action || !self.note.trim().is_empty() || self.actions.iter().any(|a| !a.is_blank())
    }

    /// The actions agreed, leaving out rows with nothing in them.
    pub fn agreed(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| !a.is_blank())
    }
}

/// A meeting's notes: every item's outcome and where the meeting is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notes {
    /// The notes' format ([`VERSION`]).
    pub version: u32,
    /// The item shown (its subject), [`AGREED`], or empty before the start.
    #[serde(default)]
    pub at: String,
    /// Outcomes in the order they were first written.
    #[serde(default)]
    pub items: Vec<Outcome>,
}

/// One change the facilitator's screen makes (see [`Notes::apply`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Moves the meeting to an item (its subject) or to [`AGREED`].
    Go(&'static str),
    AddAction(&'static str),
    EditAction(&'static str, usize, ActionField, String),
    RemoveAction(&'static str, usize),
    NoAction(&'static str, bool),
    Note(&'static str, String),
    /// Seconds more spent on an item.
    Time(&'static str, u32),
    /// Every item's outcome and time removed ("Clear this meeting's notes").
    Clear,
}

/// Why an edit was not made, in a sentence for the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditRefused {
    /// [`ACTIONS_PER_ITEM`] already.
    TooManyActions,
    /// "No action" with actions recorded: they would contradict it.
    HasActions,
}

impl EditRefused {
    pub fn explain(self) -> String {
        match self {
            EditRefused::TooManyActions => {
                format!("An item holds up to {ACTIONS_PER_ITEM} actions: join two, or record the rest in the note.")
            }
            EditRefused::HasActions => {
                "This item has actions recorded: remove them first if the meeting agreed to take no action.".into()
            }
        }
    }
}

/// The subject as the guide names it, if it is one: a statement's node id
/// or a topic's slug (the `&'static` form an agenda item holds).
pub fn known_subject(subject: &str) -> Option<&'static str> {
    STATEMENTS.iter().map(|s| s.node).chain(GUIDE.spreads.iter().map(|s| s.slug)).find(|known| *known == subject)
}

/// `text` cut to `max` characters, never inside a character.
fn within(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

impl Notes {
    pub fn new() -> Notes {
        Notes { version: VERSION, ..Notes::default() }
    }

    /// The outcome of `subject`, if anything was written for it.
    pub fn outcome(&self, subject: &str) -> Option<&Outcome> {
        self.items.iter().find(|o| o.subject == subject)
    }

    fn outcome_mut(&mut self, subject: &str) -> &mut Outcome {
        let at = match self.items.iter().position(|o| o.subject == subject) {
            Some(at) => at,
            None => {
                self.items.push(Outcome { subject: subject.to_string(), ..Outcome::default() });
                self.items.len() - 1
            }
        };
        &mut self.items[at]
    }

    /// Nothing decided or noted for any item.
    pub fn is_empty(&self) -> bool {
        !self.items.iter().any(Outcome::is_recorded)
    }

    /// Makes `edit`, or says why not (nothing changes then).
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditRefused> {
        match edit {
            Edit::Go(at) => self.go_to(at),
            Edit::AddAction(subject) => return self.add_action(subject).map(|_| ()),
            Edit::EditAction(subject, index, field, value) => self.edit_action(subject, index, field, &value),
            Edit::RemoveAction(subject, index) => self.remove_action(subject, index),
            Edit::NoAction(subject, no_action) => return self.set_no_action(subject, no_action),
            Edit::Note(subject, note) => self.set_note(subject, &note),
            Edit::Time(subject, seconds) => self.add_time(subject, seconds),
            Edit::Clear => self.items.clear(),
        }
        Ok(())
    }

    /// Moves the meeting to `at` (a subject, or [`AGREED`]).
    pub fn go_to(&mut self, at: &str) {
        self.at = at.to_string();
    }

    /// A new, empty action under `subject` (which then has actions, so it
    /// is no longer "no action"); its index.
    pub fn add_action(&mut self, subject: &str) -> Result<usize, EditRefused> {
        let outcome = self.outcome_mut(subject);
        if outcome.actions.len() >= ACTIONS_PER_ITEM {
            return Err(EditRefused::TooManyActions);
        }
        outcome.no_action = false;
        outcome.actions.push(Action::default());
        Ok(outcome.actions.len() - 1)
    }

    /// Sets one field of an action as typed (cut to its length; a date
    /// that is not one is kept empty). An action that is not there is left.
    pub fn edit_action(&mut self, subject: &str, index: usize, field: ActionField, value: &str) {
        if let Some(action) = self.outcome_mut(subject).actions.get_mut(index) {
            match field {
                ActionField::What => action.what = within(value, WHAT_MAX_CHARS),
                ActionField::Lead => action.lead = within(value, LEAD_MAX_CHARS),
                ActionField::By => action.by = Date::parse(value).map(Date::iso).unwrap_or_default(),
            }
        }
    }

    pub fn remove_action(&mut self, subject: &str, index: usize) {
        let actions = &mut self.outcome_mut(subject).actions;
        if index < actions.len() {
            actions.remove(index);
        }
    }

    /// Marks `subject` as discussed with no action (or not); refused while
    /// it has actions with anything typed in them (empty rows go).
    pub fn set_no_action(&mut self, subject: &str, no_action: bool) -> Result<(), EditRefused> {
        let outcome = self.outcome_mut(subject);
        if no_action && outcome.actions.iter().any(|a| *a != Action::default()) {
            return Err(EditRefused::HasActions);
        }
        if no_action {
            outcome.actions.clear();
        }
        outcome.no_action = no_action;
        Ok(())
    }

    pub fn set_note(&mut self, subject: &str, note: &str) {
        self.outcome_mut(subject).note = within(note, NOTE_MAX_CHARS);
    }

    /// Adds `seconds` to the time spent on `subject`.
    pub fn add_time(&mut self, subject: &str, seconds: u32) {
        let outcome = self.outcome_mut(subject);
        outcome.spent_s = outcome.spent_s.saturating_add(seconds);
    }

    /// Seconds spent on `subject` so far.
    pub fn spent(&self, subject: &str) -> u32 {
        self.outcome(subject).map_or(0, |o| o.spent_s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_added_edited_and_removed_under_their_item() {
        let mut notes = Notes::new();
        assert!(notes.is_empty());
        assert_eq!(notes.add_action("trust.time"), Ok(0));
        assert!(notes.is_empty(), "an empty row is not an outcome");
        notes.edit_action("trust.time", 0, ActionField::What, "Monthly steering call");
        notes.edit_action("trust.time", 0, ActionField::Lead, "The council");
        notes.edit_action("trust.time", 0, ActionField::By, "2027-03-31");
        assert_eq!(notes.add_action("trust.time"), Ok(1));
        notes.edit_action("trust.time", 1, ActionField::What, "Shared calendar");
        notes.edit_action("trust.time", 1, ActionField::By, "31/03/2027");
        let trust = notes.outcome("trust.time").unwrap();
        assert_eq!(
            trust.actions,
            [
                Action { what: "Monthly steering call".into(), lead: "The council".into(), by: "2027-03-31".into() },
                Action { what: "Shared calendar".into(), lead: String::new(), by: String::new() },
            ],
            "a date that is not one is kept empty"
        );
        assert!(!notes.is_empty());
        notes.remove_action("trust.time", 0);
        notes.remove_action("trust.time", 7);
        notes.edit_action("trust.time", 9, ActionField::What, "nowhere");
        assert_eq!(notes.outcome("trust.time").unwrap().actions.len(), 1);
        assert_eq!(notes.outcome("trust.time").unwrap().actions[0].what, "Shared calendar");
        assert_eq!(notes.items.len(), 1, "one outcome per item");
    }

    #[test]
    fn fields_are_cut_to_their_length_and_an_item_holds_ten_actions() {
        let mut notes = Notes::new();
        notes.add_action("power").unwrap();
        notes.edit_action("power", 0, ActionField::What, &"é".repeat(WHAT_MAX_CHARS + 5));
        notes.edit_action("power", 0, ActionField::Lead, &"x".repeat(200));
        notes.set_note("power", &"n".repeat(2000));
        let power = notes.outcome("power").unwrap();
        assert_eq!(power.actions[0].what.chars().count(), WHAT_MAX_CHARS);
        assert_eq!(power.actions[0].lead.len(), LEAD_MAX_CHARS);
        assert_eq!(power.note.len(), NOTE_MAX_CHARS);
        for _ in 1..ACTIONS_PER_ITEM {
            notes.add_action("power").unwrap();
        }
        assert_eq!(notes.add_action("power"), Err(EditRefused::TooManyActions));
        assert!(EditRefused::TooManyActions.explain().contains("up to 10 actions"));
    }

    #[test]
    fn no_action_is_refused_while_actions_are_recorded_and_an_action_ends_it() {
        let mut notes = Notes::new();
        assert_eq!(notes.set_no_action("goals.who", true), Ok(()));
        assert!(!notes.is_empty(), "discussed, no action is an outcome");
        notes.set_note("goals.who", "Revisit in the autumn.");
        notes.add_action("goals.who").unwrap();
        assert!(!notes.outcome("goals.who").unwrap().no_action, "adding an action ends “no action”");
        // An empty row gives way; a typed one does not.
        assert_eq!(notes.set_no_action("goals.who", true), Ok(()));
        assert!(notes.outcome("goals.who").unwrap().actions.is_empty());
        notes.add_action("goals.who").unwrap();
        notes.edit_action("goals.who", 0, ActionField::Lead, "Health trust");
        assert_eq!(notes.set_no_action("goals.who", true), Err(EditRefused::HasActions));
        assert_eq!(notes.outcome("goals.who").unwrap().actions.len(), 1, "nothing typed is lost");
        assert_eq!(notes.outcome("goals.who").unwrap().note, "Revisit in the autumn.");
    }

    #[test]
    fn time_and_place_are_kept_and_only_decisions_count_as_recorded() {
        let mut notes = Notes::new();
        notes.go_to("trust.time");
        notes.add_time("trust.time", 90);
        notes.add_time("trust.time", 30);
        assert_eq!((notes.at.as_str(), notes.spent("trust.time"), notes.spent("power")), ("trust.time", 120, 0));
        assert!(notes.is_empty(), "time alone records nothing");
        notes.go_to(AGREED);
        assert_eq!(notes.at, AGREED);
        assert_eq!(known_subject("trust.time"), Some("trust.time"));
        assert_eq!(known_subject("power"), Some("power"));
        assert_eq!(known_subject("trust.nothing"), None);
        assert_eq!(ITEMS_MAX, STATEMENTS.len() + GUIDE.spreads.len(), "every subject an agenda can have");
    }

    #[test]
    fn edits_apply_as_the_operations_do_and_clearing_keeps_the_place() {
        let mut notes = Notes::new();
        for edit in [
            Edit::Go("trust.time"),
            Edit::AddAction("trust.time"),
            Edit::EditAction("trust.time", 0, ActionField::What, "Monthly call".into()),
            Edit::Note("trust.time", "Agreed warmly.".into()),
            Edit::Time("trust.time", 65),
            Edit::NoAction("power", true),
        ] {
            assert_eq!(notes.apply(edit), Ok(()));
        }
        assert_eq!(notes.apply(Edit::NoAction("trust.time", true)), Err(EditRefused::HasActions));
        assert_eq!(notes.outcome("trust.time").unwrap().actions[0].what, "Monthly call");
        assert_eq!(notes.apply(Edit::RemoveAction("trust.time", 0)), Ok(()));
        assert!(notes.outcome("trust.time").unwrap().actions.is_empty());
        assert_eq!((notes.spent("trust.time"), notes.outcome("power").unwrap().no_action), (65, true));
        notes.apply(Edit::Clear).unwrap();
        assert_eq!(notes, Notes { at: "trust.time".into(), ..Notes::new() });
    }
}
