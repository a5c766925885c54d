//! Format A: the actions a review's meeting agreed, as one link the
//! facilitator sends back to every partner. A partner adds them to their
//! own action plan; the next round's comparison lists them beside what
//! changed.
//!
//! ```text
//! "A"                          format, read before anything else
//! base64url, no padding, of:
//!   version: u8 = 1
//!   date: year: u16 (big-endian), month: u8, day: u8   the meeting's date
//!   name length: u8, name: UTF-8                        the review's name (0 for none)
//!   actions: u8                                         1 to MAX_ACTIONS
//!   per action:
//!     subject: u8        0–127: a statement, by its index in
//!                        `assessment::statements` (42 today); 128 + i:
//!                        the guide's topic i (so statements added at the
//!                        end never move a topic)
//!     what length: u8, what: UTF-8
//!     lead length: u8, lead: UTF-8     a role or a partner organisation
//!     by length: u8, by: UTF-8         "by when", as the facilitator typed it
//!   check: u16                         CRC-16/CCITT of the format and the above
//! ```
//!
//! "By when" is free text, not a date: meetings agree "before the next
//! round" or "end of March" as often as a day, and the partner's plan
//! shows it as typed (a `YYYY-MM-DD` is shown in words).
//!
//! Nothing is ever cut to fit: [`AgreedActions::payload`] refuses, with a
//! sentence, text over its field's limit or a link over [`MAX_CHARS`].
//! Ten actions of 80 characters with a short lead and date and a
//! 60-character name take about 1,800 characters (tested).

use super::codec::ShareError;
use super::comparison::{clean_name, name_fits};
use super::frame::{frame, unframe};
use super::review::Review;
use super::rounds::Round;
use crate::assessment::statements::STATEMENTS;
use crate::content::GUIDE;
use crate::dates::Date;

pub const FORMAT: char = 'A';
const VERSION: u8 = 1;
/// The longest payload made or read: with `#/actions/` and a page address
/// of up to 100 characters, the link stays under 2,120 characters, which
/// a reply that wraps and quotes it still gives back whole (`share::links`).
pub const MAX_CHARS: usize = 2000;
/// The most actions one link carries (the length limit usually comes first).
pub const MAX_ACTIONS: usize = 30;
/// What is to be done, in characters.
pub const WHAT_MAX_CHARS: usize = 80;
/// Who leads it: a role or a partner organisation, never a person's name.
pub const LEAD_MAX_CHARS: usize = 40;
/// By when, as typed ("end of March", "2027-03-31").
pub const BY_MAX_CHARS: usize = 30;
/// The first subject byte that names a topic.
const TOPIC_BASE: u8 = 128;

/// One action agreed in the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreedAction {
    /// What the action answers: a statement's node id or a topic's slug,
    /// as `share::agenda::AgendaItem::subject` holds it.
    pub subject: &'static str,
    /// What is to be done.
    pub what: String,
    /// Who leads it: a role or a partner organisation, never a person's name.
    pub lead: String,
    /// By when, as the facilitator typed it (may be empty).
    pub by: String,
}

/// What a meeting agreed: the review, the meeting's date, the actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedActions {
    /// The review's name, as the facilitator typed it ("" for none).
    pub review: String,
    pub date: Date,
    pub actions: Vec<AgreedAction>,
}

/// The subject byte for a statement's node id or a topic's slug.
pub fn subject_index(subject: &str) -> Option<u8> {
    if let Some(i) = STATEMENTS.iter().position(|s| s.node == subject) {
        return u8::try_from(i).ok().filter(|&i| i < TOPIC_BASE);
    }
    GUIDE.spreads.iter().position(|s| s.slug == subject).and_then(|i| u8::try_from(i).ok()).map(|i| TOPIC_BASE + i)
}

/// The statement or topic a subject byte names, if this release knows it.
pub fn subject_of(index: u8) -> Option<&'static str> {
    if index < TOPIC_BASE {
        STATEMENTS.get(usize::from(index)).map(|s| s.node)
    } else {
        GUIDE.spreads.get(usize::from(index - TOPIC_BASE)).map(|s| s.slug)
    }
}

/// Whether `subject` is a topic (else a statement).
pub fn is_topic(subject: &str) -> bool {
    GUIDE.spread(subject).is_some()
}

/// A subject in words: the statement's text, or "The topic as a whole:
/// Trust" (as the agenda says it).
pub fn subject_text(subject: &str) -> String {
    match GUIDE.spread(subject) {
        Some(spread) => format!("The topic as a whole: {}", spread.short_title),
        None => STATEMENTS.iter().find(|s| s.node == subject).map_or_else(String::new, |s| s.text.to_string()),
    }
}

/// Typed text as a link carries it: line breaks and tabs as spaces, other
/// control characters left out, trimmed. Never cut: a limit is checked on
/// what this gives.
pub fn clean_text(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            c if c.is_whitespace() && c.is_control() => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Whether typed text fits a field of `max_chars` once cleaned (and its
/// length byte: only text of many four-byte characters reaches 255 bytes).
pub fn text_fits(text: &str, max_chars: usize) -> bool {
    let text = clean_text(text);
    text.chars().count() <= max_chars && text.len() <= usize::from(u8::MAX)
}

impl AgreedAction {
    /// Whether every field fits the link.
    pub fn fits(&self) -> bool {
        text_fits(&self.what, WHAT_MAX_CHARS)
            && text_fits(&self.lead, LEAD_MAX_CHARS)
            && text_fits(&self.by, BY_MAX_CHARS)
    }

    /// "monthly steering call, led by the council, by end of March": the
    /// action in one phrase, as a comparison or a plan item says it.
    pub fn phrase(&self) -> String {
        let mut text = self.what.clone();
        if !self.lead.is_empty() {
            text.push_str(&format!(", led by {}", self.lead));
        }
        if !self.by.is_empty() {
            text.push_str(&format!(", by {}", crate::dates::long_date(&self.by)));
        }
        text
    }
}

impl AgreedActions {
    /// Where the actions were agreed, to begin a line: "Agreed at “Spring
    /// review” on 12 March 2027" (the name isolated, so a right-to-left
    /// name cannot reorder the line).
    pub fn agreed_at(&self) -> String {
        if self.review.is_empty() {
            format!("Agreed on {}", self.date.long())
        } else {
            format!("Agreed at “\u{2068}{}\u{2069}” on {}", self.review, self.date.long())
        }
    }

    /// Each action beside what changed since for its statement or topic,
    /// for the next round's comparison: "Agreed at “Spring review” on 12
    /// March 2027: monthly steering call, led by the council — Trust:
    /// median 2.0 → 3.5, better". `earlier` is the round the actions were
    /// agreed after, `now` this round's summary.
    pub fn beside_changes(&self, earlier: Option<&Round>, now: &Review) -> Vec<String> {
        let at = self.agreed_at();
        self.actions
            .iter()
            .map(|action| {
                let subject = action.subject;
                let no_figures = || "no figures in both rounds to compare".to_string();
                // A topic leads its change ("Trust: median …"); a statement,
                // a sentence in quotes, is followed by its change as a
                // sentence of its own ("“… trust.” Median …").
                let beside = match GUIDE.spread(subject) {
                    Some(spread) => {
                        let change =
                            now.topics.iter().find(|t| t.slug == subject).and_then(|t| earlier?.topic_change(t));
                        format!("{}: {}", spread.short_title, change.unwrap_or_else(no_figures))
                    }
                    None => {
                        let change =
                            now.statements.iter().find(|s| s.node == subject).and_then(|s| earlier?.change_of(s));
                        let mut change = change.unwrap_or_else(no_figures);
                        if let Some(first) = change.get_mut(..1) {
                            first.make_ascii_uppercase();
                        }
                        format!("“{}” {change}", subject_text(subject))
                    }
                };
                format!("{at}: {} — {beside}.", action.phrase())
            })
            .collect()
    }

    /// The link's payload (format A), framed by `share::frame`. Refuses,
    /// never cuts: no actions, text over a field's limit, an unknown
    /// subject, or more than a link carries.
    pub fn payload(&self) -> Result<String, ShareError> {
        if self.actions.is_empty() {
            return Err(ShareError::NoActions);
        }
        if self.actions.len() > MAX_ACTIONS {
            return Err(ShareError::TooManyActions);
        }
        if self.actions.iter().any(|a| clean_text(&a.what).is_empty()) {
            return Err(ShareError::ActionWithoutWhat);
        }
        if !name_fits(&self.review) || !self.actions.iter().all(AgreedAction::fits) {
            return Err(ShareError::ActionTextTooLong);
        }
        let mut bytes = vec![VERSION];
        bytes.extend(self.date.year().to_be_bytes());
        bytes.extend([self.date.month(), self.date.day()]);
        let push_text = |bytes: &mut Vec<u8>, text: &str| {
            bytes.push(text.len() as u8);
            bytes.extend(text.as_bytes());
        };
        push_text(&mut bytes, &clean_name(&self.review));
        bytes.push(self.actions.len() as u8);
        for action in &self.actions {
            bytes.push(subject_index(action.subject).ok_or(ShareError::UnknownSubject)?);
            for text in [&action.what, &action.lead, &action.by] {
                push_text(&mut bytes, &clean_text(text));
            }
        }
        let payload = frame(FORMAT, &bytes);
        if payload.len() > MAX_CHARS {
            return Err(ShareError::ActionsTooLong);
        }
        Ok(payload)
    }

    /// Reads an actions payload; never panics, whatever the input. Text
    /// that is not as [`Self::payload`] writes it is refused, not mended.
    pub fn decode(payload: &str) -> Result<AgreedActions, ShareError> {
        let unframed = unframe(payload, FORMAT, MAX_CHARS)?;
        // Every length is inside the checked bytes: check them first.
        if !unframed.intact {
            return Err(ShareError::Altered);
        }
        let mut body = Bytes(unframed.body.as_slice());
        if body.byte()? != VERSION {
            return Err(ShareError::UnknownVersion);
        }
        let &[y0, y1, month, day] = body.take(4)? else { return Err(ShareError::Altered) };
        let date = Date::new(u16::from_be_bytes([y0, y1]), month, day).ok_or(ShareError::Altered)?;
        let review = body.text(super::comparison::NAME_MAX_CHARS, clean_name)?;
        let count = usize::from(body.byte()?);
        if count == 0 || count > MAX_ACTIONS {
            return Err(ShareError::Altered);
        }
        let mut actions = Vec::with_capacity(count);
        for _ in 0..count {
            let subject = subject_of(body.byte()?).ok_or(ShareError::UnknownSubject)?;
            let what = body.text(WHAT_MAX_CHARS, clean_text)?;
            let lead = body.text(LEAD_MAX_CHARS, clean_text)?;
            let by = body.text(BY_MAX_CHARS, clean_text)?;
            if what.is_empty() {
                return Err(ShareError::Altered);
            }
            actions.push(AgreedAction { subject, what, lead, by });
        }
        if !body.0.is_empty() {
            return Err(ShareError::Altered);
        }
        Ok(AgreedActions { review, date, actions })
    }
}

/// The bytes not yet read.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        let (head, tail) = self.0.split_at_checked(n).ok_or(ShareError::Altered)?;
        self.0 = tail;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, ShareError> {
        Ok(self.take(1)?[0])
    }

    /// A length byte and text, exactly as `clean` leaves it and within
    /// `max_chars`.
    fn text(&mut self, max_chars: usize, clean: fn(&str) -> String) -> Result<String, ShareError> {
        let len = usize::from(self.byte()?);
        let text = std::str::from_utf8(self.take(len)?).map_err(|_| ShareError::Altered)?;
        if clean(text) != text || text.chars().count() > max_chars {
            return Err(ShareError::Altered);
        }
        Ok(text.to_string())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Ten actions of 80 characters, a lead and a date as a meeting types
    /// them, and a 60-character name: the issue's budget.
    pub(crate) fn ten_of_80() -> AgreedActions {
        let subjects = ["trust.time", "power.checks", "goals.who", "trust", "evaluate.stop"];
        AgreedActions {
            review: "Riverside Partnership review, spring round of two thousand 27".chars().take(60).collect(),
            date: Date::new(2027, 3, 12).unwrap(),
            actions: (0..10)
                .map(|i| AgreedAction {
                    subject: subjects[i % subjects.len()],
                    what: format!("{i} Hold a monthly steering call open to every partner, with notes sent round"),
                    lead: "Council partnerships team".into(),
                    by: "end of June 2027".into(),
                })
                .map(|a| AgreedAction { what: a.what.chars().chain(std::iter::repeat('.')).take(80).collect(), ..a })
                .collect(),
        }
    }

    #[test]
    fn ten_actions_of_80_characters_fit_2000_and_read_back_whole() {
        let agreed = ten_of_80();
        assert!(agreed.actions.iter().all(|a| a.what.chars().count() == WHAT_MAX_CHARS));
        assert_eq!(agreed.review.chars().count(), 60);
        let payload = agreed.payload().unwrap();
        assert!(payload.starts_with(FORMAT));
        assert!(payload.len() <= MAX_CHARS, "{}", payload.len());
        assert_eq!(AgreedActions::decode(&payload), Ok(agreed.clone()));
        // Every field at its limit in two-byte letters is refused whole, not cut.
        let mut longest = agreed.clone();
        for a in &mut longest.actions {
            a.what = "é".repeat(WHAT_MAX_CHARS);
            a.lead = "é".repeat(LEAD_MAX_CHARS);
            a.by = "é".repeat(BY_MAX_CHARS);
        }
        assert_eq!(longest.payload(), Err(ShareError::ActionsTooLong));
        longest.actions.truncate(4);
        let payload = longest.payload().expect("four such actions fit");
        assert_eq!(AgreedActions::decode(&payload), Ok(longest));
    }

    #[test]
    fn what_does_not_fit_is_refused_with_a_sentence_never_cut() {
        let base = ten_of_80();
        let with = |f: &dyn Fn(&mut AgreedActions)| {
            let mut a = base.clone();
            f(&mut a);
            a.payload()
        };
        assert_eq!(with(&|a| a.actions[0].what.push('x')), Err(ShareError::ActionTextTooLong));
        assert_eq!(with(&|a| a.actions[0].lead = "x".repeat(LEAD_MAX_CHARS + 1)), Err(ShareError::ActionTextTooLong));
        assert_eq!(with(&|a| a.actions[0].by = "x".repeat(BY_MAX_CHARS + 1)), Err(ShareError::ActionTextTooLong));
        assert_eq!(with(&|a| a.review.push('x')), Err(ShareError::ActionTextTooLong));
        assert_eq!(with(&|a| a.actions[1].what = " \n ".into()), Err(ShareError::ActionWithoutWhat));
        assert_eq!(with(&|a| a.actions.clear()), Err(ShareError::NoActions));
        assert_eq!(with(&|a| a.actions[2].subject = "trust.nothing"), Err(ShareError::UnknownSubject));
        let many = |n: usize| {
            let action = AgreedAction { subject: "trust", what: "Meet".into(), ..Default::default() };
            AgreedActions { actions: vec![action; n], ..base.clone() }.payload()
        };
        assert!(many(MAX_ACTIONS).is_ok());
        assert_eq!(many(MAX_ACTIONS + 1), Err(ShareError::TooManyActions));
        // Emoji are four bytes: eighty of them pass the character count but
        // not the length byte, and are refused, not cut.
        assert!(!text_fits(&"🤝".repeat(70), WHAT_MAX_CHARS));
        assert!(text_fits(&"語".repeat(WHAT_MAX_CHARS), WHAT_MAX_CHARS), "three-byte scripts fit whole");
        // The sentences name the limits the constants set.
        assert!(ShareError::ActionTextTooLong.explain().contains(&format!("within {WHAT_MAX_CHARS}")));
        assert!(ShareError::ActionTextTooLong.explain().contains(&format!("within {LEAD_MAX_CHARS}")));
        assert!(ShareError::ActionTextTooLong.explain().contains(&format!("within {BY_MAX_CHARS}")));
        assert!(ShareError::TooManyActions.explain().contains(&MAX_ACTIONS.to_string()));
        assert!(ShareError::ActionsTooLong.explain().contains("2,000") && MAX_CHARS == 2000);
    }

    #[test]
    fn typed_text_travels_cleaned_and_hostile_text_stays_text() {
        let agreed = AgreedActions {
            review: "".into(),
            date: Date::new(2026, 12, 1).unwrap(),
            actions: vec![AgreedAction {
                subject: "power",
                what: " <script>alert(1)</script>\nand &amp; \u{202e}more\u{0007} ".into(),
                lead: "\t".into(),
                by: "2027-01-31".into(),
            }],
        };
        let back = AgreedActions::decode(&agreed.payload().unwrap()).unwrap();
        assert_eq!(back.review, "");
        assert_eq!(back.actions[0].what, "<script>alert(1)</script> and &amp; \u{202e}more");
        assert_eq!(back.actions[0].lead, "");
        assert_eq!(back.actions[0].phrase(), "<script>alert(1)</script> and &amp; \u{202e}more, by 31 January 2027");
        assert_eq!(subject_text("power"), "The topic as a whole: Power");
        assert_eq!(subject_text("trust.time"), "We set aside time specifically to build trust.");
    }

    #[test]
    fn subjects_are_statements_by_index_then_topics_from_128() {
        for (i, s) in STATEMENTS.iter().enumerate() {
            assert_eq!(subject_index(s.node), Some(i as u8));
            assert_eq!(subject_of(i as u8), Some(s.node));
        }
        for (i, t) in GUIDE.spreads.iter().enumerate() {
            assert_eq!(subject_index(t.slug), Some(128 + i as u8));
            assert_eq!(subject_of(128 + i as u8), Some(t.slug));
            assert!(is_topic(t.slug));
        }
        assert_eq!(subject_of(STATEMENTS.len() as u8), None, "a later guide's statement");
        assert_eq!(subject_of(128 + GUIDE.spreads.len() as u8), None);
        assert_eq!(subject_index("nothing"), None);
    }

    /// The body of a payload, framed anew: hostile bytes with a valid check.
    fn framed(body: &[u8]) -> String {
        frame(FORMAT, body)
    }

    #[test]
    fn hostile_payloads_are_refused_without_a_panic() {
        let good = ten_of_80().payload().unwrap();
        let body = unframe(&good, FORMAT, MAX_CHARS).ok().unwrap().body;
        // Truncated, too long, a wrong check, other characters.
        assert_eq!(AgreedActions::decode(&good[..good.len() - 4]), Err(ShareError::Altered));
        assert!(AgreedActions::decode(&good[..good.len() - 1]).is_err());
        assert_eq!(AgreedActions::decode(&format!("{good}{}", "A".repeat(400))), Err(ShareError::TooLong));
        assert_eq!(AgreedActions::decode("A"), Err(ShareError::Empty));
        assert_eq!(AgreedActions::decode("Aab%C3"), Err(ShareError::BadCharacters));
        for i in 1..good.len() {
            let mut changed = good.clone().into_bytes();
            changed[i] = if changed[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(changed).unwrap();
            assert!(AgreedActions::decode(&changed).is_err(), "{i}");
        }
        // Well framed, badly made.
        let one = |what: &[u8]| {
            let mut b = vec![VERSION, 0x07, 0xea, 12, 1, 0, 1, 128, what.len() as u8];
            b.extend(what);
            b.extend([0, 0]);
            b
        };
        assert!(AgreedActions::decode(&framed(&one(b"Meet"))).is_ok(), "the hand-made form reads");
        let mut later = one(b"Meet");
        later[0] = 2;
        assert_eq!(AgreedActions::decode(&framed(&later)), Err(ShareError::UnknownVersion));
        for (bad, why) in [
            (one(&[0xff, 0xfe]), "invalid UTF-8"),
            (one(b"Tab\there"), "text no link is made with"),
            (one(b" Meet"), "untrimmed"),
            (one(b""), "no what"),
            (one(&[b'x'; 81]), "over the limit"),
            ([&one(b"Meet")[..], &[0]].concat(), "bytes after the last action"),
            (one(b"Meet")[..10].to_vec(), "cut inside a length"),
            (
                {
                    let mut b = one(b"Meet");
                    b[6] = 0;
                    b
                },
                "no actions",
            ),
            (
                {
                    let mut b = one(b"Meet");
                    b[6] = 200;
                    b
                },
                "more actions than there are",
            ),
            (
                {
                    let mut b = one(b"Meet");
                    b[8] = 250;
                    b
                },
                "an oversize length",
            ),
            (
                {
                    let mut b = one(b"Meet");
                    b[3] = 2;
                    b[4] = 30;
                    b
                },
                "30 February",
            ),
        ] {
            assert_eq!(AgreedActions::decode(&framed(&bad)), Err(ShareError::Altered), "{why}");
        }
        let mut unknown = one(b"Meet");
        unknown[7] = STATEMENTS.len() as u8;
        assert_eq!(AgreedActions::decode(&framed(&unknown)), Err(ShareError::UnknownSubject));
        assert!(AgreedActions::decode(&framed(&body)).is_ok());
    }

    #[test]
    fn each_action_is_said_beside_what_changed_since() {
        use crate::share::{partners, review::review};
        let then =
            review(&partners(&[&[("trust.time", 2), ("power.team", 2)], &[("trust.time", 2), ("power.team", 3)]]));
        let now =
            review(&partners(&[&[("trust.time", 4), ("power.team", 4)], &[("trust.time", 3), ("power.team", 4)]]));
        let round = Round::of(&then, 1);
        let agreed = AgreedActions {
            review: "Spring review".into(),
            date: Date::new(2027, 3, 12).unwrap(),
            actions: vec![
                AgreedAction {
                    subject: "trust",
                    what: "Monthly steering call".into(),
                    lead: "the council".into(),
                    by: String::new(),
                },
                AgreedAction { subject: "trust.time", what: "Away day".into(), ..Default::default() },
                AgreedAction { subject: "goals.who", what: "Roles chart".into(), ..Default::default() },
            ],
        };
        let lines = agreed.beside_changes(Some(&round), &now);
        let trust_then = round.topic("trust").unwrap();
        let trust_now = now.topics.iter().find(|t| t.slug == "trust").unwrap();
        assert_eq!(
            lines[0],
            format!(
                "Agreed at “\u{2068}Spring review\u{2069}” on 12 March 2027: Monthly steering call, led by the council — Trust: {}.",
                crate::share::rounds::median_change(Some(trust_then), trust_now.median).unwrap()
            )
        );
        assert!(
            lines[1].contains("— “We set aside time specifically to build trust.” Median 2.0 → 3.5, better")
                && lines[1].ends_with('.'),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].ends_with("— “Everyone knows who is doing what.” No figures in both rounds to compare."),
            "{}",
            lines[2]
        );
        let unnamed = AgreedActions { review: String::new(), ..agreed };
        assert!(unnamed.beside_changes(None, &now)[1].starts_with("Agreed on 12 March 2027: Away day — "));
    }
}
