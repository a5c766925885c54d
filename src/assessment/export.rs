//! Results as CSV, for a spreadsheet. Cells that a spreadsheet would run as
//! a formula are defused.

use super::scoring::score;
use super::statements::STATEMENTS;
use super::store::{Assessment, PlanField};
use crate::content::GUIDE;
use crate::number::Fixed;

/// Tells a spreadsheet the file is UTF-8 (the guide's text has curly
/// quotes and dashes, which it would otherwise garble).
pub const BYTE_ORDER_MARK: char = '\u{FEFF}';

pub fn to_csv(assessment: &Assessment) -> String {
    let answers = assessment.current_answers();
    let mut out = String::from(BYTE_ORDER_MARK);
    let mut header = vec!["section", "spread", "statement", "answer", "rating", "note"];
    header.extend(PlanField::ALL.map(PlanField::csv_column));
    push_row(&mut out, &header);
    for statement in STATEMENTS {
        let spread = GUIDE.node(statement.node).map_or("", |(s, _)| s.short_title);
        let answer = answers.get(statement.node);
        let action = assessment.action(statement.node);
        let rating = answer.and_then(|a| a.score()).map(|r| r.to_string()).unwrap_or_default();
        let mut row = vec![
            "item",
            spread,
            statement.text,
            answer.map_or("", |a| a.label()),
            &rating,
            assessment.note(statement.node),
        ];
        row.extend(PlanField::ALL.map(|f| action.map_or("", |a| a.get(f))));
        push_row(&mut out, &row);
    }
    // Actions a review's meeting agreed, added to this plan: after the
    // statements, each under the statement or topic it answers, where it
    // came from in the note column (without the marks that isolate a name
    // on screen, which a spreadsheet would show as stray characters).
    for agreed in assessment.agreed_items() {
        let (spread, statement) = match GUIDE.node(&agreed.subject) {
            Some((spread, _)) => {
                let text = STATEMENTS.iter().find(|s| s.node == agreed.subject).map_or("", |s| s.text);
                (spread.short_title, text)
            }
            None => (GUIDE.spread(&agreed.subject).map_or("", |s| s.short_title), ""),
        };
        let source = agreed.source().replace(['\u{2068}', '\u{2069}'], "");
        push_row(
            &mut out,
            &["agreed action", spread, statement, "", "", &source, &agreed.what, &agreed.lead, &agreed.by],
        );
    }
    let scores = score(&answers);
    for s in &scores.spreads {
        let title = GUIDE.spread(s.slug).map_or("", |sp| sp.short_title);
        let mean = s.mean.map(|m| Fixed(m, 2).to_string()).unwrap_or_default();
        push_row(&mut out, &["spread score", title, "", s.band.map_or("", |b| b.label()), &mean, "", "", "", ""]);
    }
    let overall = scores.overall.map(|m| Fixed(m, 2).to_string()).unwrap_or_default();
    push_row(&mut out, &["overall score", "", "", "", &overall, "", "", "", ""]);
    out
}

/// One CSV row of `cells`, each quoted as needed and defused (the group
/// summary's export writes its rows through this too).
pub fn push_row(out: &mut String, cells: &[&str]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

fn cell(text: &str) -> String {
    let defused = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::store::AgreedItem;
    use crate::assessment::{ActionItem, Answer, Stamped};

    #[test]
    fn rows_for_every_statement_and_score_with_formulas_defused() {
        let mut a = Assessment::new("a".into(), "x".into(), "2026-11-26".into());
        a.answers.insert("trust.time".into(), Stamped { v: Answer::rating(4), t: 1.0 });
        let item = ActionItem { note: "=HYPERLINK(\"x\")".into(), role: "Lead, ops".into(), due: "2027-01-01".into() };
        a.actions.insert("trust.time".into(), Stamped { v: Some(item), t: 1.0 });
        a.set_note("trust.time", "-1 for budgets, +2 for trust".into(), 2.0);
        let csv = to_csv(&a);
        assert!(csv.starts_with("\u{FEFF}section,spread,statement,"), "UTF-8, said to a spreadsheet");
        assert_eq!(csv.lines().count(), 1 + STATEMENTS.len() + 5 + 1);
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
        assert!(csv.contains("\"Lead, ops\""));
        assert!(csv.contains("Largely,4,\"'-1 for budgets, +2 for trust\","), "{csv}");
        assert!(csv.lines().all(|l| l.matches(',').count() >= 8));
    }

    #[test]
    fn agreed_actions_follow_the_statements_with_where_they_came_from() {
        let mut a = Assessment::new("a".into(), "x".into(), "2026-11-26".into());
        let item = |subject, what| {
            AgreedItem::new([subject, "Spring, \u{202E}review", "2027-03-12", what, "=The council", "June"])
        };
        a.add_agreed(
            vec![item("trust.time", "Away day"), item("trust", "Monthly call"), item("goals.who", "Gone")],
            1.0,
        );
        let gone = a.agreed_items().find(|i| i.what == "Gone").unwrap().key.clone();
        a.remove_agreed(&gone, 2.0);
        let csv = to_csv(&a);
        let rows: Vec<&str> = csv.lines().filter(|l| l.starts_with("agreed action")).collect();
        assert_eq!(
            rows,
            [
                "agreed action,Trust,We set aside time specifically to build trust.,,,\"Agreed at the review “Spring, \u{202E}review” on 12 March 2027\",Away day,'=The council,June",
                "agreed action,Trust,,,,\"Agreed at the review “Spring, \u{202E}review” on 12 March 2027\",Monthly call,'=The council,June",
            ]
        );
        assert_eq!(csv.lines().count(), 1 + STATEMENTS.len() + 2 + 5 + 1, "removed actions are left out");
    }
}
