//! The first render in stages. Starting the app runs much of its code for
//! the first time (the browser compiles each wasm function on its first
//! call), so one render of a whole view blocks the page for a long task.
//! Instead the app's first render makes its state, its listeners and an
//! empty frame; the next shows what the first screen needs, and each later
//! part follows in a task and a frame of its own. Every part is still
//! rendered into the DOM without waiting for a scroll (print, find-in-page
//! and screen readers see it all), parts are only added below what is
//! shown, and the footer comes last, so nothing on screen moves.
//!
//! Only the first view of a page load is staged: once `Done`, the stage
//! stays there and later views render whole.

use yew::prelude::*;

use super::first_frame::use_frames_painted;

/// How far the first render has got; each view decides what it shows at
/// each stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The app's first render: its state, its listeners and the page's
    /// frame, empty (this runs much of the app's code for the first time).
    Shell,
    /// What the first screen needs: the page's header and the top of the view.
    Top,
    /// The view's next part (a spread's statements, the home page's topics).
    Next,
    /// The rest of the view.
    Rest,
    /// The footer, below everything else.
    Done,
}

/// The stages in order: the app is at the one numbered by the frames
/// painted since it mounted.
const STAGES: [Stage; 5] = [Stage::Shell, Stage::Top, Stage::Next, Stage::Rest, Stage::Done];

/// The app's stage, moving on after each painted frame. Server rendering
/// has no frames, so it renders everything at once.
#[hook]
pub fn use_stage() -> Stage {
    let painted = use_frames_painted(STAGES.len() as u8 - 1);
    STAGES.get(usize::from(painted)).copied().unwrap_or(Stage::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stages_run_in_order_and_end_at_done() {
        assert!(STAGES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(STAGES.last(), Some(&Stage::Done));
    }
}
