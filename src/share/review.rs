//! A partnership review: the anonymous group summary of several partners'
//! results, and the discussion agenda built from it. Nothing here knows a
//! partner's name or keeps a partner's place: only counts, medians and
//! spreads, so no answer can be traced to a column.

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
/// Suggested discussion time per agenda item, in minutes.
pub const SPLIT_MINUTES: u32 = 15;
pub const LOW_MINUTES: u32 = 10;

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
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub results: usize,
    pub topics: Vec<TopicSummary>,
    /// Most disagreement first (ties, and statements too little rated to
    /// measure, in guide order).
    pub statements: Vec<StatementSummary>,
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

pub fn review(partners: &[Answers]) -> Review {
    let scores: Vec<_> = partners.iter().map(score).collect();
    let topics = GUIDE
        .spreads
        .iter()
        .enumerate()
        .map(|(i, spread)| {
            let values = sorted(scores.iter().filter_map(|s| s.spreads[i].mean).collect());
            TopicSummary {
                slug: spread.slug,
                median: median(&values),
                scores: values,
            }
        })
        .collect();
    let mut statements: Vec<(usize, StatementSummary)> = STATEMENTS
        .iter()
        .enumerate()
        .map(|(index, statement)| {
            let mut counts = [0; 5];
            let (mut dont_know, mut unanswered) = (0, 0);
            let mut ratings = Vec::new();
            for partner in partners {
                match partner.get(statement.node).map(|a| a.score()) {
                    None => unanswered += 1,
                    Some(None) => dont_know += 1,
                    Some(Some(r)) => {
                        counts[usize::from(r) - 1] += 1;
                        ratings.push(f32::from(r));
                    }
                }
            }
            let ratings = sorted(ratings);
            let mid = median(&ratings);
            let disagreement = mid.filter(|_| ratings.len() >= 2).map(|m| {
                ratings.iter().map(|r| (r - m).abs()).sum::<f32>() / ratings.len() as f32
            });
            let summary = StatementSummary {
                node: statement.node,
                counts,
                dont_know,
                unanswered,
                median: mid,
                disagreement,
            };
            (index, summary)
        })
        .collect();
    crate::small_sort::sort_by_key(&mut statements, |(index, s)| {
        let d = s.disagreement.map_or(-1, |d| (d * 1000.0) as i32);
        (std::cmp::Reverse(d), *index)
    });
    Review {
        results: partners.len(),
        topics,
        statements: statements.into_iter().map(|(_, s)| s).collect(),
    }
}

/// Why a statement is on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Partners' views differ.
    Split,
    /// Everyone rates it weak.
    Low,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    pub node: &'static str,
    pub why: Why,
    pub minutes: u32,
}

/// Up to `items` statements to discuss: where views differ most, then the
/// ones everyone rates low (lowest first).
pub fn agenda(review: &Review, items: usize) -> Vec<AgendaItem> {
    let split = review.statements.iter().filter(|s| s.is_split()).map(|s| AgendaItem {
        node: s.node,
        why: Why::Split,
        minutes: SPLIT_MINUTES,
    });
    let mut low: Vec<(usize, &StatementSummary)> = review
        .statements
        .iter()
        .filter(|s| !s.is_split() && s.is_low())
        .map(|s| (STATEMENTS.iter().position(|t| t.node == s.node).unwrap_or(0), s))
        .collect();
    crate::small_sort::sort_by_key(&mut low, |(index, s)| {
        (s.median.map_or(0, |m| (m * 10.0) as i32), *index)
    });
    let low = low.into_iter().map(|(_, s)| AgendaItem {
        node: s.node,
        why: Why::Low,
        minutes: LOW_MINUTES,
    });
    split.chain(low).take(items).collect()
}

/// How many items an agenda could hold at most (split plus low).
pub fn agenda_candidates(review: &Review) -> usize {
    review
        .statements
        .iter()
        .filter(|s| s.is_split() || s.is_low())
        .count()
}

/// One agenda item's reason, in words.
pub fn reason(item: &AgendaItem, summary: Option<&StatementSummary>) -> String {
    let range = summary
        .and_then(|s| Some((s.lowest()?, s.highest()?)))
        .map_or(String::new(), |(lo, hi)| format!("ratings from {lo} to {hi}"));
    match item.why {
        Why::Split => format!("Views differ: {range}."),
        Why::Low => format!("Everyone rates it low: {range}."),
    }
}

/// The agenda as plain text for a meeting invitation; `link` gives each
/// item's address in the guide.
pub fn agenda_text(review: &Review, items: &[AgendaItem], link: impl Fn(&'static str) -> String) -> String {
    let total: u32 = items.iter().map(|i| i.minutes).sum();
    let mut out = format!(
        "Partnership review: discussion agenda\n{} results compared. {} items, about {} minutes.\n",
        review.results,
        items.len(),
        total
    );
    for (n, item) in items.iter().enumerate() {
        let statement = STATEMENTS.iter().find(|s| s.node == item.node).map_or("", |s| s.text);
        let summary = review.statements.iter().find(|s| s.node == item.node);
        out.push_str(&format!("\n{}. {} ({} min)\n   {}\n", n + 1, statement, item.minutes, reason(item, summary)));
        if let Some((spread, node)) = GUIDE.node(item.node) {
            let advice = crate::content::advice::plain(&crate::content::advice::advice(&spread.diagram, node));
            out.push_str(&format!("   The guide advises: {advice}\n   {}\n", link(item.node)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Answer;

    /// Partners' answers from rows of (node, rating) where 0 is don't know.
    fn partners(ratings: &[&[(&str, u8)]]) -> Vec<Answers> {
        ratings
            .iter()
            .map(|row| {
                let mut a = Answers::new();
                for &(node, r) in *row {
                    a.insert(node.into(), if r == 0 { Answer::DONT_KNOW } else { Answer::rating(r).unwrap() });
                }
                a
            })
            .collect()
    }

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
    fn topic_scores_have_a_median_and_a_range_and_no_owner() {
        let r = review(&partners(&[&[("trust.time", 2)], &[("trust.time", 4)], &[("trust.time", 5)], &[]]));
        let trust = r.topics.iter().find(|t| t.slug == "trust").unwrap();
        assert_eq!(trust.scores, [2.0, 4.0, 5.0], "sorted, so no column order leaks");
        assert_eq!((trust.median, trust.lowest(), trust.highest()), (Some(4.0), Some(2.0), Some(5.0)));
    }

    #[test]
    fn the_agenda_lists_split_statements_then_low_ones_and_never_consensus() {
        let r = review(&partners(&[
            &[("trust.time", 1), ("trust.roles", 4), ("power.team", 2), ("power.checks", 1), ("goals.who", 3)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 2), ("power.checks", 1), ("goals.who", 1)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 1), ("power.checks", 1), ("goals.who", 5)],
        ]));
        let items = agenda(&r, 10);
        let nodes: Vec<(&str, Why)> = items.iter().map(|i| (i.node, i.why)).collect();
        assert_eq!(
            nodes,
            [("goals.who", Why::Split), ("trust.time", Why::Split), ("power.checks", Why::Low), ("power.team", Why::Low)]
        );
        assert!(!nodes.iter().any(|(n, _)| *n == "trust.roles"), "consensus is not on the agenda");
        assert_eq!(agenda(&r, 1).len(), 1, "the number of items is adjustable");
        assert_eq!(agenda_candidates(&r), 4);
        let text = agenda_text(&r, &items, |node| format!("https://x.example/#/{node}"));
        assert!(text.contains("4 items, about 50 minutes"), "{text}");
        assert!(text.contains("Views differ: ratings from 1 to 5."));
        assert!(text.contains("The guide advises: "));
        assert!(text.contains("https://x.example/#/goals.who"));
    }

    #[test]
    fn the_measure_in_words_is_made_from_the_constants() {
        assert!(measure().contains("from 1.0 views differ; below 0.5 among 3 or more partners"));
    }
}
