//! One answer on the five-point scale, or "don't know / not applicable".

/// A rating 1–5, or 0 for "don't know / not applicable" (left out of scores).
/// Saved as its code (`code()`); any other number is refused on reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Answer(u8);

impl Answer {
    pub const DONT_KNOW: Answer = Answer(0);
    /// The top of the rating scale (its bottom is 1): the one place its
    /// size is named; scores, charts and sentences follow from it.
    pub const TOP: u8 = 5;

    /// Every choice in the order offered: 1–5, then don't know.
    pub const CHOICES: [Answer; 6] = [Answer(1), Answer(2), Answer(3), Answer(4), Answer(5), Answer(0)];

    pub fn rating(value: u8) -> Option<Answer> {
        (1..=Self::TOP).contains(&value).then_some(Answer(value))
    }

    /// The rating 1–5, or `None` for don't know.
    pub fn score(self) -> Option<u8> {
        (self.0 != 0).then_some(self.0)
    }

    /// The scale point's words.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Not at all",
            2 => "A little",
            3 => "Partly",
            4 => "Largely",
            5 => "Fully",
            _ => "Don’t know / not applicable",
        }
    }

    /// 0 for don't know, else the rating: the stored and shared value.
    pub fn code(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Answer {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, String> {
        if value <= Answer::TOP {
            Ok(Answer(value))
        } else {
            Err(format!("an answer must be 0 (don’t know) or 1 to {}, not {value}", Answer::TOP))
        }
    }
}

impl From<Answer> for u8 {
    fn from(a: Answer) -> u8 {
        a.0
    }
}
