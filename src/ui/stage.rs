//! The first render in stages. Starting the app runs much of its code for
//! the first time (the browser compiles each wasm function on its first
//! call), so one render of a whole view blocks the page for a long task.
//! Instead the app's first render makes its state, its listeners and an
//! empty frame; the next shows what the first screen needs (the header and
//! the top of the view); the view's later parts follow in a task and a
//! frame each (its own `use_frames_painted`), and the footer comes after
//! them. Every part is still rendered into the DOM without waiting for a
//! scroll (print, find-in-page and screen readers see it all), parts are
//! only added below what is shown, and the footer comes last, so nothing on
//! screen moves.

use yew::prelude::*;

use super::first_frame::use_frames_painted;

/// Frames a view takes to render all its parts once mounted (a spread: its
/// statements, then its sources and neighbours).
const VIEW_FRAMES: u8 = 2;

/// How far the app's first render has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    painted: u8,
}

impl Stage {
    /// The header and the view: from the second frame.
    pub fn shows_first_screen(self) -> bool {
        self.painted >= 1
    }

    /// The footer: below everything else, after the view's last part.
    pub fn shows_footer(self) -> bool {
        self.painted > VIEW_FRAMES + 1
    }
}

/// The app's stage, moving on after each painted frame. Server rendering
/// has no frames, so it renders everything at once.
#[hook]
pub fn use_stage() -> Stage {
    Stage { painted: use_frames_painted(VIEW_FRAMES + 2) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_comes_after_an_empty_frame_and_the_footer_after_the_view() {
        let at = |painted| Stage { painted };
        assert!(!at(0).shows_first_screen() && !at(0).shows_footer());
        assert!(at(1).shows_first_screen() && !at(1).shows_footer());
        // The view mounted at frame 1 shows its last part at 1 + VIEW_FRAMES.
        assert!(!at(1 + VIEW_FRAMES).shows_footer());
        assert!(at(VIEW_FRAMES + 2).shows_footer());
    }
}
