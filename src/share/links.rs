//! Finding results in pasted text, and the list a comparison holds.

use super::compare::MAX_PARTNERS;
use crate::route::Route;

/// The payloads in pasted text: whole share or comparison links, or bare
/// payloads, in the order they appear.
pub fn payloads_in(text: &str) -> Vec<String> {
    text.split_whitespace()
        .flat_map(|token| match token.split_once("#/") {
            Some((_, fragment)) => match Route::parse(fragment) {
                Route::Shared(payload) => vec![payload],
                Route::Compare(list) => list,
                _ => vec![token.to_string()],
            },
            None => vec![token.to_string()],
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// A comparison's list with `found` added at the end, cut to the most a
/// comparison holds; also how many were left out.
pub fn add_to(current: &[String], found: Vec<String>) -> (Vec<String>, usize) {
    let mut list = current.to_vec();
    list.extend(found);
    let left_out = list.len().saturating_sub(MAX_PARTNERS);
    list.truncate(MAX_PARTNERS);
    (list, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_bare_payloads_are_found_in_order() {
        let text = "https://x.example/app/#/share/1abc\n1def\n\
                    https://x.example/#/compare/1ghi.1jkl";
        assert_eq!(payloads_in(text), ["1abc", "1def", "1ghi", "1jkl"]);
        assert!(payloads_in("  \n ").is_empty());
    }

    #[test]
    fn a_list_stops_at_the_most_a_comparison_holds() {
        let current = vec!["a".to_string(); MAX_PARTNERS - 1];
        let (list, left_out) = add_to(&current, vec!["b".into(), "c".into(), "d".into()]);
        assert_eq!(list.len(), MAX_PARTNERS);
        assert_eq!(list.last().map(String::as_str), Some("b"));
        assert_eq!(left_out, 2);
        assert_eq!(add_to(&[], vec!["a".into()]), (vec!["a".to_string()], 0));
    }
}
