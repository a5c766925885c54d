//! The first render in stages. Starting the app runs much of its code for
//! the first time (the browser compiles each wasm function on its first
//! call), so one render of a whole view blocks the page for a long task.
//! Instead the first frame shows what the first screen needs, and each
//! later part follows in a task and a frame of its own. Every part is still
//! rendered into the DOM without waiting for a scroll (print, find-in-page
//! and screen readers see it all), parts are only added below what is
//! shown, and the footer comes last, so nothing on screen moves.
//!
//! Only the first view of a page load is staged: once `Done`, the stage
//! stays there and later views render whole.

use yew::prelude::*;

use crate::browser::page;

/// How far the first render has got; each view decides what it shows at
/// each stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The app's first render: its state, its listeners and the page's
    /// frame, empty (this runs much of the app's code for the first time).
    Shell,
    /// The page's header: title and navigation.
    Header,
    /// The top of the view: with the header, what the first screen needs.
    Top,
    /// The view's next part (a spread's statements, the home page's topics).
    Next,
    /// The rest of the view.
    Rest,
    /// The footer, below everything else.
    Done,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::Shell => Some(Stage::Header),
            Stage::Header => Some(Stage::Top),
            Stage::Top => Some(Stage::Next),
            Stage::Next => Some(Stage::Rest),
            Stage::Rest => Some(Stage::Done),
            Stage::Done => None,
        }
    }
}

/// The app's stage, moving on after each painted frame. Server rendering
/// has no frames, so it renders everything at once.
#[hook]
pub fn use_stage() -> Stage {
    let stage = use_state(|| if cfg!(target_arch = "wasm32") { Stage::Shell } else { Stage::Done });
    {
        let setter = stage.setter();
        use_effect_with(*stage, move |now| {
            let pending = now.next().map(|next| page::after_next_paint(move || setter.set(next)));
            move || drop(pending)
        });
    }
    *stage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stages_run_in_order_and_end_at_done() {
        let mut seen = vec![Stage::Shell];
        while let Some(next) = seen.last().unwrap().next() {
            seen.push(next);
        }
        assert_eq!(seen, [Stage::Shell, Stage::Header, Stage::Top, Stage::Next, Stage::Rest, Stage::Done]);
        assert!(seen.windows(2).all(|w| w[0] < w[1]));
    }
}
