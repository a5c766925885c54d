//! What a comparison calls each result, in its column headings and its
//! list of results: the label the sender chose, "Partner 3" for a result
//! without one, "You" for the viewer's own; and never two the same, so
//! six results labelled alike (or cut to the same bytes to fit a link)
//! are six columns a reader can tell apart.

/// One name per result, in order. `labels[i]` is result i's label (`None`
/// for none); `yours` is the position of the viewer's own results, if one
/// of them is. Unlabelled results are numbered by their position; labels
/// that read the same (ignoring case and spacing) are numbered too.
pub fn result_names(labels: &[Option<&str>], yours: Option<usize>) -> Vec<String> {
    let mut names: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| match label.map(str::trim).filter(|l| !l.is_empty()) {
            _ if yours == Some(i) => "You".to_string(),
            Some(label) => label.to_string(),
            None => partner(i),
        })
        .collect();
    // Every name that reads like another gets its position; repeated in
    // case a typed label reads like a numbered one ("Partner 2 (3)"). Each
    // round makes the clashing names longer, so it ends.
    for _ in 0..names.len() {
        let keys: Vec<String> = names.iter().map(|n| reads_as(n)).collect();
        let clashes: Vec<usize> =
            (0..names.len()).filter(|&i| keys.iter().filter(|k| **k == keys[i]).count() > 1).collect();
        if clashes.is_empty() {
            break;
        }
        for i in clashes {
            // "You" stays "You": the others move aside.
            if yours != Some(i) {
                names[i] = format!("{} ({})", names[i], i + 1);
            }
        }
    }
    names
}

/// A result without a label, by its position in the comparison.
pub fn partner(index: usize) -> String {
    format!("Partner {}", index + 1)
}

/// What a name reads as: case and runs of spacing aside. Only ASCII
/// letters are folded: Unicode's case tables would cost the comparison
/// module 10 KB gzip, and names that differ in the case of an accented
/// letter are still two names a reader can tell apart.
fn reads_as(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlabelled_results_are_numbered_by_position() {
        assert_eq!(result_names(&[None, Some("Council"), None], None), ["Partner 1", "Council", "Partner 3"]);
        assert_eq!(result_names(&[Some("  "), None], None), ["Partner 1", "Partner 2"], "a blank label is none");
    }

    #[test]
    fn six_partners_with_the_reviews_name_cut_alike_are_six_distinct_columns() {
        let cut = "Riverside Partnership re";
        let names = result_names(&[Some(cut); 6], None);
        assert_eq!(names[0], "Riverside Partnership re (1)");
        assert_eq!(names[5], "Riverside Partnership re (6)");
        assert_distinct(&names);
    }

    #[test]
    fn labels_that_read_the_same_are_numbered_and_others_left_alone() {
        let names = result_names(&[Some("Council"), Some("council "), Some("NHS  Trust"), Some("NHS Trust")], None);
        assert_eq!(names, ["Council (1)", "council (2)", "NHS  Trust (3)", "NHS Trust (4)"]);
        // A typed label that reads like a generated one.
        let names = result_names(&[Some("Partner 2"), None, Some("Partner 2 (2)")], None);
        assert_distinct(&names);
        assert_eq!(names[1], "Partner 2 (2) (2)", "still distinct, however contrived");
    }

    #[test]
    fn the_viewers_own_results_read_you() {
        assert_eq!(result_names(&[Some("Council"), Some("Mine")], Some(1)), ["Council", "You"]);
        assert_eq!(result_names(&[None, None], Some(0)), ["You", "Partner 2"]);
        // A partner who typed "You" does not pass for the viewer.
        assert_eq!(result_names(&[Some("you"), None], Some(1)), ["you (1)", "You"]);
    }

    fn assert_distinct(names: &[String]) {
        for (i, a) in names.iter().enumerate() {
            assert!(names[i + 1..].iter().all(|b| reads_as(a) != reads_as(b)), "{names:?}");
        }
    }
}
