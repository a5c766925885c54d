//! The one reader of everything a person may open or paste: each payload's
//! first character names its format, and this module alone decides which
//! character means which format. Every format's bytes are framed the same
//! way (`share::frame`); its own module reads what is inside.
//!
//! | first character | format | module |
//! |---|---|---|
//! | `1` | one partner's results (format 1) | `codec` |
//! | `G` | a whole comparison (results only) | `group`, `comparison` |
//! | `H` | a comparison with its review's name and earlier round | `group`, `comparison` |
//! | `I` | an invitation to a review | `invitation` |
//! | `A` | a meeting's agreed actions | `actions` |
//!
//! Results joined by dots (`1…​.1…`), as comparison links were written
//! before `G`, are a list of payloads, each read here in turn
//! ([`super::comparison::ComparisonLink::parse`]). A format is added by a
//! line in [`FORMATS`] and a branch in [`read`], with its fixtures in
//! `tests/fixtures/share-formats.txt`.

use super::actions::AgreedActions;
use super::codec::{decode, ShareError, Shared};
use super::compare::MAX_PARTNERS;
use super::comparison::ComparisonLink;
use super::invitation::Invitation;
use super::{actions, codec, group, invitation};

/// What a payload is, from its first character alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Results,
    Comparison,
    Invitation,
    Actions,
}

/// Every format character this release reads.
const FORMATS: [(char, Format); 5] = [
    (codec::VERSION, Format::Results),
    (group::FORMAT, Format::Comparison),
    (group::WITH_EXTRAS, Format::Comparison),
    (invitation::FORMAT, Format::Invitation),
    (actions::FORMAT, Format::Actions),
];

/// The format `payload` claims by its first character, if it is one this
/// release reads. Cheap: it reads nothing else (the route uses it to send a
/// link to the view that opens it).
pub fn format_of(payload: &str) -> Option<Format> {
    let first = payload.trim().chars().next()?;
    FORMATS.iter().find(|(c, _)| *c == first).map(|&(_, f)| f)
}

/// A payload, read.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Results(Shared),
    Comparison(ComparisonLink),
    Invitation(Invitation),
    Actions(AgreedActions),
}

impl ComparisonLink {
    /// Reads the part of a link after `#/compare/`; never panics.
    pub fn parse(raw: &str) -> ComparisonLink {
        let mut link = ComparisonLink::default();
        for entry in raw.trim().split('.').filter(|e| !e.is_empty()) {
            if link.results.len() > MAX_PARTNERS {
                break;
            }
            match read(entry) {
                Ok(Payload::Comparison(whole)) => {
                    link.results.extend(whole.results);
                    if link.name.is_empty() && link.earlier.is_none() {
                        link.name = whole.name;
                        link.earlier = whole.earlier;
                    }
                    link.unread_extras |= whole.unread_extras;
                }
                // Results, and entries for the view to explain.
                _ => link.results.push(entry.to_string()),
            }
        }
        link.results.truncate(MAX_PARTNERS + 1);
        link
    }
}

/// Reads one payload of any format; never panics, whatever the input.
pub fn read(payload: &str) -> Result<Payload, ShareError> {
    let payload = payload.trim();
    match format_of(payload) {
        Some(Format::Results) => decode(payload).map(Payload::Results),
        Some(Format::Comparison) => {
            ComparisonLink::unpack(payload, payload.chars().next().unwrap_or_default()).map(Payload::Comparison)
        }
        Some(Format::Invitation) => Invitation::decode(payload).map(Payload::Invitation),
        Some(Format::Actions) => AgreedActions::decode(payload).map(Payload::Actions),
        None => Err(unknown(payload)),
    }
}

/// Why a payload of no known format cannot be read.
fn unknown(payload: &str) -> ShareError {
    if payload.trim().is_empty() {
        ShareError::Empty
    } else {
        ShareError::UnknownVersion
    }
}

/// One partner's results from a payload that should hold them: a
/// comparison or an invitation where results belong says what it is.
/// (Without reading the others: the main app's pages call this, and the
/// comparison's decoder belongs to the comparison module.)
pub fn read_results(payload: &str) -> Result<Shared, ShareError> {
    match format_of(payload) {
        Some(Format::Results) => decode(payload),
        Some(Format::Comparison) => Err(ShareError::WholeComparison),
        Some(Format::Invitation) => Err(ShareError::Invitation),
        Some(Format::Actions) => Err(ShareError::Actions),
        None => Err(unknown(payload)),
    }
}

/// An invitation from a payload that should hold one.
pub fn read_invitation(payload: &str) -> Result<Invitation, ShareError> {
    match format_of(payload) {
        Some(Format::Invitation) => Invitation::decode(payload),
        Some(_) => Err(ShareError::NotAnInvitation),
        None => Err(unknown(payload)),
    }
}

/// A meeting's agreed actions from a payload that should hold them.
pub fn read_actions(payload: &str) -> Result<AgreedActions, ShareError> {
    match format_of(payload) {
        Some(Format::Actions) => AgreedActions::decode(payload),
        Some(_) => Err(ShareError::NotActions),
        None => Err(unknown(payload)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_character_is_known_once() {
        for (i, (c, _)) in FORMATS.iter().enumerate() {
            assert!(FORMATS[i + 1..].iter().all(|(d, _)| d != c), "{c} twice");
            assert!(super::super::frame::is_payload_char(*c), "{c} cannot start a payload");
        }
        assert_eq!(format_of(" H…"), Some(Format::Comparison));
        assert_eq!(format_of("Z123"), None);
        assert_eq!(read(""), Err(ShareError::Empty));
        assert_eq!(read("Zabcdefgh"), Err(ShareError::UnknownVersion));
    }
}
