//! The self-assessment: our statements, answers, scores and the stored
//! document. Plain Rust with no browser types; tested natively.

pub mod answer;
pub mod export;
pub mod node_map;
pub mod scoring;
pub mod statements;
pub mod store;

pub use answer::Answer;
pub use scoring::{score, spread_score, weakest, Answers, Band, Scores, SpreadScore};
pub use statements::{Statement, STATEMENTS};
pub use store::{ActionItem, AgreedField, AgreedItem, Assessment, PlanField, Read, Snapshot, Stamped, Store};
