//! The earlier review round a comparison can carry: a summary small enough
//! for its link (per topic the group's median, per statement the median
//! and the disagreement, in 48 bytes), and what changed since.

use super::agenda::{AgendaItem, Why};
use super::review::{Review, StatementSummary, TopicSummary};
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;

/// An earlier round, as its link carries it. Medians are exact (halves of
/// the 1–5 scale); disagreement is kept to the nearest quarter point.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    /// How many results it summarised.
    pub results: u8,
    /// Per topic, in guide order: the median of partners' topic scores.
    pub topics: Vec<Option<f32>>,
    /// Per statement, in the statements' order: median and disagreement.
    pub statements: Vec<(Option<f32>, Option<f32>)>,
}

/// Medians step by halves from 1 to 5 (codes 1–9); disagreement by
/// quarters from 0 to 2 (codes 1–9); 0 is "none".
fn half_code(v: Option<f32>, from: f32, step: f32) -> u8 {
    v.map_or(0, |v| (1.0 + ((v - from) / step).round()).clamp(1.0, 9.0) as u8)
}

fn from_code(code: u8, from: f32, step: f32) -> Option<f32> {
    (1..=9).contains(&code).then(|| from + f32::from(code - 1) * step)
}

impl Round {
    pub fn of(review: &Review) -> Round {
        Round {
            results: review.results.min(usize::from(u8::MAX)) as u8,
            topics: review.topics.iter().map(|t| t.median).collect(),
            statements: STATEMENTS
                .iter()
                .map(|s| {
                    review
                        .statements
                        .iter()
                        .find(|r| r.node == s.node)
                        .map_or((None, None), |r| (r.median, r.disagreement))
                })
                .collect(),
        }
        .rounded()
    }

    /// As the link would carry it.
    fn rounded(self) -> Round {
        Round::from_bytes(&self.to_bytes()).unwrap_or(self)
    }

    /// results, then a byte per topic (median × 10, 0 for none), then a
    /// byte per statement (median code × 10 + disagreement code).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = vec![self.results];
        bytes.extend(self.topics.iter().map(|m| m.map_or(0, |m| (m * 10.0).round().clamp(10.0, 50.0) as u8)));
        bytes.extend(self.statements.iter().map(|&(m, d)| half_code(m, 1.0, 0.5) * 10 + half_code(d, 0.0, 0.25)));
        bytes
    }

    /// `None` unless the bytes are exactly a round for this guide's topics
    /// and statements.
    pub fn from_bytes(bytes: &[u8]) -> Option<Round> {
        let topics = GUIDE.spreads.len();
        if bytes.len() != 1 + topics + STATEMENTS.len() {
            return None;
        }
        let topic = |b: u8| match b {
            0 => Some(None),
            10..=50 => Some(Some(f32::from(b) / 10.0)),
            _ => None,
        };
        let statement = |b: u8| {
            (b < 100 && b / 10 <= 9 && b % 10 <= 9).then(|| (from_code(b / 10, 1.0, 0.5), from_code(b % 10, 0.0, 0.25)))
        };
        Some(Round {
            results: bytes[0],
            topics: bytes[1..=topics].iter().map(|&b| topic(b)).collect::<Option<_>>()?,
            statements: bytes[1 + topics..].iter().map(|&b| statement(b)).collect::<Option<_>>()?,
        })
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

    /// An agenda item's change since this round, in a sentence.
    pub fn item_change(&self, item: &AgendaItem, review: &Review) -> Option<String> {
        let change = match item.why {
            Why::Topic => review.topics.iter().find(|t| t.slug == item.subject).and_then(|t| self.topic_change(t)),
            _ => review.statements.iter().find(|s| s.node == item.subject).and_then(|s| self.change_of(s)),
        };
        change.map(|c| format!("Since the earlier round: {c}."))
    }

    /// The earlier median of a topic.
    pub fn topic(&self, slug: &str) -> Option<f32> {
        GUIDE.spreads.iter().position(|s| s.slug == slug).and_then(|i| self.topics.get(i).copied().flatten())
    }
}

/// How a figure moved between rounds, in words, for a screen or an agenda:
/// "median 2.0 → 3.5, better"; `None` when either round lacks it.
pub fn median_change(then: Option<f32>, now: Option<f32>) -> Option<String> {
    let (then, now) = (then?, now?);
    let way = if now > then {
        "better"
    } else if now < then {
        "worse"
    } else {
        "unchanged"
    };
    Some(format!("median {} → {}, {way}", crate::number::Fixed(then, 1), crate::number::Fixed(now, 1)))
}

/// "disagreement 1.5 → 0.5, closer"; `None` when either round lacks it.
pub fn disagreement_change(then: Option<f32>, now: Option<f32>) -> Option<String> {
    let (then, now) = (then?, now?);
    // Quarter points: the earlier round is kept to that precision.
    let way = if now < then - 0.125 {
        "closer"
    } else if now > then + 0.125 {
        "further apart"
    } else {
        "about the same"
    };
    Some(format!("disagreement {} → {}, {way}", crate::number::Fixed(then, 1), crate::number::Fixed(now, 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::rated;
    use crate::share::review::review;

    #[test]
    fn a_round_travels_in_48_bytes_and_reads_back() {
        let r = review(&[
            rated(&[("trust.time", 1), ("power.team", 4)]),
            rated(&[("trust.time", 2), ("power.team", 4)]),
            rated(&[("trust.time", 5), ("power.team", 5)]),
        ]);
        let round = Round::of(&r);
        let bytes = round.to_bytes();
        assert_eq!(bytes.len(), 1 + 5 + 42);
        assert_eq!(Round::from_bytes(&bytes), Some(round.clone()));
        assert_eq!(round.results, 3);
        // 1, 2, 5: median 2, disagreement (1 + 0 + 3) / 3 = 1.33 → 1.25.
        assert_eq!(round.statement("trust.time"), (Some(2.0), Some(1.25)));
        assert_eq!(round.statement("goals.who"), (None, None));
        assert_eq!(round.topic("power"), Some(4.0));
        assert_eq!(Round::from_bytes(&bytes[1..]), None, "a wrong length");
        let mut bad = bytes.clone();
        bad[7] = 200;
        assert_eq!(Round::from_bytes(&bad), None, "a code no round has");
    }

    #[test]
    fn changes_are_said_in_words() {
        assert_eq!(median_change(Some(2.0), Some(3.5)).unwrap(), "median 2.0 → 3.5, better");
        assert_eq!(median_change(Some(4.0), Some(3.0)).unwrap(), "median 4.0 → 3.0, worse");
        assert_eq!(disagreement_change(Some(1.5), Some(0.5)).unwrap(), "disagreement 1.5 → 0.5, closer");
        assert_eq!(disagreement_change(Some(0.25), Some(0.33)).unwrap(), "disagreement 0.3 → 0.3, about the same");
        assert_eq!(median_change(None, Some(3.0)), None);
    }

    #[test]
    fn the_agenda_says_what_changed_since_the_earlier_round_and_carries_the_name() {
        use crate::share::agenda::{agenda, agenda_text, DEFAULT_BUDGET};
        let then = review(&[rated(&[("trust.time", 1)]), rated(&[("trust.time", 2)]), rated(&[("trust.time", 1)])]);
        let now = review(&[
            rated(&[("trust.time", 1)]),
            rated(&[("trust.time", 5)]),
            rated(&[("trust.time", 5)]),
            rated(&[("trust.time", 1)]),
        ]);
        let round = Round::of(&then);
        let items = agenda(&now, DEFAULT_BUDGET);
        let split = items.iter().find(|i| i.subject == "trust.time").unwrap();
        assert_eq!(
            round.item_change(split, &now).unwrap(),
            "Since the earlier round: median 1.0 → 3.0, better; disagreement 0.3 → 2.0, further apart."
        );
        let text = agenda_text(&now, &items, ("Spring review", "1 December 2026"), Some(&round), |_| String::new());
        assert!(
            text.starts_with(
                "Partnership review: discussion agenda\nSpring review\n1 December 2026\n4 results compared."
            ),
            "{text}"
        );
        assert!(text.contains("   Since the earlier round: median 1.0 → 3.0, better;"), "{text}");
    }
}
