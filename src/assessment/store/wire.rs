//! The saved document as JSON, through serde: which schema versions read,
//! how an older one is brought up to date, and the checks serde's types
//! cannot express (limits, dates, known statements).
//!
//! Schema history:
//! - 1: answers, action plan, snapshots, several partnerships.
//! - 2: adds `notes` (a private note per statement). A schema-1 document
//!   reads with no notes, and is written back as schema 2.
//! - 3: adds `label_t`, when the partnership's name was set, so a rename
//!   wins a merge like any other edit (two widgets or tabs stay in step).
//!   Older documents read with 0: any rename since wins.
//! - 4: adds `link_label` and its time `link_label_t`: the label the
//!   person chose for the links they share (empty by default), kept per
//!   partnership and merged like the name. Older documents read with none.
//! - 5: adds `agreed`: actions a review's meeting agreed, added from an
//!   agreed-actions link (each keyed by where it came from and stamped; a
//!   removed one keeps its key and time, its texts emptied), merged newest
//!   edit wins per action. Older documents read with none.

use serde::Deserialize;

use super::model::Store;
use super::{limits, APP, SCHEMA};
use crate::assessment::statements;
use crate::dates::is_date;

/// The oldest schema still read.
const OLDEST: u32 = 1;

/// What reading stored or imported text found.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    Valid(Store),
    /// From an older schema, brought up to date (written back as `SCHEMA`).
    Migrated(Store),
    /// Written by a newer release of the app: kept, not touched.
    Newer(u32),
    /// Not our data, or damaged; the reason in plain words.
    Invalid(String),
}

/// The two members that say whose document this is and in which schema;
/// the rest is skipped unread.
#[derive(Deserialize)]
struct Header {
    app: Option<String>,
    schema: Option<u32>,
}

impl Store {
    /// The document as compact JSON, in the current schema.
    pub fn to_json(&self) -> String {
        // Cannot fail: every map key is a string and every value plain data.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The schema a stored text declares, if it is ours.
pub fn schema_of(text: &str) -> Option<u32> {
    let header: Header = serde_json::from_str(without_bom(text)).ok()?;
    (header.app.as_deref() == Some(APP)).then_some(header.schema?)
}

/// Windows editors may save a byte-order mark in front of an exported file.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a document, migrating older schemas and checking every field.
pub fn read(text: &str) -> Read {
    if text.len() > limits::FILE_BYTES {
        return Read::Invalid(format!(
            "it is larger than {} KB, far more than this app ever writes",
            limits::FILE_BYTES / 1000
        ));
    }
    let text = without_bom(text);
    let not_ours = || Read::Invalid("it is not a file saved by this app".into());
    let header: Header = match serde_json::from_str(text) {
        Ok(header) => header,
        Err(e) if e.is_data() => return not_ours(),
        Err(e) => return Read::Invalid(syntax_reason(&e).into()),
    };
    if header.app.as_deref() != Some(APP) {
        return not_ours();
    }
    let schema = match header.schema {
        Some(s) if s > SCHEMA => return Read::Newer(s),
        Some(s) if s >= OLDEST => s,
        _ => return Read::Invalid("its format version is missing or unknown".into()),
    };
    let mut store: Store = match serde_json::from_str(text) {
        Ok(store) => store,
        Err(e) => return Read::Invalid(format!("part of it is damaged ({})", data_reason(&e))),
    };
    if let Err(reason) = validate(&store) {
        return Read::Invalid(reason);
    }
    store.schema = SCHEMA;
    if schema < SCHEMA {
        Read::Migrated(store)
    } else {
        Read::Valid(store)
    }
}

/// A JSON syntax error in plain words.
fn syntax_reason(e: &serde_json::Error) -> &'static str {
    if e.to_string().starts_with("recursion limit") {
        "it is nested far more deeply than any file this app writes"
    } else {
        "it is not valid JSON"
    }
}

/// What serde found wrong with a well-formed document, in plain words.
fn data_reason(e: &serde_json::Error) -> &'static str {
    let message = e.to_string();
    let starts = |prefix: &str| message.starts_with(prefix);
    if !e.is_data() {
        syntax_reason(e)
    } else if starts("unknown field") {
        "it has a field this app does not know"
    } else if starts("duplicate field") || message.contains(crate::assessment::node_map::DUPLICATE) {
        "a field appears twice"
    } else if starts("missing field") {
        "a field is missing"
    } else if message.contains(crate::assessment::node_map::FLOOD) {
        "it has more answers than there are statements"
    } else if starts("invalid type") {
        "a value has the wrong type"
    } else {
        "a value is out of range"
    }
}

fn validate(store: &Store) -> Result<(), String> {
    use limits::*;
    if store.assessments.is_empty() {
        return Err("it holds no assessment".into());
    }
    if store.assessments.len() > ASSESSMENTS_READ {
        return Err(format!("it holds more than {ASSESSMENTS_READ} assessments"));
    }
    if store.deleted.len() > DELETED {
        return Err(format!("it lists more than {DELETED} deleted assessments"));
    }
    let time_ok = |t: f64| (0.0..=TIME_MS).contains(&t);
    let long = |text: &str, limit: usize| text.chars().count() > limit;
    for (i, a) in store.assessments.iter().enumerate() {
        if store.assessments[..i].iter().any(|b| b.id == a.id) || store.deleted.contains(&a.id) {
            return Err("an assessment appears twice, or as both kept and deleted".into());
        }
        if a.id.is_empty() || a.id.len() > ID_CHARS || !a.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err("an assessment has an invalid id".into());
        }
        if long(&a.label, LABEL_CHARS) {
            return Err(format!("an assessment’s name is longer than {LABEL_CHARS} characters"));
        }
        if long(&a.link_label, LINK_LABEL_CHARS) || super::model::link_label_as_carried(&a.link_label) != a.link_label {
            return Err(format!(
                "an assessment’s link label is longer than {LINK_LABEL_CHARS} characters or holds control characters"
            ));
        }
        if !is_date(&a.created) {
            return Err("an assessment has an invalid date".into());
        }
        let known = |k: &String| statements::for_node(k).is_some();
        if !a.answers.keys().all(known) || !a.actions.keys().all(known) || !a.notes.keys().all(known) {
            return Err("it has answers to statements this app does not know".into());
        }
        if a.snapshots.len() > SNAPSHOTS {
            return Err(format!("an assessment has more than {SNAPSHOTS} snapshots"));
        }
        if a.snapshots.iter().any(|s| !is_date(&s.date) || !s.answers.keys().all(known)) {
            return Err("a snapshot is damaged".into());
        }
        for item in a.actions.values().filter_map(|s| s.v.as_ref()) {
            if !item.is_valid() {
                return Err("an action-plan entry is too long or has an invalid date".into());
            }
        }
        if a.notes.values().any(|s| long(&s.v, NOTE_CHARS)) {
            return Err(format!("a note is longer than {NOTE_CHARS} characters"));
        }
        if a.agreed.len() > AGREED {
            return Err(format!("an assessment has more than {AGREED} agreed actions"));
        }
        for (i, agreed) in a.agreed.iter().enumerate() {
            // The key says where it came from; what is to be done may have been edited since.
            let key_ok = !agreed.key.is_empty()
                && agreed.key.len() <= ID_CHARS
                && agreed.key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !key_ok || a.agreed[..i].iter().any(|b| b.key == agreed.key) {
                return Err("an agreed action appears twice or has an invalid key".into());
            }
            if !agreed.is_valid() {
                return Err("an agreed action is too long, has an invalid date or names no statement or topic".into());
            }
        }
        let times = a.answers.values().map(|s| s.t).chain([a.label_t, a.link_label_t]);
        let times = times.chain(a.agreed.iter().map(|s| s.t));
        let times = times.chain(a.actions.values().map(|s| s.t));
        if !times.chain(a.notes.values().map(|s| s.t)).all(time_ok) {
            return Err("an answer has an invalid time".into());
        }
    }
    Ok(())
}

/// What importing a file means for `current`: the data to merge in and
/// what to tell the person, or why nothing was changed. One sentence each.
pub fn import(current: &Store, read: Read) -> Result<(Store, String), String> {
    match read {
        Read::Valid(theirs) | Read::Migrated(theirs) => {
            if current.merged_count(&theirs) > limits::ASSESSMENTS {
                return Err(format!("That file would bring this browser to more than {} partnerships, the most this tool keeps. Delete some here first. Nothing was changed.", limits::ASSESSMENTS));
            }
            let count = theirs.assessments.len();
            let plural = if count == 1 { "" } else { "s" };
            Ok((theirs, format!("Imported {count} assessment{plural}. Where the file and this browser differ, the more recent answer was kept.")))
        }
        Read::Newer(_) => Err(
            "That file was made by a newer version of this tool, so it cannot be imported here. Nothing was changed."
                .into(),
        ),
        Read::Invalid(reason) => Err(format!("That file could not be imported: {reason}. Nothing was changed.")),
    }
}
