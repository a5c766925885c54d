//! Decimal numbers for display and SVG coordinates, written with integer
//! arithmetic: Rust's float formatting would add tens of kilobytes to the
//! WebAssembly for what is only ever one or two decimal places.

use std::fmt;

/// `value` rounded to `places` (0–3) decimal places; trailing zeros are
/// kept so columns line up ("3.0").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fixed(pub f32, pub u8);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fixed(value, places) = *self;
        if !value.is_finite() {
            return f.write_str("0");
        }
        let scale = 10i64.pow(u32::from(places.min(3)));
        let scaled = (f64::from(value) * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
        if places == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{fraction:0width$}", width = usize::from(places.min(3)))
        }
    }
}

/// `value` in tenths, rounded as [`Fixed`] rounds it to one decimal: what
/// the screen shows, as a whole number to compare.
pub fn tenths(value: f32) -> i32 {
    if value.is_finite() {
        (f64::from(value) * 10.0).round() as i32
    } else {
        0
    }
}

/// Shorthand for SVG coordinates: one decimal place.
pub fn px(value: f32) -> Fixed {
    Fixed(value, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_the_standard_formatter() {
        for (value, places, expected) in [
            (3.0, 1, "3.0"),
            (3.25, 1, "3.3"),
            (2.75, 2, "2.75"),
            (62.5, 0, "63"),
            (-1.04, 1, "-1.0"),
            (0.0, 0, "0"),
            (1234.56, 1, "1234.6"),
            (f32::NAN, 1, "0"),
        ] {
            assert_eq!(Fixed(value, places).to_string(), expected, "{value}");
        }
    }
}
