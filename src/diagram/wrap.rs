//! Greedy word wrapping for SVG text, which does not wrap by itself.

/// Splits `text` into lines of at most `max_chars` characters, breaking at
/// spaces; a single longer word gets a line of its own rather than being cut.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed =
            if line.is_empty() { word.chars().count() } else { line.chars().count() + 1 + word.chars().count() };
        if needed > max_chars && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn keeps_every_word_in_order_within_the_width() {
        let text = "Recognise that power dynamics influence the collaborative relationship";
        let lines = wrap(text, 20);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
    }

    #[test]
    fn a_long_word_stands_alone_and_empty_text_has_no_lines() {
        assert_eq!(wrap("a barrier/threats-and-more b", 8), ["a", "barrier/threats-and-more", "b"]);
        assert!(wrap("  ", 10).is_empty());
    }
}
