//! The earlier review round a comparison can carry: a summary small enough
//! for its link (per topic the group's median, per statement the median
//! and the disagreement), and what changed since.
//!
//! Every figure is kept at the precision the screen shows it, one decimal,
//! so the earlier round reads in round 2 exactly as round 1's own screen
//! showed it, and a change is said only where the shown figures differ.
//!
//! ```text
//! version 2 (made from 2026-12):
//!   version: u8 = 2, number: u8 (which round: 1 for the first), results: u8,
//!   topics: u8 (T), statements: u8 (S),
//!   T bytes: a topic's median in tenths (10–50), 0 for none
//!   S bytes: 0 for a statement nobody rated, else
//!            1 + 22 × (median in halves above 1.0, 0–8)
//!              + (0 for no disagreement, else 1 + disagreement in tenths, 0–20)
//! version 1 (2026-11, unversioned): exactly 48 bytes: results, then a byte
//!   per topic (median × 10), then a byte per statement (median code × 10 +
//!   disagreement code; medians by halves, disagreement by quarters).
//! ```
//!
//! A round says how many topics and statements it summarised, so a round
//! from a guide with fewer statements reads (the rest have no earlier
//! figures), and one from a later guide with more reads as far as this one
//! knows them (statements are only ever added at the end, as in results
//! links). A version-2 round is 52 bytes today and never 48, so the
//! unversioned first one is told apart by its length.

use super::review::{Review, StatementSummary, TopicSummary};
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
use crate::number::{tenths, Fixed};

/// The most bytes a round may take in a link (`group::MAX_EXTRA_BYTES`
/// counts on it): room for a guide of up to 95 topics and statements.
pub const MAX_BYTES: usize = 100;
const VERSION: u8 = 2;
const V1_LEN: usize = 48;

/// An earlier round, as its link carries it, every figure at one decimal.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    /// Which round of the review it was: 1 for the first.
    pub number: u8,
    /// How many results it summarised.
    pub results: u8,
    /// Per topic, in guide order: the median of partners' topic scores.
    pub topics: Vec<Option<f32>>,
    /// Per statement, in the statements' order: median and disagreement.
    pub statements: Vec<(Option<f32>, Option<f32>)>,
}

/// A figure at the one decimal the screen shows.
fn shown(v: Option<f32>) -> Option<f32> {
    v.map(|v| tenths(v) as f32 / 10.0)
}

impl Round {
    /// The summary of `review`, as round `number`, at the precision shown.
    pub fn of(review: &Review, number: u8) -> Round {
        Round {
            number: number.max(1),
            results: review.results.min(usize::from(u8::MAX)) as u8,
            topics: review.topics.iter().map(|t| shown(t.median)).collect(),
            statements: STATEMENTS
                .iter()
                .map(|s| {
                    review
                        .statements
                        .iter()
                        .find(|r| r.node == s.node)
                        .map_or((None, None), |r| (shown(r.median), shown(r.disagreement)))
                })
                .collect(),
        }
    }

    /// Version 2 (see the module's notes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = vec![VERSION, self.number, self.results, self.topics.len() as u8, self.statements.len() as u8];
        bytes.extend(self.topics.iter().map(|m| m.map_or(0, |m| tenths(m).clamp(10, 50) as u8)));
        bytes.extend(self.statements.iter().map(|&(m, d)| match m {
            None => 0,
            Some(m) => {
                let halves = ((tenths(m) - 10) / 5).clamp(0, 8) as u8;
                1 + 22 * halves + d.map_or(0, |d| 1 + tenths(d).clamp(0, 20) as u8)
            }
        }));
        bytes
    }

    /// A round of either version; `None` for bytes no release made (a
    /// later version, or damage), which the page says in a sentence.
    pub fn from_bytes(bytes: &[u8]) -> Option<Round> {
        if bytes.len() == V1_LEN {
            return Round::from_v1(bytes);
        }
        let (&[VERSION, number, results, topics, statements], rest) = bytes.split_first_chunk::<5>()? else {
            return None;
        };
        let (topics, statements) = (usize::from(topics), usize::from(statements));
        if number == 0 || rest.len() != topics + statements {
            return None;
        }
        let (topic_bytes, statement_bytes) = rest.split_at(topics);
        let topic = |b: u8| match b {
            0 => Some(None),
            10..=50 => Some(Some(f32::from(b) / 10.0)),
            _ => None,
        };
        let statement = |b: u8| match b {
            0 => Some((None, None)),
            1..=198 => {
                let (halves, d) = ((b - 1) / 22, (b - 1) % 22);
                let median = 1.0 + f32::from(halves) * 0.5;
                Some((Some(median), (d > 0).then(|| f32::from(d - 1) / 10.0)))
            }
            _ => None,
        };
        let mut round = Round {
            number,
            results,
            topics: topic_bytes.iter().map(|&b| topic(b)).collect::<Option<_>>()?,
            statements: statement_bytes.iter().map(|&b| statement(b)).collect::<Option<_>>()?,
        };
        // Fitted to this guide: what it lacks is unrated, what it does not
        // know is left out.
        round.topics.resize(GUIDE.spreads.len(), None);
        round.statements.resize(STATEMENTS.len(), (None, None));
        Some(round)
    }

    /// The first, unversioned form: medians by halves, disagreement by
    /// quarters, each kept as the screen shows it (one decimal).
    fn from_v1(bytes: &[u8]) -> Option<Round> {
        let topics = GUIDE.spreads.len();
        let code = |c: u8, from: f32, step: f32| (1..=9).contains(&c).then(|| from + f32::from(c - 1) * step);
        let topic = |b: u8| match b {
            0 => Some(None),
            10..=50 => Some(Some(f32::from(b) / 10.0)),
            _ => None,
        };
        let statement = |b: u8| (b < 100).then(|| (code(b / 10, 1.0, 0.5), shown(code(b % 10, 0.0, 0.25))));
        let mut round = Round {
            number: 1,
            results: bytes[0],
            topics: bytes[1..=topics].iter().map(|&b| topic(b)).collect::<Option<_>>()?,
            statements: bytes[1 + topics..].iter().map(|&b| statement(b)).collect::<Option<_>>()?,
        };
        round.statements.resize(STATEMENTS.len(), (None, None));
        Some(round)
    }

    /// The earlier median and disagreement of a statement.
    pub fn statement(&self, node: &str) -> (Option<f32>, Option<f32>) {
        STATEMENTS
            .iter()
            .position(|s| s.node == node)
            .and_then(|i| self.statements.get(i).copied())
            .unwrap_or((None, None))
    }

    /// A statement's change since this round, in words: "median 2.0 →
    /// 3.5, better; disagreement 1.5 → 0.5, closer".
    pub fn change_of(&self, now: &StatementSummary) -> Option<String> {
        let (median, disagreement) = self.statement(now.node);
        let parts: Vec<String> =
            [median_change(median, now.median), disagreement_change(disagreement, now.disagreement)]
                .into_iter()
                .flatten()
                .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// A topic's change since this round, in words.
    pub fn topic_change(&self, now: &TopicSummary) -> Option<String> {
        median_change(self.topic(now.slug), now.median)
    }

    /// What the round after this one is, for an agenda's heading: "Round 2,
    /// compared with round 1".
    pub fn next_round(&self) -> String {
        format!("Round {}, compared with round {}", self.number.saturating_add(1), self.number)
    }

    /// The earlier median of a topic.
    pub fn topic(&self, slug: &str) -> Option<f32> {
        GUIDE.spreads.iter().position(|s| s.slug == slug).and_then(|i| self.topics.get(i).copied().flatten())
    }
}

/// How a figure moved between rounds, compared as both rounds show it (one
/// decimal), so a figure that reads the same is "unchanged".
fn change(what: &str, then: Option<f32>, now: Option<f32>, ways: [&str; 2]) -> Option<String> {
    let (then, now) = (tenths(then?), tenths(now?));
    let figure = |t: i32| Fixed(t as f32 / 10.0, 1);
    Some(match now.cmp(&then) {
        std::cmp::Ordering::Equal => format!("{what} unchanged at {}", figure(now)),
        std::cmp::Ordering::Greater => format!("{what} {} → {}, {}", figure(then), figure(now), ways[0]),
        std::cmp::Ordering::Less => format!("{what} {} → {}, {}", figure(then), figure(now), ways[1]),
    })
}

/// "median 2.0 → 3.5, better"; `None` when either round lacks it.
pub fn median_change(then: Option<f32>, now: Option<f32>) -> Option<String> {
    change("median", then, now, ["better", "worse"])
}

/// "disagreement 1.5 → 0.5, closer"; `None` when either round lacks it.
pub fn disagreement_change(then: Option<f32>, now: Option<f32>) -> Option<String> {
    change("disagreement", then, now, ["further apart", "closer"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::rated;
    use crate::share::review::review;

    #[test]
    fn a_round_travels_in_52_bytes_and_reads_back_as_shown() {
        let r = review(&[
            rated(&[("trust.time", 1), ("power.team", 4)]),
            rated(&[("trust.time", 2), ("power.team", 4)]),
            rated(&[("trust.time", 5), ("power.team", 5)]),
        ]);
        let round = Round::of(&r, 2);
        let bytes = round.to_bytes();
        assert_eq!(bytes.len(), 5 + 5 + 42);
        assert_eq!(Round::from_bytes(&bytes), Some(round.clone()));
        assert_eq!((round.number, round.results), (2, 3));
        // 1, 2, 5: median 2, disagreement (1 + 0 + 3) / 3 = 1.33, shown 1.3.
        assert_eq!(round.statement("trust.time"), (Some(2.0), Some(1.3)));
        assert_eq!(round.statement("goals.who"), (None, None));
        assert_eq!(round.topic("power"), Some(4.0));
        assert_eq!(Round::from_bytes(&bytes[1..]), None, "a wrong length");
        let mut bad = bytes.clone();
        bad[7] = 200;
        assert_eq!(Round::from_bytes(&bad), None, "a code no round has");
        let mut later = bytes.clone();
        later[0] = 3;
        assert_eq!(Round::from_bytes(&later), None, "a later version is not guessed at");
    }

    #[test]
    fn every_figure_a_round_can_hold_reads_back_exactly() {
        for halves in 0..=8u8 {
            for d in (0..=20).map(|t| Some(t as f32 / 10.0)).chain([None]) {
                let m = Some(1.0 + f32::from(halves) * 0.5);
                let mut round = Round::of(&review(&[]), 1);
                round.statements[0] = (m, d);
                round.topics[0] = Some(1.0 + f32::from(halves) * 0.45);
                let back = Round::from_bytes(&round.to_bytes()).unwrap();
                assert_eq!(back.statements[0], (m, d));
                assert_eq!(tenths(back.topics[0].unwrap()), tenths(round.topics[0].unwrap()));
            }
        }
    }

    #[test]
    fn a_round_from_a_guide_with_more_or_fewer_statements_still_reads() {
        let r = review(&[rated(&[("trust.time", 2)]), rated(&[("trust.time", 4)])]);
        let round = Round::of(&r, 1);
        let mut bytes = round.to_bytes();
        // A later guide: 3 more statements at the end, one more topic.
        bytes[3] += 1;
        bytes[4] += 3;
        bytes.insert(5 + 5, 33);
        bytes.extend([23, 0, 45]);
        let later = Round::from_bytes(&bytes).expect("read as far as this guide knows it");
        assert_eq!(later.statements.len(), STATEMENTS.len());
        assert_eq!(later.statement("trust.time"), round.statement("trust.time"));
        assert_eq!(later.topics, round.topics);
        // An earlier guide with two statements fewer: they have no figures.
        let mut bytes = round.to_bytes();
        bytes[4] -= 2;
        bytes.truncate(bytes.len() - 2);
        let earlier = Round::from_bytes(&bytes).unwrap();
        assert_eq!(earlier.statements.len(), STATEMENTS.len());
        assert_eq!(earlier.statements[STATEMENTS.len() - 1], (None, None));
    }

    #[test]
    fn a_first_version_round_reads_as_its_screen_rounded_it() {
        // 48 bytes: 3 results, topic medians, statement codes (median code
        // × 10 + disagreement code by quarters).
        let mut bytes = vec![3, 38, 0, 0, 0, 0];
        bytes.extend([36u8; 42]); // median code 3 (2.0), disagreement code 6 (1.25)
        let round = Round::from_bytes(&bytes).unwrap();
        assert_eq!((round.number, round.results), (1, 3));
        assert_eq!(round.topics[0], Some(3.8));
        assert_eq!(round.statements[0], (Some(2.0), Some(1.3)), "1.25 as the screen showed it: 1.3");
    }

    #[test]
    fn changes_are_said_at_the_precision_shown() {
        assert_eq!(median_change(Some(2.0), Some(3.5)).unwrap(), "median 2.0 → 3.5, better");
        assert_eq!(median_change(Some(4.0), Some(3.0)).unwrap(), "median 4.0 → 3.0, worse");
        assert_eq!(disagreement_change(Some(1.5), Some(0.5)).unwrap(), "disagreement 1.5 → 0.5, closer");
        // The round keeps 3.8; now is 3.8125: both read 3.8.
        assert_eq!(median_change(Some(3.8), Some(3.8125)).unwrap(), "median unchanged at 3.8");
        assert_eq!(disagreement_change(Some(0.3), Some(0.33)).unwrap(), "disagreement unchanged at 0.3");
        assert_eq!(median_change(None, Some(3.0)), None);
    }

    /// The same ratings in both rounds: every topic and statement unchanged.
    #[test]
    fn identical_rounds_read_unchanged_everywhere() {
        let partners: Vec<_> = (0..6u8)
            .map(|p| {
                let mut answers = crate::assessment::Answers::new();
                for (i, s) in STATEMENTS.iter().enumerate() {
                    let r = 1 + ((i * 7 + usize::from(p) * 3) % 5) as u8;
                    answers.insert(s.node.to_string(), crate::assessment::Answer::rating(r).unwrap());
                }
                answers
            })
            .collect();
        let now = review(&partners);
        let round = Round::from_bytes(&Round::of(&now, 1).to_bytes()).unwrap();
        for t in &now.topics {
            let change = round.topic_change(t).unwrap();
            assert!(change.starts_with("median unchanged at "), "{}: {change}", t.slug);
        }
        for s in &now.statements {
            let change = round.change_of(s).unwrap();
            assert!(!change.contains('→'), "{}: {change}", s.node);
        }
    }
}
