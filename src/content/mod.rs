//! The guide's content as typed data: what every view renders and what the
//! assessment and share links refer to by node id.

pub mod advice;
mod guide;
mod model;

pub use guide::GUIDE;
pub use model::{Diagram, Guide, Layout, Link, Node, Role, Source, Spread};

/// Topics by their short titles, as a sentence lists them: "Power",
/// "Trust and Power", "Shared goals, Trust and Power".
pub fn topic_names(slugs: &[&str]) -> String {
    let names: Vec<&str> = slugs.iter().filter_map(|t| GUIDE.spread(t)).map(|s| s.short_title).collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}
