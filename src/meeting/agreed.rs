//! What a meeting agreed, as it leaves the meeting: grouped by agenda item
//! in the agenda's order (then any item recorded before the agenda
//! changed), as plain text to copy and as a CSV for a spreadsheet, each
//! opened by the review's name and the date.

use super::notes::{known_subject, Action, Notes, Outcome};
use crate::assessment::export::push_row;
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::share::agenda::AgendaItem;
use crate::share::group_csv::{file_stem, BYTE_ORDER_MARK};

/// One item's outcome, as the agreed actions show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreed<'a> {
    pub subject: &'static str,
    pub outcome: &'a Outcome,
}

impl Agreed<'_> {
    /// The statement, or the topic, in words.
    pub fn words(&self) -> String {
        subject_words(self.subject)
    }
}

/// What a subject is, in words: the statement, or "The topic as a whole: …".
pub fn subject_words(subject: &str) -> String {
    match GUIDE.spread(subject) {
        Some(spread) => format!("The topic as a whole: {}", spread.short_title),
        None => crate::assessment::statements::for_node(subject).map_or(String::new(), |s| s.text.to_string()),
    }
}

/// Every item with something recorded: the agenda's `items` in order, then
/// outcomes of items no longer on it (the time was changed after), so
/// nothing recorded is ever left off.
pub fn agreed<'a>(notes: &'a Notes, items: &[AgendaItem]) -> Vec<Agreed<'a>> {
    let on_agenda = |subject: &str| items.iter().any(|i| i.subject == subject);
    let in_order = items.iter().filter_map(|i| notes.outcome(i.subject).map(|o| (i.subject, o)));
    let others =
        notes.items.iter().filter(|o| !on_agenda(&o.subject)).filter_map(|o| Some((known_subject(&o.subject)?, o)));
    in_order
        .chain(others)
        .filter(|(_, o)| o.is_recorded())
        .map(|(subject, outcome)| Agreed { subject, outcome })
        .collect()
}

/// How many actions were agreed in all.
pub fn count_actions(agreed: &[Agreed]) -> usize {
    agreed.iter().map(|a| a.outcome.agreed().count()).sum()
}

/// "Monthly steering call. Led by: the council. By 31 March 2027."
pub fn action_words(action: &Action) -> String {
    let mut text = action.what.trim().to_string();
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    if !action.lead.trim().is_empty() {
        text.push_str(&format!(" Led by: {}.", action.lead.trim()));
    }
    if !action.by.is_empty() {
        text.push_str(&format!(" By {}.", long_date(&action.by)));
    }
    text
}

/// Said of an item discussed with no action.
pub const NO_ACTION: &str = "Discussed, no action.";

/// The agreed actions as plain text: the title, the review's name (when it
/// has one) and the date, then each item with its actions or "Discussed,
/// no action." and its note.
pub fn text(name: &str, date: &str, agreed: &[Agreed]) -> String {
    let mut out = String::from("Partnership review: agreed actions\n");
    for line in [name, &long_date(date)].into_iter().filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    if agreed.is_empty() {
        out.push_str("\nNothing was recorded in the meeting.\n");
    }
    for (n, item) in agreed.iter().enumerate() {
        out.push_str(&format!("\n{}. {}\n", n + 1, item.words()));
        for action in item.outcome.agreed() {
            out.push_str(&format!("   - {}\n", action_words(action)));
        }
        if item.outcome.no_action {
            out.push_str(&format!("   {NO_ACTION}\n"));
        }
        let note = item.outcome.note.trim();
        if !note.is_empty() {
            out.push_str(&format!("   Note: {}\n", note.replace('\n', "\n   ")));
        }
    }
    out
}

/// `<review>-actions-<date>.csv` (the review's name made safe for a file
/// system, as the summary's CSV is named).
pub fn file_name(name: &str, date: &str) -> String {
    let date: String = date.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
    format!("{}-actions-{date}.csv", file_stem(name))
}

const HEADER: [&str; 7] = ["item", "id", "statement or topic", "action", "who leads", "by when", "note"];

/// The agreed actions as CSV: UTF-8 with a byte-order mark, the review's
/// name and the date first, then one row per action (or per item with no
/// action), its item's note on each; cells defused as in every export.
pub fn csv(name: &str, date: &str, agreed: &[Agreed]) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    push_row(&mut out, &["review", name]);
    push_row(&mut out, &["date", &long_date(date)]);
    out.push_str("\r\n");
    push_row(&mut out, &HEADER);
    for (n, item) in agreed.iter().enumerate() {
        let (number, words, note) = ((n + 1).to_string(), item.words(), item.outcome.note.trim());
        let actions: Vec<&Action> = item.outcome.agreed().collect();
        for action in &actions {
            push_row(
                &mut out,
                &[&number, item.subject, &words, action.what.trim(), action.lead.trim(), &action.by, note],
            );
        }
        if actions.is_empty() {
            let said = if item.outcome.no_action { NO_ACTION } else { "" };
            push_row(&mut out, &[&number, item.subject, &words, said, "", "", note]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::notes::ActionField;
    use crate::share::agenda::Why;

    fn item(subject: &'static str, why: Why) -> AgendaItem {
        AgendaItem { subject, why, minutes: 10 }
    }

    fn meeting() -> (Notes, Vec<AgendaItem>) {
        let items = vec![item("power.checks", Why::Low), item("trust.time", Why::Split), item("power", Why::Topic)];
        let mut notes = Notes::new();
        for (i, (what, lead, by)) in
            [("Monthly steering call", "The council", "2027-03-31"), ("=HYPERLINK(\"x\")", "", "")].iter().enumerate()
        {
            notes.add_action("trust.time").unwrap();
            notes.edit_action("trust.time", i, ActionField::What, what);
            notes.edit_action("trust.time", i, ActionField::Lead, lead);
            notes.edit_action("trust.time", i, ActionField::By, by);
        }
        notes.add_action("trust.time").unwrap(); // a row left empty
        notes.set_no_action("power", true).unwrap();
        notes.set_note("power", "Revisit, next round.\nWith figures.");
        notes.add_time("power.checks", 600); // time only: nothing recorded
                                             // Recorded for an item the agenda no longer holds.
        notes.add_action("goals.who").unwrap();
        notes.edit_action("goals.who", 0, ActionField::What, "Name a lead partner, please");
        (notes, items)
    }

    #[test]
    fn items_with_an_outcome_in_the_agenda_s_order_then_the_rest() {
        let (notes, items) = meeting();
        let list = agreed(&notes, &items);
        assert_eq!(list.iter().map(|a| a.subject).collect::<Vec<_>>(), ["trust.time", "power", "goals.who"]);
        assert_eq!(count_actions(&list), 3, "the empty row is not an action");
        assert_eq!(list[1].words(), "The topic as a whole: Power");
        assert!(agreed(&Notes::new(), &items).is_empty());
    }

    #[test]
    fn the_text_names_the_review_the_date_and_every_action_in_words() {
        let (notes, items) = meeting();
        let list = agreed(&notes, &items);
        let text = text("Spring review", "2026-12-03", &list);
        let time = subject_words("trust.time");
        assert_eq!(
            text,
            format!(
                "Partnership review: agreed actions\nSpring review\n3 December 2026\n\n\
                 1. {time}\n   - Monthly steering call. Led by: The council. By 31 March 2027.\n   - =HYPERLINK(\"x\").\n\n\
                 2. The topic as a whole: Power\n   Discussed, no action.\n   Note: Revisit, next round.\n   With figures.\n\n\
                 3. {}\n   - Name a lead partner, please.\n",
                subject_words("goals.who")
            )
        );
        assert_eq!(
            super::text("", "2026-12-03", &[]),
            "Partnership review: agreed actions\n3 December 2026\n\nNothing was recorded in the meeting.\n"
        );
    }

    #[test]
    fn the_csv_is_utf_8_formula_safe_and_named_after_the_review() {
        let (notes, items) = meeting();
        let csv = csv("Riverside “spring” review", "2026-12-03", &agreed(&notes, &items));
        assert!(csv.starts_with("\u{FEFF}review,Riverside “spring” review\r\ndate,3 December 2026\r\n\r\n"));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[3], "item,id,statement or topic,action,who leads,by when,note");
        assert!(
            lines[4].starts_with("1,trust.time,")
                && lines[4].ends_with(",Monthly steering call,The council,2027-03-31,")
        );
        assert!(lines[5].ends_with(",\"'=HYPERLINK(\"\"x\"\")\",,,"), "defused: {}", lines[5]);
        assert_eq!(
            lines[6],
            "2,power,The topic as a whole: Power,\"Discussed, no action.\",,,\"Revisit, next round.\nWith figures.\""
        );
        assert!(lines.iter().filter(|l| l.starts_with("3,goals.who,")).count() == 1);
        assert_eq!(
            file_name("Riverside “spring” review", "2026-12-03"),
            "Riverside-spring-review-actions-2026-12-03.csv"
        );
        assert_eq!(file_name("", "2026-12-03"), "partnership-review-actions-2026-12-03.csv");
        assert_eq!(file_name("../../etc/passwd", "2026-12-03"), "etc-passwd-actions-2026-12-03.csv");
    }
}
