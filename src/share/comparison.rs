//! A comparison as its link holds it: the results, the review's name and
//! the earlier round's summary. The link's part after `#/compare/` is one
//! group payload (format G, or H with the name and earlier round), or
//! payloads joined by dots as links made before those (a whole comparison
//! may stand among them), each read by `share::read` (which reads the
//! whole text too: [`ComparisonLink::parse`] is there). The main app keeps
//! it as text; the comparison module reads it here.
//!
//! H's extra bytes: name length: u8, name: UTF-8 (at most
//! [`NAME_MAX_BYTES`]), round length: u8, round (`share::rounds`, either
//! version; 0 bytes for none).

use super::codec::ShareError;
use super::group;
use super::rounds::Round;
use super::Shared;

/// The longest review name kept, in characters.
pub const NAME_MAX_CHARS: usize = 60;
/// And in bytes, as its link carries it: sixty accented letters.
pub const NAME_MAX_BYTES: usize = 120;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComparisonLink {
    /// Results as format-1 payloads, or entries that did not read (for the
    /// view to explain); at most one more than a comparison holds, so the
    /// view can say some were left out.
    pub results: Vec<String>,
    /// The review's name, as the facilitator typed it ("" for none).
    pub name: String,
    pub earlier: Option<Round>,
    /// The link carried a name or earlier round this release cannot read
    /// (made by a later version, or damaged): the view says so.
    pub unread_extras: bool,
}

impl ComparisonLink {
    /// One group payload (G or H, `format` its first character, as
    /// `share::read` found it).
    pub(super) fn unpack(payload: &str, format: char) -> Result<ComparisonLink, ShareError> {
        let (results, extra) = group::unpack(payload, format)?;
        let mut link = ComparisonLink { results, ..ComparisonLink::default() };
        if !extra.is_empty() {
            link.unread_extras = link.read_extra(&extra).is_none();
        }
        Ok(link)
    }

    /// Which round of the review this comparison is: one after its earlier
    /// round, or the first.
    pub fn round_number(&self) -> u8 {
        self.earlier.as_ref().map_or(1, |r| r.number.saturating_add(1))
    }

    /// The part of the link after `#/compare/`: one group payload when
    /// every result reads (labels shortened as the length limit needs),
    /// else the results joined by dots.
    pub fn to_raw(&self) -> String {
        group::pack_with(&self.results, &self.extra()).unwrap_or_else(|| self.results.join("."))
    }

    /// As [`Self::to_raw`], given the results already read, in order.
    pub fn to_raw_read(&self, read: &[Shared]) -> String {
        group::pack_decoded(read, &self.extra()).unwrap_or_else(|| self.results.join("."))
    }

    /// A name byte count, the name, a round byte count, the round. Always
    /// within `group::MAX_EXTRA_BYTES`: a name is refused when typed if it
    /// does not fit (see [`name_fits`]), and cut here only as a last guard.
    fn extra(&self) -> Vec<u8> {
        if self.name.is_empty() && self.earlier.is_none() {
            return Vec::new();
        }
        let name = clean_name(&self.name);
        let name = group::cut_at(&name, NAME_MAX_BYTES);
        let round = self.earlier.as_ref().map(Round::to_bytes).unwrap_or_default();
        let mut bytes = vec![name.len() as u8];
        bytes.extend(name.as_bytes());
        bytes.push(round.len() as u8);
        bytes.extend(round);
        bytes
    }

    /// The name and round from an H payload's extra bytes; `None` where
    /// they do not read (the results, the point of the link, still open).
    fn read_extra(&mut self, bytes: &[u8]) -> Option<()> {
        let (&name_len, rest) = bytes.split_first()?;
        let (name, rest) = rest.split_at_checked(usize::from(name_len))?;
        let (&round_len, round) = rest.split_first()?;
        if round.len() != usize::from(round_len) {
            return None;
        }
        self.name = clean_name(std::str::from_utf8(name).ok()?);
        if !round.is_empty() {
            self.earlier = Some(Round::from_bytes(round)?);
        }
        Some(())
    }
}

/// A review name as kept: no control characters, at most
/// [`NAME_MAX_CHARS`] characters, trimmed.
pub fn clean_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(NAME_MAX_CHARS).collect::<String>().trim().to_string()
}

/// Whether a typed name fits the link whole (in characters and bytes).
pub fn name_fits(name: &str) -> bool {
    let name = name.trim();
    name.chars().count() <= NAME_MAX_CHARS && clean_name(name).len() <= NAME_MAX_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::statements::STATEMENTS;
    use crate::assessment::{Answer, Answers};
    use crate::share::encode;
    use crate::share::review::review;

    fn results(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                let mut answers = Answers::new();
                for (j, s) in STATEMENTS.iter().enumerate() {
                    answers.insert(s.node.into(), Answer::rating(1 + ((i + j) % 5) as u8).unwrap());
                }
                encode(&answers, Some(&format!("Partner organisation {i}")))
            })
            .collect()
    }

    #[test]
    fn thirty_results_a_60_character_accented_name_and_an_earlier_round_fit_the_budget() {
        let list = results(30);
        let answers: Vec<Answers> = list.iter().map(|p| crate::share::decode(p).unwrap().answers).collect();
        // The edge of the budget: sixty two-byte letters.
        let name = "Réunion é".repeat(7).chars().take(NAME_MAX_CHARS).collect::<String>();
        let name = name.replace(|c: char| c.is_ascii(), "é");
        assert_eq!((name.chars().count(), name.len()), (NAME_MAX_CHARS, NAME_MAX_BYTES));
        assert!(name_fits(&name));
        let link = ComparisonLink {
            results: list,
            name,
            earlier: Some(Round::of(&review(&answers), 2)),
            ..Default::default()
        };
        let raw = link.to_raw();
        assert!(raw.starts_with(group::WITH_EXTRAS));
        assert!(raw.len() <= group::MAX_CHARS_WITH_EXTRAS, "{}", raw.len());
        // The page packs from the results it has read: the same link.
        let read: Vec<_> = link.results.iter().map(|p| crate::share::decode(p).unwrap()).collect();
        assert_eq!(link.to_raw_read(&read), raw);
        let url = format!("https://intranet.example.org/tools/collaboration-review/index.html#/compare/{raw}");
        assert!(url.len() < 1200, "{} characters", url.len());
        let back = ComparisonLink::parse(&raw);
        assert_eq!(back.name, link.name, "the name whole");
        assert_eq!(back.earlier, link.earlier, "the round whole");
        assert_eq!(back.round_number(), 3);
        assert_eq!(back.results.len(), 30);
        assert!(!back.unread_extras);
        // One more letter, or one three-byte letter more, does not fit.
        assert!(!name_fits(&format!("{}é", link.name)));
        assert!(!name_fits(&"語".repeat(41)));
        assert!(name_fits(&"語".repeat(40)));
    }

    #[test]
    fn older_links_and_hostile_extras_still_open_their_results() {
        let list = results(3);
        let plain = ComparisonLink { results: list.clone(), ..Default::default() };
        assert!(plain.to_raw().starts_with(group::FORMAT), "no name, no round: format G as before");
        assert_eq!(ComparisonLink::parse(&list.join(".")).results, list, "dotted links");
        assert_eq!(ComparisonLink::parse(&plain.to_raw()), plain);
        // A name of control characters and overlong text is cleaned.
        let named =
            ComparisonLink { results: list.clone(), name: "\u{202e}Review\u{0007} ".repeat(20), ..Default::default() };
        let back = ComparisonLink::parse(&named.to_raw());
        assert!(back.name.chars().count() <= NAME_MAX_CHARS);
        assert!(!back.name.contains('\u{0007}'));
        // Extras that do not read: the results still open, and the link says so.
        for extra in [vec![200u8], vec![2, b'a'], vec![0, 5, 1, 2], vec![1, 0xff, 0], vec![0, 3, 9, 9, 9]] {
            let raw = group::pack_with(&list, &extra).unwrap();
            let back = ComparisonLink::parse(&raw);
            assert_eq!(back.results, ComparisonLink::unpack(&raw, group::WITH_EXTRAS).unwrap().results);
            assert_eq!(back.earlier, None);
            assert!(back.unread_extras, "{extra:?}");
        }
        assert_eq!(ComparisonLink::parse("").results, Vec::<String>::new());
        assert_eq!(ComparisonLink::parse("H").results, ["H"], "kept for the view to explain");
    }
}
