//! Counts each component's renders, for the browser test that checks how
//! few components an answer re-renders. Without the `render-count` feature
//! (every real build) it compiles to nothing.

#[cfg(feature = "render-count")]
thread_local! {
    static COUNTS: std::cell::RefCell<Vec<(&'static str, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes one render of the component `name`.
#[inline(always)]
pub fn count(name: &'static str) {
    #[cfg(feature = "render-count")]
    COUNTS.with_borrow_mut(|counts| match counts.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += 1,
        None => counts.push((name, 1)),
    });
    #[cfg(not(feature = "render-count"))]
    let _ = name;
}

/// Renders so far per component (empty without the feature).
pub fn renders() -> Vec<(&'static str, u32)> {
    #[cfg(feature = "render-count")]
    return COUNTS.with_borrow(Clone::clone);
    #[cfg(not(feature = "render-count"))]
    Vec::new()
}
