//! Scores from answers: per spread the mean of rated items (1–5); overall
//! the mean of every rated item; each with a band once enough items are
//! rated. "Don't know" counts as answered but is never scored.

use super::answer::Answer;
use super::statements::{of_spread, STATEMENTS};
use crate::content::GUIDE;
use crate::number::Fixed;

/// A band needs at least this share of a spread's statements rated
/// (numerator, denominator): fewer ratings say too little.
pub const BAND_NEEDS_RATED: (usize, usize) = (1, 2);
/// A rating at or below this is weak: the item is worth working on.
pub const WEAK_AT_MOST: u8 = 3;
/// How many weak items "what to work on next" lists.
pub const NEXT_ITEMS: usize = 5;

/// Where a spread stands. The thresholds are its constants; every sentence
/// that states them is made from them (`Band::rule`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Strength,
    Developing,
    Priority,
}

impl Band {
    pub const STRENGTH_FROM: f32 = 4.0;
    pub const DEVELOPING_FROM: f32 = 3.0;

    pub fn of(mean: f32) -> Band {
        if mean >= Self::STRENGTH_FROM {
            Band::Strength
        } else if mean >= Self::DEVELOPING_FROM {
            Band::Developing
        } else {
            Band::Priority
        }
    }

    /// The banding rule in words, made from the constants above.
    pub fn rule() -> String {
        let share = needed_share();
        format!(
            "A topic shows a band once at least {share} of its statements are rated: strength from {}, developing from {}, priority below {}.",
            Fixed(Self::STRENGTH_FROM, 1),
            Fixed(Self::DEVELOPING_FROM, 1),
            Fixed(Self::DEVELOPING_FROM, 1),
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Strength => "Strength",
            Band::Developing => "Developing",
            Band::Priority => "Priority",
        }
    }

    /// A shape that tells the bands apart without colour.
    pub fn icon(self) -> &'static str {
        match self {
            Band::Strength => "▲",
            Band::Developing => "◆",
            Band::Priority => "▼",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Band::Strength => "band-strength",
            Band::Developing => "band-developing",
            Band::Priority => "band-priority",
        }
    }
}

pub type Answers = super::node_map::NodeMap<Answer>;

#[derive(Debug, Clone, PartialEq)]
pub struct SpreadScore {
    pub slug: &'static str,
    pub total: usize,
    /// Items with any answer, "don't know" included.
    pub answered: usize,
    /// Items rated 1–5.
    pub rated: usize,
    /// Mean rating of rated items.
    pub mean: Option<f32>,
    /// Shown only when enough items are rated (`BAND_NEEDS_RATED`).
    pub band: Option<Band>,
}

impl SpreadScore {
    /// The mean on a 0–100 scale (1 → 0 %, the top → 100 %), for a bar.
    pub fn percent(&self) -> Option<f32> {
        self.mean.map(|m| on_scale(m) * 100.0)
    }
}

/// Where a score sits on the rating scale, from 0 (1) to 1 (the top): for
/// bars and charts.
pub fn on_scale(score: f32) -> f32 {
    (score - 1.0) / f32::from(Answer::TOP - 1)
}

pub fn spread_score(slug: &'static str, answers: &Answers) -> SpreadScore {
    let mut total = 0;
    let mut answered = 0;
    let mut ratings = Vec::new();
    for statement in of_spread(slug) {
        total += 1;
        if let Some(answer) = answers.get(statement.node) {
            answered += 1;
            ratings.extend(answer.score());
        }
    }
    let mean = (!ratings.is_empty()).then(|| ratings.iter().map(|&r| f32::from(r)).sum::<f32>() / ratings.len() as f32);
    let band = mean.filter(|_| enough_rated(ratings.len(), total)).map(|m| Band::of(as_shown(m)));
    SpreadScore { slug, total, answered, rated: ratings.len(), mean, band }
}

/// The share of statements a band needs, in words ("half").
pub fn needed_share() -> String {
    match BAND_NEEDS_RATED {
        (1, 2) => "half".to_string(),
        (1, 3) => "a third".to_string(),
        (1, 4) => "a quarter".to_string(),
        (n, d) => format!("{n} in {d}"),
    }
}

/// Whether `rated` of `total` statements is the share a band needs.
fn enough_rated(rated: usize, total: usize) -> bool {
    total > 0 && rated * BAND_NEEDS_RATED.1 >= total * BAND_NEEDS_RATED.0
}

/// A mean as the page shows it (one decimal place), so that a band always
/// agrees with the figure beside it: 2.96 shows as 3.0 and is developing.
fn as_shown(mean: f32) -> f32 {
    ((f64::from(mean) * 10.0).round() / 10.0) as f32
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub spreads: Vec<SpreadScore>,
    /// The mean of every rated statement, once the band rule's share of
    /// all statements is rated (as a topic's band needs of its own).
    pub overall: Option<f32>,
    pub overall_band: Option<Band>,
    pub answered: usize,
    pub rated: usize,
    pub total: usize,
}

impl Scores {
    /// Why the overall score is not shown yet, counting what it says:
    /// "don't know" answers are not ratings, so they are not counted.
    pub fn overall_waits(&self) -> String {
        format!(
            "shown once {} of the statements are rated: {} rated, {} more needed.",
            needed_share(),
            self.rated,
            self.more_to_rate()
        )
    }

    /// Why the overall score is not shown, for results someone else sent
    /// (whoever reads them cannot rate them, and they may come from a page
    /// that asked some topics only): "not shown: these results rate 9 of
    /// the 42 statements, and it needs half."
    pub fn overall_not_shown_theirs(&self) -> String {
        format!(
            "not shown: these results rate {} of the {} statements, and it needs {}.",
            self.rated,
            self.total,
            needed_share()
        )
    }

    /// How many more statements must be rated before the overall score shows.
    pub fn more_to_rate(&self) -> usize {
        let (n, d) = BAND_NEEDS_RATED;
        (self.total * n).div_ceil(d).saturating_sub(self.rated)
    }
}

pub fn score(answers: &Answers) -> Scores {
    score_topics(answers, &[])
}

/// Scores over some topics only (`topics` by slug; empty for all five): a
/// widget that offers some topics counts, scores and bands those.
pub fn score_topics(answers: &Answers, topics: &[&str]) -> Scores {
    let spreads: Vec<SpreadScore> =
        GUIDE.spreads.iter().filter(|s| in_topics(s.slug, topics)).map(|s| spread_score(s.slug, answers)).collect();
    let total = spreads.iter().map(|s| s.total).sum();
    let ratings: Vec<u8> = STATEMENTS
        .iter()
        .filter(|s| in_topics(topic_of(s.node), topics))
        .filter_map(|s| answers.get(s.node)?.score())
        .collect();
    let overall = (enough_rated(ratings.len(), total))
        .then(|| ratings.iter().map(|&r| f32::from(r)).sum::<f32>() / ratings.len() as f32);
    Scores {
        answered: spreads.iter().map(|s| s.answered).sum(),
        rated: ratings.len(),
        total,
        spreads,
        overall,
        overall_band: overall.map(|m| Band::of(as_shown(m))),
    }
}

fn in_topics(slug: &str, topics: &[&str]) -> bool {
    topics.is_empty() || topics.contains(&slug)
}

/// The topic (spread slug) a node id belongs to: "trust" for "trust.time".
pub fn topic_of(node: &str) -> &str {
    node.split('.').next().unwrap_or_default()
}

/// The answers to statements of `topics` only (all for none named).
pub fn answers_in(answers: &Answers, topics: &[&str]) -> Answers {
    let mut kept = Answers::new();
    kept.extend(answers.iter().filter(|(node, _)| in_topics(topic_of(node), topics)).map(|(k, v)| (k.clone(), *v)));
    kept
}

/// The weak items (rated `WEAK_AT_MOST` or below), lowest first (ties in
/// guide order): what to work on next.
pub fn weakest(answers: &Answers, limit: usize) -> Vec<(&'static str, u8)> {
    let mut rated: Vec<(usize, &'static str, u8)> = STATEMENTS
        .iter()
        .enumerate()
        .filter_map(|(i, s)| answers.get(s.node).and_then(|a| a.score()).map(|r| (i, s.node, r)))
        .filter(|&(_, _, r)| r <= WEAK_AT_MOST)
        .collect();
    crate::small_sort::sort_by_key(&mut rated, |&(i, _, r)| (r, i));
    rated.into_iter().take(limit).map(|(_, node, r)| (node, r)).collect()
}

/// What "what to work on next" says when nothing is weak.
pub fn nothing_weak() -> String {
    format!("Nothing rated {WEAK_AT_MOST} or below yet. Rate more statements, or keep up the good work.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_in_words_is_made_from_the_constants() {
        assert_eq!(
            Band::rule(),
            "A topic shows a band once at least half of its statements are rated: \
             strength from 4.0, developing from 3.0, priority below 3.0."
        );
        assert_eq!(nothing_weak(), "Nothing rated 3 or below yet. Rate more statements, or keep up the good work.");
    }
}
