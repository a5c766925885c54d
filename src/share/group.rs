//! A whole comparison as one payload, format G, so that a link to 30
//! results stays under 1,000 characters and survives email clients:
//!
//! ```text
//! "G"                       format, read before anything else
//! base64url, no padding, of:
//!   count: u8               statements each result covers (42 today)
//!   results: u8             1 to 30
//!   per result: states      base-7 packed, as in a results link (format 1)
//!               label length: u8, label: UTF-8
//!   check: u16              CRC-16/CCITT of the format and everything above
//! ```
//!
//! Labels are shortened, all to the same number of bytes, only as far as
//! the length limit needs (at 30 results, to a few characters each).
//! Unpacked, each result becomes the format-1 payload it stands for.
//!
//! Format H is format G with more after the results and before the check:
//! bytes the comparison link adds (the review's name and the earlier
//! round's summary, see `share::comparison`), up to [`MAX_EXTRA_BYTES`].
//! A comparison with none of them is written as G, as before.

use super::codec::{answers_of, base7_bytes, clean_label, encode, pack_base7, states_of, unpack_base7, ShareError};
use super::compare::MAX_PARTNERS;
use super::frame::{frame, unframe};
use super::{decode, Shared};
use crate::assessment::statements::STATEMENTS;

pub const FORMAT: char = 'G';
/// Format G followed by extra bytes.
pub const WITH_EXTRAS: char = 'H';
/// The longest group payload made: with `#/compare/` and a page address of
/// up to 100 characters, the link stays under 1,000.
pub const MAX_CHARS: usize = 880;
/// The most extra bytes format H carries: a name length byte and a name of
/// up to `comparison::NAME_MAX_BYTES` (120: sixty accented letters), a
/// round length byte and a round of up to `rounds::MAX_BYTES` (100; 52
/// today). (Links made before 2026-12 carried at most 120.)
pub const MAX_EXTRA_BYTES: usize = 1 + 120 + 1 + 100;
/// The longest H payload, whatever its extras: labels are shortened further
/// to make room for them, so a link with a name and an earlier round stays
/// under 1,200 characters with a page address of up to 100. Thirty results
/// with empty labels and the most extras take 938.
pub const MAX_CHARS_WITH_EXTRAS: usize = 1041;

/// One payload for all of `payloads` (format-1 results); `None` if one of
/// them does not read.
pub fn pack(payloads: &[String]) -> Option<String> {
    pack_with(payloads, &[])
}

/// As [`pack`], carrying `extra` bytes too (format H; G when there are none).
pub fn pack_with(payloads: &[String], extra: &[u8]) -> Option<String> {
    let shared = payloads.iter().map(|p| decode(p).ok()).collect::<Option<Vec<_>>>()?;
    pack_decoded(&shared, extra)
}

/// As [`pack_with`], from results already read (a page that shows them
/// has them decoded; reading them again would double the work).
pub fn pack_decoded(shared: &[Shared], extra: &[u8]) -> Option<String> {
    if extra.len() > MAX_EXTRA_BYTES {
        return None;
    }
    let (format, max) = if extra.is_empty() { (FORMAT, MAX_CHARS) } else { (WITH_EXTRAS, MAX_CHARS_WITH_EXTRAS) };
    if shared.is_empty() || shared.len() > MAX_PARTNERS {
        return None;
    }
    let labels: Vec<&str> = shared.iter().map(|s| s.label.as_deref().unwrap_or("")).collect();
    let longest = labels.iter().map(|l| l.len()).max().unwrap_or(0);
    // Packed once: only the labels change from one try to the next.
    let ratings: Vec<Vec<u8>> = shared.iter().map(|s| pack_base7(&states_of(&s.answers))).collect();
    // The longest label cap (in bytes) that keeps the payload within MAX_CHARS.
    (0..=longest).rev().find_map(|cap| {
        let mut bytes = vec![STATEMENTS.len() as u8, shared.len() as u8];
        for (packed, label) in ratings.iter().zip(&labels) {
            bytes.extend(packed);
            let label = clean_label(cut_at(label, cap));
            bytes.push(label.len() as u8);
            bytes.extend(label.as_bytes());
        }
        bytes.extend(extra);
        let payload = frame(format, &bytes);
        (payload.len() <= max).then_some(payload)
    })
}

/// The longest start of `text` within `cap` bytes, cut at a character boundary.
pub(super) fn cut_at(text: &str, cap: usize) -> &str {
    let end = (0..=cap.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    &text[..end]
}

/// The format-1 payloads a group payload holds, and the extra bytes an H
/// payload carries; `format` is its first character, as `share::read`
/// found it. Never panics.
pub(super) fn unpack(text: &str, format: char) -> Result<(Vec<String>, Vec<u8>), ShareError> {
    let max = if format == WITH_EXTRAS { MAX_CHARS_WITH_EXTRAS } else { MAX_CHARS };
    let unframed = unframe(text, format, max)?;
    // Every result's length is inside the checked bytes: check them first.
    if !unframed.intact {
        return Err(ShareError::Altered);
    }
    let body = unframed.body;
    let (count, results) = (usize::from(body[0]), usize::from(body[1]));
    if count > STATEMENTS.len() {
        return Err(ShareError::UnknownVersion);
    }
    if results == 0 || results > MAX_PARTNERS {
        return Err(ShareError::Altered);
    }
    let state_bytes = base7_bytes(count);
    let mut at = 2;
    let mut payloads = Vec::with_capacity(results);
    for _ in 0..results {
        let states = body.get(at..at + state_bytes).ok_or(ShareError::Altered)?;
        let states = unpack_base7(states, count).ok_or(ShareError::Altered)?;
        at += state_bytes;
        let len = usize::from(*body.get(at).ok_or(ShareError::Altered)?);
        let label = body.get(at + 1..at + 1 + len).ok_or(ShareError::Altered)?;
        let label = std::str::from_utf8(label).map_err(|_| ShareError::Altered)?;
        if clean_label(label) != label {
            return Err(ShareError::Altered);
        }
        at += 1 + len;
        payloads.push(encode(&answers_of(&states), Some(label)));
    }
    let extra = &body[at..];
    if (format == FORMAT && !extra.is_empty()) || extra.len() > MAX_EXTRA_BYTES {
        return Err(ShareError::Altered);
    }
    Ok((payloads, extra.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Answers};

    fn result(seed: usize, label: &str) -> String {
        let mut answers = Answers::new();
        for (i, s) in STATEMENTS.iter().enumerate() {
            answers.insert(s.node.to_string(), Answer::try_from(((i + seed) % 6) as u8).unwrap());
        }
        encode(&answers, Some(label))
    }

    #[test]
    fn a_group_round_trips_and_keeps_short_labels_whole() {
        let list: Vec<String> = (0..12).map(|i| result(i, &format!("Partner organisation {i}"))).collect();
        let packed = pack(&list).unwrap();
        assert!(packed.len() <= MAX_CHARS);
        assert_eq!(unpack(&packed, FORMAT).unwrap().0, list);
    }

    #[test]
    fn thirty_full_results_with_long_labels_stay_within_the_limit() {
        let list: Vec<String> = (0..30).map(|i| result(i, "Ünïversity hospitals trust")).collect();
        let packed = pack(&list).unwrap();
        assert!(packed.len() <= MAX_CHARS, "{}", packed.len());
        let back = unpack(&packed, FORMAT).unwrap().0;
        assert_eq!(back.len(), 30);
        for (a, b) in list.iter().zip(&back) {
            let (a, b) = (decode(a).unwrap(), decode(b).unwrap());
            assert_eq!(a.answers, b.answers, "every answer kept");
            let short = b.label.unwrap_or_default();
            assert!(a.label.unwrap().starts_with(&short), "labels only shortened");
        }
    }

    #[test]
    fn the_most_extras_fit_beside_thirty_results_whatever_their_labels() {
        let full: Vec<String> = (0..30).map(|i| result(i, "Ünïversity hospitals trust")).collect();
        let bare: Vec<String> = full.iter().map(|p| encode(&decode(p).unwrap().answers, None)).collect();
        for list in [full, bare] {
            let packed = pack_with(&list, &[7; MAX_EXTRA_BYTES]).expect("always room for the extras");
            assert!(packed.starts_with(WITH_EXTRAS) && packed.len() <= MAX_CHARS_WITH_EXTRAS, "{}", packed.len());
            let (back, extra) = unpack(&packed, WITH_EXTRAS).unwrap();
            assert_eq!((back.len(), extra.len()), (30, MAX_EXTRA_BYTES));
        }
    }

    #[test]
    fn damaged_group_payloads_are_refused_never_a_panic() {
        let packed = pack(&[result(1, "A"), result(2, "B")]).unwrap();
        let mut rng = 12345u64;
        for _ in 0..20_000 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let mut bytes = packed.clone().into_bytes();
            let at = (rng as usize) % bytes.len();
            bytes[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(rng >> 32) as usize % 64];
            bytes.truncate(bytes.len() - (rng >> 40) as usize % 3);
            let text = String::from_utf8(bytes).unwrap();
            if text != packed {
                assert!(unpack(&text, FORMAT).is_err(), "{text}");
            }
        }
        assert_eq!(unpack("G", FORMAT), Err(ShareError::Empty));
        assert_eq!(unpack("1abc", FORMAT), Err(ShareError::UnknownVersion));
        assert!(pack(&["nonsense".into()]).is_none());
    }
}
