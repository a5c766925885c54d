//! Helpers shared by the native test files.
#![allow(dead_code)]

use collaboration_widget::content::GUIDE;

/// The guide's text as extracted from the PDF, committed beside the tests so
/// they run without `../shared`; `guide_copy_is_current` keeps it honest.
pub const GUIDE_TEXT: &str = include_str!("../fixtures/making-collaboration-work.txt");

/// Lower case, typographic apostrophes kept, every run of white space one space.
#[allow(clippy::disallowed_methods, reason = "native tests only: the wasm never links this")]
pub fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Every string of the guide's own words that the content module holds.
pub fn guide_fields() -> Vec<String> {
    let mut fields = vec![GUIDE.title.to_string(), GUIDE.tagline.to_string()];
    for spread in GUIDE.spreads {
        fields.push(spread.title.to_string());
        fields.extend(spread.intro.iter().map(|p| p.to_string()));
        fields.extend(spread.voices.iter().map(|v| v.to_string()));
        for node in spread.diagram.nodes {
            fields.push(node.numbered_label());
            fields.extend(node.text.map(str::to_string));
        }
    }
    fields
}

/// The guide's non-empty lines, folded, without their list bullets (layout,
/// not words: the content shows them as list items).
pub fn guide_lines() -> Vec<String> {
    GUIDE_TEXT.lines().map(|l| fold(l.trim_start().trim_start_matches('•'))).filter(|l| !l.is_empty()).collect()
}

pub mod rng;
