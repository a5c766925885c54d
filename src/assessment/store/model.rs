//! The saved document's types and the operations on them. Each field is
//! declared once, here; its serde attributes give its JSON name and default.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{limits, APP, SCHEMA};
use crate::assessment::answer::Answer;
use crate::assessment::node_map::NodeMap;
use crate::assessment::scoring::Answers;
use crate::dates::is_date;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Store {
    pub app: String,
    pub schema: u32,
    /// Id of the assessment being worked on.
    pub current: String,
    pub assessments: Vec<Assessment>,
    /// Ids of deleted assessments, so a merge with an older copy does not bring them back.
    #[serde(default)]
    pub deleted: Vec<String>,
}

/// One partnership's assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub label: String,
    /// When the label was last set (ms since 1970), so the newer name wins
    /// a merge. Schema 3; 0 in older documents, where any rename wins.
    #[serde(default, with = "whole_ms")]
    pub label_t: f64,
    /// The label on links the person shares (their organisation or role),
    /// typed by them: the only words of theirs a link carries. Empty by
    /// default; at most [`limits::LINK_LABEL_CHARS`]. Schema 4; empty in
    /// older documents.
    #[serde(default)]
    pub link_label: String,
    /// When the link label was last set (ms since 1970), so the newer one
    /// wins a merge, as the name does. Schema 4.
    #[serde(default, with = "whole_ms")]
    pub link_label_t: f64,
    /// `YYYY-MM-DD`.
    pub created: String,
    /// Node id → latest answer; a cleared answer stays as `v: null` so merges respect it.
    #[serde(default)]
    pub answers: NodeMap<Stamped<Option<Answer>>>,
    #[serde(default)]
    pub actions: NodeMap<Stamped<Option<ActionItem>>>,
    /// Node id → a private note on why it was rated so ("" once cleared).
    /// Schema 2; a schema-1 document has none.
    #[serde(default)]
    pub notes: NodeMap<Stamped<String>>,
    /// Actions a review's meeting agreed, added from its link: several per
    /// statement or topic, beside the partner's own item. A removed one
    /// keeps its key and time with its texts emptied, so a merge does not
    /// bring it back. Schema 5; none in older documents.
    #[serde(default)]
    pub agreed: Vec<AgreedItem>,
    /// Shared, not copied, by every state that does not change them: a
    /// partnership reviewed for years holds 120 of 42 answers each, and
    /// every edit makes a new state (equal ones compare by pointer).
    #[serde(default)]
    pub snapshots: Rc<Vec<Snapshot>>,
}

/// A value with the time (ms since 1970) it was set: the newer wins a merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "T: Deserialize<'de> + Default"))]
pub struct Stamped<T> {
    /// Left out, it reads as cleared (as earlier builds wrote it).
    #[serde(default)]
    pub v: T,
    #[serde(with = "whole_ms")]
    pub t: f64,
}

/// An item the person marked to act on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActionItem {
    pub note: String,
    /// A role, not a name ("Partnership lead").
    pub role: String,
    /// `YYYY-MM-DD` or empty.
    pub due: String,
}

/// An action a review's meeting agreed, in a partner's plan: where it came
/// from (its key, the review, the date, the statement or topic), and what,
/// who leads and by when, which are the partner's to edit. One flat record
/// (not a stamped value in a map): the saved data's reader for it is the
/// only new code the first load carries.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedItem {
    /// The same for the same action of the same link ([`AgreedItem::new`]),
    /// so a link added twice adds nothing the second time.
    pub key: String,
    /// The statement's node id or the topic's slug it answers.
    pub subject: String,
    /// The review's name ("" if it had none) and the meeting's date (`YYYY-MM-DD`).
    pub review: String,
    pub date: String,
    /// Empty once removed (as every text then is).
    pub what: String,
    /// A role or a partner organisation, not a name.
    pub lead: String,
    /// By when, as the meeting said it (free text; a date is shown in words).
    pub by: String,
    /// When it was added, edited or removed (ms since 1970): the newer wins a merge.
    #[serde(with = "whole_ms")]
    pub t: f64,
}

/// One editable field of an agreed action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreedField {
    What,
    Lead,
    By,
}

impl AgreedField {
    pub const ALL: [AgreedField; 3] = [AgreedField::What, AgreedField::Lead, AgreedField::By];

    pub fn key(self) -> &'static str {
        match self {
            AgreedField::What => "what",
            AgreedField::Lead => "lead",
            AgreedField::By => "by",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgreedField::What => "What we will do",
            AgreedField::Lead => "Who leads it (a role or a partner organisation, not a name)",
            AgreedField::By => "By when",
        }
    }

    pub fn print_label(self) -> &'static str {
        match self {
            AgreedField::What => "What we will do: ",
            AgreedField::Lead => "Who leads it: ",
            AgreedField::By => "By when: ",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            AgreedField::What => limits::NOTE_CHARS,
            AgreedField::Lead => limits::ROLE_CHARS,
            AgreedField::By => limits::BY_CHARS,
        }
    }
}

impl AgreedItem {
    pub fn get(&self, field: AgreedField) -> &str {
        match field {
            AgreedField::What => &self.what,
            AgreedField::Lead => &self.lead,
            AgreedField::By => &self.by,
        }
    }

    fn field_mut(&mut self, field: AgreedField) -> &mut String {
        match field {
            AgreedField::What => &mut self.what,
            AgreedField::Lead => &mut self.lead,
            AgreedField::By => &mut self.by,
        }
    }

    /// An action as its link carries it, keyed by where it came from: the
    /// same action of the same link always has the same key (the date, and
    /// a hash of the review, subject and words as the link carried them).
    pub fn new(fields: [&str; 6]) -> AgreedItem {
        // FNV-1a, 64 bits: a key, not a secret.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in fields {
            for &b in part.as_bytes().iter().chain([&0u8]) {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        let [subject, review, date, what, lead, by] = fields.map(str::to_string);
        AgreedItem { key: format!("{date}-{hash:016x}"), subject, review, date, what, lead, by, t: 0.0 }
    }

    /// Items as one string, for the comparison module to hand them to the
    /// main app: seven fields each (key, subject, review, date, what, lead,
    /// by), every field ended by U+001F, which no field holds (a link's
    /// text is cleaned of control characters).
    pub fn join(items: &[AgreedItem]) -> String {
        let mut text = String::new();
        for i in items {
            for field in [&i.key, &i.subject, &i.review, &i.date, &i.what, &i.lead, &i.by] {
                text.push_str(field);
                text.push('\u{1f}');
            }
        }
        text
    }

    /// Items from [`AgreedItem::join`]'s string (an incomplete last one is
    /// left out); adding them checks each.
    pub fn split(text: &str) -> Vec<AgreedItem> {
        let mut fields = text.split_terminator('\u{1f}').map(str::to_string);
        let mut next = || fields.next();
        let mut items = Vec::new();
        while let (Some(key), Some(subject), Some(review), Some(date), Some(what), Some(lead), Some(by)) =
            (next(), next(), next(), next(), next(), next(), next())
        {
            items.push(AgreedItem { key, subject, review, date, what, lead, by, t: 0.0 });
        }
        items
    }

    /// Taken out of the plan: only its key and time remain.
    pub fn is_removed(&self) -> bool {
        self.what.is_empty()
    }

    /// Where it came from, in words: "From the review “Spring review”,
    /// 12 March 2027" (the name isolated, so a right-to-left name cannot
    /// reorder the sentence).
    pub fn source(&self) -> String {
        let date = crate::dates::long_date(&self.date);
        if self.review.is_empty() {
            format!("Agreed at a review meeting on {date}")
        } else {
            format!("Agreed at the review “\u{2068}{}\u{2069}” on {date}", self.review)
        }
    }

    /// Whether every field holds what the saved data may (a removed one:
    /// nothing but its key and time).
    pub fn is_valid(&self) -> bool {
        if self.is_removed() {
            return AgreedItem { key: self.key.clone(), t: self.t, ..AgreedItem::default() } == *self;
        }
        let known = crate::assessment::statements::for_node(&self.subject).is_some()
            || crate::content::GUIDE.spread(&self.subject).is_some();
        known
            && is_date(&self.date)
            && self.review.chars().count() <= limits::LABEL_CHARS
            && !self.what.trim().is_empty()
            && AgreedField::ALL.iter().all(|&f| self.get(f).chars().count() <= f.max_chars())
    }
}

/// The answers as they stood on a date, for scores over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub date: String,
    pub answers: NodeMap<Answer>,
}

/// A link label as a link carries it: no control characters, at most
/// [`limits::LINK_LABEL_CHARS`], trimmed (as the share codec's
/// `clean_label`, which a test holds it to).
pub fn link_label_as_carried(label: &str) -> String {
    label.chars().filter(|c| !c.is_control()).take(limits::LINK_LABEL_CHARS).collect::<String>().trim().to_string()
}

fn cut(text: String, limit: usize) -> String {
    text.chars().take(limit).collect()
}

/// One field of an action-plan item, edited on its own. Each is declared
/// once, here: its label in the form, its label on paper, its CSV column,
/// its limit and its check; the input, the printout, the export and the
/// validation all read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    Note,
    Role,
    Due,
}

impl PlanField {
    /// In the order the form, the printout and the CSV show them.
    pub const ALL: [PlanField; 3] = [PlanField::Note, PlanField::Role, PlanField::Due];

    /// For element ids.
    pub fn key(self) -> &'static str {
        match self {
            PlanField::Note => "note",
            PlanField::Role => "role",
            PlanField::Due => "due",
        }
    }

    /// The field's label in the form.
    pub fn label(self) -> &'static str {
        match self {
            PlanField::Note => "What we will do",
            PlanField::Role => "Who leads it (a role, not a name)",
            PlanField::Due => "Target date",
        }
    }

    /// Before its value on paper.
    pub fn print_label(self) -> &'static str {
        match self {
            PlanField::Note => "What we will do: ",
            PlanField::Role => "Who leads it: ",
            PlanField::Due => "Target date: ",
        }
    }

    /// Its column in the results CSV.
    pub fn csv_column(self) -> &'static str {
        match self {
            PlanField::Note => "action note",
            PlanField::Role => "action role",
            PlanField::Due => "action due",
        }
    }

    /// The most characters it holds; `None` for the date, whose check is its form.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            PlanField::Note => Some(limits::NOTE_CHARS),
            PlanField::Role => Some(limits::ROLE_CHARS),
            PlanField::Due => None,
        }
    }

    /// A date (`YYYY-MM-DD` or empty), not free text.
    pub fn is_date(self) -> bool {
        self == PlanField::Due
    }

    /// Several lines of text, not one.
    pub fn is_multiline(self) -> bool {
        self == PlanField::Note
    }

    /// Whether `value` is one the saved data may hold.
    pub fn accepts(self, value: &str) -> bool {
        match self.max_chars() {
            Some(limit) => value.chars().count() <= limit,
            None => value.is_empty() || is_date(value),
        }
    }
}

impl ActionItem {
    pub fn get(&self, field: PlanField) -> &str {
        match field {
            PlanField::Note => &self.note,
            PlanField::Role => &self.role,
            PlanField::Due => &self.due,
        }
    }

    fn field_mut(&mut self, field: PlanField) -> &mut String {
        match field {
            PlanField::Note => &mut self.note,
            PlanField::Role => &mut self.role,
            PlanField::Due => &mut self.due,
        }
    }

    /// The item as the schema allows it, so that what is saved reads back:
    /// texts cut to their limits, and a date that is not a real date (a
    /// date field part-way through typing gives "0002-01-31") left as it
    /// was in `previous`.
    pub fn within_limits(mut self, previous: &ActionItem) -> ActionItem {
        for field in PlanField::ALL {
            let value = self.field_mut(field);
            if let Some(limit) = field.max_chars() {
                *value = cut(std::mem::take(value), limit);
            } else if !field.accepts(value) {
                *value = previous.get(field).to_string();
            }
        }
        self
    }

    /// Whether every field holds what the saved data may.
    pub fn is_valid(&self) -> bool {
        PlanField::ALL.iter().all(|&f| f.accepts(self.get(f)))
    }
}

impl Assessment {
    pub fn new(id: String, label: String, created: String) -> Assessment {
        Assessment {
            id,
            label,
            label_t: 0.0,
            link_label: String::new(),
            link_label_t: 0.0,
            created,
            answers: NodeMap::new(),
            actions: NodeMap::new(),
            notes: NodeMap::new(),
            agreed: Vec::new(),
            snapshots: Rc::default(),
        }
    }

    /// The current answers, cleared ones left out.
    pub fn current_answers(&self) -> Answers {
        // `extend`, not `collect`: one code path for building maps.
        let mut answers = Answers::new();
        answers.extend(self.answers.iter().filter_map(|(k, s)| s.v.map(|a| (k.clone(), a))));
        answers
    }

    /// Nothing entered yet: no answers, actions, notes or snapshots.
    pub fn is_pristine(&self) -> bool {
        self.answers.is_empty()
            && self.actions.is_empty()
            && self.notes.is_empty()
            && self.agreed.is_empty()
            && self.snapshots.is_empty()
    }

    /// Sets (or, with `None`, clears) the answer to `node` at time `at`;
    /// `false` when that is already the answer.
    pub fn set_answer(&mut self, node: &str, answer: Option<Answer>, at: f64) -> bool {
        let current = self.answers.get(node).map(|s| s.v);
        if current == Some(answer) || (answer.is_none() && current.is_none()) {
            return false;
        }
        self.answers.insert(node.to_string(), Stamped { v: answer, t: at });
        true
    }

    /// Records today's answers. One snapshot a day (a second one the same
    /// day replaces the first); past the limit the oldest give way.
    pub fn take_snapshot(&mut self, today: String) -> bool {
        let answers = self.current_answers();
        let snapshots = Rc::make_mut(&mut self.snapshots);
        snapshots.retain(|s| s.date != today);
        snapshots.push(Snapshot { date: today, answers });
        self.keep_newest_snapshots();
        true
    }

    pub(super) fn keep_newest_snapshots(&mut self) {
        let snapshots = Rc::make_mut(&mut self.snapshots);
        crate::small_sort::sort_by_key(snapshots, |s| s.date.clone());
        let excess = snapshots.len().saturating_sub(limits::SNAPSHOTS);
        snapshots.drain(..excess);
    }

    pub fn action(&self, node: &str) -> Option<&ActionItem> {
        self.actions.get(node).and_then(|s| s.v.as_ref())
    }

    /// The note on a statement, "" when there is none.
    pub fn note(&self, node: &str) -> &str {
        self.notes.get(node).map_or("", |s| s.v.as_str())
    }

    /// Renames the assessment at time `at`: trimmed and cut to the limit;
    /// `false` for a blank name or the name it already has.
    pub fn rename(&mut self, label: &str, at: f64) -> bool {
        let label = cut(label.trim().to_string(), limits::LABEL_CHARS);
        if label.is_empty() || label == self.label {
            return false;
        }
        self.label = label;
        self.label_t = at;
        true
    }

    /// Sets the label on shared links at time `at`, cleaned as a link
    /// carries it (no control characters, trimmed, cut to the link's
    /// limit); empty clears it. `false` when it is the label already set.
    pub fn set_link_label(&mut self, label: &str, at: f64) -> bool {
        let label = link_label_as_carried(label.trim());
        if label == self.link_label {
            return false;
        }
        self.link_label = label;
        self.link_label_t = at;
        true
    }

    /// The link label, `None` when there is none.
    pub fn link_label(&self) -> Option<&str> {
        (!self.link_label.is_empty()).then_some(self.link_label.as_str())
    }

    /// Sets one field of the action-plan item on `node` at time `at`; `false`
    /// when the statement is not in the plan or the field already holds it.
    /// One field at a time, so quick edits to different fields all land.
    pub fn set_plan_field(&mut self, node: &str, field: PlanField, value: String, at: f64) -> bool {
        let Some(item) = self.action(node) else {
            return false;
        };
        let mut next = item.clone();
        *next.field_mut(field) = value;
        let next = next.within_limits(item);
        if next == *item {
            return false;
        }
        self.actions.insert(node.to_string(), Stamped { v: Some(next), t: at });
        true
    }

    /// Adds `node` to the action plan (empty) or takes it out; `false` when
    /// it already is (or is not) there.
    pub fn set_planned(&mut self, node: &str, planned: bool, at: f64) -> bool {
        if self.action(node).is_some() == planned {
            return false;
        }
        let v = planned.then(ActionItem::default);
        self.actions.insert(node.to_string(), Stamped { v, t: at });
        true
    }

    /// The agreed actions in the plan (removed ones left out), in the
    /// order they were added.
    pub fn agreed_items(&self) -> impl Iterator<Item = &AgreedItem> {
        self.agreed.iter().filter(|a| !a.is_removed())
    }

    /// Whether the agreed action with `key` is in the plan.
    pub fn has_agreed(&self, key: &str) -> bool {
        self.agreed_items().any(|a| a.key == key)
    }

    /// Adds agreed actions at time `at`, each once: one already in the
    /// plan stays as the partner edited it, one removed comes back as the
    /// link has it. Invalid ones are left out; past the limit, the oldest
    /// removed ones are forgotten, then nothing more is added. Returns how
    /// many were added.
    pub fn add_agreed(&mut self, items: Vec<AgreedItem>, at: f64) -> usize {
        let mut added = 0;
        for item in items {
            let item = AgreedItem { t: at, ..item };
            if !item.is_valid() || item.is_removed() || self.has_agreed(&item.key) {
                continue;
            }
            match self.agreed.iter().position(|a| a.key == item.key) {
                Some(i) => self.agreed[i] = item,
                None => {
                    if self.agreed.len() >= limits::AGREED {
                        let Some(oldest) = self.agreed.iter().position(AgreedItem::is_removed) else { break };
                        self.agreed.remove(oldest);
                    }
                    self.agreed.push(item);
                }
            }
            added += 1;
        }
        added
    }

    /// Past the limit (two copies merged), the oldest removed ones are
    /// forgotten first, then the oldest added.
    pub(super) fn keep_agreed_within_limit(&mut self) {
        while self.agreed.len() > limits::AGREED {
            let oldest = self.agreed.iter().position(AgreedItem::is_removed).unwrap_or(0);
            self.agreed.remove(oldest);
        }
    }

    /// Sets one field of the agreed action `key` at time `at`, cut to its
    /// limit; `false` when there is no such action or it already holds it.
    /// What is to be done cannot be emptied: removing the action says that.
    pub fn set_agreed_field(&mut self, key: &str, field: AgreedField, value: String, at: f64) -> bool {
        let value = cut(value, field.max_chars());
        let Some(item) = self.agreed.iter_mut().find(|a| a.key == key && !a.is_removed()) else { return false };
        if item.get(field) == value || (field == AgreedField::What && value.trim().is_empty()) {
            return false;
        }
        *item.field_mut(field) = value;
        item.t = at;
        true
    }

    /// Takes the agreed action `key` out of the plan at time `at`.
    pub fn remove_agreed(&mut self, key: &str, at: f64) -> bool {
        match self.agreed.iter_mut().find(|a| a.key == key && !a.is_removed()) {
            Some(item) => {
                *item = AgreedItem { key: key.to_string(), t: at, ..AgreedItem::default() };
                true
            }
            None => false,
        }
    }

    /// Sets a statement's note at time `at`, cut to the limit; `false` when
    /// it is the note already there.
    pub fn set_note(&mut self, node: &str, text: String, at: f64) -> bool {
        let text = cut(text, limits::NOTE_CHARS);
        if self.note(node) == text {
            return false;
        }
        self.notes.insert(node.to_string(), Stamped { v: text, t: at });
        true
    }
}

impl Store {
    pub fn new(first: Assessment) -> Store {
        Store { app: APP.into(), schema: SCHEMA, current: first.id.clone(), assessments: vec![first], deleted: vec![] }
    }

    pub fn current(&self) -> &Assessment {
        self.assessments.iter().find(|a| a.id == self.current).unwrap_or(&self.assessments[0])
    }

    pub fn current_mut(&mut self) -> &mut Assessment {
        let index = self.assessments.iter().position(|a| a.id == self.current).unwrap_or(0);
        &mut self.assessments[index]
    }

    /// Whether another partnership fits within the limit.
    pub fn can_add(&self) -> bool {
        self.assessments.len() < limits::ASSESSMENTS
    }

    /// Adds a partnership's assessment and makes it the open one; `false`
    /// past the limit (what is saved must read back).
    pub fn add(&mut self, assessment: Assessment) -> bool {
        if !self.can_add() {
            return false;
        }
        self.current = assessment.id.clone();
        self.assessments.push(assessment);
        true
    }

    /// Opens the assessment `id`; `false` when there is none such, or it is open.
    pub fn switch_to(&mut self, id: String) -> bool {
        if self.current == id || !self.assessments.iter().any(|a| a.id == id) {
            return false;
        }
        self.current = id;
        true
    }

    /// Deletes an assessment, remembering its id so a merge with an older
    /// copy does not bring it back; `replacement` takes over if it was the last.
    /// `true`: the id is remembered as deleted even when no assessment here
    /// has it (another tab's may).
    pub fn delete(&mut self, id: &str, replacement: Assessment) -> bool {
        self.assessments.retain(|a| a.id != id);
        self.remember_deleted(id);
        if self.assessments.is_empty() {
            self.assessments.push(replacement);
        }
        if !self.assessments.iter().any(|a| a.id == self.current) {
            self.current = self.assessments[0].id.clone();
        }
        true
    }

    pub(super) fn remember_deleted(&mut self, id: &str) {
        if !self.deleted.iter().any(|d| d == id) {
            self.deleted.push(id.to_string());
        }
        let excess = self.deleted.len().saturating_sub(limits::DELETED);
        self.deleted.drain(..excess);
    }
}

/// Times as whole milliseconds, as every build since 2026-11-27 writes
/// them; earlier builds' fractional times still read (rounded).
mod whole_ms {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &f64, s: S) -> Result<S::Ok, S::Error> {
        // Times come from the clock and from validated documents: whole
        // milliseconds within range. (Written as an integer, no float
        // formatting code ships.)
        s.serialize_u64(t.clamp(0.0, super::limits::TIME_MS).round() as u64)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        f64::deserialize(d).map(f64::round)
    }
}
