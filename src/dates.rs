//! Calendar dates: one type, read by one parser from the `YYYY-MM-DD` the
//! app stores (saved data keeps those strings, so older files still read),
//! and shown as people read them ("1 December 2026", British order, as in
//! the guide). Plain Rust.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the calendar, years 1900 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if there is one: month 1–12, a day the month has.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        ((1900..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD`: ten characters, digits and two hyphens
    /// (no sign, no space, no shorter field).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let shape = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
        if !shape {
            return None;
        }
        let number = |r: std::ops::Range<usize>| b[r].iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0'));
        Date::new(number(0..4), number(5..7) as u8, number(8..10) as u8)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// As stored: `2026-12-01`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// As read: "1 December 2026".
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, MONTHS[usize::from(self.month) - 1], self.year)
    }
}

/// Whether stored text is a date.
pub fn is_date(text: &str) -> bool {
    Date::parse(text).is_some()
}

/// `2026-12-01` as "1 December 2026"; anything else as it is.
pub fn long_date(iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), Date::long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_date_reads_as_words_and_anything_else_is_left_alone() {
        assert_eq!(long_date("2026-12-01"), "1 December 2026");
        assert_eq!(long_date("2027-03-12"), "12 March 2027");
        for odd in ["", "Now", "2026-13-01", "2026-1-1", "2026-+1-01"] {
            assert_eq!(long_date(odd), odd);
        }
    }

    #[test]
    fn only_exact_digits_and_real_days_are_dates() {
        assert_eq!(Date::parse("2026-12-01").map(Date::iso).as_deref(), Some("2026-12-01"));
        assert_eq!(Date::parse("2028-02-29").map(|d| (d.year(), d.month(), d.day())), Some((2028, 2, 29)));
        for odd in [
            "2026-+1-01",
            "+026-01-01",
            "2026-01-+1",
            "2026- 1-01",
            "2026-01-1 ",
            "2026/01/01",
            "2026-02-29",
            "2026-04-31",
            "2026-00-10",
            "2026-01-00",
            "1899-12-31",
            "２０２６-01-01",
            "2026-01-011",
        ] {
            assert_eq!(Date::parse(odd), None, "{odd}");
            assert!(!is_date(odd), "{odd}");
        }
    }
}
