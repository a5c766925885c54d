//! The discussion agenda a review's summary makes, for a time budget: what
//! everyone rates low first, then where views differ most, then topics in
//! the priority band; what does not fit is named, never only counted. The
//! rule is stated once, here, in code and in the sentence the screen and
//! the copied text show.

use super::review::{Review, StatementSummary};
use super::rounds::Round;
use crate::assessment::scoring::Band;
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
use crate::number::Fixed;

/// Suggested discussion time per agenda item, in minutes.
pub const SPLIT_MINUTES: u32 = 15;
pub const LOW_MINUTES: u32 = 10;
pub const TOPIC_MINUTES: u32 = 10;
/// The time an agenda is made for unless the facilitator changes it.
pub const DEFAULT_BUDGET: u32 = 90;
/// Statements everyone rates low that every agenda holds (when there are
/// any), the lowest first, whatever the time: a shared weakness is never
/// left out altogether. The others follow as time allows, before any split.
pub const LOWS_ALWAYS: usize = 1;

/// Why something is on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Partners' views of a statement differ.
    Split,
    /// Everyone rates a statement weak.
    Low,
    /// The group's median score for a whole topic is in the priority band.
    Topic,
}

impl Why {
    /// The reason in a few words, beside an item left out for time.
    pub fn words(self) -> &'static str {
        match self {
            Why::Split => "views differ",
            Why::Low => "everyone rates it low",
            Why::Topic => "in the priority band",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    /// A statement's node id, or for `Why::Topic` a topic's slug.
    pub subject: &'static str,
    pub why: Why,
    pub minutes: u32,
}

/// The rule [`agenda`] follows, in words (the intro's sentence is made of it).
pub fn rule() -> String {
    let always = match LOWS_ALWAYS {
        1 => "the lowest of them".to_string(),
        n => format!("the lowest {n} of them"),
    };
    format!(
        "What everyone rates low comes first ({always} whatever the time), then, as time allows, \
         where views differ most, then topics in the priority band"
    )
}

/// What to discuss within `budget` minutes, as [`rule`] says: every
/// statement everyone rates low (lowest first) while the time lasts, and
/// always the first [`LOWS_ALWAYS`]; then the split statements (most
/// disagreement first); then topics whose median is in the priority band.
/// Each kind is taken in order while the next item fits.
pub fn agenda(review: &Review, budget: u32) -> Vec<AgendaItem> {
    let mut used = 0;
    let mut kept = 0;
    candidates(review)
        .into_iter()
        .filter(|item| {
            let always = item.why == Why::Low && kept < LOWS_ALWAYS;
            let fits = always || used + item.minutes <= budget;
            if fits {
                used += item.minutes;
                kept += usize::from(item.why == Why::Low);
            }
            fits
        })
        .collect()
}

/// Everything an agenda could hold, given all the time it needs, in the
/// agenda's order.
pub fn candidates(review: &Review) -> Vec<AgendaItem> {
    let mut all = shared_lows(review);
    all.extend(review.statements.iter().filter(|s| s.is_split()).map(|s| AgendaItem {
        subject: s.node,
        why: Why::Split,
        minutes: SPLIT_MINUTES,
    }));
    all.extend(priority_topics(review));
    all
}

/// What the agenda `items` left out for time, in the agenda's order.
pub fn left_out(review: &Review, items: &[AgendaItem]) -> Vec<AgendaItem> {
    candidates(review).into_iter().filter(|c| !items.contains(c)).collect()
}

/// Statements everyone rates low (and that do not split the group), lowest
/// median first, ties in guide order.
fn shared_lows(review: &Review) -> Vec<AgendaItem> {
    let mut low: Vec<(usize, &StatementSummary)> = review
        .statements
        .iter()
        .filter(|s| !s.is_split() && s.is_low())
        .map(|s| (STATEMENTS.iter().position(|t| t.node == s.node).unwrap_or(0), s))
        .collect();
    crate::small_sort::sort_by_key(&mut low, |(index, s)| (s.median.map_or(0, |m| (m * 10.0) as i32), *index));
    low.into_iter().map(|(_, s)| AgendaItem { subject: s.node, why: Why::Low, minutes: LOW_MINUTES }).collect()
}

fn priority_topics(review: &Review) -> Vec<AgendaItem> {
    review
        .topics
        .iter()
        .filter(|t| t.median.is_some_and(|m| Band::of(m) == Band::Priority))
        .map(|t| AgendaItem { subject: t.slug, why: Why::Topic, minutes: TOPIC_MINUTES })
        .collect()
}

fn minutes(items: &[AgendaItem]) -> u32 {
    items.iter().map(|i| i.minutes).sum()
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The agenda's opening sentence: how many results, the rule, and what the
/// agenda holds. "6 results compared. What everyone rates low comes first
/// (…): 7 items, about 90 minutes."
pub fn intro(review: &Review, items: &[AgendaItem]) -> String {
    format!(
        "{} compared. {}: {}, about {} minutes.",
        count(review.results, "result", "results"),
        rule(),
        count(items.len(), "item", "items"),
        minutes(items)
    )
}

/// Above the items left out for time: "Left out for time (2 items, about
/// 25 more minutes):"; `None` when nothing was.
pub fn left_out_heading(left: &[AgendaItem]) -> Option<String> {
    (!left.is_empty()).then(|| {
        format!("Left out for time ({}, about {} more minutes):", count(left.len(), "item", "items"), minutes(left))
    })
}

/// What an agenda item is about, in words: the statement, or the topic.
pub fn subject_text(item: &AgendaItem) -> String {
    match item.why {
        Why::Topic => {
            GUIDE.spread(item.subject).map_or(String::new(), |s| format!("The topic as a whole: {}", s.short_title))
        }
        _ => STATEMENTS.iter().find(|s| s.node == item.subject).map_or(String::new(), |s| s.text.to_string()),
    }
}

/// One agenda item's reason, in words.
pub fn reason(item: &AgendaItem, review: &Review) -> String {
    let summary = review.statements.iter().find(|s| s.node == item.subject);
    match item.why {
        Why::Split => format!("Views differ. {}", summary.map_or(String::new(), StatementSummary::shape_in_words)),
        Why::Low => {
            let range = summary.and_then(|s| Some((s.lowest()?, s.highest()?))).map_or(String::new(), |(lo, hi)| {
                if lo == hi {
                    format!("everyone rated it {lo}")
                } else {
                    format!("ratings from {lo} to {hi}")
                }
            });
            format!("Everyone rates it low: {range}.")
        }
        Why::Topic => {
            let median = review.topics.iter().find(|t| t.slug == item.subject).and_then(|t| t.median);
            format!(
                "The group’s median score for this topic is {}, in the priority band (below {}).",
                median.map_or(String::new(), |m| Fixed(m, 1).to_string()),
                Fixed(Band::DEVELOPING_FROM, 1)
            )
        }
    }
}

/// An agenda item's change since `round`, in a sentence.
pub fn change_since(round: &Round, item: &AgendaItem, review: &Review) -> Option<String> {
    let change = match item.why {
        Why::Topic => review.topics.iter().find(|t| t.slug == item.subject).and_then(|t| round.topic_change(t)),
        _ => review.statements.iter().find(|s| s.node == item.subject).and_then(|s| round.change_of(s)),
    };
    change.map(|c| format!("Since round {}: {c}.", round.number))
}

/// The agenda as plain text for a meeting invitation: under its title the
/// review's name (when it has one) and `date`, the intro, then each item
/// with room for notes, and last what was left out for time, by name;
/// `earlier` adds what changed since the last round, and `link` gives each
/// item's address in the guide.
pub fn agenda_text(
    review: &Review,
    items: &[AgendaItem],
    (name, date): (&str, &str),
    earlier: Option<&Round>,
    link: impl Fn(&AgendaItem) -> String,
) -> String {
    let mut out = String::from("Partnership review: discussion agenda\n");
    let round = earlier.map(Round::next_round).unwrap_or_default();
    for line in [name, &round, date].into_iter().filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&intro(review, items));
    out.push('\n');
    for (n, item) in items.iter().enumerate() {
        out.push_str(&format!(
            "\n{}. {} ({} min)\n   {}\n",
            n + 1,
            subject_text(item),
            item.minutes,
            reason(item, review)
        ));
        if let Some(change) = earlier.and_then(|r| change_since(r, item, review)) {
            out.push_str(&format!("   {change}\n"));
        }
        if let Some((spread, node)) = GUIDE.node(item.subject) {
            let advice = crate::content::advice::plain(&crate::content::advice::advice(&spread.diagram, node), "     ");
            out.push_str(&format!("   The guide advises: {advice}\n"));
        }
        out.push_str(&format!(
            "   {}\n   Notes:\n   ______________________________\n   ______________________________\n",
            link(item)
        ));
    }
    let left = left_out(review, items);
    if let Some(heading) = left_out_heading(&left) {
        out.push_str(&format!("\n{heading}\n"));
        for item in &left {
            out.push_str(&format!("   - {} ({})\n", subject_text(item), item.why.words()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::review::review;

    use crate::share::partners;

    fn from_rows(rows: &[Vec<(&str, u8)>]) -> Review {
        let rows: Vec<&[(&str, u8)]> = rows.iter().map(Vec::as_slice).collect();
        review(&partners(&rows))
    }

    /// The intro every agenda shows: the rule, then what it holds.
    fn assert_intro(r: &Review, items: &[AgendaItem], text: &str) {
        let expected = format!(
            "{} results compared. What everyone rates low comes first (the lowest of them whatever the time), \
             then, as time allows, where views differ most, then topics in the priority band: {} {}, about {} minutes.",
            r.results,
            items.len(),
            if items.len() == 1 { "item" } else { "items" },
            minutes(items)
        );
        assert_eq!(intro(r, items), expected);
        assert!(text.contains(&format!("\n{expected}\n")), "{text}");
    }

    fn text_of(r: &Review, items: &[AgendaItem]) -> String {
        agenda_text(r, items, ("", "1 December 2026"), None, |item| format!("https://x.example/#/{}", item.subject))
    }

    #[test]
    fn the_agenda_lists_shared_lows_then_splits_and_never_consensus() {
        let r = review(&partners(&[
            &[("trust.time", 1), ("trust.roles", 4), ("power.team", 2), ("power.checks", 1), ("goals.who", 3)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 2), ("power.checks", 1), ("goals.who", 1)],
            &[("trust.time", 5), ("trust.roles", 4), ("power.team", 1), ("power.checks", 1), ("goals.who", 5)],
        ]));
        let items = agenda(&r, DEFAULT_BUDGET);
        let subjects: Vec<(&str, Why)> = items.iter().map(|i| (i.subject, i.why)).collect();
        assert_eq!(
            subjects,
            [
                ("power.checks", Why::Low),
                ("power.team", Why::Low),
                ("goals.who", Why::Split),
                ("trust.time", Why::Split),
                ("power", Why::Topic)
            ]
        );
        assert!(!subjects.iter().any(|(n, _)| *n == "trust.roles"), "consensus is not on the agenda");
        assert_eq!(candidates(&r).len(), 5);
        assert!(left_out(&r, &items).is_empty());
        let text = text_of(&r, &items);
        assert_intro(&r, &items, &text);
        assert!(text.contains("1 December 2026\n3 results compared. "), "{text}");
        assert!(text.contains(": 5 items, about 60 minutes.\n"), "{text}");
        assert!(text.contains("Views differ. Spread across the scale: 1 rated 1, 1 rated 3, 1 rated 5."), "{text}");
        assert!(text.contains("Everyone rates it low: everyone rated it 1."), "{text}");
        assert!(text.contains("The guide advises: "));
        assert!(text.contains("https://x.example/#/goals.who"));
        assert_eq!(text.matches("Notes:").count(), 5, "room for notes under each item");
        assert!(!text.contains("Left out"), "{text}");

        // Less time: both lows (20), then what fits of the rest, in order
        // (neither split's 15 minutes, the topic's 10).
        let short = agenda(&r, 30);
        assert_eq!(short.iter().map(|i| i.subject).collect::<Vec<_>>(), ["power.checks", "power.team", "power"]);
        let text = text_of(&r, &short);
        assert_intro(&r, &short, &text);
        assert!(
            text.ends_with(&format!(
                "\nLeft out for time (2 items, about 30 more minutes):\n   - {} (views differ)\n   - {} (views differ)\n",
                subject_text(&items[2]),
                subject_text(&items[3])
            )),
            "named, not counted: {text}"
        );
        // The lowest stays whatever the time; the second needs its 10 minutes.
        let least = agenda(&r, 15);
        assert_eq!(least.iter().map(|i| i.subject).collect::<Vec<_>>(), ["power.checks"]);
        assert_intro(&r, &least, &text_of(&r, &least));
        assert_eq!(agenda(&r, 0), least, "even with no time at all");
    }

    /// Six partners; `lows` statements every one rates 1–3 (the first
    /// lowest), and ten that split them 1 against 5. The partners topic,
    /// where the lows are, has its median in the priority band.
    fn lows_and_splits(lows: usize) -> (Review, Vec<&'static str>, Vec<&'static str>) {
        let nodes: Vec<&str> = STATEMENTS.iter().map(|s| s.node).filter(|n| !n.starts_with("power")).collect();
        let (low, split) = (nodes[..lows].to_vec(), nodes[lows..lows + 10].to_vec());
        let rows: Vec<Vec<(&str, u8)>> = (0..6u8)
            .map(|p| {
                // Low i: ratings 1 and 2 for the first, then 2 and 3 (median 2.5), so the first leads.
                let mut row: Vec<(&str, u8)> =
                    low.iter().enumerate().map(|(i, &n)| (n, if i == 0 { 1 + p % 2 } else { 2 + p % 2 })).collect();
                row.extend(split.iter().map(|&n| (n, if p % 2 == 0 { 1 } else { 5 })));
                row
            })
            .collect();
        (from_rows(&rows), low, split)
    }

    /// The case and its bigger brother: three and five shared lows
    /// at 30, 90 and 150 minutes. Every low comes before any split while
    /// the time lasts; what is left out is named.
    #[test]
    fn every_shared_low_comes_before_any_split_within_the_time() {
        // (lows, budget, lows kept, splits kept, the topic kept)
        for (lows, budget, kept_lows, kept_splits, kept_topic) in [
            (3, 30, 3, 0, false),
            (3, 90, 3, 4, false),
            (3, 150, 3, 8, false),
            (5, 30, 3, 0, false),
            (5, 90, 5, 2, true),
            (5, 150, 5, 6, true),
        ] {
            let (r, low, split) = lows_and_splits(lows);
            let items = agenda(&r, budget);
            let got: Vec<(&str, Why)> = items.iter().map(|i| (i.subject, i.why)).collect();
            let expected: Vec<(&str, Why)> = low[..kept_lows]
                .iter()
                .map(|&n| (n, Why::Low))
                .chain(split[..kept_splits].iter().map(|&n| (n, Why::Split)))
                .chain(kept_topic.then_some(("partners", Why::Topic)))
                .collect();
            assert_eq!(got, expected, "{lows} lows at {budget} minutes");
            assert!(minutes(&items) <= budget, "{lows} lows at {budget} minutes");
            let text = text_of(&r, &items);
            assert_intro(&r, &items, &text);
            let left = left_out(&r, &items);
            let left_topics = usize::from(!kept_topic);
            assert_eq!(
                left.len(),
                lows - kept_lows + 10 - kept_splits + left_topics,
                "{lows} lows at {budget} minutes"
            );
            let heading = left_out_heading(&left).unwrap();
            assert!(heading.starts_with(&format!("Left out for time ({} items, about ", left.len())), "{heading}");
            for item in &left {
                let line = format!("   - {} ({})\n", subject_text(item), item.why.words());
                assert!(text.contains(&line), "{line} in {text}");
            }
            // The lows left out are named first.
            if kept_lows < lows {
                assert_eq!((left[0].subject, left[0].why), (low[kept_lows], Why::Low));
            }
        }
    }

    /// The review that went wrong: eleven split statements and one that
    /// every partner rates 1 or 2. The default agenda must hold the low one.
    #[test]
    fn many_splits_never_crowd_out_the_shared_weakness() {
        let splits: Vec<&str> =
            STATEMENTS.iter().map(|s| s.node).filter(|n| !n.starts_with("evaluate")).take(11).collect();
        let low = "evaluate.outset";
        assert!(STATEMENTS.iter().any(|s| s.node == low));
        let rows: Vec<Vec<(&str, u8)>> = (0..6)
            .map(|p| {
                let mut row: Vec<(&str, u8)> = splits.iter().map(|&n| (n, if p % 2 == 0 { 1 } else { 5 })).collect();
                row.push((low, 1 + (p % 2) as u8));
                row
            })
            .collect();
        let r = from_rows(&rows);
        let items = agenda(&r, DEFAULT_BUDGET);
        assert_eq!((items[0].subject, items[0].why), (low, Why::Low), "the shared low leads");
        assert!(minutes(&items) <= DEFAULT_BUDGET, "{} minutes", minutes(&items));
        assert_eq!(items.iter().filter(|i| i.why == Why::Split).count(), 5, "then as many splits as the time allows");
        // Six more splits, and the evaluation topic (its median is low).
        let left = left_out(&r, &items);
        assert_eq!(left.len(), 7, "the rest would need more time");
        assert_eq!(left.last().map(|i| (i.subject, i.why)), Some(("evaluate", Why::Topic)));
        let text = text_of(&r, &items);
        assert_intro(&r, &items, &text);
        assert!(text.contains("Left out for time (7 items, about 100 more minutes):\n"), "{text}");
        assert!(text.contains("   - The topic as a whole: Evaluate success (in the priority band)\n"), "{text}");
    }

    #[test]
    fn a_topic_in_the_priority_band_gets_an_item_of_its_own() {
        let power: Vec<&str> = STATEMENTS.iter().map(|s| s.node).filter(|n| n.starts_with("power")).collect();
        let rows: Vec<Vec<(&str, u8)>> = (0..5)
            .map(|p| {
                power.iter().enumerate().map(|(i, &n)| (n, if i % 2 == 0 { 2 } else { 1 + (p % 3) as u8 })).collect()
            })
            .collect();
        let r = from_rows(&rows);
        let items = agenda(&r, DEFAULT_BUDGET);
        let topic = items.iter().find(|i| i.why == Why::Topic).expect("a topic item");
        assert_eq!((topic.subject, topic.minutes), ("power", TOPIC_MINUTES));
        assert_eq!(items.last(), Some(topic), "topics close the agenda");
        assert!(reason(topic, &r).contains("in the priority band (below 3.0)"), "{}", reason(topic, &r));
        assert_eq!(subject_text(topic), "The topic as a whole: Power");
        assert_intro(&r, &items, &text_of(&r, &items));
    }

    #[test]
    fn the_rule_in_words_is_made_from_the_constants() {
        assert_eq!(LOWS_ALWAYS, 1, "the sentence below says “the lowest of them”");
        assert!(rule().starts_with("What everyone rates low comes first (the lowest of them whatever the time)"));
        assert_eq!(left_out_heading(&[]), None);
    }

    #[test]
    fn the_agenda_says_what_changed_since_the_earlier_round_and_carries_the_name() {
        use crate::share::rated;
        use crate::share::review::review;
        use crate::share::rounds::Round;
        let then = review(&[rated(&[("trust.time", 1)]), rated(&[("trust.time", 2)]), rated(&[("trust.time", 1)])]);
        let now = review(&[
            rated(&[("trust.time", 1)]),
            rated(&[("trust.time", 5)]),
            rated(&[("trust.time", 5)]),
            rated(&[("trust.time", 1)]),
        ]);
        let round = Round::of(&then, 1);
        let items = agenda(&now, DEFAULT_BUDGET);
        let split = items.iter().find(|i| i.subject == "trust.time").unwrap();
        assert_eq!(
            change_since(&round, split, &now).unwrap(),
            "Since round 1: median 1.0 → 3.0, better; disagreement 0.3 → 2.0, further apart."
        );
        let text = agenda_text(&now, &items, ("Spring review", "1 December 2026"), Some(&round), |_| String::new());
        assert!(
            text.starts_with(
                "Partnership review: discussion agenda\nSpring review\nRound 2, compared with round 1\n1 December 2026\n4 results compared."
            ),
            "{text}"
        );
        assert!(text.contains("   Since round 1: median 1.0 → 3.0, better;"), "{text}");
    }
}
