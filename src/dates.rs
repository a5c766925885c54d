//! Dates as people read them ("1 December 2026"), from the `YYYY-MM-DD`
//! the app stores. Plain Rust; British order, as in the guide.

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

/// `YYYY-MM-DD` as (year, month 1–12, day 1–31); `None` for anything else.
pub fn ymd(iso: &str) -> Option<(u16, u8, u8)> {
    let part = |r: std::ops::Range<usize>| iso.get(r).and_then(|p| p.parse::<u16>().ok());
    match (iso.len(), part(0..4), part(5..7), part(8..10)) {
        (10, Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => Some((year, month as u8, day as u8)),
        _ => None,
    }
}

/// `2026-12-01` as "1 December 2026"; anything else as it is.
pub fn long_date(iso: &str) -> String {
    match ymd(iso) {
        Some((year, month, day)) => format!("{day} {} {year}", MONTHS[usize::from(month) - 1]),
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn a_stored_date_reads_as_words_and_anything_else_is_left_alone() {
        assert_eq!(long_date("2026-12-01"), "1 December 2026");
        assert_eq!(long_date("2027-03-12"), "12 March 2027");
        for odd in ["", "Now", "2026-13-01", "2026-1-1"] {
            assert_eq!(long_date(odd), odd);
        }
    }
}
