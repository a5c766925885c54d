//! The share-link payload, format 1:
//!
//! ```text
//! "1"                       format version, a character read before anything else
//! base64url, no padding, of:
//!   count: u8               how many statements the link covers (42 today)
//!   states: ceil(count·log2 7 / 8) bytes
//!                           each statement's state 0–6 (0 unanswered, 1–5
//!                           rated, 6 don't know) as one base-7 number, big-endian
//!   label length: u8, label: UTF-8 (optional, at most 24 characters)
//!   check: u16              CRC-16/CCITT of the version and everything above
//! ```
//!
//! Base-7 packing is the information limit for seven states (a full
//! assessment is 27 characters). Every released format stays decodable:
//! `tests/fixtures/share-links.txt` holds examples of each.

pub use super::error::ShareError;
use super::frame::{frame, unframe, Unframed};
use crate::assessment::{statements::STATEMENTS, Answer, Answers, Assessment, Stamped};

pub const VERSION: char = '1';
/// A link's optional label, typed by the person sharing.
pub const LABEL_MAX_CHARS: usize = 24;
/// Anything longer is not a link this app made.
const MAX_PAYLOAD_CHARS: usize = 200;

/// What a link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub label: Option<String>,
}

impl Shared {
    /// A partnership of the visitor's own holding these results, every
    /// answer stamped `at`: "save a copy in this browser".
    pub fn to_assessment(&self, id: String, today: String, at: f64) -> Assessment {
        let label = format!("Shared: {}", self.label.as_deref().unwrap_or("results"));
        let mut copy = Assessment::new(id, label, today);
        copy.answers.extend(self.answers.iter().map(|(k, v)| (k.clone(), Stamped { v: Some(*v), t: at })));
        copy
    }
}

/// The payload for some answers and an optional label.
pub fn encode(answers: &Answers, label: Option<&str>) -> String {
    let states = states_of(answers);
    let mut bytes = vec![states.len() as u8];
    bytes.extend(pack_base7(&states));
    let label: String = label.map(clean_label).unwrap_or_default();
    bytes.push(label.len() as u8);
    bytes.extend(label.as_bytes());
    frame(VERSION, &bytes)
}

/// Reads a payload; never panics, whatever the input.
pub fn decode(payload: &str) -> Result<Shared, ShareError> {
    let Unframed { body, intact } = unframe(payload, VERSION, MAX_PAYLOAD_CHARS)?;
    let count = usize::from(body[0]);
    let state_bytes = base7_bytes(count);
    // Header, states and label length must be there before the check can be trusted.
    let Some(&label_len) = body.get(1 + state_bytes) else {
        return Err(ShareError::Truncated);
    };
    let label_end = 2 + state_bytes + usize::from(label_len);
    if body.len() < label_end {
        return Err(ShareError::Truncated);
    }
    if body.len() > label_end || !intact {
        return Err(ShareError::Altered);
    }
    let states = unpack_base7(&body[1..1 + state_bytes], count).ok_or(ShareError::Altered)?;
    let label = std::str::from_utf8(&body[2 + state_bytes..label_end]).map_err(|_| ShareError::Altered)?;
    if label.chars().count() > LABEL_MAX_CHARS || clean_label(label) != label {
        return Err(ShareError::Altered);
    }
    // Statements added after a link was made are simply unanswered in it;
    // a link cannot name statements this release does not know.
    if count > STATEMENTS.len() {
        return Err(ShareError::UnknownVersion);
    }
    Ok(Shared { answers: answers_of(&states), label: (!label.is_empty()).then(|| label.to_string()) })
}

/// Each statement's state 0–6 (0 unanswered, 1–5 rated, 6 don't know).
pub(super) fn states_of(answers: &Answers) -> Vec<u8> {
    STATEMENTS
        .iter()
        .map(|s| match answers.get(s.node) {
            None => 0,
            Some(a) if *a == Answer::DONT_KNOW => 6,
            Some(a) => a.code(),
        })
        .collect()
}

/// The answers that `states` (in statement order) stand for.
pub(super) fn answers_of(states: &[u8]) -> Answers {
    let mut answers = Answers::new();
    answers.extend(STATEMENTS.iter().zip(states).filter_map(|(s, &state)| {
        let answer = match state {
            0 => return None,
            6 => Answer::DONT_KNOW,
            rating => Answer::rating(rating)?,
        };
        Some((s.node.to_string(), answer))
    }));
    answers
}

/// A label as it may travel: no control characters, trimmed, at most
/// [`LABEL_MAX_CHARS`] characters.
pub fn clean_label(label: &str) -> String {
    label.chars().filter(|c| !c.is_control()).take(LABEL_MAX_CHARS).collect::<String>().trim().to_string()
}

/// Bytes needed for `count` base-7 digits.
pub(super) fn base7_bytes(count: usize) -> usize {
    ((count as f64) * 7f64.log2() / 8.0).ceil() as usize
}

/// Digits 0–6 (first digit least significant) as one big-endian number.
pub(super) fn pack_base7(digits: &[u8]) -> Vec<u8> {
    let mut number = vec![0u8; base7_bytes(digits.len())];
    for &digit in digits.iter().rev() {
        let mut carry = u16::from(digit);
        for byte in number.iter_mut().rev() {
            let v = u16::from(*byte) * 7 + carry;
            *byte = (v & 0xff) as u8;
            carry = v >> 8;
        }
    }
    number
}

/// The inverse of [`pack_base7`]; `None` if the number is too big for `count` digits.
pub(super) fn unpack_base7(bytes: &[u8], count: usize) -> Option<Vec<u8>> {
    let mut number = bytes.to_vec();
    let mut digits = Vec::with_capacity(count);
    for _ in 0..count {
        let mut remainder = 0u16;
        for byte in number.iter_mut() {
            let v = (remainder << 8) | u16::from(*byte);
            *byte = (v / 7) as u8;
            remainder = v % 7;
        }
        digits.push(remainder as u8);
    }
    number.iter().all(|&b| b == 0).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base7_round_trips_extremes() {
        for digits in [vec![0; 42], vec![6; 42], (0..42).map(|i| (i % 7) as u8).collect()] {
            let packed = pack_base7(&digits);
            assert_eq!(packed.len(), 15);
            assert_eq!(unpack_base7(&packed, 42).unwrap(), digits);
        }
        assert_eq!(unpack_base7(&[0xff; 15], 42), None, "beyond 7^42");
    }
}
