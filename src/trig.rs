//! Sine and cosine for laying points out on a circle. The standard `f32`
//! functions bring libm's general range reduction (about 6 KB of
//! WebAssembly); our angles are small, so a short series is exact to well
//! under a thousandth of a pixel.

use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// `(cos, sin)` of position `i` of `n` spaced evenly round a circle,
/// clockwise (on screen, where y grows downwards) from the top.
pub fn clockwise_from_top(i: usize, n: usize) -> (f32, f32) {
    let angle = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::TAU / n.max(1) as f32;
    cos_sin(angle)
}

/// `(cos, sin)` of `angle` in radians.
pub fn cos_sin(angle: f32) -> (f32, f32) {
    let a = f64::from(angle);
    let x = a - (a / TAU).round() * TAU; // now in [-π, π]
    let cos = sin_reduced(if x > FRAC_PI_2 { x - 3.0 * FRAC_PI_2 } else { x + FRAC_PI_2 });
    (cos as f32, sin_reduced(x) as f32)
}

/// sin(x) for x in [-π, π]: reflected into [-π/2, π/2], then Taylor terms
/// to x¹³ (error below 1e-9 there).
fn sin_reduced(x: f64) -> f64 {
    let x = if x > FRAC_PI_2 {
        PI - x
    } else if x < -FRAC_PI_2 {
        -PI - x
    } else {
        x
    };
    let x2 = x * x;
    let mut term = 1.0;
    for n in (2..=12).rev().step_by(2) {
        term = 1.0 - x2 / (n * (n + 1)) as f64 * term;
    }
    x * term
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // The reference: tests do not ship.
    fn agrees_with_the_standard_functions_all_round_the_circle() {
        for i in -2000..=2000 {
            let angle = i as f32 * 0.01;
            let (c, s) = cos_sin(angle);
            assert!((c - angle.cos()).abs() < 2e-6, "cos {angle}: {c} vs {}", angle.cos());
            assert!((s - angle.sin()).abs() < 2e-6, "sin {angle}: {s} vs {}", angle.sin());
        }
    }
}
