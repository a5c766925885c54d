//! A comparison as its link holds it: the results, the review's name and
//! the earlier round's summary. The link's part after `#/compare/` is one
//! group payload (format G, or H with the name and earlier round), or
//! results joined by dots as links made before those (a whole comparison
//! may stand among them). The main app keeps it as text; the comparison
//! module reads it here.

use super::compare::MAX_PARTNERS;
use super::rounds::Round;
use super::{group, Shared};

/// The longest review name kept, in characters.
pub const NAME_MAX_CHARS: usize = 60;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComparisonLink {
    /// Results as format-1 payloads, or entries that did not read (for the
    /// view to explain); at most one more than a comparison holds, so the
    /// view can say some were left out.
    pub results: Vec<String>,
    /// The review's name, as the facilitator typed it ("" for none).
    pub name: String,
    pub earlier: Option<Round>,
}

impl ComparisonLink {
    /// Reads the part of a link after `#/compare/`; never panics.
    pub fn parse(raw: &str) -> ComparisonLink {
        let mut link = ComparisonLink::default();
        for entry in raw.trim().split('.').filter(|e| !e.is_empty()) {
            if link.results.len() > MAX_PARTNERS {
                break;
            }
            match group::is_group(entry).then(|| group::unpack_with(entry)) {
                Some(Ok((results, extra))) => {
                    link.results.extend(results);
                    if !extra.is_empty() {
                        link.read_extra(&extra);
                    }
                }
                _ => link.results.push(entry.to_string()),
            }
        }
        link.results.truncate(MAX_PARTNERS + 1);
        link
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

    /// A name byte count, the name, a round byte count, the round.
    fn extra(&self) -> Vec<u8> {
        if self.name.is_empty() && self.earlier.is_none() {
            return Vec::new();
        }
        let name = clean_name(&self.name);
        let round = self.earlier.as_ref().map(Round::to_bytes).unwrap_or_default();
        let mut bytes = vec![name.len() as u8];
        bytes.extend(name.as_bytes());
        bytes.push(round.len() as u8);
        bytes.extend(round);
        bytes
    }

    /// Extra bytes that do not read leave the name and round out: the
    /// results, the point of the link, still open.
    fn read_extra(&mut self, bytes: &[u8]) {
        let Some((&name_len, rest)) = bytes.split_first() else { return };
        let Some((name, rest)) = rest.split_at_checked(usize::from(name_len)) else { return };
        let Some((&round_len, round)) = rest.split_first() else { return };
        if round.len() != usize::from(round_len) {
            return;
        }
        let Ok(name) = std::str::from_utf8(name) else { return };
        self.name = clean_name(name);
        self.earlier = (!round.is_empty()).then(|| Round::from_bytes(round)).flatten();
    }
}

/// A review name as kept: no control characters, at most
/// [`NAME_MAX_CHARS`] characters, trimmed.
pub fn clean_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(NAME_MAX_CHARS).collect::<String>().trim().to_string()
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
    fn thirty_results_a_name_and_an_earlier_round_stay_under_1200_characters() {
        let list = results(30);
        let answers: Vec<Answers> = list.iter().map(|p| crate::share::decode(p).unwrap().answers).collect();
        let link = ComparisonLink {
            results: list,
            name: "Northern health partnership review, spring round".into(),
            earlier: Some(Round::of(&review(&answers))),
        };
        let raw = link.to_raw();
        assert!(raw.starts_with(group::WITH_EXTRAS));
        // The page packs from the results it has read: the same link.
        let read: Vec<_> = link.results.iter().map(|p| crate::share::decode(p).unwrap()).collect();
        assert_eq!(link.to_raw_read(&read), raw);
        let url = format!("https://intranet.example.org/tools/collaboration-review/index.html#/compare/{raw}");
        assert!(url.len() < 1200, "{} characters", url.len());
        let back = ComparisonLink::parse(&raw);
        assert_eq!(back.name, link.name);
        assert_eq!(back.earlier, link.earlier);
        assert_eq!(back.results.len(), 30);
    }

    #[test]
    fn older_links_and_hostile_extras_still_open_their_results() {
        let list = results(3);
        let plain = ComparisonLink { results: list.clone(), ..Default::default() };
        assert!(plain.to_raw().starts_with(group::FORMAT), "no name, no round: format G as before");
        assert_eq!(ComparisonLink::parse(&list.join(".")).results, list, "dotted links");
        assert_eq!(ComparisonLink::parse(&plain.to_raw()), plain);
        // A name of control characters and overlong text is cleaned.
        let named = ComparisonLink { results: list.clone(), name: "\u{202e}Review\u{0007} ".repeat(20), earlier: None };
        let back = ComparisonLink::parse(&named.to_raw());
        assert_eq!(back.name.chars().count(), NAME_MAX_CHARS.min(back.name.chars().count()));
        assert!(!back.name.contains('\u{0007}'));
        // Extras that do not read: the results still open.
        for extra in [vec![200u8], vec![2, b'a'], vec![0, 5, 1, 2], vec![1, 0xff, 0]] {
            let raw = group::pack_with(&list, &extra).unwrap();
            let back = ComparisonLink::parse(&raw);
            assert_eq!(back.results, group::unpack(&raw).unwrap());
            assert_eq!(back.earlier, None);
        }
        assert_eq!(ComparisonLink::parse("").results, Vec::<String>::new());
        assert_eq!(ComparisonLink::parse("H").results, ["H"], "kept for the view to explain");
    }
}
