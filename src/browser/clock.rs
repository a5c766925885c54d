//! Time from the browser, handed to the model as plain numbers and strings.
//! Natively (server rendering, tests) from the system clock, in UTC.

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64)
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    let (year, month, day) = {
        let d = js_sys::Date::new_0();
        (d.get_full_year() as i64, d.get_month() + 1, d.get_date())
    };
    #[cfg(not(target_arch = "wasm32"))]
    let (year, month, day) = civil_from_days((now_ms() / 86_400_000.0) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The calendar date of a day counted from 1970-01-01 (Howard Hinnant's
/// algorithm), for the native clock only.
#[cfg(not(target_arch = "wasm32"))]
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn days_since_1970_read_as_calendar_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_423), (2025, 12, 1));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
