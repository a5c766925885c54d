//! Everything a person has entered, as one versioned document: what local
//! storage holds and what export and import carry. Plain data with
//! validation, migration and a merge that never drops a newer edit.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::scoring::Answers;
use super::statements;

/// The schema written by this release. Every older one must keep loading.
pub const SCHEMA: u32 = 1;
/// Marks our documents, so a stranger's JSON is not mistaken for ours.
pub const APP: &str = "making-collaboration-work";

/// Limits that keep a hostile or broken file from flooding the page.
pub mod limits {
    pub const FILE_BYTES: usize = 1_000_000;
    pub const ASSESSMENTS: usize = 50;
    pub const SNAPSHOTS: usize = 120;
    pub const LABEL_CHARS: usize = 80;
    pub const NOTE_CHARS: usize = 500;
    pub const ROLE_CHARS: usize = 80;
}

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
    /// `YYYY-MM-DD`.
    pub created: String,
    /// Node id → latest answer; a cleared answer stays as `v: null` so merges respect it.
    #[serde(default)]
    pub answers: BTreeMap<String, Stamped<Option<Answer>>>,
    #[serde(default)]
    pub actions: BTreeMap<String, Stamped<Option<ActionItem>>>,
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

/// A value with the time (ms since 1970) it was set: the newer wins a merge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stamped<T> {
    pub v: T,
    pub t: f64,
}

/// An item the person marked to act on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    #[serde(default)]
    pub note: String,
    /// A role, not a name ("Partnership lead").
    #[serde(default)]
    pub role: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub due: String,
}

/// The answers as they stood on a date, for scores over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub date: String,
    pub answers: BTreeMap<String, Answer>,
}

impl Assessment {
    pub fn new(id: String, label: String, created: String) -> Assessment {
        Assessment { id, label, created, answers: BTreeMap::new(), actions: BTreeMap::new(), snapshots: Vec::new() }
    }

    /// The current answers, cleared ones left out.
    pub fn current_answers(&self) -> Answers {
        self.answers.iter().filter_map(|(k, s)| s.v.map(|a| (k.clone(), a))).collect()
    }

    /// Nothing entered yet: no answers, actions or snapshots.
    pub fn is_pristine(&self) -> bool {
        self.answers.is_empty() && self.actions.is_empty() && self.snapshots.is_empty()
    }

    pub fn action(&self, node: &str) -> Option<&ActionItem> {
        self.actions.get(node).and_then(|s| s.v.as_ref())
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

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Combines another copy of the data (another tab's, or an import) into
    /// this one: per answer and action the newer edit wins; assessments from
    /// either side are kept unless deleted on either side.
    pub fn merge(&mut self, other: &Store) {
        // An untouched assessment the other copy does not know was never
        // saved (a fresh tab's placeholder): theirs replaces it.
        self.assessments.retain(|a| !a.is_pristine() || other.assessments.iter().any(|b| b.id == a.id));
        for id in &other.deleted {
            if !self.deleted.contains(id) {
                self.deleted.push(id.clone());
            }
        }
        for theirs in &other.assessments {
            match self.assessments.iter_mut().find(|a| a.id == theirs.id) {
                Some(ours) => ours.merge(theirs),
                None => self.assessments.push(theirs.clone()),
            }
        }
        let deleted = self.deleted.clone();
        self.assessments.retain(|a| !deleted.contains(&a.id));
        if !self.assessments.iter().any(|a| a.id == self.current) {
            let theirs = self.assessments.iter().find(|a| a.id == other.current).or(self.assessments.first());
            self.current = theirs.map(|a| a.id.clone()).unwrap_or_default();
        }
    }
}

impl Assessment {
    fn merge(&mut self, other: &Assessment) {
        merge_stamped(&mut self.answers, &other.answers);
        merge_stamped(&mut self.actions, &other.actions);
        for snapshot in &other.snapshots {
            if !self.snapshots.contains(snapshot) {
                self.snapshots.push(snapshot.clone());
            }
        }
        self.snapshots.sort_unstable_by(|a, b| a.date.cmp(&b.date));
    }
}

fn merge_stamped<T: Clone>(ours: &mut BTreeMap<String, Stamped<T>>, theirs: &BTreeMap<String, Stamped<T>>) {
    for (key, value) in theirs {
        if ours.get(key).is_none_or(|mine| value.t > mine.t) {
            ours.insert(key.clone(), value.clone());
        }
    }
}

/// What reading stored or imported text found.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    Valid(Store),
    /// From an older schema, brought up to date.
    Migrated(Store),
    /// Written by a newer release of the app: kept, not touched.
    Newer(u32),
    /// Not our data, or damaged; the reason in plain words.
    Invalid(String),
}

/// Reads a document, migrating older schemas and checking every field.
pub fn read(text: &str) -> Read {
    if text.len() > limits::FILE_BYTES {
        return Read::Invalid(format!("it is larger than {} KB, far more than this app ever writes", limits::FILE_BYTES / 1000));
    }
    #[derive(Deserialize)]
    struct Header {
        app: Option<String>,
        schema: Option<u32>,
    }
    let header: Header = match serde_json::from_str(text) {
        Ok(h) => h,
        Err(e) if e.is_syntax() || e.is_eof() => return Read::Invalid("it is not valid JSON".into()),
        Err(_) => return Read::Invalid("it is not a file saved by this app".into()),
    };
    if header.app.as_deref() != Some(APP) {
        return Read::Invalid("it is not a file saved by this app".into());
    }
    match header.schema {
        Some(SCHEMA) => match serde_json::from_str::<Store>(text) {
            Ok(store) => match validate(&store) {
                Ok(()) => Read::Valid(store),
                Err(reason) => Read::Invalid(reason),
            },
            Err(e) => Read::Invalid(format!("part of it is damaged ({})", plain_serde_error(&e))),
        },
        Some(newer) if newer > SCHEMA => Read::Newer(newer),
        _ => Read::Invalid("its format version is missing or unknown".into()),
    }
}

/// serde's message without echoing the input back.
fn plain_serde_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = message.split(" at line").next().unwrap_or("unreadable");
    message.chars().take(120).collect()
}

fn validate(store: &Store) -> Result<(), String> {
    use limits::*;
    if store.assessments.is_empty() {
        return Err("it holds no assessment".into());
    }
    if store.assessments.len() > ASSESSMENTS {
        return Err(format!("it holds more than {ASSESSMENTS} assessments"));
    }
    let date_ok = |d: &str| d.is_empty() || is_date(d);
    for a in &store.assessments {
        if a.id.is_empty() || a.id.len() > 40 || !a.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err("an assessment has an invalid id".into());
        }
        if a.label.chars().count() > LABEL_CHARS {
            return Err(format!("an assessment’s name is longer than {LABEL_CHARS} characters"));
        }
        if !is_date(&a.created) {
            return Err("an assessment has an invalid date".into());
        }
        let known = |k: &String| statements::for_node(k).is_some();
        if !a.answers.keys().all(known) || !a.actions.keys().all(known) {
            return Err("it has answers to statements this app does not know".into());
        }
        if a.snapshots.len() > SNAPSHOTS {
            return Err(format!("an assessment has more than {SNAPSHOTS} snapshots"));
        }
        if a.snapshots.iter().any(|s| !is_date(&s.date) || !s.answers.keys().all(known)) {
            return Err("a snapshot is damaged".into());
        }
        for item in a.actions.values().filter_map(|s| s.v.as_ref()) {
            if item.note.chars().count() > NOTE_CHARS || item.role.chars().count() > ROLE_CHARS || !date_ok(&item.due) {
                return Err("an action-plan entry is too long or has an invalid date".into());
            }
        }
        if a.answers.values().map(|s| s.t).chain(a.actions.values().map(|s| s.t)).any(|t| !t.is_finite() || t < 0.0) {
            return Err("an answer has an invalid time".into());
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` with plausible numbers.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(d)) if (1900..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
}
