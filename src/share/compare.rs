//! Several partners' answers side by side: where they agree and where their
//! views diverge most, which is where the useful conversation starts.

use super::review::median_and_disagreement;
use crate::assessment::{score, statements::STATEMENTS, Answers, Scores};

pub const MIN_PARTNERS: usize = 2;
/// The most results one comparison holds.
pub const MAX_PARTNERS: usize = 30;
/// The most shown side by side, one named column each.
pub const SIDE_BY_SIDE_MAX: usize = 12;
/// From this many results the anonymous group summary opens first; below
/// it, individual answers may be recognisable.
pub const GROUP_FROM: usize = 5;

/// Why a results link with nothing answered is not added to a comparison
/// (it would count as a partner with no view).
pub const NOTHING_ANSWERED: &str =
    "This link holds no answers: nothing had been answered when it was made, so there is nothing to compare.";

/// A results link that holds at least one answer (a "don't know" counts):
/// the only kind a comparison adds.
pub fn has_answers(payload: &str) -> bool {
    super::codec::decode(payload).is_ok_and(|shared| !shared.answers.is_empty())
}

/// One statement across partners (don't-know and unanswered left out).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSpread {
    pub node: &'static str,
    /// Each partner's rating, in partner order (`None`: not rated).
    pub ratings: Vec<Option<u8>>,
    pub lowest: u8,
    pub highest: u8,
    /// The review's measure (`review::measure`), by which items are ranked.
    pub disagreement: f32,
}

impl ItemSpread {
    /// How far apart the ratings are (0–4).
    pub fn range(&self) -> u8 {
        self.highest - self.lowest
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Each partner's scores, in partner order.
    pub scores: Vec<Scores>,
    /// Statements rated by at least two partners, most divergent first
    /// (ties in guide order).
    pub items: Vec<ItemSpread>,
    /// 100 % when every shared item got the same rating from everyone; 0 %
    /// when every one spans the whole scale. `None` with nothing in common.
    pub agreement: Option<f32>,
}

pub fn compare(partners: &[Answers]) -> Comparison {
    let scores = partners.iter().map(score).collect();
    let mut items: Vec<(usize, ItemSpread)> = STATEMENTS
        .iter()
        .enumerate()
        .filter_map(|(index, statement)| {
            let ratings: Vec<Option<u8>> =
                partners.iter().map(|p| p.get(statement.node).and_then(|a| a.score())).collect();
            let rated: Vec<u8> = ratings.iter().flatten().copied().collect();
            (rated.len() >= 2).then(|| {
                let (lowest, highest) = (*rated.iter().min().unwrap_or(&0), *rated.iter().max().unwrap_or(&0));
                (
                    index,
                    ItemSpread {
                        node: statement.node,
                        ratings,
                        lowest,
                        highest,
                        disagreement: median_and_disagreement(&rated).1.unwrap_or(0.0),
                    },
                )
            })
        })
        .collect();
    // One ranking in every view: the group summary's disagreement measure.
    crate::small_sort::sort_by_key(&mut items, |(index, item)| {
        (std::cmp::Reverse((item.disagreement * 1000.0) as i32), *index)
    });
    let items: Vec<ItemSpread> = items.into_iter().map(|(_, item)| item).collect();
    let agreement = (!items.is_empty())
        .then(|| 100.0 * (1.0 - items.iter().map(|i| f32::from(i.range())).sum::<f32>() / (4.0 * items.len() as f32)));
    Comparison { scores, items, agreement }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::{encode, rated};

    #[test]
    fn a_link_with_nothing_answered_is_told_apart_from_one_with_a_don_t_know() {
        assert!(!has_answers(&encode(&Answers::new(), None)));
        assert!(!has_answers(&encode(&Answers::new(), Some("Team A"))), "a label is no answer");
        assert!(has_answers(&encode(&rated(&[("trust.time", 3)]), None)));
        let mut unsure = Answers::new();
        unsure.insert("trust.time".into(), crate::assessment::Answer::DONT_KNOW);
        assert!(has_answers(&encode(&unsure, None)), "“don’t know” is an answer");
        assert!(!has_answers("1xyz") && !has_answers(""), "nor a broken link, nor none");
    }
}
