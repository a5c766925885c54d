//! What a meeting agreed, as it leaves the meeting: grouped by agenda item
//! in the agenda's order (then any item recorded before the agenda
//! changed), as plain text to copy and as a CSV for a spreadsheet, each
//! opened by the review's name and the date; and the agreed-actions link
//! (`share::actions`), with what of them it cannot carry and why.

use super::notes::{known_subject, Action, Notes, Outcome};
use crate::assessment::export::push_row;
use crate::assessment::export::BYTE_ORDER_MARK;
use crate::dates::{long_date, Date};
use crate::share::actions::{self, AgreedAction, AgreedActions, LEAD_MAX_CHARS, WHAT_MAX_CHARS};
use crate::share::agenda::AgendaItem;
use crate::share::group_csv::file_stem;
use crate::share::ShareError;

/// One item's outcome, as the agreed actions show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreed<'a> {
    pub subject: &'static str,
    pub outcome: &'a Outcome,
}

impl Agreed<'_> {
    /// The statement, or the topic, in words.
    pub fn words(&self) -> String {
        actions::subject_text(self.subject)
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

/// An item's outcome line by line: each action in words, or "Discussed,
/// no action.", then its note ("Note: …").
pub fn lines(outcome: &Outcome) -> Vec<String> {
    let mut lines: Vec<String> = outcome.agreed().map(action_words).collect();
    if outcome.no_action {
        lines.push(NO_ACTION.to_string());
    }
    let note = outcome.note.trim();
    if !note.is_empty() {
        lines.push(format!("Note: {note}"));
    }
    lines
}

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
        for line in lines(item.outcome) {
            out.push_str(&format!("   - {}\n", line.replace('\n', "\n     ")));
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

/// The agreed-actions link's payload for the review `name` on `date`,
/// holding every agreed action that fits a link; with a sentence for each
/// one left out, saying which and why. `Err` when no link can be made (no
/// actions, or too many or too long together), with the reason.
/// The agreed-actions links: one, or as many as the actions need (a link
/// carries about ten of 80 characters), each action in one of them, in
/// order; with what of them no link can carry, and why.
pub fn links(name: &str, date: Date, agreed: &[Agreed]) -> (Result<Vec<String>, ShareError>, Vec<String>) {
    let mut left_out = Vec::new();
    let mut carried = Vec::new();
    for item in agreed {
        for action in item.outcome.agreed() {
            let action = AgreedAction {
                subject: item.subject,
                what: action.what.clone(),
                lead: action.lead.clone(),
                by: action.by.clone(),
            };
            match unfit(&action) {
                Some(why) => left_out.push(format!("“{}” ({}): {why}", action.what.trim(), item.words())),
                None => carried.push(action),
            }
        }
    }
    let over = |e: &ShareError| matches!(e, ShareError::ActionsTooLong | ShareError::TooManyActions);
    let mut payloads = Vec::new();
    let mut part = AgreedActions { review: name.to_string(), date, actions: Vec::new() };
    for action in carried {
        part.actions.push(action);
        if part.actions.len() > 1 && part.payload().is_err_and(|e| over(&e)) {
            // The last one opens the next link; the rest make this one.
            let next = part.actions.pop().into_iter().collect();
            payloads.push(part.payload());
            part.actions = next;
        }
    }
    payloads.push(part.payload());
    (payloads.into_iter().collect(), left_out)
}

/// Why an action does not fit the link, naming the field and its limit.
fn unfit(action: &AgreedAction) -> Option<String> {
    let why = |field: &str, text: &str, max: usize| {
        let n = actions::clean_text(text).chars().count();
        if n > max {
            format!("{field} has {n} characters, and a link carries up to {max}. Shorten it here to send it.")
        } else {
            format!("{field} holds characters too long in bytes for a link (such as emoji). Write it without them to send it.")
        }
    };
    if !actions::text_fits(&action.what, WHAT_MAX_CHARS) {
        Some(why("What is to be done", &action.what, WHAT_MAX_CHARS))
    } else if !actions::text_fits(&action.lead, LEAD_MAX_CHARS) {
        Some(why("Who leads it", &action.lead, LEAD_MAX_CHARS))
    } else {
        None
    }
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
        let time = actions::subject_text("trust.time");
        assert_eq!(
            text,
            format!(
                "Partnership review: agreed actions\nSpring review\n3 December 2026\n\n\
                 1. {time}\n   - Monthly steering call. Led by: The council. By 31 March 2027.\n   - =HYPERLINK(\"x\").\n\n\
                 2. The topic as a whole: Power\n   - Discussed, no action.\n   - Note: Revisit, next round.\n     With figures.\n\n\
                 3. {}\n   - Name a lead partner, please.\n",
                actions::subject_text("goals.who")
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

    #[test]
    fn the_link_carries_every_action_that_fits_and_names_the_others() {
        let (mut notes, items) = meeting();
        let date = Date::new(2026, 12, 3).unwrap();
        let (payload, left_out) = links("Spring review", date, &agreed(&notes, &items));
        assert!(left_out.is_empty(), "{left_out:?}");
        let read = AgreedActions::decode(&single(payload)).unwrap();
        assert_eq!((read.review.as_str(), read.date), ("Spring review", date));
        let carried: Vec<(&str, &str, &str, &str)> =
            read.actions.iter().map(|a| (a.subject, a.what.as_str(), a.lead.as_str(), a.by.as_str())).collect();
        assert_eq!(
            carried,
            [
                ("trust.time", "Monthly steering call", "The council", "2027-03-31"),
                ("trust.time", "=HYPERLINK(\"x\")", "", ""),
                ("goals.who", "Name a lead partner, please", "", ""),
            ],
            "no notes, no time, no “no action” items: the actions only"
        );
        // The sentence beside the link says what it holds: no notes.
        assert!(format!("{read:?}").contains("Spring review") && !format!("{read:?}").contains("Revisit"));
        assert!(crate::share::outgoing::ACTIONS_LINK_SAYS.contains("no notes"));
        // Too long for the link: left out by name, with the reason; the rest go.
        notes.edit_action("trust.time", 1, ActionField::What, &"w".repeat(95));
        notes.edit_action("goals.who", 0, ActionField::Lead, "Partnerships and development team, the county");
        let (payload, left_out) = links("Spring review", date, &agreed(&notes, &items));
        assert_eq!(AgreedActions::decode(&single(payload)).unwrap().actions.len(), 1);
        assert_eq!(left_out.len(), 2);
        assert!(
            left_out[0].ends_with(
                "What is to be done has 95 characters, and a link carries up to 80. Shorten it here to send it."
            ),
            "{}",
            left_out[0]
        );
        assert!(left_out[1].starts_with("“Name a lead partner, please” ("), "{}", left_out[1]);
        assert!(
            left_out[1].contains("Who leads it has 45 characters, and a link carries up to 40."),
            "{}",
            left_out[1]
        );
        // Nothing agreed: no link, and the reason.
        let (none, left_out) = links("Spring review", date, &[]);
        assert_eq!((none, left_out.len()), (Err(ShareError::NoActions), 0));
    }

    fn single(payloads: Result<Vec<String>, ShareError>) -> String {
        let mut payloads = payloads.unwrap();
        assert_eq!(payloads.len(), 1);
        payloads.remove(0)
    }

    #[test]
    fn more_actions_than_a_link_carries_go_in_as_many_links_as_they_need() {
        let mut notes = Notes::new();
        let subjects = ["trust.time", "power.checks", "goals.who"];
        let items: Vec<AgendaItem> = subjects.iter().map(|s| item(s, Why::Low)).collect();
        for n in 0..25 {
            let subject = subjects[n % 3];
            let i = notes.outcome(subject).map_or(0, |o| o.actions.len());
            notes.add_action(subject).unwrap();
            notes.edit_action(subject, i, ActionField::What, &format!("{n:02} {}", "a".repeat(77)));
            notes.edit_action(subject, i, ActionField::Lead, "Council partnerships team");
        }
        let date = Date::new(2027, 3, 12).unwrap();
        let list = agreed(&notes, &items);
        let (payloads, left_out) = links("Riverside Partnership review, spring", date, &list);
        let payloads = payloads.unwrap();
        assert!(left_out.is_empty());
        assert!(payloads.len() >= 2, "{} links", payloads.len());
        let mut carried = Vec::new();
        for payload in &payloads {
            let read = AgreedActions::decode(payload).unwrap();
            assert_eq!((read.review.as_str(), read.date), ("Riverside Partnership review, spring", date));
            assert!(!read.actions.is_empty());
            carried.extend(read.actions.into_iter().map(|a| a.what));
        }
        // Every action once, in the order of the agreed actions.
        let expected: Vec<String> =
            list.iter().flat_map(|a| a.outcome.agreed().map(|action| action.what.clone())).collect();
        assert_eq!(carried, expected);
        assert_eq!(carried.len(), 25);
    }
}
