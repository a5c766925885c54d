//! A partnership review: the anonymous group summary of several partners'
//! results (the agenda built from it is `share::agenda`). Nothing here
//! knows a partner's name or keeps a partner's place: only counts, medians
//! and spreads, so no answer can be traced to a column.

use crate::assessment::scoring::{score, WEAK_AT_MOST};
use crate::assessment::statements::STATEMENTS;
use crate::assessment::{Answer, Answers};
use crate::content::GUIDE;
use crate::number::Fixed;

/// Disagreement at or above this: views differ (an agenda item).
pub const SPLIT_FROM: f32 = 1.0;
/// Disagreement below this, among at least `CONSENSUS_RATERS`: clear consensus.
pub const CONSENSUS_BELOW: f32 = 0.5;
pub const CONSENSUS_RATERS: usize = 3;

/// How disagreement is measured, in words for the screen, made from the
/// constants above.
pub fn measure() -> String {
    format!(
        "Disagreement is the average distance, in points on the 1–5 scale, between each partner’s rating and the middle (median) rating. \
         0 means everyone gave the same rating; from {} views differ; below {} among {} or more partners is clear consensus. \
         “Don’t know” answers are not counted.",
        Fixed(SPLIT_FROM, 1),
        Fixed(CONSENSUS_BELOW, 1),
        CONSENSUS_RATERS
    )
}

/// One topic: each partner's score for it, without saying whose.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicSummary {
    pub slug: &'static str,
    /// Partners' topic scores (1–5), lowest first.
    pub scores: Vec<f32>,
    pub median: Option<f32>,
}

impl TopicSummary {
    pub fn lowest(&self) -> Option<f32> {
        self.scores.first().copied()
    }
    pub fn highest(&self) -> Option<f32> {
        self.scores.last().copied()
    }
}

/// One statement across partners.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementSummary {
    pub node: &'static str,
    /// How many partners chose each rating, 1 to 5.
    pub counts: [usize; 5],
    pub dont_know: usize,
    pub unanswered: usize,
    pub median: Option<f32>,
    /// See [`measure`]; `None` with fewer than two ratings.
    pub disagreement: Option<f32>,
}

impl StatementSummary {
    pub fn rated(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn is_split(&self) -> bool {
        self.disagreement.is_some_and(|d| d >= SPLIT_FROM)
    }

    pub fn is_consensus(&self) -> bool {
        self.rated() >= CONSENSUS_RATERS && self.disagreement.is_some_and(|d| d < CONSENSUS_BELOW)
    }

    /// Everyone who rated it rated it weak (and at least two did).
    pub fn is_low(&self) -> bool {
        self.rated() >= 2 && self.counts[usize::from(WEAK_AT_MOST)..].iter().all(|&c| c == 0)
    }

    pub fn lowest(&self) -> Option<u8> {
        (1..=Answer::TOP).find(|&r| self.counts[usize::from(r) - 1] > 0)
    }

    pub fn highest(&self) -> Option<u8> {
        (1..=Answer::TOP).rev().find(|&r| self.counts[usize::from(r) - 1] > 0)
    }

    /// Split, consensus, or neither.
    pub fn verdict(&self) -> Option<Verdict> {
        if self.is_split() {
            Some(Verdict::Split)
        } else if self.is_consensus() {
            Some(Verdict::Consensus)
        } else {
            None
        }
    }

    /// How the ratings fall: the same disagreement can be two camps or an
    /// even spread, which call for different conversations.
    pub fn shape(&self) -> Shape {
        let c = &self.counts;
        let (low, middle, high) = (c[0] + c[1], c[2], c[3] + c[4]);
        let n = low + middle + high;
        // Camps: both ends held, the middle thinner than either camp.
        if low == 0 || high == 0 || middle * 4 >= low.min(high) {
            Shape::Spread
        } else if low.min(high) == 1 && n >= 4 {
            Shape::OneApart
        } else {
            Shape::TwoCamps
        }
    }

    /// The shape in words, with the counts: "Two camps: 2 rated 1–2, 3 rated 4–5."
    pub fn shape_in_words(&self) -> String {
        let lead = match self.shape() {
            Shape::TwoCamps => "Two camps",
            Shape::OneApart => "One partner apart from the rest",
            Shape::Spread => "Spread across the scale",
        };
        let groups: Vec<String> =
            [(1, 2), (3, 3), (4, 5)].iter().filter_map(|&(from, to)| self.rated_between(from, to)).collect();
        format!("{lead}: {}.", groups.join(", "))
    }

    /// "2 rated 1–2" (or "3 rated 4" when all gave one rating); `None` if nobody did.
    fn rated_between(&self, from: u8, to: u8) -> Option<String> {
        let given: Vec<u8> = (from..=to).filter(|&r| self.counts[usize::from(r) - 1] > 0).collect();
        let n: usize = given.iter().map(|&r| self.counts[usize::from(r) - 1]).sum();
        match (given.first(), given.last()) {
            (Some(lo), Some(hi)) if lo == hi => Some(format!("{n} rated {lo}")),
            (Some(lo), Some(hi)) => Some(format!("{n} rated {lo}–{hi}")),
            _ => None,
        }
    }
}

/// Where the group stands on a statement, for every view that marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Views differ (see [`SPLIT_FROM`]).
    Split,
    /// Clear consensus (see [`CONSENSUS_BELOW`]).
    Consensus,
}

impl Verdict {
    /// The mark beside the figures, so the verdict never rests on colour.
    pub fn icon(self) -> &'static str {
        match self {
            Verdict::Split => "▲",
            Verdict::Consensus => "●",
        }
    }

    /// The verdict as a label: "Views differ", "Clear consensus".
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Split => "Views differ",
            Verdict::Consensus => "Clear consensus",
        }
    }

    /// The verdict inside a sentence: "views differ", "clear consensus".
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Split => "views differ",
            Verdict::Consensus => "clear consensus",
        }
    }
}

/// How a statement's ratings fall (see [`StatementSummary::shape`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Ratings at both ends (1–2 and 4–5), under a quarter of the smaller
    /// camp's number in the middle.
    TwoCamps,
    /// Everyone but one at one end, that one at the other.
    OneApart,
    /// Across the scale, or within one side of it.
    Spread,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub results: usize,
    pub topics: Vec<TopicSummary>,
    /// Most disagreement first (ties, and statements too little rated to
    /// measure, in guide order).
    pub statements: Vec<StatementSummary>,
}

/// The median of some 1–5 ratings and their disagreement (see [`measure`];
/// `None` with fewer than two ratings). The one measure every view ranks by.
pub fn median_and_disagreement(ratings: &[u8]) -> (Option<f32>, Option<f32>) {
    let ratings = sorted(ratings.iter().map(|&r| f32::from(r)).collect());
    let mid = median(&ratings);
    let disagreement = mid
        .filter(|_| ratings.len() >= 2)
        .map(|m| ratings.iter().map(|r| (r - m).abs()).sum::<f32>() / ratings.len() as f32);
    (mid, disagreement)
}

fn median(sorted: &[f32]) -> Option<f32> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn sorted(mut values: Vec<f32>) -> Vec<f32> {
    crate::small_sort::sort_by_key(&mut values, |v| (v * 1000.0) as i32);
    values
}

/// The group summary of `partners`' answers. A result with nothing
/// answered is no partner's view, so it is not counted (nothing adds one,
/// but a link made by an earlier build may hold one).
pub fn review(partners: &[Answers]) -> Review {
    let partners: Vec<&Answers> = partners.iter().filter(|a| !a.is_empty()).collect();
    let scores: Vec<_> = partners.iter().map(|a| score(a)).collect();
    let topics = GUIDE
        .spreads
        .iter()
        .enumerate()
        .map(|(i, spread)| {
            let values = sorted(scores.iter().filter_map(|s| s.spreads[i].mean).collect());
            TopicSummary { slug: spread.slug, median: median(&values), scores: values }
        })
        .collect();
    let mut statements: Vec<(usize, StatementSummary)> = STATEMENTS
        .iter()
        .enumerate()
        .map(|(index, statement)| {
            let mut counts = [0; 5];
            let (mut dont_know, mut unanswered) = (0, 0);
            let mut ratings = Vec::new();
            for partner in &partners {
                match partner.get(statement.node).map(|a| a.score()) {
                    None => unanswered += 1,
                    Some(None) => dont_know += 1,
                    Some(Some(r)) => {
                        counts[usize::from(r) - 1] += 1;
                        ratings.push(r);
                    }
                }
            }
            let (mid, disagreement) = median_and_disagreement(&ratings);
            let summary =
                StatementSummary { node: statement.node, counts, dont_know, unanswered, median: mid, disagreement };
            (index, summary)
        })
        .collect();
    crate::small_sort::sort_by_key(&mut statements, |(index, s)| {
        let d = s.disagreement.map_or(-1, |d| (d * 1000.0) as i32);
        (std::cmp::Reverse(d), *index)
    });
    Review { results: partners.len(), topics, statements: statements.into_iter().map(|(_, s)| s).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::share::partners;

    fn summary<'a>(r: &'a Review, node: &str) -> &'a StatementSummary {
        r.statements.iter().find(|s| s.node == node).unwrap()
    }

    #[test]
    fn the_measure_on_hand_made_cases() {
        let r = review(&partners(&[
            &[("trust.time", 1), ("trust.roles", 4), ("power.team", 2), ("goals.who", 0)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 2)],
            &[("trust.time", 1), ("trust.roles", 5), ("power.team", 1)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 2)],
        ]));
        // 1,1,5,5: median 3, every rating 2 away.
        let split = summary(&r, "trust.time");
        assert_eq!((split.median, split.disagreement), (Some(3.0), Some(2.0)));
        assert!(split.is_split() && !split.is_consensus());
        assert_eq!((split.lowest(), split.highest()), (Some(1), Some(5)));
        // 4,4,4,5: median 4, one rating 1 away: 0.25, consensus.
        let agreed = summary(&r, "trust.roles");
        assert_eq!((agreed.median, agreed.disagreement), (Some(4.0), Some(0.25)));
        assert!(agreed.is_consensus() && !agreed.is_split());
        // 1,2,2,2 → median 2, 0.25; everyone weak.
        assert!(summary(&r, "power.team").is_low());
        // Don't know counted apart, never measured.
        let dk = summary(&r, "goals.who");
        assert_eq!((dk.dont_know, dk.unanswered, dk.disagreement), (1, 3, None));
        assert_eq!(r.statements[0].node, "trust.time", "most disagreement first");
    }

    #[test]
    fn a_result_with_nothing_answered_is_not_counted() {
        let r = review(&partners(&[&[("trust.time", 2)], &[("trust.time", 0)], &[], &[("trust.time", 4)]]));
        assert_eq!(r.results, 3, "a don't know is an answer; nothing at all is not");
        let time = summary(&r, "trust.time");
        assert_eq!((time.rated(), time.dont_know, time.unanswered), (2, 1, 0));
        assert_eq!(summary(&r, "trust.roles").unanswered, 3);
    }

    #[test]
    fn topic_scores_have_a_median_and_a_range_and_no_owner() {
        let r = review(&partners(&[&[("trust.time", 2)], &[("trust.time", 4)], &[("trust.time", 5)], &[]]));
        let trust = r.topics.iter().find(|t| t.slug == "trust").unwrap();
        assert_eq!(trust.scores, [2.0, 4.0, 5.0], "sorted, so no column order leaks");
        assert_eq!((trust.median, trust.lowest(), trust.highest()), (Some(4.0), Some(2.0), Some(5.0)));
    }

    #[test]
    fn a_split_says_its_shape() {
        let shape = |ratings: &[u8]| {
            let rows: Vec<Vec<(&str, u8)>> = ratings.iter().map(|&r| vec![("trust.time", r)]).collect();
            let rows: Vec<&[(&str, u8)]> = rows.iter().map(Vec::as_slice).collect();
            let r = review(&partners(&rows));
            let s = summary(&r, "trust.time").clone();
            (s.shape(), s.shape_in_words())
        };
        assert_eq!(shape(&[1, 2, 4, 5, 5]), (Shape::TwoCamps, "Two camps: 2 rated 1–2, 3 rated 4–5.".into()));
        assert_eq!(
            shape(&[1, 5, 5, 5, 4]),
            (Shape::OneApart, "One partner apart from the rest: 1 rated 1, 4 rated 4–5.".into())
        );
        assert_eq!(
            shape(&[1, 2, 3, 4, 5]),
            (Shape::Spread, "Spread across the scale: 2 rated 1–2, 1 rated 3, 2 rated 4–5.".into())
        );
        assert_eq!(shape(&[1, 1, 3, 3]).0, Shape::Spread, "all on one side: no camps");
        // Same disagreement, different conversations.
        let camps = summary(
            &review(&partners(&[
                &[("trust.time", 1)],
                &[("trust.time", 1)],
                &[("trust.time", 5)],
                &[("trust.time", 5)],
            ])),
            "trust.time",
        )
        .clone();
        assert_eq!((camps.disagreement, camps.shape()), (Some(2.0), Shape::TwoCamps));
    }

    #[test]
    fn side_by_side_ranks_by_the_same_measure_as_the_group_summary() {
        // trust.time: 1,3,5 (range 4, disagreement 1.33); power.team: 1,5,5
        // (range 4, disagreement 1.33); goals.who: 2,2,5 (range 3, 1.0);
        // trust.roles: 1,1,5,... The range alone would tie the first two and
        // rank goals.who before a wider-spread statement.
        let rows = partners(&[
            &[("trust.time", 1), ("goals.who", 3), ("power.team", 3)],
            &[("trust.time", 2), ("goals.who", 3), ("power.team", 3)],
            &[("trust.time", 4), ("goals.who", 3), ("power.team", 3)],
            &[("trust.time", 5), ("goals.who", 1), ("power.team", 5)],
        ]);
        let group: Vec<&str> =
            review(&rows).statements.iter().filter(|s| s.disagreement.is_some()).map(|s| s.node).collect();
        let side: Vec<&str> = crate::share::compare(&rows).items.iter().map(|i| i.node).collect();
        assert_eq!(group, side);
        assert_eq!(side[0], "trust.time", "1,2,4,5 is further apart than one rating off the rest");
    }

    #[test]
    fn the_measure_in_words_is_made_from_the_constants() {
        assert!(measure().contains("from 1.0 views differ; below 0.5 among 3 or more partners"));
    }
}
