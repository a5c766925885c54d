//! The anonymous group summary as CSV, for a spreadsheet: per topic the
//! partners' scores as a median and range, per statement the counts of each
//! rating, the median, the disagreement and the shape. No names and no
//! per-partner column, as on screen; cells are defused like the results
//! export (`assessment::export`).

use super::review::{Review, Shape, Verdict};
use crate::assessment::export::push_row;
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
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

pub fn group_csv(review: &Review) -> String {
    let mut out = String::new();
    push_row(&mut out, &HEADER);
    let decimal = |v: Option<f32>| v.map_or(String::new(), |v| Fixed(v, 2).to_string());
    for topic in &review.topics {
        let title = GUIDE.spread(topic.slug).map_or("", |s| s.short_title);
        let n = topic.scores.len().to_string();
        let (median, lowest, highest) = (decimal(topic.median), decimal(topic.lowest()), decimal(topic.highest()));
        push_row(
            &mut out,
            &["topic", topic.slug, title, &n, "", "", "", "", "", "", "", &median, &lowest, &highest, "", ""],
        );
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
        let row = [
            "statement",
            s.node,
            text,
            &s.rated().to_string(),
            &counts[0],
            &counts[1],
            &counts[2],
            &counts[3],
            &counts[4],
            &s.dont_know.to_string(),
            &s.unanswered.to_string(),
            &decimal(s.median),
            &number(s.lowest()),
            &number(s.highest()),
            &decimal(s.disagreement),
            shape,
        ];
        push_row(&mut out, &row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::rated;
    use crate::share::review::review;

    #[test]
    fn one_row_per_topic_and_statement_with_counts_median_disagreement_and_shape() {
        let r = review(&[
            rated(&[("trust.time", 1), ("trust.roles", 4)]),
            rated(&[("trust.time", 2), ("trust.roles", 4)]),
            rated(&[("trust.time", 5), ("trust.roles", 4)]),
            rated(&[("trust.time", 5), ("trust.roles", 5)]),
        ]);
        let csv = group_csv(&r);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + GUIDE.spreads.len() + STATEMENTS.len());
        assert!(lines.iter().all(|l| !l.is_empty()));
        assert!(lines[0].starts_with("kind,id,topic or statement,"));
        let time = lines.iter().find(|l| l.starts_with("statement,trust.time,")).unwrap();
        assert!(time.ends_with(",4,1,1,0,0,2,0,0,3.50,1,5,1.75,split: two camps"), "{time}");
        let roles = lines.iter().find(|l| l.starts_with("statement,trust.roles,")).unwrap();
        assert!(roles.ends_with(",4.00,4,5,0.25,consensus"), "{roles}");
        let trust = lines.iter().find(|l| l.starts_with("topic,trust,Trust,4,")).unwrap();
        // Partners' trust scores: 2.5, 3, 4.5 and 5.
        assert!(trust.ends_with(",3.75,2.50,5.00,,"), "{trust}");
        // The same columns on every row, whatever the number of partners.
        let columns = |n: usize| csv.lines().all(|l| l.matches(',').count() >= n);
        assert!(columns(HEADER.len() - 1));
    }
}
