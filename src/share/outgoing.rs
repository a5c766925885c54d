//! Everything meant for someone else, decided in one place: what each
//! outgoing text carries (a results link, "Compare with mine", a
//! comparison's link, the reply to an invitation and its email, the
//! invitation itself, the copied agenda, the group CSV) and the sentence
//! that tells the person so. Each sentence is tested against what its link
//! decodes to.
//!
//! The rule: a link carries ratings, and words of the person's only when
//! they typed them as the link's label (a partnership's kept link label,
//! empty by default). A partnership's name, notes and action plan never
//! leave; the person's own files (export, backup, printout) are theirs and
//! keep them.

use super::codec::clean_label;
use super::comparison::ComparisonLink;
use super::invitation::Invitation;
use super::{encode, Shared};
use crate::assessment::Answers;

/// Never in a link: said by every sentence about one.
const NOT_CARRIED: &str = "not your partnership’s name, your notes or your action plan";

/// The label as a link carries it: cleaned and cut; `None` when blank.
pub fn carried_label(label: Option<&str>) -> Option<String> {
    label.map(clean_label).filter(|l| !l.is_empty())
}

/// A person's results as a link payload: their ratings and, only when they
/// typed one, their link label.
pub fn results_payload(answers: &Answers, label: Option<&str>) -> String {
    encode(answers, carried_label(label).as_deref())
}

/// "12 ratings", "one rating": how many answers a link holds ("don't know"
/// is an answer too).
fn ratings(count: usize) -> String {
    match count {
        0 => "no ratings yet".to_string(),
        1 => "your one rating".to_string(),
        n => format!("your {n} ratings"),
    }
}

/// What the label part of a sentence says: the label in quotes, or that
/// there is none.
fn label_words(label: Option<&str>, none: &str) -> String {
    match carried_label(label) {
        // First-strong isolates: a right-to-left label cannot reorder the sentence.
        Some(label) => format!("the label “\u{2068}{label}\u{2069}”"),
        None => none.to_string(),
    }
}

/// Beside a results link: what it holds.
pub fn results_link_says(answers: &Answers, label: Option<&str>) -> String {
    format!(
        "This link holds {} and {}: {NOT_CARRIED}. It is read by the page itself, so your results never reach a server.",
        ratings(answers.len()),
        label_words(label, "no label (add one below if you want partners to know it is yours)"),
    )
}

/// Beside "Compare with mine": what the comparison's address will hold of
/// the person's.
pub fn compare_with_mine_says(answers: &Answers, label: Option<&str>) -> String {
    format!(
        "“Compare with mine” puts {} and {} into the comparison’s address, which you may go on to share: {NOT_CARRIED}.",
        ratings(answers.len()),
        label_words(label, "no label (you can set one under “Share your results”)"),
    )
}

/// A comparison's link, from the results it has read (in order): the
/// payload and what it holds.
pub fn comparison_link(link: &ComparisonLink, read: &[Shared]) -> (String, String) {
    let raw = link.to_raw_read(read);
    let says = comparison_link_says(&raw);
    (raw, says)
}

/// What a comparison's link holds, read back from the link itself.
pub fn comparison_link_says(raw: &str) -> String {
    let back = ComparisonLink::parse(raw);
    let results: Vec<Shared> = back.results.iter().filter_map(|p| super::decode(p).ok()).collect();
    let labelled = results.iter().filter(|s| s.label.is_some()).count();
    let mut parts = vec![format!("the ratings of the {} results compared", results.len())];
    parts.push(match labelled {
        0 => "no labels".to_string(),
        n if n == results.len() => "each result’s label as it arrived (shortened where the link needs it)".to_string(),
        n => format!("the labels of the {n} results that arrived with one (shortened where the link needs it)"),
    });
    if !back.name.is_empty() {
        parts.push(format!("the review’s name “\u{2068}{}\u{2069}”", back.name));
    }
    if back.earlier.is_some() {
        parts.push("the earlier round’s summary".to_string());
    }
    let last = parts.pop().unwrap_or_default();
    format!("This link holds {} and {last}: nothing else.", parts.join(", "))
}

/// In the partner's reply to an invitation, in their voice: what the link holds.
pub fn reply_holds(label: Option<&str>) -> String {
    match carried_label(label) {
        Some(label) => format!("The link holds my ratings and the label “{label}”, nothing else."),
        None => "The link holds my ratings only, with no label.".to_string(),
    }
}

/// The partner's reply to an invitation: their results link and, in
/// their voice, what it holds.
pub fn reply(invitation: &Invitation, results_link: &str, label: Option<&str>) -> String {
    invitation.message(results_link, &reply_holds(label))
}

/// Beside the reply to an invitation: what the message (copied or emailed) carries.
pub fn reply_says(invitation: &Invitation, label: Option<&str>) -> String {
    let to = invitation.reply_to.as_deref().map_or(String::new(), |to| format!(" to {to}"));
    format!(
        "The message{to} holds your results link: {} for this review and {}; {NOT_CARRIED}.",
        "your ratings",
        label_words(label, "no label, so the facilitator sees your results numbered (“Partner 3”)"),
    )
}

/// Beside the facilitator's invitation: what its link and email carry.
pub fn invitation_says(invitation: &Invitation) -> String {
    let mut parts = vec!["the review’s name".to_string()];
    if invitation.reply_by.is_some() {
        parts.push("the reply-by date".into());
    }
    if invitation.reply_to.is_some() {
        parts.push("your email address".into());
    }
    parts.push("the topics it covers".into());
    let last = parts.pop().unwrap_or_default();
    format!("The invitation link holds {} and {last}: nothing else.", parts.join(", "))
}

/// Beside the copied agenda and its printout.
pub const AGENDA_SAYS: &str =
    "The agenda holds the review’s name, the date, the group’s figures and the guide’s advice: \
    no result’s label and no one partner’s ratings.";

/// Beside the group summary's CSV.
pub const CSV_SAYS: &str = "The CSV holds the review’s name, the date and the group’s figures per topic and \
    statement (and the earlier round’s, if any): no result’s label and no one partner’s ratings.";

/// Beside the agreed actions' copied text, printout and CSV.
pub const AGREED_SAYS: &str = "The agreed actions hold the review’s name, the date, and each item’s actions and \
    notes as the meeting recorded them: no result’s label and no one partner’s ratings.";

/// Beside the agreed-actions link.
pub const ACTIONS_LINK_SAYS: &str = "The link holds the review’s name, the meeting’s date and the agreed actions \
    (what, who leads, by when, and the statement or topic each answers): no partner’s name, no ratings and no notes.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::statements::STATEMENTS;
    use crate::assessment::Answer;
    use crate::share::decode;
    use crate::share::review::review;
    use crate::share::rounds::Round;

    fn answers(n: usize, offset: usize) -> Answers {
        let mut a = Answers::new();
        for (j, s) in STATEMENTS.iter().take(n).enumerate() {
            a.insert(s.node.into(), Answer::rating(1 + ((j + offset) % 5) as u8).unwrap());
        }
        a
    }

    #[test]
    fn a_results_link_says_what_it_decodes_to() {
        for (label, expected) in
            [(None, None), (Some("   "), None), (Some("Northside council"), Some("Northside council"))]
        {
            let a = answers(12, 0);
            let payload = results_payload(&a, label);
            let back = decode(&payload).unwrap();
            assert_eq!(back.label.as_deref(), expected);
            assert_eq!(back.answers, a);
            for says in [results_link_says(&a, label), compare_with_mine_says(&a, label)] {
                assert!(says.contains("your 12 ratings"), "{says}");
                match &back.label {
                    Some(l) => assert!(says.contains(&format!("the label “\u{2068}{l}\u{2069}”")), "{says}"),
                    None => assert!(says.contains("no label"), "{says}"),
                }
                assert!(says.contains("not your partnership’s name"));
            }
        }
        // A label longer than a link carries: the sentence says what it holds.
        let long = "Northside Health Alliance and friends";
        let back = decode(&results_payload(&answers(3, 0), Some(long))).unwrap();
        let says = results_link_says(&answers(3, 0), Some(long));
        assert!(says.contains(&format!("“\u{2068}{}\u{2069}”", back.label.unwrap())), "{says}");
        assert!(!says.contains(long));
    }

    #[test]
    fn a_comparison_link_says_which_labels_name_and_round_it_holds() {
        let labels = [Some("Council"), None, Some("NHS Trust"), None, Some("College")];
        let read: Vec<Shared> =
            labels.iter().enumerate().map(|(i, l)| decode(&results_payload(&answers(42, i), *l)).unwrap()).collect();
        let results: Vec<String> = read.iter().map(|s| encode(&s.answers, s.label.as_deref())).collect();
        let plain = ComparisonLink { results: results.clone(), ..Default::default() };
        let (raw, says) = comparison_link(&plain, &read);
        let back = ComparisonLink::parse(&raw);
        let carried: Vec<Option<String>> = back.results.iter().map(|p| decode(p).unwrap().label).collect();
        assert_eq!(carried.iter().filter(|l| l.is_some()).count(), 3);
        assert_eq!(says, "This link holds the ratings of the 5 results compared and the labels of the 3 results that arrived with one (shortened where the link needs it): nothing else.");

        let all: Vec<Answers> = read.iter().map(|s| s.answers.clone()).collect();
        let named = ComparisonLink {
            results,
            name: "Spring review".into(),
            earlier: Some(Round::of(&review(&all), 1)),
            ..Default::default()
        };
        let (raw, says) = comparison_link(&named, &read);
        assert_eq!(ComparisonLink::parse(&raw).name, "Spring review");
        assert!(
            says.contains("the review’s name “\u{2068}Spring review\u{2069}”")
                && says.ends_with("and the earlier round’s summary: nothing else."),
            "{says}"
        );

        let unlabelled: Vec<Shared> = read.iter().map(|s| Shared { label: None, ..s.clone() }).collect();
        let link = ComparisonLink {
            results: unlabelled.iter().map(|s| encode(&s.answers, None)).collect(),
            ..Default::default()
        };
        let (raw, says) = comparison_link(&link, &unlabelled);
        assert!(ComparisonLink::parse(&raw).results.iter().all(|p| decode(p).unwrap().label.is_none()));
        assert_eq!(says, "This link holds the ratings of the 5 results compared and no labels: nothing else.");
    }

    #[test]
    fn the_reply_to_an_invitation_says_what_its_link_holds_and_never_the_partnerships_name() {
        let inv = Invitation::new("Spring review", "", "lead@example.org", vec!["trust"]).unwrap();
        for label in [None, Some("Youth services")] {
            let payload = results_payload(&answers(8, 1), label);
            let link = format!("https://x.example/#/share/{payload}");
            let message = reply(&inv, &link, label);
            let back = decode(&payload).unwrap();
            match &back.label {
                Some(l) => {
                    assert!(message.contains(&format!("the label “{l}”")), "{message}");
                    assert!(reply_says(&inv, label).contains(&format!("“\u{2068}{l}\u{2069}”")));
                }
                None => {
                    assert!(message.contains("with no label"), "{message}");
                    assert!(reply_says(&inv, label).contains("no label"));
                }
            }
            assert!(!message.contains("name of my partnership"));
            // The review's name names the review in the message; it never
            // becomes the link's label.
            assert!(back.label.as_deref() != Some("Spring review"));
            assert!(inv.mailto(&message).contains(&payload));
        }
        assert!(reply_says(&inv, None).starts_with("The message to lead@example.org holds your results link"));
    }

    #[test]
    fn the_invitation_says_what_its_link_holds() {
        let inv = Invitation::new("Spring review", "2027-03-01", "lead@example.org", vec!["trust"]).unwrap();
        let back = Invitation::decode(&inv.encode()).unwrap();
        assert_eq!(back, inv);
        assert_eq!(
            invitation_says(&back),
            "The invitation link holds the review’s name, the reply-by date, your email address and the topics it covers: nothing else."
        );
        let bare = Invitation::new("Spring review", "", "", vec!["trust"]).unwrap();
        let back = Invitation::decode(&bare.encode()).unwrap();
        assert!((back.reply_by.is_none() && back.reply_to.is_none()));
        assert_eq!(
            invitation_says(&back),
            "The invitation link holds the review’s name and the topics it covers: nothing else."
        );
    }

    #[test]
    fn the_agenda_and_the_csv_carry_no_label() {
        let labels = ["Quillfeather", "Marrowbone", "Zephyrine", "Tallowmere", "Oxenholme"];
        let all: Vec<Answers> = (0..5).map(|i| answers(42, i)).collect();
        let r = review(&all);
        let csv = crate::share::group_csv::group_csv(&r, None, "Spring review", "2026-12-03");
        let items = crate::share::agenda::agenda(&r, 90);
        let text = crate::share::agenda::agenda_text(&r, &items, ("Spring review", "3 December 2026"), None, |_| {
            "https://x.example/#/trust".to_string()
        });
        for label in labels {
            assert!(!csv.contains(label) && !text.contains(label), "{label}");
        }
        assert!(AGENDA_SAYS.contains("no result’s label") && CSV_SAYS.contains("no result’s label"));
    }
}
