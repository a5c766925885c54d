//! Each call here is one the project replaces on purpose.

/// A float through `{}`, a standard sort, and libm's sine and cosine.
#[no_mangle]
pub extern "C" fn violate(x: f64, n: u32) -> usize {
    let mut v: Vec<u32> = (0..n).map(|i| i.wrapping_mul(2_654_435_761)).collect();
    v.sort();
    let text = format!("{}", x.sin() + x.cos());
    text.len() + v.first().copied().unwrap_or(0) as usize
}
