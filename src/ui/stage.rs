//! The first render in stages. Starting the app runs much of its code for
//! the first time (the browser compiles each wasm function on its first
//! call, on the page's main thread), and the first layout of each new size
//! and weight of text asks the browser's font service, so one render of a
//! whole view blocks the page for a long task, and so does its layout.
//! Instead each piece gets a task of its own: the app's first render makes
//! its state and listeners and shows nothing; the next task the page's
//! shell (its landmarks); the next its header; after that frame the top of
//! the view; then the view's later parts follow a painted frame each (its
//! own `use_steps`), and the footer comes after them. Every part is still
//! rendered into the DOM without waiting for a scroll (print,
//! find-in-page and screen readers see it all), parts are only added below
//! what is shown, and the footer comes last, so nothing on screen moves.

use yew::prelude::*;

use super::first_frame::use_steps;

/// Frames a view takes to render all its parts once mounted (a spread: its
/// statements, then its sources and neighbours).
const VIEW_FRAMES: u8 = 2;

/// The steps: the state, the shell, the header (a task each, nothing
/// painted between), then the view (after the frame that painted the
/// header).
const SHELL_STEP: u8 = 1;
const HEADER_STEP: u8 = 2;
const VIEW_STEP: u8 = 3;

/// How far the app's first render has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    step: u8,
}

impl Stage {
    /// The page's shell: its landmarks, empty.
    pub fn shows_shell(self) -> bool {
        self.step >= SHELL_STEP
    }

    /// The header: the brand and the navigation.
    pub fn shows_header(self) -> bool {
        self.step >= HEADER_STEP
    }

    /// The view.
    pub fn shows_view(self) -> bool {
        self.step >= VIEW_STEP
    }

    /// The footer: below everything else, after the view's last part.
    pub fn shows_footer(self) -> bool {
        self.step > VIEW_STEP + VIEW_FRAMES
    }
}

/// The app's stage, moving on after each step. Server rendering has no
/// tasks or frames, so it renders everything at once.
#[hook]
pub fn use_stage() -> Stage {
    Stage { step: use_steps(VIEW_STEP + VIEW_FRAMES + 1, HEADER_STEP) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_the_header_the_view_and_the_footer_come_in_turn() {
        let at = |step| Stage { step };
        assert!(!at(0).shows_shell() && !at(0).shows_header() && !at(0).shows_view() && !at(0).shows_footer());
        assert!(at(SHELL_STEP).shows_shell() && !at(SHELL_STEP).shows_header());
        assert!(at(HEADER_STEP).shows_header() && !at(HEADER_STEP).shows_view());
        assert!(at(VIEW_STEP).shows_view() && !at(VIEW_STEP).shows_footer());
        // The view mounted at VIEW_STEP shows its last part at VIEW_STEP + VIEW_FRAMES.
        assert!(!at(VIEW_STEP + VIEW_FRAMES).shows_footer());
        assert!(at(VIEW_STEP + VIEW_FRAMES + 1).shows_footer());
    }
}
