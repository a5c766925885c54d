//! An invitation to a partnership review, as a link a facilitator sends:
//! the review's name, a date to reply by, an address to reply to and the
//! topics it covers. Nothing is sent anywhere by the app: the partner's
//! "Send my results" is a `mailto:` link their own mail program opens.
//!
//! ```text
//! "I"                      format, read before anything else
//! base64url, no padding, of:
//!   name length: u8, name: UTF-8      (1 to 60 characters)
//!   reply by: year - 2000, month, day (three zeros for none)
//!   reply-to length: u8, address      (ASCII; 0 for none)
//!   topics: u8                        bit i for the guide's topic i; 0 for all
//!   check: u16                        CRC-16/CCITT of the format and the above
//! ```

use super::codec::ShareError;
use super::comparison::clean_name;
use super::frame::{frame, unframe};
use crate::content::GUIDE;
use crate::dates::Date;

pub const FORMAT: char = 'I';
const MAX_CHARS: usize = 600;
/// The longest reply-to address accepted (the most an address can be).
pub const ADDRESS_MAX: usize = 254;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Invitation {
    /// The review's name; it names the partner's partnership too.
    pub name: String,
    /// `YYYY-MM-DD`, or `None`.
    pub reply_by: Option<String>,
    /// Where "Send my results" addresses its email, or `None`.
    pub reply_to: Option<String>,
    /// The topics the review covers (their slugs); all five when empty.
    pub topics: Vec<&'static str>,
}

/// Why an invitation could not be made from what the facilitator typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationError {
    NoName,
    NoTopic,
    BadDate,
    BadAddress,
}

impl InvitationError {
    pub fn explain(&self) -> &'static str {
        match self {
            InvitationError::NoName => "Give the review a name: partners see it, and it names their answers.",
            InvitationError::NoTopic => "Tick at least one topic for the review to cover.",
            InvitationError::BadDate => {
                "The reply date is not a date this tool can write: pick one between 2000 and 2255."
            }
            InvitationError::BadAddress => {
                "The reply-to address does not look like an email address, such as name@example.org."
            }
        }
    }
}

/// A plausible email address: one `@`, something either side, a dot in the
/// domain, and only characters an address may hold (no spaces, no `<>`).
pub fn is_address(text: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
    match text.split_once('@') {
        Some((local, domain)) => {
            text.len() <= ADDRESS_MAX
                && !local.is_empty()
                && local.chars().all(allowed)
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && domain.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        }
        None => false,
    }
}

/// `YYYY-MM-DD` (2000 to 2255) as three bytes; `None` for anything else.
fn date_bytes(iso: &str) -> Option<[u8; 3]> {
    let date = Date::parse(iso).filter(|d| (2000..=2255).contains(&d.year()))?;
    Some([(date.year() - 2000) as u8, date.month(), date.day()])
}

impl Invitation {
    /// The invitation as typed by the facilitator, checked.
    pub fn new(
        name: &str,
        reply_by: &str,
        reply_to: &str,
        topics: Vec<&'static str>,
    ) -> Result<Invitation, InvitationError> {
        let name = clean_name(name);
        if name.is_empty() {
            return Err(InvitationError::NoName);
        }
        let reply_by = reply_by.trim();
        if !reply_by.is_empty() && date_bytes(reply_by).is_none() {
            return Err(InvitationError::BadDate);
        }
        let reply_to = reply_to.trim();
        if !reply_to.is_empty() && !is_address(reply_to) {
            return Err(InvitationError::BadAddress);
        }
        let all = topics.len() == GUIDE.spreads.len();
        Ok(Invitation {
            name,
            reply_by: (!reply_by.is_empty()).then(|| reply_by.to_string()),
            reply_to: (!reply_to.is_empty()).then(|| reply_to.to_string()),
            topics: if all { Vec::new() } else { topics },
        })
    }

    pub fn encode(&self) -> String {
        let mut bytes = vec![self.name.len() as u8];
        bytes.extend(self.name.as_bytes());
        bytes.extend(self.reply_by.as_deref().and_then(date_bytes).unwrap_or([0; 3]));
        let to = self.reply_to.as_deref().unwrap_or_default();
        bytes.push(to.len() as u8);
        bytes.extend(to.as_bytes());
        let mask = GUIDE
            .spreads
            .iter()
            .enumerate()
            .filter(|(_, s)| self.topics.contains(&s.slug))
            .fold(0u8, |m, (i, _)| m | 1 << i);
        bytes.push(mask);
        frame(FORMAT, &bytes)
    }

    /// Reads an invitation; never panics, whatever the input.
    pub fn decode(payload: &str) -> Result<Invitation, ShareError> {
        let unframed = unframe(payload, FORMAT, MAX_CHARS)?;
        if !unframed.intact {
            return Err(ShareError::Altered);
        }
        let mut rest = unframed.body.as_slice();
        let mut take = |n: usize| -> Result<&[u8], ShareError> {
            let (head, tail) = rest.split_at_checked(n).ok_or(ShareError::Altered)?;
            rest = tail;
            Ok(head)
        };
        let name_len = usize::from(take(1)?[0]);
        let name = std::str::from_utf8(take(name_len)?).map_err(|_| ShareError::Altered)?;
        let date = take(3)?;
        let reply_by = match date {
            [0, 0, 0] => None,
            &[y, m, d] => Some(Date::new(2000 + u16::from(y), m, d).ok_or(ShareError::Altered)?.iso()),
            _ => return Err(ShareError::Altered),
        };
        let to_len = usize::from(take(1)?[0]);
        let to = std::str::from_utf8(take(to_len)?).map_err(|_| ShareError::Altered)?;
        let mask = take(1)?[0];
        if !rest.is_empty()
            || clean_name(name) != name
            || name.is_empty()
            || (!to.is_empty() && !is_address(to))
            || mask >> GUIDE.spreads.len() != 0
        {
            return Err(ShareError::Altered);
        }
        Ok(Invitation {
            name: name.to_string(),
            reply_by,
            reply_to: (!to.is_empty()).then(|| to.to_string()),
            topics: GUIDE.spreads.iter().enumerate().filter(|(i, _)| mask & 1 << i != 0).map(|(_, s)| s.slug).collect(),
        })
    }

    /// The topics to answer: those named, or all five.
    pub fn covers(&self) -> Vec<&'static str> {
        if self.topics.is_empty() {
            GUIDE.spreads.iter().map(|s| s.slug).collect()
        } else {
            self.topics.clone()
        }
    }

    /// The email a partner sends back, as a `mailto:` address their mail
    /// program opens with the subject and the message filled in.
    pub fn mailto(&self, message: &str) -> String {
        format!(
            "mailto:{}?subject={}&body={}",
            percent(self.reply_to.as_deref().unwrap_or_default(), "@"),
            percent(&self.subject(), ""),
            percent(message, "")
        )
    }

    /// The facilitator's email to partners, as a `mailto:` address (no
    /// recipient: their mail program asks) with `link` in the message.
    pub fn invite_mailto(&self, link: &str) -> String {
        mailto_anyone(&format!("Invitation: {}", self.name), &self.invite_message(link))
    }

    /// What the facilitator sends: what to do, by when, and the link.
    pub fn invite_message(&self, link: &str) -> String {
        let mut text = format!(
            "You are invited to take part in our partnership review, {}.\n\n\
             Open the link below, rate the statements for {} in your own browser, then choose \"Send my results\"",
            self.name,
            crate::content::topic_names(&self.covers())
        );
        if let Some(to) = &self.reply_to {
            text.push_str(&format!(" to send them to {to}"));
        }
        text.push('.');
        if let Some(date) = &self.reply_by {
            text.push_str(&format!(" Please reply by {}.", crate::dates::long_date(date)));
        }
        text.push_str(&format!("\n\n{link}\n\nYour answers stay in your browser until you send them yourself."));
        text
    }

    pub fn subject(&self) -> String {
        format!("My results for {}", self.name)
    }

    /// The message sent back: the results link and `holds`, the sentence
    /// saying what it holds (`outgoing::reply` writes it).
    pub fn message(&self, results_link: &str, holds: &str) -> String {
        format!("Here are my results for {}:\n\n{results_link}\n\n{holds}", self.name)
    }
}

/// An email with no recipient (the mail program asks), as a `mailto:`
/// address with its subject and message filled in.
pub fn mailto_anyone(subject: &str, body: &str) -> String {
    format!("mailto:?subject={}&body={}", percent(subject, ""), percent(body, ""))
}

/// Percent-encoding for a `mailto:` part (RFC 6068): everything but
/// unreserved characters and those in `keep`, UTF-8 bytes one by one.
fn percent(text: &str, keep: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || keep.contains(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_round_trips_and_checks_what_the_facilitator_typed() {
        let inv = Invitation::new(
            " Northern review, spring ",
            "2027-03-12",
            "lead@partners.example.org",
            vec!["trust", "power"],
        )
        .unwrap();
        assert_eq!(inv.name, "Northern review, spring");
        let payload = inv.encode();
        assert!(payload.starts_with(FORMAT) && payload.len() < 120, "{payload}");
        assert_eq!(Invitation::decode(&payload), Ok(inv.clone()));
        assert_eq!(inv.covers(), ["trust", "power"]);
        let all = Invitation::new("R", "", "", GUIDE.spreads.iter().map(|s| s.slug).collect()).unwrap();
        assert!(all.topics.is_empty() && all.covers().len() == 5);
        assert_eq!(Invitation::decode(&all.encode()).unwrap(), all);
        assert_eq!(Invitation::new("  ", "", "", vec![]), Err(InvitationError::NoName));
        assert_eq!(Invitation::new("R", "12/03/2027", "", vec![]), Err(InvitationError::BadDate));
        for bad in ["lead", "lead@", "@x.org", "le ad@x.org", "lead@x", "<lead@x.org>", "lead@x.org?cc=all@y.org"] {
            assert_eq!(Invitation::new("R", "", bad, vec![]), Err(InvitationError::BadAddress), "{bad}");
        }
    }

    #[test]
    fn hostile_invitations_are_refused_without_a_panic() {
        let good = Invitation::new("Review", "2027-01-31", "a@b.org", vec!["goals"]).unwrap().encode();
        for bad in ["", "I", "Ixx", "I!!!!", "1abc", &good[..good.len() - 2], &format!("{good}A")] {
            assert!(Invitation::decode(bad).is_err(), "{bad:?}");
        }
        // Every single-character change is caught.
        for i in 1..good.len() {
            let mut changed = good.clone().into_bytes();
            changed[i] = if changed[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(changed).unwrap();
            if changed != good {
                assert!(Invitation::decode(&changed).is_err(), "{changed}");
            }
        }
    }

    #[test]
    fn send_my_results_is_a_mailto_link_with_subject_and_message() {
        let inv = Invitation::new("Review & plan: 2027", "", "lead@partners.example.org", vec![]).unwrap();
        let link = "https://x.example/#/share/1abc";
        let mailto = inv.mailto(&inv.message(link, "The link holds my ratings only, with no label."));
        assert!(
            mailto.starts_with(
                "mailto:lead@partners.example.org?subject=My%20results%20for%20Review%20%26%20plan%3A%202027&body="
            ),
            "{mailto}"
        );
        assert!(mailto.contains("https%3A%2F%2Fx.example%2F%23%2Fshare%2F1abc"));
        assert!(!mailto.contains(' ') && !mailto.contains('\n'));
        let none = Invitation::new("R", "", "", vec![]).unwrap();
        assert!(none.mailto("m").starts_with("mailto:?subject="), "no address: the partner fills it in");
    }

    #[test]
    fn the_facilitator_s_email_says_what_to_do_by_when_with_the_link() {
        let inv = Invitation::new("Spring review", "2027-03-12", "lead@x.org", vec!["trust", "power"]).unwrap();
        let text = inv.invite_message("https://x.example/#/invite/Iabc");
        assert_eq!(
            text,
            "You are invited to take part in our partnership review, Spring review.\n\n\
             Open the link below, rate the statements for Trust and Power in your own browser, then choose \"Send my results\" to send them to lead@x.org. \
             Please reply by 12 March 2027.\n\nhttps://x.example/#/invite/Iabc\n\nYour answers stay in your browser until you send them yourself."
        );
        assert!(inv
            .invite_mailto("https://x.example/#/invite/Iabc")
            .starts_with("mailto:?subject=Invitation%3A%20Spring%20review&body=You%20are"));
    }
}
