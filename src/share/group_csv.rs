//! The anonymous group summary as CSV, for a spreadsheet: first the
//! review's name, the date and how many results, then per topic the
//! partners' scores as a median and range, per statement the counts of each
//! rating, the median, the disagreement and the shape, and, when the
//! comparison carries an earlier round, that round's figures and the change
//! beside each row. Figures at one decimal, as on screen and in the agenda.
//! No names and no per-partner column, as on screen; cells are defused like
//! the results export (`assessment::export`). UTF-8 with a byte-order mark,
//! without which Excel on Windows reads it in the local code page (and
//! shows "’" as "â€™").

use super::review::{Review, Shape, Verdict};
use super::rounds::{disagreement_change, median_change, Round};
use crate::assessment::export::push_row;
use crate::assessment::export::BYTE_ORDER_MARK;
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::number::Fixed;

const HEADER: [&str; 16] = [
    "kind",
    "id",
    "topic or statement",
    "results with a score",
    "rated 1",
    "rated 2",
    "rated 3",
    "rated 4",
    "rated 5",
    "don't know",
    "unanswered",
    "median",
    "lowest",
    "highest",
    "disagreement",
    "shape",
];

/// The columns added when there is an earlier round.
const EARLIER_HEADER: [&str; 3] = ["earlier median", "earlier disagreement", "since the earlier round"];

/// Without a name, the file is called this (and the date).
const DEFAULT_FILE_NAME: &str = "partnership-review";
/// The most characters of the review's name a file name keeps.
const FILE_NAME_MAX_CHARS: usize = 60;

/// A review's `name` made safe for a file name: letters and digits of any
/// script kept, every run of anything else (a character some file system
/// refuses, a space, punctuation) one hyphen; "partnership-review" when
/// nothing is left.
pub fn file_stem(name: &str) -> String {
    let mut safe = String::new();
    for c in name.chars().filter(|c| !c.is_control()) {
        if c.is_alphanumeric() {
            safe.push(c);
        } else if !safe.is_empty() && !safe.ends_with('-') {
            safe.push('-');
        }
    }
    let mut safe: String = safe.chars().take(FILE_NAME_MAX_CHARS).collect();
    while safe.ends_with('-') {
        safe.pop();
    }
    if safe.is_empty() {
        DEFAULT_FILE_NAME.to_string()
    } else {
        safe
    }
}

/// `<review>-<date>.csv` for the review `name` on `date` (`YYYY-MM-DD`),
/// the name as [`file_stem`] makes it.
pub fn file_name(name: &str, date: &str) -> String {
    let stem = file_stem(name);
    let date: String = date.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
    if date.is_empty() {
        format!("{stem}.csv")
    } else {
        format!("{stem}-{date}.csv")
    }
}

/// The summary as a CSV file's text; `name` and `date` (`YYYY-MM-DD`) open it.
pub fn group_csv(review: &Review, earlier: Option<&Round>, name: &str, date: &str) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    let results = review.results.to_string();
    let earlier_results = earlier.map(|r| r.results.to_string());
    push_row(&mut out, &["review", name]);
    push_row(&mut out, &["date", &long_date(date)]);
    push_row(&mut out, &["results compared", &results]);
    if let Some(n) = &earlier_results {
        push_row(&mut out, &["results in the earlier round", n]);
    }
    out.push_str("\r\n");
    let header: Vec<&str> = HEADER.iter().chain(earlier.map_or(&[][..], |_| &EARLIER_HEADER[..])).copied().collect();
    push_row(&mut out, &header);
    let decimal = |v: Option<f32>| v.map_or(String::new(), |v| Fixed(v, 1).to_string());
    for topic in &review.topics {
        let title = GUIDE.spread(topic.slug).map_or("", |s| s.short_title);
        let n = topic.scores.len().to_string();
        let (median, lowest, highest) = (decimal(topic.median), decimal(topic.lowest()), decimal(topic.highest()));
        let mut row =
            vec!["topic", topic.slug, title, &n, "", "", "", "", "", "", "", &median, &lowest, &highest, "", ""];
        let then = earlier.map(|round| round.topic(topic.slug));
        let (then_median, change) = (
            then.map(decimal).unwrap_or_default(),
            then.and_then(|m| median_change(m, topic.median)).unwrap_or_default(),
        );
        if earlier.is_some() {
            row.extend([then_median.as_str(), "", change.as_str()]);
        }
        push_row(&mut out, &row);
    }
    for s in &review.statements {
        let text = STATEMENTS.iter().find(|t| t.node == s.node).map_or("", |t| t.text);
        let counts: Vec<String> = s.counts.iter().map(usize::to_string).collect();
        let shape = match (s.verdict(), s.shape()) {
            (Some(Verdict::Split), Shape::TwoCamps) => "split: two camps",
            (Some(Verdict::Split), Shape::OneApart) => "split: one partner apart",
            (Some(Verdict::Split), Shape::Spread) => "split: spread across the scale",
            (Some(Verdict::Consensus), _) => "consensus",
            (None, _) => "",
        };
        let number = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
        let (rated, dont_know, unanswered) = (s.rated().to_string(), s.dont_know.to_string(), s.unanswered.to_string());
        let (median, lowest, highest, disagreement) =
            (decimal(s.median), number(s.lowest()), number(s.highest()), decimal(s.disagreement));
        let mut row = vec![
            "statement",
            s.node,
            text,
            &rated,
            &counts[0],
            &counts[1],
            &counts[2],
            &counts[3],
            &counts[4],
            &dont_know,
            &unanswered,
            &median,
            &lowest,
            &highest,
            &disagreement,
            shape,
        ];
        let then = earlier.map(|round| round.statement(s.node));
        let (then_median, then_disagreement, change) = match then {
            Some((m, d)) => {
                let words: Vec<String> = [median_change(m, s.median), disagreement_change(d, s.disagreement)]
                    .into_iter()
                    .flatten()
                    .collect();
                (decimal(m), decimal(d), words.join("; "))
            }
            None => Default::default(),
        };
        if earlier.is_some() {
            row.extend([then_median.as_str(), then_disagreement.as_str(), change.as_str()]);
        }
        push_row(&mut out, &row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::rated;
    use crate::share::review::review;

    fn four() -> Review {
        review(&[
            rated(&[("trust.time", 1), ("trust.roles", 4)]),
            rated(&[("trust.time", 2), ("trust.roles", 4)]),
            rated(&[("trust.time", 5), ("trust.roles", 4)]),
            rated(&[("trust.time", 5), ("trust.roles", 5)]),
        ])
    }

    /// The table's lines: after the opening rows and the blank line.
    fn table(csv: &str) -> Vec<&str> {
        csv.split("\r\n\r\n").nth(1).unwrap().lines().collect()
    }

    #[test]
    fn one_row_per_topic_and_statement_with_counts_median_disagreement_and_shape() {
        let csv = group_csv(&four(), None, "", "2026-12-03");
        let lines = table(&csv);
        assert_eq!(lines.len(), 1 + GUIDE.spreads.len() + STATEMENTS.len());
        assert!(lines.iter().all(|l| !l.is_empty()));
        assert!(lines[0].starts_with("kind,id,topic or statement,"));
        assert!(lines[0].ends_with(",disagreement,shape"), "no earlier round, no columns for it: {}", lines[0]);
        let time = lines.iter().find(|l| l.starts_with("statement,trust.time,")).unwrap();
        // Figures at one decimal, as on screen: 1.75 reads 1.8 there too.
        assert!(time.ends_with(",4,1,1,0,0,2,0,0,3.5,1,5,1.8,split: two camps"), "{time}");
        let roles = lines.iter().find(|l| l.starts_with("statement,trust.roles,")).unwrap();
        assert!(roles.ends_with(",4.0,4,5,0.3,consensus"), "{roles}");
        let trust = lines.iter().find(|l| l.starts_with("topic,trust,Trust,4,")).unwrap();
        // Partners' trust scores: 2.5, 3, 4.5 and 5.
        assert!(trust.ends_with(",3.8,2.5,5.0,,"), "{trust}");
        // The same columns on every row, whatever the number of partners.
        assert!(lines.iter().all(|l| l.matches(',').count() >= HEADER.len() - 1));
    }

    #[test]
    fn a_spreadsheet_reads_it_as_utf_8_with_the_review_s_name_and_date_first() {
        let csv = group_csv(&four(), None, "Riverside “spring” review", "2026-12-03");
        assert!(csv.starts_with('\u{FEFF}'), "a byte-order mark first");
        assert_eq!(csv.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
        assert!(
            csv.starts_with(
                "\u{FEFF}review,Riverside “spring” review\r\ndate,3 December 2026\r\nresults compared,4\r\n\r\nkind,"
            ),
            "{csv}"
        );
        assert!(csv.contains("Partners are invited to challenge each other’s ideas."), "the guide’s apostrophe, whole");
        let unnamed = group_csv(&four(), None, "", "2026-12-03");
        assert!(unnamed.starts_with("\u{FEFF}review,\r\ndate,3 December 2026\r\n"), "{unnamed}");
        // A name a spreadsheet would take for a formula is defused.
        assert!(group_csv(&four(), None, "=HYPERLINK(1)", "2026-12-03").contains("review,'=HYPERLINK(1)\r\n"));
    }

    #[test]
    fn the_file_is_named_after_the_review_and_the_date_safely_for_any_file_system() {
        assert_eq!(
            file_name("Riverside Partnership, spring", "2026-12-03"),
            "Riverside-Partnership-spring-2026-12-03.csv"
        );
        assert_eq!(file_name("", "2026-12-03"), "partnership-review-2026-12-03.csv");
        assert_eq!(file_name("  ***  ", "2026-12-03"), "partnership-review-2026-12-03.csv", "nothing usable left");
        assert_eq!(file_name("Q3: North/South <review>?", "2026-12-03"), "Q3-North-South-review-2026-12-03.csv");
        assert_eq!(file_name("Réseau Nord–Sud\u{0}\n", "2026-12-03"), "Réseau-Nord-Sud-2026-12-03.csv");
        assert_eq!(
            file_name("..\\..\\CON", "2026-12-03"),
            "CON-2026-12-03.csv",
            "no path, and never a bare device name"
        );
        let long = file_name(&"Partnership ".repeat(10), "2026-12-03");
        assert!(long.chars().count() <= FILE_NAME_MAX_CHARS + "-2026-12-03.csv".len(), "{long}");
        assert!(!long.contains("--") && long.ends_with("p-2026-12-03.csv"), "{long}");
    }

    #[test]
    fn with_an_earlier_round_each_row_has_its_figures_then_and_the_change() {
        let then = review(&[
            rated(&[("trust.time", 1), ("trust.roles", 4)]),
            rated(&[("trust.time", 2), ("trust.roles", 4)]),
            rated(&[("trust.time", 1), ("trust.roles", 4)]),
        ]);
        let round = Round::of(&then, 1);
        let now = four();
        let csv = group_csv(&now, Some(&round), "Spring", "2026-12-03");
        assert!(csv.contains("results compared,4\r\nresults in the earlier round,3\r\n\r\n"), "{csv}");
        let lines = table(&csv);
        assert!(
            lines[0].ends_with(",shape,earlier median,earlier disagreement,since the earlier round"),
            "{}",
            lines[0]
        );
        let columns = HEADER.len() + EARLIER_HEADER.len();
        assert!(lines.iter().all(|l| l.matches(',').count() >= columns - 1));
        // Each row's change is the round's own words for it (quoted: they
        // hold a comma), figures at one decimal.
        let time = lines.iter().find(|l| l.starts_with("statement,trust.time,")).unwrap();
        let (m, d) = round.statement("trust.time");
        let now_time = now.statements.iter().find(|s| s.node == "trust.time").unwrap();
        let words = format!(
            "{}; {}",
            median_change(m, now_time.median).unwrap(),
            disagreement_change(d, now_time.disagreement).unwrap()
        );
        assert!(time.ends_with(&format!(",{},{},\"{words}\"", Fixed(m.unwrap(), 1), Fixed(d.unwrap(), 1))), "{time}");
        assert!(words.starts_with("median 1.0 → 3.5, better; disagreement "), "{words}");
        let trust = lines.iter().find(|l| l.starts_with("topic,trust,")).unwrap();
        let words = median_change(round.topic("trust"), now.topics.iter().find(|t| t.slug == "trust").unwrap().median);
        assert!(
            trust.ends_with(&format!(",{},,\"{}\"", Fixed(round.topic("trust").unwrap(), 1), words.unwrap())),
            "{trust}"
        );
        // A statement nobody rated either time: its cells are empty.
        let who = lines.iter().find(|l| l.starts_with("statement,goals.who,")).unwrap();
        assert!(who.ends_with(",,,"), "{who}");
    }
}
