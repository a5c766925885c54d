//! Results as a short link, and comparing several partners' links. The link
//! is the data: no server is involved. Plain Rust, tested natively.

pub mod actions;
pub mod agenda;
pub mod codec;
pub mod compare;
pub mod comparison;
mod error;
mod frame;
pub mod group;
pub mod group_csv;
pub mod invitation;
pub mod links;
pub mod names;
pub mod outgoing;
pub mod read;
pub mod review;
pub mod rounds;

pub use codec::{decode, encode, ShareError, Shared, LABEL_MAX_CHARS};
pub use compare::{compare, Comparison, ItemSpread};

/// Answers from (node, rating) pairs, for the tests of this module's parts.
#[cfg(test)]
pub(crate) fn rated(ratings: &[(&str, u8)]) -> crate::assessment::Answers {
    let mut answers = crate::assessment::Answers::new();
    for &(node, r) in ratings {
        answers.insert(node.into(), crate::assessment::Answer::rating(r).unwrap());
    }
    answers
}

/// Partners' answers from rows of (node, rating) where 0 is don't know, for
/// the tests of this module's parts.
#[cfg(test)]
pub(crate) fn partners(ratings: &[&[(&str, u8)]]) -> Vec<crate::assessment::Answers> {
    use crate::assessment::{Answer, Answers};
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
