//! Everything a person has entered, as one versioned document: what local
//! storage holds and what export and import carry. Plain data with
//! validation, migration and a merge that never drops a newer edit.

use super::answer::Answer;
use super::json::{SyntaxError, Value, Writer};
use super::node_map::NodeMap;
use super::scoring::Answers;
use super::statements;

/// The schema written by this release. Every older one must keep loading.
pub const SCHEMA: u32 = 1;
/// Marks our documents, so a stranger's JSON is not mistaken for ours.
pub const APP: &str = "making-collaboration-work";

/// Limits that keep a hostile or broken file from flooding the page. The app
/// itself stays inside them, so what it writes always reads back.
pub mod limits {
    pub const FILE_BYTES: usize = 1_000_000;
    /// Partnerships a browser keeps: adding and importing stop here.
    pub const ASSESSMENTS: usize = 50;
    /// Reading tolerates twice as many, which only two tabs adding at the
    /// same moment could reach.
    pub const ASSESSMENTS_READ: usize = 2 * ASSESSMENTS;
    /// Snapshots per assessment; the oldest give way.
    pub const SNAPSHOTS: usize = 120;
    /// Deleted assessments' ids remembered for merging; the oldest give way.
    pub const DELETED: usize = 1000;
    pub const LABEL_CHARS: usize = 80;
    pub const NOTE_CHARS: usize = 500;
    pub const ROLE_CHARS: usize = 80;
    /// Latest time (ms since 1970) an edit may carry: far past any real date,
    /// and still exact as a JSON integer.
    pub const TIME_MS: f64 = 9.0e15;
}

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub app: String,
    pub schema: u32,
    /// Id of the assessment being worked on.
    pub current: String,
    pub assessments: Vec<Assessment>,
    /// Ids of deleted assessments, so a merge with an older copy does not bring them back.
    pub deleted: Vec<String>,
}

/// One partnership's assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: String,
    pub label: String,
    /// `YYYY-MM-DD`.
    pub created: String,
    /// Node id → latest answer; a cleared answer stays as `v: null` so merges respect it.
    pub answers: NodeMap<Stamped<Option<Answer>>>,
    pub actions: NodeMap<Stamped<Option<ActionItem>>>,
    pub snapshots: Vec<Snapshot>,
}

/// A value with the time (ms since 1970) it was set: the newer wins a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamped<T> {
    pub v: T,
    pub t: f64,
}

/// An item the person marked to act on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActionItem {
    pub note: String,
    /// A role, not a name ("Partnership lead").
    pub role: String,
    /// `YYYY-MM-DD` or empty.
    pub due: String,
}

impl ActionItem {
    /// The item as the schema allows it, so that what is saved reads back:
    /// texts cut to their limits, and a due date that is not a real date
    /// (a date field part-way through typing gives "0002-01-31") left at
    /// `previous_due`.
    pub fn within_limits(self, previous_due: &str) -> ActionItem {
        let cut = |text: String, limit: usize| text.chars().take(limit).collect::<String>();
        let due = if self.due.is_empty() || is_date(&self.due) {
            self.due
        } else {
            previous_due.to_string()
        };
        ActionItem {
            note: cut(self.note, limits::NOTE_CHARS),
            role: cut(self.role, limits::ROLE_CHARS),
            due,
        }
    }
}

/// The answers as they stood on a date, for scores over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub date: String,
    pub answers: NodeMap<Answer>,
}

impl Assessment {
    pub fn new(id: String, label: String, created: String) -> Assessment {
        Assessment {
            id,
            label,
            created,
            answers: NodeMap::new(),
            actions: NodeMap::new(),
            snapshots: Vec::new(),
        }
    }

    /// The current answers, cleared ones left out.
    pub fn current_answers(&self) -> Answers {
        // `extend`, not `collect`: collecting a NodeMap sorts first, and
        // each sort instance adds kilobytes to the WebAssembly.
        let mut answers = Answers::new();
        answers.extend(
            self.answers
                .iter()
                .filter_map(|(k, s)| s.v.map(|a| (k.clone(), a))),
        );
        answers
    }

    /// Nothing entered yet: no answers, actions or snapshots.
    pub fn is_pristine(&self) -> bool {
        self.answers.is_empty() && self.actions.is_empty() && self.snapshots.is_empty()
    }

    /// Records today's answers. One snapshot a day (a second one the same
    /// day replaces the first); past the limit the oldest give way.
    pub fn take_snapshot(&mut self, today: String) {
        let answers = self.current_answers();
        self.snapshots.retain(|s| s.date != today);
        self.snapshots.push(Snapshot {
            date: today,
            answers,
        });
        self.keep_newest_snapshots();
    }

    fn keep_newest_snapshots(&mut self) {
        crate::small_sort::sort_by_key(&mut self.snapshots, |s| s.date.clone());
        let excess = self.snapshots.len().saturating_sub(limits::SNAPSHOTS);
        self.snapshots.drain(..excess);
    }

    pub fn action(&self, node: &str) -> Option<&ActionItem> {
        self.actions.get(node).and_then(|s| s.v.as_ref())
    }
}

impl Store {
    pub fn new(first: Assessment) -> Store {
        Store {
            app: APP.into(),
            schema: SCHEMA,
            current: first.id.clone(),
            assessments: vec![first],
            deleted: vec![],
        }
    }

    pub fn current(&self) -> &Assessment {
        self.assessments
            .iter()
            .find(|a| a.id == self.current)
            .unwrap_or(&self.assessments[0])
    }

    /// Whether another partnership fits within the limit.
    pub fn can_add(&self) -> bool {
        self.assessments.len() < limits::ASSESSMENTS
    }

    /// Adds a partnership's assessment and makes it the open one.
    pub fn add(&mut self, assessment: Assessment) {
        self.current = assessment.id.clone();
        self.assessments.push(assessment);
    }

    /// How many partnerships merging `other` in would leave.
    pub fn merged_count(&self, other: &Store) -> usize {
        let mut merged = self.clone();
        merged.merge(other);
        merged.assessments.len()
    }

    /// Deletes an assessment, remembering its id so a merge with an older
    /// copy does not bring it back; `replacement` takes over if it was the last.
    pub fn delete(&mut self, id: &str, replacement: Assessment) {
        self.assessments.retain(|a| a.id != id);
        self.remember_deleted(id);
        if self.assessments.is_empty() {
            self.assessments.push(replacement);
        }
        if !self.assessments.iter().any(|a| a.id == self.current) {
            self.current = self.assessments[0].id.clone();
        }
    }

    fn remember_deleted(&mut self, id: &str) {
        if !self.deleted.iter().any(|d| d == id) {
            self.deleted.push(id.to_string());
        }
        let excess = self.deleted.len().saturating_sub(limits::DELETED);
        self.deleted.drain(..excess);
    }

    pub fn current_mut(&mut self) -> &mut Assessment {
        let index = self
            .assessments
            .iter()
            .position(|a| a.id == self.current)
            .unwrap_or(0);
        &mut self.assessments[index]
    }

    /// The document as compact JSON, members in the order `read` documents them.
    pub fn to_json(&self) -> String {
        let mut w = Writer::default();
        w.open('{')
            .key("app")
            .string(&self.app)
            .key("schema")
            .integer(f64::from(self.schema));
        w.key("current")
            .string(&self.current)
            .key("assessments")
            .open('[');
        for a in &self.assessments {
            w.open('{')
                .key("id")
                .string(&a.id)
                .key("label")
                .string(&a.label)
                .key("created")
                .string(&a.created);
            w.key("answers").open('{');
            for (node, s) in &a.answers {
                w.key(node).open('{').key("v");
                match s.v {
                    Some(answer) => w.integer(f64::from(answer.code())),
                    None => w.null(),
                };
                w.key("t").integer(s.t).close('}');
            }
            w.close('}').key("actions").open('{');
            for (node, s) in &a.actions {
                w.key(node).open('{').key("v");
                match &s.v {
                    Some(item) => w
                        .open('{')
                        .key("note")
                        .string(&item.note)
                        .key("role")
                        .string(&item.role)
                        .key("due")
                        .string(&item.due)
                        .close('}'),
                    None => w.null(),
                };
                w.key("t").integer(s.t).close('}');
            }
            w.close('}').key("snapshots").open('[');
            for snapshot in &a.snapshots {
                w.open('{')
                    .key("date")
                    .string(&snapshot.date)
                    .key("answers")
                    .open('{');
                for (node, answer) in &snapshot.answers {
                    w.key(node).integer(f64::from(answer.code()));
                }
                w.close('}').close('}');
            }
            w.close(']').close('}');
        }
        w.close(']').key("deleted").open('[');
        for id in &self.deleted {
            w.string(id);
        }
        w.close(']').close('}');
        w.finish()
    }

    /// Combines another copy of the data (another tab's, or an import) into
    /// this one: per answer and action the newer edit wins; assessments from
    /// either side are kept unless deleted on either side.
    pub fn merge(&mut self, other: &Store) {
        let current = self.current().clone();
        // An untouched assessment the other copy does not know was never
        // saved (a fresh tab's placeholder): theirs replaces it.
        self.assessments
            .retain(|a| !a.is_pristine() || other.assessments.iter().any(|b| b.id == a.id));
        for id in &other.deleted {
            self.remember_deleted(id);
        }
        for theirs in &other.assessments {
            match self.assessments.iter_mut().find(|a| a.id == theirs.id) {
                Some(ours) => ours.merge(theirs),
                None => self.assessments.push(theirs.clone()),
            }
        }
        let deleted = self.deleted.clone();
        self.assessments.retain(|a| !deleted.contains(&a.id));
        // Each side deleted the other's last assessment: keep ours, not nothing.
        if self.assessments.is_empty() {
            self.deleted.retain(|id| *id != current.id);
            self.assessments.push(current);
        }
        if !self.assessments.iter().any(|a| a.id == self.current) {
            let theirs = self
                .assessments
                .iter()
                .find(|a| a.id == other.current)
                .or(self.assessments.first());
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
        self.keep_newest_snapshots();
    }
}

fn merge_stamped<T: Clone>(ours: &mut NodeMap<Stamped<T>>, theirs: &NodeMap<Stamped<T>>) {
    for (key, value) in theirs {
        if ours.get(key).is_none_or(|mine| value.t > mine.t) {
            ours.insert(key.clone(), value.clone());
        }
    }
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
        Read::Newer(_) => Err("That file was made by a newer version of this tool, so it cannot be imported here. Nothing was changed.".into()),
        Read::Invalid(reason) => Err(format!("That file could not be imported: {reason}. Nothing was changed.")),
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
        return Read::Invalid(format!(
            "it is larger than {} KB, far more than this app ever writes",
            limits::FILE_BYTES / 1000
        ));
    }
    // Windows editors may save a byte-order mark in front of an exported file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(document) = Value::parse(text) else {
        return Read::Invalid("it is not valid JSON".into());
    };
    if document.get("app").and_then(Value::as_str) != Some(APP) {
        return Read::Invalid("it is not a file saved by this app".into());
    }
    match document
        .get("schema")
        .map(|s| s.as_u32().ok_or(SyntaxError))
    {
        Some(Ok(SCHEMA)) => match shape::store(&document) {
            Ok(store) => match validate(&store) {
                Ok(()) => Read::Valid(store),
                Err(reason) => Read::Invalid(reason),
            },
            Err(reason) => Read::Invalid(format!("part of it is damaged ({reason})")),
        },
        Some(Ok(newer)) if newer > SCHEMA => Read::Newer(newer),
        Some(Err(_)) => Read::Invalid("it is not a file saved by this app".into()),
        _ => Read::Invalid("its format version is missing or unknown".into()),
    }
}

/// Schema 1's shape: which members each object has, and their types.
/// Unknown members are refused, so a typo never silently loses data.
mod shape {
    use super::*;

    type Shape<T> = Result<T, &'static str>;

    const WRONG_TYPE: &str = "a value has the wrong type";

    /// The members of an object that may hold only `allowed` keys, once each.
    fn fields<'a>(value: &'a Value, allowed: &[&str]) -> Shape<&'a [(String, Value)]> {
        let Value::Object(members) = value else {
            return Err(WRONG_TYPE);
        };
        for (i, (key, _)) in members.iter().enumerate() {
            if !allowed.contains(&key.as_str()) {
                return Err("it has a field this app does not know");
            }
            if members[..i].iter().any(|(earlier, _)| earlier == key) {
                return Err("a field appears twice");
            }
        }
        Ok(members)
    }

    fn get<'a>(members: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
        members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn string(value: Option<&Value>) -> Shape<String> {
        value
            .ok_or("a field is missing")?
            .as_str()
            .map(String::from)
            .ok_or(WRONG_TYPE)
    }

    /// A member that may be left out, standing for "".
    fn optional_string(value: Option<&Value>) -> Shape<String> {
        value.map_or(Ok(String::new()), |v| string(Some(v)))
    }

    fn list<T>(value: Option<&Value>, item: impl Fn(&Value) -> Shape<T>) -> Shape<Vec<T>> {
        match value {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items.iter().map(item).collect(),
            Some(_) => Err(WRONG_TYPE),
        }
    }

    /// An object used as a map from node id to `T`.
    fn map<T>(value: Option<&Value>, item: impl Fn(&Value) -> Shape<T>) -> Shape<NodeMap<T>> {
        match value {
            None => Ok(NodeMap::new()),
            // No more entries than statements: keeps a flood from being sorted in.
            Some(Value::Object(members)) if members.len() > statements::STATEMENTS.len() => {
                Err("it has more answers than there are statements")
            }
            Some(Value::Object(members)) => {
                let mut map = NodeMap::new();
                for (key, v) in members {
                    map.insert(key.clone(), item(v)?);
                }
                Ok(map)
            }
            Some(_) => Err(WRONG_TYPE),
        }
    }

    fn answer(value: &Value) -> Shape<Answer> {
        let code = value.as_u32().ok_or(WRONG_TYPE)?;
        u8::try_from(code)
            .ok()
            .and_then(|c| Answer::try_from(c).ok())
            .ok_or("an answer is not 0 (don’t know) or 1 to 5")
    }

    fn stamped<T>(value: &Value, inner: impl Fn(&Value) -> Shape<T>) -> Shape<Stamped<Option<T>>> {
        let members = fields(value, &["v", "t"])?;
        // A missing `v` reads as cleared, as serde's Option did in earlier builds.
        let v = match get(members, "v") {
            None | Some(Value::Null) => None,
            Some(v) => Some(inner(v)?),
        };
        // Times are whole milliseconds, as `to_json` writes them.
        let t = get(members, "t")
            .ok_or("a field is missing")?
            .as_f64()
            .ok_or(WRONG_TYPE)?
            .round();
        Ok(Stamped { v, t })
    }

    fn action(value: &Value) -> Shape<ActionItem> {
        let members = fields(value, &["note", "role", "due"])?;
        Ok(ActionItem {
            note: optional_string(get(members, "note"))?,
            role: optional_string(get(members, "role"))?,
            due: optional_string(get(members, "due"))?,
        })
    }

    fn snapshot(value: &Value) -> Shape<Snapshot> {
        let members = fields(value, &["date", "answers"])?;
        let answers = get(members, "answers").ok_or("a field is missing")?;
        Ok(Snapshot {
            date: string(get(members, "date"))?,
            answers: map(Some(answers), answer)?,
        })
    }

    fn assessment(value: &Value) -> Shape<Assessment> {
        let members = fields(
            value,
            &["id", "label", "created", "answers", "actions", "snapshots"],
        )?;
        Ok(Assessment {
            id: string(get(members, "id"))?,
            label: string(get(members, "label"))?,
            created: string(get(members, "created"))?,
            answers: map(get(members, "answers"), |v| stamped(v, answer))?,
            actions: map(get(members, "actions"), |v| stamped(v, action))?,
            snapshots: list(get(members, "snapshots"), snapshot)?,
        })
    }

    pub fn store(value: &Value) -> Shape<Store> {
        let members = fields(
            value,
            &["app", "schema", "current", "assessments", "deleted"],
        )?;
        Ok(Store {
            app: string(get(members, "app"))?,
            schema: SCHEMA,
            current: string(get(members, "current"))?,
            assessments: list(
                Some(get(members, "assessments").ok_or("a field is missing")?),
                assessment,
            )?,
            deleted: list(get(members, "deleted"), |v| {
                v.as_str().map(String::from).ok_or(WRONG_TYPE)
            })?,
        })
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
    let date_ok = |d: &str| d.is_empty() || is_date(d);
    for (i, a) in store.assessments.iter().enumerate() {
        if store.assessments[..i].iter().any(|b| b.id == a.id) || store.deleted.contains(&a.id) {
            return Err("an assessment appears twice, or as both kept and deleted".into());
        }
        if a.id.is_empty()
            || a.id.len() > 40
            || !a.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err("an assessment has an invalid id".into());
        }
        if a.label.chars().count() > LABEL_CHARS {
            return Err(format!(
                "an assessment’s name is longer than {LABEL_CHARS} characters"
            ));
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
        if a.snapshots
            .iter()
            .any(|s| !is_date(&s.date) || !s.answers.keys().all(known))
        {
            return Err("a snapshot is damaged".into());
        }
        for item in a.actions.values().filter_map(|s| s.v.as_ref()) {
            if item.note.chars().count() > NOTE_CHARS
                || item.role.chars().count() > ROLE_CHARS
                || !date_ok(&item.due)
            {
                return Err("an action-plan entry is too long or has an invalid date".into());
            }
        }
        if a.answers
            .values()
            .map(|s| s.t)
            .chain(a.actions.values().map(|s| s.t))
            .any(|t| !(0.0..=TIME_MS).contains(&t))
        {
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
