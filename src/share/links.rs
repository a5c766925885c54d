//! Finding results links in pasted text, however a mail or chat client
//! mangled it, and the list a comparison holds.
//!
//! What gets in the way, and what is done about it:
//! - links wrapped across lines (a line break, a quoted-printable `=` soft
//!   break, or a reply's `> ` in the middle): a payload whose check fails is
//!   joined with what follows the break, and kept if the join checks out;
//! - angle brackets, quotes and trailing punctuation: a payload ends at the
//!   first character a payload never has;
//! - percent-encoding some clients add (`%23/share/…`): decoded first.
//!
//! Every payload carries a CRC, so a join or a guess is only ever accepted
//! when the result checks out.

use super::codec::{decode, ShareError, VERSION};
use super::compare::MAX_PARTNERS;
use super::group;

/// What a paste held.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Found {
    /// Readable results, in the order they appear, each once.
    pub payloads: Vec<String>,
    /// How many results appeared again (in the paste or already compared).
    pub repeated: usize,
    /// Links that could not be read: the text found and why, in one sentence.
    pub broken: Vec<(String, &'static str)>,
}

/// How many joins across line breaks one link may need (a long label
/// wraps twice in a narrow mail window).
const MAX_JOINS: usize = 3;
/// A bare payload (no link around it) is at least this long: a result
/// link's payload with no answers and no label has 26 characters.
const BARE_MIN_CHARS: usize = 26;

fn is_payload_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Finds the results in `text`, leaving out those in `already` (a
/// comparison's current list) and counting them as repeated.
pub fn find_results(text: &str, already: &[String]) -> Found {
    let text = clean(text);
    let mut found = Found::default();
    let mut add = |payload: String, found: &mut Found| {
        if already.contains(&payload) || found.payloads.contains(&payload) {
            found.repeated += 1;
        } else {
            found.payloads.push(payload);
        }
    };
    let mut rest = text.as_str();
    while let Some(at) = rest.find("#/") {
        for token in bare_tokens(&rest[..at]) {
            read_bare(token, &mut found, &mut add);
        }
        let after = &rest[at + 2..];
        if let Some(link) = after.strip_prefix("share/") {
            let (payload, used) = joined(link, |p| decode(p).map(|_| ()));
            match payload {
                Ok(p) => add(p, &mut found),
                Err((p, e)) => found.broken.push((p, e.explain())),
            }
            rest = &link[used..];
        } else if let Some(list) = after.strip_prefix("compare/") {
            let (payloads, used) = compare_list(list);
            match payloads {
                Ok(list) => list.into_iter().for_each(|p| add(p, &mut found)),
                Err((p, e)) => found.broken.push((p, e.explain())),
            }
            rest = &list[used..];
        } else {
            rest = after;
        }
    }
    for token in bare_tokens(rest) {
        read_bare(token, &mut found, &mut add);
    }
    found
}

/// A payload found with no link around it: one result, or a whole comparison.
fn read_bare(token: &str, found: &mut Found, add: &mut impl FnMut(String, &mut Found)) {
    let read = if token.starts_with(group::FORMAT) {
        group::unpack(token)
    } else {
        decode(token).map(|_| vec![token.to_string()])
    };
    match read {
        Ok(list) => list.into_iter().for_each(|p| add(p, found)),
        Err(e) => found.broken.push((token.to_string(), e.explain())),
    }
}

/// Percent-encoding undone (ASCII only: a payload is ASCII), and
/// quoted-printable soft line breaks removed.
fn clean(text: &str) -> String {
    let text = text.replace("=\r\n", "").replace("=\n", "");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            let hex: String = chars.clone().take(2).collect();
            if let Some(byte) = u8::from_str_radix(&hex, 16).ok().filter(|b| b.is_ascii_graphic()) {
                out.push(char::from(byte));
                chars.next();
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Words in `text` that look like a whole payload with no link around them.
fn bare_tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_payload_char(c))
        .filter(|t| t.len() >= BARE_MIN_CHARS && (t.starts_with(VERSION) || t.starts_with(group::FORMAT)))
}

/// The payload at the start of `text`, joined across up to `MAX_JOINS`
/// line breaks while `check` fails and a join makes it pass; with how many
/// bytes of `text` it took. On failure, the unjoined payload and its error.
fn joined(
    text: &str,
    check: impl Fn(&str) -> Result<(), ShareError>,
) -> (Result<String, (String, ShareError)>, usize) {
    let run = |t: &str| t.find(|c: char| !is_payload_char(c)).unwrap_or(t.len());
    let first = run(text);
    let mut payload = text[..first].to_string();
    let first_error = match check(&payload) {
        Ok(()) => return (Ok(payload), first),
        Err(e) => e,
    };
    let mut used = first;
    for _ in 0..MAX_JOINS {
        // A break: white space with a line end in it, and a reply's `>` marks.
        let gap = text[used..]
            .find(|c: char| !(c.is_whitespace() || c == '>'))
            .unwrap_or(text.len() - used);
        if !text[used..used + gap].contains('\n') {
            break;
        }
        let next = run(&text[used + gap..]);
        if next == 0 {
            break;
        }
        payload.push_str(&text[used + gap..used + gap + next]);
        used += gap + next;
        if check(&payload).is_ok() {
            return (Ok(payload), used);
        }
    }
    (Err((text[..first].to_string(), first_error)), first)
}

/// A comparison link's list: one group payload, or payloads joined by dots.
fn compare_list(text: &str) -> (Result<Vec<String>, (String, ShareError)>, usize) {
    if text.starts_with(group::FORMAT) {
        let (payload, used) = joined(text, |p| group::unpack(p).map(|_| ()));
        return (payload.and_then(|p| group::unpack(&p).map_err(|e| (p, e))), used);
    }
    let end = text
        .find(|c: char| !(is_payload_char(c) || c == '.'))
        .unwrap_or(text.len());
    let list = text[..end].split('.').filter(|p| !p.is_empty());
    let mut payloads = Vec::new();
    for p in list {
        if let Err(e) = decode(p) {
            return (Err((p.to_string(), e)), end);
        }
        payloads.push(p.to_string());
    }
    (Ok(payloads), end)
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
    use crate::assessment::{Answer, Answers};
    use crate::share::encode;

    fn result(rating: u8, label: Option<&str>) -> String {
        let mut answers = Answers::new();
        answers.insert("trust.time".into(), Answer::rating(rating).unwrap());
        encode(&answers, label)
    }

    #[test]
    fn links_and_bare_payloads_are_found_in_order_and_words_are_not_links() {
        let (a, b, c) = (result(1, None), result(2, Some("Council")), result(3, None));
        let text = format!(
            "Hi all, mine: https://x.example/app/#/share/{a}\nand {b} (bare).\n\
             Earlier: https://x.example/#/compare/{c}.{a}. Thanks, 1st team"
        );
        let found = find_results(&text, &[]);
        assert_eq!(found.payloads, [a.clone(), b, c]);
        assert_eq!(found.repeated, 1, "a twice");
        assert!(found.broken.is_empty(), "{:?}", found.broken);
        assert!(find_results("  \n ", &[]).payloads.is_empty());
        assert_eq!(find_results(&a, std::slice::from_ref(&a)).repeated, 1, "already compared");
    }

    #[test]
    fn mail_clients_mangling_is_undone() {
        let long = result(4, Some("Universität Nord-Ost"));
        let (head, tail) = long.split_at(20);
        let (middle, end) = tail.split_at(10);
        for text in [
            // angle brackets and trailing punctuation
            format!("See <https://x.example/#/share/{long}>."),
            format!("(\"https://x.example/#/share/{long}\"),"),
            // wrapped across lines, once and twice, with reply marks
            format!("https://x.example/#/share/{head}\n{tail} thanks"),
            format!("> https://x.example/#/share/{head}\r\n> {middle}\n>  {end}\n> bye"),
            // quoted-printable soft break, percent-encoded fragment
            format!("https://x.example/%23%2Fshare%2F{head}=\n{tail}"),
            format!("https://x.example/%23/share/{long}"),
        ] {
            let found = find_results(&text, &[]);
            assert_eq!(found.payloads, std::slice::from_ref(&long), "{text:?}");
            assert!(found.broken.is_empty(), "{text:?}: {:?}", found.broken);
        }
    }

    #[test]
    fn a_broken_link_is_listed_with_its_reason_and_the_rest_still_found() {
        let good = result(2, None);
        let mut cut = result(5, Some("Hospital trust"));
        cut.truncate(cut.len() - 3);
        let text = format!("#/share/{cut}\n\nand #/share/{good}\nbye");
        let found = find_results(&text, &[]);
        assert_eq!(found.payloads, [good]);
        assert_eq!(found.broken.len(), 1);
        assert_eq!(found.broken[0].0, cut);
        assert!(found.broken[0].1.ends_with('.'), "one sentence");
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
