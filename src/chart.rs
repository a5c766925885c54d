//! Geometry of the results radar chart: plain numbers, no browser types.

use crate::number::px;
use crate::trig::clockwise_from_top;

/// Centre and radius of the chart in its 0–400 view box.
pub const CENTRE: f32 = 200.0;
pub const RADIUS: f32 = 130.0;

/// The point for axis `i` of `n` at `fraction` (0–1) of the radius; axis 0
/// points up and the rest follow clockwise.
pub fn point(i: usize, n: usize, fraction: f32) -> (f32, f32) {
    let r = RADIUS * fraction.clamp(0.0, 1.0);
    let (cos, sin) = clockwise_from_top(i, n);
    (CENTRE + r * cos, CENTRE + r * sin)
}

/// An SVG `points` list for a polygon through the given fractions.
pub fn polygon(fractions: &[f32]) -> String {
    fractions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (x, y) = point(i, fractions.len(), *f);
            format!("{},{}", px(x), px(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_zero_points_up_and_fractions_scale_the_radius() {
        let (x, y) = point(0, 5, 1.0);
        assert!((x - CENTRE).abs() < 1e-3 && (y - (CENTRE - RADIUS)).abs() < 1e-3);
        assert_eq!(point(3, 5, 0.0), (CENTRE, CENTRE));
        assert_eq!(polygon(&[0.0, 0.0, 0.0]).split(' ').count(), 3);
        assert_eq!(point(1, 5, 2.0), point(1, 5, 1.0), "clamped");
    }
}
