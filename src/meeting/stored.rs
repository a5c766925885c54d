//! A meeting's notes as the facilitator's browser keeps them: JSON through
//! serde with a version field, under a key of their own review (its name,
//! its round and the results compared), so two reviews' meetings never
//! mix. Read back whole or not at all: text that cannot be read, or that a
//! newer version wrote, is set aside byte for byte rather than written
//! over, and the meeting says so.

use super::notes::{
    known_subject, Notes, ACTIONS_PER_ITEM, AGREED, ITEMS_MAX, LEAD_MAX_CHARS, NOTE_MAX_CHARS, VERSION, WHAT_MAX_CHARS,
};
use crate::dates::Date;
use crate::share::review::Review;

/// Far more than the notes of a full agenda (47 items of ten long actions
/// is under 150 KB): past this the text is not even parsed.
const MAX_BYTES: usize = 256 * 1024;

/// Why stored notes could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesError {
    /// Not the notes' JSON, or not whole.
    Unreadable,
    /// JSON of notes, with something no version of this tool writes.
    Damaged,
    /// Written by a newer version of this tool.
    Newer,
}

impl NotesError {
    pub fn explain(self) -> &'static str {
        match self {
            NotesError::Unreadable => "The notes kept for this meeting in this browser could not be read.",
            NotesError::Damaged => {
                "The notes kept for this meeting in this browser have been changed and cannot be trusted."
            }
            NotesError::Newer => "The notes kept for this meeting were written by a newer version of this tool.",
        }
    }
}

/// The key a review's meeting notes are kept under (in the widget's
/// namespace): `meeting:` and a hash of the review's name, its round and
/// the group's figures, which the results compared decide whatever their
/// order or their links' labels.
pub fn key(name: &str, round: u8, review: &Review) -> String {
    // FNV-1a, 64 bits: a few lines, and enough to keep reviews apart.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(name.as_bytes());
    eat(&[0]);
    eat(&[round]);
    eat(&(review.results as u32).to_le_bytes());
    for s in &review.statements {
        eat(s.node.as_bytes());
        for n in s.counts.iter().chain([&s.dont_know, &s.unanswered]) {
            eat(&(*n as u32).to_le_bytes());
        }
    }
    format!("meeting:{hash:016x}")
}

/// The notes as stored.
pub fn write(notes: &Notes) -> String {
    // Serialising these plain fields cannot fail.
    serde_json::to_string(notes).unwrap_or_default()
}

/// Stored text read back as notes, checked as the form would have made
/// them; never panics, whatever the text.
pub fn read(text: &str) -> Result<Notes, NotesError> {
    if text.len() > MAX_BYTES {
        return Err(NotesError::Unreadable);
    }
    // The version first, so a newer format is named as such even when its
    // fields are ones this version cannot read.
    #[derive(serde::Deserialize)]
    struct Version {
        version: u32,
    }
    let version = serde_json::from_str::<Version>(text).map_err(|_| NotesError::Unreadable)?.version;
    if version > VERSION {
        return Err(NotesError::Newer);
    }
    let notes: Notes = serde_json::from_str(text).map_err(|_| NotesError::Unreadable)?;
    if version != VERSION || !is_sound(&notes) {
        return Err(NotesError::Damaged);
    }
    Ok(notes)
}

/// Everything within what the form can write: known subjects, once each,
/// fields within their lengths, dates that are dates.
fn is_sound(notes: &Notes) -> bool {
    let fits = |text: &str, max: usize| text.chars().count() <= max;
    let place = notes.at.is_empty() || notes.at == AGREED || known_subject(&notes.at).is_some();
    let once = notes.items.iter().enumerate().all(|(i, o)| notes.items[..i].iter().all(|p| p.subject != o.subject));
    place
        && once
        && notes.items.len() <= ITEMS_MAX
        && notes.items.iter().all(|o| {
            known_subject(&o.subject).is_some()
                && fits(&o.note, NOTE_MAX_CHARS)
                && o.actions.len() <= ACTIONS_PER_ITEM
                && (!o.no_action || o.actions.is_empty())
                && o.actions.iter().all(|a| {
                    fits(&a.what, WHAT_MAX_CHARS)
                        && fits(&a.lead, LEAD_MAX_CHARS)
                        && (a.by.is_empty() || Date::parse(&a.by).is_some())
                })
        })
}

/// What a meeting starts from, given what its key holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub notes: Notes,
    /// Stored text that could not be used, to keep aside untouched (and
    /// offer for download) before anything is written over it.
    pub set_aside: Option<String>,
    pub problem: Option<NotesError>,
}

/// Fresh notes when nothing is stored; the stored ones when they read;
/// otherwise fresh notes, with the stored text to set aside and why.
pub fn load(stored: Option<&str>) -> Loaded {
    match stored.map(read) {
        None => Loaded { notes: Notes::new(), set_aside: None, problem: None },
        Some(Ok(notes)) => Loaded { notes, set_aside: None, problem: None },
        Some(Err(problem)) => {
            Loaded { notes: Notes::new(), set_aside: stored.map(str::to_string), problem: Some(problem) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::notes::ActionField;
    use crate::share::partners;
    use crate::share::review::review;

    fn sample() -> Notes {
        let mut notes = Notes::new();
        notes.go_to("power.team");
        notes.add_action("trust.time").unwrap();
        notes.edit_action("trust.time", 0, ActionField::What, "Monthly \"steering\" call, <b>led</b> =1+1");
        notes.edit_action("trust.time", 0, ActionField::Lead, "The council");
        notes.edit_action("trust.time", 0, ActionField::By, "2027-03-31");
        notes.set_no_action("goals.who", true).unwrap();
        notes.set_note("goals.who", "Revisit in the autumn.\nSecond line.");
        notes.add_time("power.team", 75);
        notes
    }

    #[test]
    fn notes_round_trip_through_their_json_with_a_version() {
        let notes = sample();
        let text = write(&notes);
        assert!(text.starts_with("{\"version\":1,"), "{text}");
        assert_eq!(read(&text), Ok(notes.clone()));
        assert_eq!(load(Some(&text)), Loaded { notes, set_aside: None, problem: None });
        assert_eq!(load(None).notes, Notes::new());
        // Fields a later version of the form leaves out read as empty.
        let short = r#"{"version":1,"items":[{"subject":"power","actions":[{"what":"Rotate the chair","lead":"Each partner"}]}]}"#;
        let notes = read(short).unwrap();
        assert_eq!(
            (notes.at.as_str(), notes.items[0].actions[0].by.as_str(), notes.items[0].note.as_str()),
            ("", "", "")
        );
    }

    #[test]
    fn corrupt_or_newer_notes_are_set_aside_whole_with_a_reason() {
        let good = write(&sample());
        let cases: Vec<(String, NotesError)> = vec![
            (String::new(), NotesError::Unreadable),
            ("not json".into(), NotesError::Unreadable),
            (good[..good.len() - 3].to_string(), NotesError::Unreadable),
            ("[1,2,3]".into(), NotesError::Unreadable),
            (r#"{"version":"1"}"#.into(), NotesError::Unreadable),
            (r#"{"version":1,"items":{"subject":"x"}}"#.into(), NotesError::Unreadable),
            (r#"{"version":2,"items":"a shape this version never wrote"}"#.into(), NotesError::Newer),
            (r#"{"version":0,"items":[]}"#.into(), NotesError::Damaged),
            (good.replace("trust.time", "trust.nowhere"), NotesError::Damaged),
            (good.replace("power.team", "../../etc"), NotesError::Damaged),
            (good.replace("2027-03-31", "2027-02-30"), NotesError::Damaged),
            (good.replace("The council", &"x".repeat(LEAD_MAX_CHARS + 1)), NotesError::Damaged),
            (r#"{"version":1,"items":[{"subject":"power"},{"subject":"power"}]}"#.into(), NotesError::Damaged),
            (
                r#"{"version":1,"items":[{"subject":"power","no_action":true,"actions":[{"what":"x","lead":""}]}]}"#
                    .into(),
                NotesError::Damaged,
            ),
            (format!("{{\"version\":1,\"at\":\"{}\"}}", "a".repeat(MAX_BYTES)), NotesError::Unreadable),
            ("{\"version\":1,\"items\":[".repeat(2000), NotesError::Unreadable),
        ];
        for (text, why) in cases {
            let loaded = load(Some(&text));
            let shown: String = text.chars().take(60).collect();
            assert_eq!(loaded.problem, Some(why), "{shown}");
            assert_eq!(loaded.set_aside.as_deref(), Some(text.as_str()), "kept byte for byte: {shown}");
            assert_eq!(loaded.notes, Notes::new(), "{shown}");
        }
        for why in [NotesError::Unreadable, NotesError::Damaged, NotesError::Newer] {
            assert!(why.explain().ends_with('.') && why.explain().contains("notes"));
        }
    }

    #[test]
    fn each_review_keeps_its_notes_under_its_own_key() {
        let rows: &[&[(&str, u8)]] = &[&[("trust.time", 1)], &[("trust.time", 5)], &[("trust.time", 3)]];
        let reordered: &[&[(&str, u8)]] = &[&[("trust.time", 5)], &[("trust.time", 3)], &[("trust.time", 1)]];
        let other: &[&[(&str, u8)]] = &[&[("trust.time", 1)], &[("trust.time", 5)], &[("trust.time", 4)]];
        let (r, same, changed) = (review(&partners(rows)), review(&partners(reordered)), review(&partners(other)));
        let k = key("Spring review", 1, &r);
        assert!(k.starts_with("meeting:") && k.len() == 24, "{k}");
        assert_eq!(key("Spring review", 1, &same), k, "the order of the results does not matter");
        assert_ne!(key("Spring review", 1, &changed), k, "other results, another meeting");
        assert_ne!(key("Autumn review", 1, &r), k, "another review");
        assert_ne!(key("Spring review", 2, &r), k, "another round");
        assert_ne!(key("", 1, &r), k);
    }
}
