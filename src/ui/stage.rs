//! The first render in stages. Starting the app runs much of its code for
//! the first time (the browser compiles each wasm function on its first
//! call, on the page's main thread), so one render of a whole view blocks
//! the page for a long task. Instead each piece gets a task of its own: the
//! app's first render makes its state and listeners and shows nothing; the
//! next task the page's shell (its landmarks, an empty header); the next the
//! first screen (the header and the top of the view); then the view's later
//! parts follow a painted frame each (its own `use_steps`), and the footer
//! comes after them. Every part is still rendered into the DOM without
//! waiting for a scroll (print, find-in-page and screen readers see it
//! all), parts are only added below what is shown, and the footer comes
//! last, so nothing on screen moves.

use yew::prelude::*;

use super::first_frame::use_steps;

/// Steps taken a task each, with no frame between: the state, the shell.
const BOOT_STEPS: u8 = 2;

/// Frames a view takes to render all its parts once mounted (a spread: its
/// statements, then its sources and neighbours).
const VIEW_FRAMES: u8 = 2;

/// How far the app's first render has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    step: u8,
}

impl Stage {
    /// The page's shell (landmarks, header, main): from the second step.
    pub fn shows_shell(self) -> bool {
        self.step >= 1
    }

    /// The header and the view: from the third step.
    pub fn shows_first_screen(self) -> bool {
        self.step >= BOOT_STEPS
    }

    /// The footer: below everything else, after the view's last part.
    pub fn shows_footer(self) -> bool {
        self.step > BOOT_STEPS + VIEW_FRAMES
    }
}

/// The app's stage, moving on after each step. Server rendering has no
/// tasks or frames, so it renders everything at once.
#[hook]
pub fn use_stage() -> Stage {
    Stage { step: use_steps(BOOT_STEPS + VIEW_FRAMES + 1, BOOT_STEPS) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_then_the_first_screen_come_a_task_each_and_the_footer_after_the_view() {
        let at = |step| Stage { step };
        assert!(!at(0).shows_shell() && !at(0).shows_first_screen() && !at(0).shows_footer());
        assert!(at(1).shows_shell() && !at(1).shows_first_screen());
        assert!(at(BOOT_STEPS).shows_first_screen() && !at(BOOT_STEPS).shows_footer());
        // The view mounted at BOOT_STEPS shows its last part at BOOT_STEPS + VIEW_FRAMES.
        assert!(!at(BOOT_STEPS + VIEW_FRAMES).shows_footer());
        assert!(at(BOOT_STEPS + VIEW_FRAMES + 1).shows_footer());
    }
}
