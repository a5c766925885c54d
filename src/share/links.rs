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
//!
//! The work is bounded whatever is pasted (10 MB of text, or hundreds of
//! thousands of empty link fragments, read in well under a second): at
//! most [`MAX_PARTNERS`] results and [`LISTED_BROKEN`] broken links are
//! kept; the rest are counted.

use super::codec::ShareError;
use super::compare::MAX_PARTNERS;
use super::comparison::ComparisonLink;
use super::frame::is_payload_char;
use super::read::{format_of, read, Format, Payload};
use super::{actions, group};

/// What a paste held.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Found {
    /// Readable results, in the order they appear, each once.
    pub payloads: Vec<String>,
    /// How many results appeared again (in the paste or already compared).
    pub repeated: usize,
    /// Links that could not be read: the text found and why, in one
    /// sentence; the first [`LISTED_BROKEN`] of them.
    pub broken: Vec<(String, &'static str)>,
    /// Links that could not be read beyond those listed.
    pub more_broken: usize,
    /// Readable results beyond what the comparison has room for.
    pub left_out: usize,
    /// The first whole comparison found with a review's name or earlier
    /// round: its name and round (its results are in `payloads`), for a
    /// round that follows it.
    pub review: Option<ComparisonLink>,
    /// The first agreed-actions link found (its payload), for a comparison
    /// to list beside what changed since; others after it are counted in
    /// `repeated`.
    pub actions: Option<String>,
}

/// Broken links listed one by one; more are counted.
pub const LISTED_BROKEN: usize = 10;

impl Found {
    fn refuse(&mut self, text: &str, why: ShareError) {
        if self.broken.len() < LISTED_BROKEN {
            // Enough of the text to recognise it, not a whole pasted page.
            self.broken.push((text.chars().take(40).collect(), why.explain()));
        } else {
            self.more_broken += 1;
        }
    }

    /// A payload read, whatever its format: results are added, a whole
    /// comparison's results are added in its place, an invitation is
    /// refused with what it is.
    fn take(&mut self, text: &str, read: Result<Payload, ShareError>, add: &mut impl FnMut(String, &mut Found)) {
        match read {
            Ok(Payload::Results(_)) => add(text.to_string(), self),
            Ok(Payload::Comparison(whole)) => {
                if self.review.is_none() && (!whole.name.is_empty() || whole.earlier.is_some()) {
                    self.review = Some(ComparisonLink { results: Vec::new(), ..whole.clone() });
                }
                whole.results.into_iter().for_each(|p| add(p, self));
            }
            Ok(Payload::Invitation(_)) => self.refuse(text, ShareError::Invitation),
            Ok(Payload::Actions(_)) if self.actions.is_none() => self.actions = Some(text.to_string()),
            Ok(Payload::Actions(_)) => self.repeated += 1,
            Err(e) => self.refuse(text, e),
        }
    }
}

/// How many joins across line breaks one link may need: a result link with
/// a long label wraps twice in a narrow mail window; a whole comparison's
/// (up to 1,041 characters) a line each 20 or more characters, as a reply
/// quotes it with `> ` and wraps it again.
const MAX_JOINS: usize = 3;
const MAX_GROUP_JOINS: usize = group::MAX_CHARS_WITH_EXTRAS / 20;
/// No payload made is longer, so joining stops there.
const JOINED_MAX_CHARS: usize = group::MAX_CHARS_WITH_EXTRAS;
/// An agreed-actions link (up to 2,000 characters), quoted and wrapped
/// as a comparison's is.
const MAX_ACTIONS_JOINS: usize = actions::MAX_CHARS / 20;
/// Results joined by dots (links made before `G`): thirty with labels.
const DOTTED_MAX_CHARS: usize = MAX_PARTNERS * 80;
/// A bare payload (no link around it) is at least this long: a result
/// link's payload with no answers and no label has 26 characters.
const BARE_MIN_CHARS: usize = 26;

/// How many joins a payload at the start of `text` may need, and how long
/// it may grow: its format says, however it was sent.
fn limits(text: &str) -> (usize, usize) {
    match format_of(text) {
        Some(Format::Actions) => (MAX_ACTIONS_JOINS, actions::MAX_CHARS),
        Some(Format::Comparison) => (MAX_GROUP_JOINS, JOINED_MAX_CHARS),
        _ => (MAX_JOINS, JOINED_MAX_CHARS),
    }
}

/// Whether a payload reads, whatever its format: the test a join must pass.
fn reads(payload: &str) -> Result<(), ShareError> {
    read(payload).map(|_| ())
}

/// Finds the results in `text`, leaving out those in `already` (a
/// comparison's current list) and counting them as repeated.
pub fn find_results(text: &str, already: &[String]) -> Found {
    let text = clean(text);
    let mut found = Found::default();
    let room = MAX_PARTNERS.saturating_sub(already.len());
    let mut add = |payload: String, found: &mut Found| {
        if already.contains(&payload) || found.payloads.contains(&payload) {
            found.repeated += 1;
        } else if found.payloads.len() < room {
            found.payloads.push(payload);
        } else {
            found.left_out += 1;
        }
    };
    let mut rest = text.as_str();
    while let Some(at) = rest.find("#/") {
        for token in bare_tokens(&rest[..at]) {
            found.take(token, read(token), &mut add);
        }
        let after = &rest[at + 2..];
        if let Some(list) = after.strip_prefix("compare/") {
            let (read, used) = compare_list(list);
            for (text, item) in read {
                found.take(&text, item, &mut add);
            }
            rest = &list[used..];
        } else if let Some(link) = ["share/", "invite/", "actions/"].iter().find_map(|m| after.strip_prefix(m)) {
            let (payload, used) = joined(link, limits(link), is_payload_char, reads);
            let (text, item) = match payload {
                Ok(p) => {
                    let item = read(&p);
                    (p, item)
                }
                Err((p, e)) => (p, Err(e)),
            };
            found.take(&text, item, &mut add);
            rest = &link[used..];
        } else {
            rest = after;
        }
    }
    for token in bare_tokens(rest) {
        found.take(token, read(token), &mut add);
    }
    found
}

/// Percent-encoding undone (ASCII only: a payload is ASCII), quoted-
/// printable soft line breaks removed, and a link's marker made whole
/// where a mail client wrapped a line inside it.
fn clean(text: &str) -> String {
    let text = text.replace("=\r\n", "").replace("=\n", "");
    rejoin_markers(&decode_percent(&text))
}

/// The marks that start a link's payload.
const MARKERS: [&str; 4] = ["#/share/", "#/compare/", "#/invite/", "#/actions/"];
/// Removes a line break (with the spaces and a reply's `>` marks around
/// it) that falls inside a marker: the start of the marker ends one line
/// and the rest of it begins the next. Only the few bytes before each line
/// end are looked at, and text is copied only where a marker is mended.
fn rejoin_markers(text: &str) -> String {
    let reach = MARKERS.iter().map(|m| m.len()).max().unwrap_or(0) + 2;
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    for (end, _) in text.match_indices('\n') {
        if end < copied {
            continue; // inside the gap of a marker just mended
        }
        // The `#` that starts a marker, shortly before the line end (bytes:
        // both are ASCII, so the indices are character boundaries).
        let from = end.saturating_sub(reach).max(copied);
        let Some(hash) = bytes[from..end].iter().rposition(|&b| b == b'#') else { continue };
        let at = from + hash;
        let kept = text[at..end].trim_end();
        let next = text[end + 1..].trim_start_matches(|c: char| c == '>' || (c.is_whitespace() && c != '\n'));
        if MARKERS.iter().any(|m| kept.len() < m.len() && m.starts_with(kept) && next.starts_with(&m[kept.len()..])) {
            out.push_str(&text[copied..at]);
            out.push_str(kept);
            copied = text.len() - next.len();
        }
    }
    if copied == 0 {
        return text.to_string();
    }
    out.push_str(&text[copied..]);
    out
}

/// Percent-encoding undone (ASCII only: a payload is ASCII).
fn decode_percent(text: &str) -> String {
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
    text.split(|c: char| !is_payload_char(c)).filter(|t| t.len() >= BARE_MIN_CHARS && format_of(t).is_some())
}

/// The payload at the start of `text` (characters for which `in_run`
/// holds), joined across up to `max_joins` line breaks while `check` fails
/// and a join makes it pass; with how many bytes of `text` it took. On
/// failure, the unjoined payload and its error.
fn joined(
    text: &str,
    (max_joins, max_chars): (usize, usize),
    in_run: impl Fn(char) -> bool,
    check: impl Fn(&str) -> Result<(), ShareError>,
) -> (Result<String, (String, ShareError)>, usize) {
    let run = |t: &str| t.find(|c: char| !in_run(c)).unwrap_or(t.len());
    let first = run(text);
    let mut payload = text[..first].to_string();
    let first_error = match check(&payload) {
        Ok(()) => return (Ok(payload), first),
        Err(e) => e,
    };
    let mut used = first;
    for _ in 0..max_joins {
        // No payload this tool makes is longer: stop before joining more.
        if payload.len() > max_chars {
            break;
        }
        // A break: white space with a line end in it, and a reply's `>` marks.
        let gap = text[used..].find(|c: char| !(c.is_whitespace() || c == '>')).unwrap_or(text.len() - used);
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

/// One entry of a list: its text, and what it read as.
type Read = (String, Result<Payload, ShareError>);

/// A comparison link's list: one group payload, or payloads joined by dots
/// (as links made before it), among which a whole comparison may stand.
/// Each entry read on its own: one damaged result loses only itself.
fn compare_list(text: &str) -> (Vec<Read>, usize) {
    if matches!(format_of(text), Some(Format::Comparison | Format::Actions)) {
        let (payload, used) = joined(text, limits(text), is_payload_char, reads);
        let read = match payload {
            Ok(p) => {
                let item = read(&p);
                (p, item)
            }
            Err((p, e)) => (p, Err(e)),
        };
        return (vec![read], used);
    }
    // Results joined by dots, which a mail client may wrap anywhere: joined
    // while the list's last entry does not read.
    let entries = |list: &str| list.split('.').filter(|p| !p.is_empty()).map(|p| (p.to_string(), read(p))).collect();
    let whole = |list: &str| match list.rsplit('.').find(|p| !p.is_empty()) {
        Some(last) => reads(last),
        None => Err(ShareError::Empty),
    };
    let in_list = |c: char| is_payload_char(c) || c == '.';
    match joined(text, (MAX_GROUP_JOINS, DOTTED_MAX_CHARS), in_list, whole) {
        (Ok(list), used) => (entries(&list), used),
        (Err((list, _)), used) => (entries(&list), used),
    }
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
    use crate::share::{decode, encode};

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
        assert!(cut.starts_with(&found.broken[0].0), "the start of what could not be read");
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

    /// Thirty different results (their ratings differ, whatever a group
    /// link shortens their labels to).
    fn thirty() -> Vec<String> {
        (0..30u8)
            .map(|i| {
                let mut answers = Answers::new();
                for (node, rating) in [("trust.time", i % 5), ("trust.roles", (i / 5) % 5), ("power.team", i / 25)] {
                    answers.insert(node.into(), Answer::rating(1 + rating).unwrap());
                }
                encode(&answers, Some(&format!("Partner organisation {i}")))
            })
            .collect()
    }

    #[test]
    fn a_whole_comparison_wrapped_and_quoted_by_a_reply_is_read() {
        let packed = group::pack(&thirty()).unwrap();
        let list = ComparisonLink::parse(&packed).results;
        let link = format!("https://intranet.example/tools/collaboration/#/compare/{packed}");
        // Hard-wrapped at 60 characters, then quoted by a reply: "> " on every line.
        let wrapped: Vec<String> =
            link.as_bytes().chunks(60).map(|c| format!("> {}", String::from_utf8_lossy(c))).collect();
        assert!(wrapped.len() > 12, "a dozen lines and more");
        let text = format!("> Here is the comparison:\n{}\n> Thanks", wrapped.join("\r\n"));
        let found = find_results(&text, &[]);
        assert_eq!(found.payloads, list);
        assert!(found.broken.is_empty(), "{:?}", found.broken);
    }

    #[test]
    fn a_link_wrapped_inside_its_marker_is_read() {
        let packed = group::pack(&thirty()).unwrap();
        let list = ComparisonLink::parse(&packed).results;
        let one = result(3, Some("Council"));
        // A long intranet address: 76-character lines end inside the marker,
        // at every place it can be cut, quoted or not, CRLF or LF.
        let base = "https://intranet.example.org/departments/partnerships/tools/collaboration/";
        for cut in 1.."#/compare/".len() {
            let link = format!("{base}#/compare/{packed}");
            let at = base.len() + cut;
            let text = format!("> Our comparison: {}\r\n>  {}\r\n> Thanks", &link[..at], &link[at..]);
            let found = find_results(&text, &[]);
            assert_eq!(found.payloads, list, "cut after {cut} characters of the marker");
            assert!(found.broken.is_empty(), "{:?}", found.broken);
        }
        // Short lines: a mended marker's `#` lies within reach of the next
        // line end too, and must not be read again.
        let short = format!("#/c\nompare/\n{}", &packed[..6]);
        assert!(find_results(&short, &[]).payloads.is_empty());
        for cut in 1.."#/share/".len() {
            let link = format!("{base}%23/share/{one}");
            let encoded = base.len() + 2 + cut; // "%23" reads as "#"
            let text = format!("{}\n{}", &link[..encoded], &link[encoded..]);
            assert_eq!(
                find_results(&text, &[]).payloads,
                std::slice::from_ref(&one),
                "cut after {cut} characters of the marker"
            );
        }
    }

    #[test]
    fn a_damaged_result_in_an_older_dotted_link_loses_only_itself() {
        let (a, b) = (result(1, None), result(4, Some("Council")));
        let mut damaged = result(2, Some("Hospital"));
        damaged.replace_range(5..6, if &damaged[5..6] == "A" { "B" } else { "A" });
        let found = find_results(&format!("https://x.example/#/compare/{a}.{damaged}.{b}"), &[]);
        assert_eq!(found.payloads, [a, b]);
        assert_eq!(found.broken.len(), 1);
        assert_eq!(found.broken[0].1, ShareError::Altered.explain());
    }

    #[test]
    fn a_whole_comparison_inside_a_dotted_list_is_unpacked_in_its_place() {
        let group = group::pack(&thirty()[..3]).unwrap();
        let list = ComparisonLink::parse(&group).results;
        let extra = result(5, None);
        let found = find_results(&format!("#/compare/{extra}.{group}"), &[]);
        assert_eq!(found.payloads, [vec![extra.clone()], list[..3].to_vec()].concat());
        assert!(found.broken.is_empty());
        let opened = crate::share::comparison::ComparisonLink::parse(&format!("{extra}.{group}"));
        assert_eq!(opened.results, [vec![extra], list[..3].to_vec()].concat());
    }

    #[test]
    fn more_than_a_comparison_holds_is_counted_not_dropped_silently() {
        let many: Vec<String> = (0..40u8).map(|i| result(1 + i % 5, Some(&format!("Org {i}")))).collect();
        let found = find_results(&many.join("\n"), &many[..5]);
        assert_eq!((found.payloads.len(), found.repeated, found.left_out), (25, 5, 10));
        // Opened as a link: read with one more than a comparison holds, so
        // the view can say some were left out.
        let opened = crate::share::comparison::ComparisonLink::parse(&many.join("."));
        assert_eq!(opened.results.len(), MAX_PARTNERS + 1);
    }

    #[test]
    fn a_flood_of_empty_fragments_is_counted_with_a_few_listed() {
        let text = "#/share/ ".repeat(300_000);
        let found = find_results(&text, &[]);
        assert_eq!(found.broken.len(), LISTED_BROKEN);
        assert_eq!(found.more_broken, 300_000 - LISTED_BROKEN);
        // Ten megabytes of one unbroken run, and of a long wrapped run.
        let run = format!("#/compare/G{}", "A".repeat(10_000_000));
        assert_eq!(find_results(&run, &[]).broken.len(), 1);
        let wrapped = format!("#/compare/G{}", "AAAAAAAAAAAAAAAAAAA\n".repeat(500_000));
        let found = find_results(&wrapped, &[]);
        assert!(found.payloads.is_empty() && found.broken.len() <= LISTED_BROKEN);
        // Ten megabytes of lines that each end inside a marker.
        let split = "x#/comp\n> are/ ".repeat(700_000);
        let found = find_results(&split, &[]);
        assert!(found.payloads.is_empty() && found.broken.len() <= LISTED_BROKEN);
    }

    #[test]
    fn a_character_the_browser_percent_encoded_is_blamed_not_the_length() {
        let long = result(3, Some("Partnership of the northern universities and colleges"));
        let typed = format!("{}%C3%A9{}", &long[..long.len() - 4], &long[long.len() - 4..]);
        assert_eq!(decode(&typed).err(), Some(ShareError::BadCharacters));
        assert_eq!(decode(&format!("{long}{}", "A".repeat(400))).err(), Some(ShareError::TooLong));
    }

    /// A named review carrying an earlier round, as round 2's screen
    /// offers it: a comparison link in format H.
    fn named_round_2() -> (ComparisonLink, String) {
        use crate::share::review::review;
        use crate::share::rounds::Round;
        let round_1: Vec<Answers> = thirty()[..6].iter().map(|p| decode(p).unwrap().answers).collect();
        let link = ComparisonLink {
            results: thirty()[6..12].to_vec(),
            name: "Riverside Partnership review".into(),
            earlier: Some(Round::of(&review(&round_1), 1)),
            ..Default::default()
        };
        let raw = link.to_raw();
        assert!(raw.starts_with('H'));
        (ComparisonLink::parse(&raw), raw)
    }

    #[test]
    fn a_named_review_s_link_is_read_pasted_bare_wrapped_and_quoted() {
        let (link, raw) = named_round_2();
        let url = format!("https://intranet.example.org/tools/collaboration/#/compare/{raw}");
        let wrapped: Vec<String> =
            url.as_bytes().chunks(64).map(|c| format!("> {}", String::from_utf8_lossy(c))).collect();
        for text in [url.clone(), raw.clone(), format!("> Round 2:\n{}\n> Thanks", wrapped.join("\r\n"))] {
            let found = find_results(&text, &[]);
            assert_eq!(found.payloads, link.results, "{text}");
            assert!(found.broken.is_empty(), "{:?}", found.broken);
            let review = found.review.expect("the review's name and round travel with it");
            assert_eq!((review.name.as_str(), review.round_number()), ("Riverside Partnership review", 2));
        }
        // Opened through a results link's marker, it is still the comparison.
        let found = find_results(&format!("#/share/{raw}"), &[]);
        assert_eq!(found.payloads, link.results);
    }

    #[test]
    fn an_invitation_pasted_among_results_is_named_for_what_it_is() {
        use crate::share::invitation::Invitation;
        let invitation = Invitation::new("Spring review", "", "", vec!["trust"]).unwrap().encode();
        let one = result(2, None);
        let found = find_results(&format!("https://x.example/#/invite/{invitation}\nand #/share/{one}"), &[]);
        assert_eq!(found.payloads, [one]);
        assert_eq!(found.broken.len(), 1);
        assert_eq!(found.broken[0].1, ShareError::Invitation.explain());
    }

    #[test]
    fn an_actions_link_is_found_whole_however_a_reply_wraps_and_quotes_it() {
        use crate::share::actions::AgreedActions;
        let payload = crate::share::actions::tests::ten_of_80().payload().unwrap();
        let url = format!("https://intranet.example.org/tools/collaboration/#/actions/{payload}");
        for width in [30, 60, 76] {
            let chunks: Vec<&str> = url.as_bytes().chunks(width).map(|c| std::str::from_utf8(c).unwrap()).collect();
            let quoted = chunks.iter().map(|c| format!("> > {c}")).collect::<Vec<_>>().join("\r\n");
            for text in [format!("> > Agreed:\n{quoted}\n> > Thanks"), chunks.join("=\n")] {
                let found = find_results(&text, &[]);
                assert_eq!(found.actions.as_deref(), Some(payload.as_str()), "{width}: {text}");
                assert!(found.payloads.is_empty() && found.broken.is_empty(), "{:?}", found.broken);
            }
        }
        // Sent under another marker, or bare, it is still the actions.
        for text in [format!("#/share/{payload}"), format!("#/compare/{payload}"), payload.clone()] {
            assert_eq!(find_results(&text, &[]).actions.as_deref(), Some(payload.as_str()), "{text}");
        }
        // Cut short: said, not half-read.
        let found = find_results(&format!("#/actions/{}", &payload[..900]), &[]);
        assert_eq!((found.actions, found.broken.len()), (None, 1));
        assert!(AgreedActions::decode(&payload[..900]).is_err());
    }
}
