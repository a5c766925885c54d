//! The one way the context hooks read their context.

use yew::prelude::*;

/// A context every component in the app can count on: missing, it is a
/// wiring bug, reported with the component's hook that asked for it.
#[hook]
pub fn use_provided<T: Clone + PartialEq + 'static>(what: &'static str) -> T {
    match use_context::<T>() {
        Some(value) => value,
        None => unprovided(what),
    }
}

/// One panic for every context (not one formatted copy per type).
#[cold]
#[inline(never)]
fn unprovided(what: &'static str) -> ! {
    panic!("{what} is read outside `ui::App`, which provides it")
}
