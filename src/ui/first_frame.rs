//! Hooks for a view's first frame: focus on arrival, and what can wait
//! until the top of a view is painted.

use yew::prelude::*;

use crate::browser::page;

/// A heading ref that takes keyboard focus when its view mounts after in-app
/// navigation, so screen readers announce the new view. Focus waits for
/// the view's first frame: focusing lays the page out at once, and the
/// frame would lay it out again.
#[hook]
pub fn use_focus_on_arrival(focus: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            let pending = focus.then(|| page::after_next_paint(move || page::focus(&heading)));
            move || drop(pending)
        });
    }
    heading
}

/// False until the first frame after mounting has been painted, then true:
/// for what can wait until the reader sees the top of a view. Server
/// rendering has no frames, so it renders everything at once.
#[hook]
pub fn use_painted() -> bool {
    use_steps(1, 0) == 1
}

/// How many steps the caller has taken since it mounted, counted up to
/// `up_to`, the caller rendering again after each: the first `in_tasks`
/// each in a task of its own, straight after the one before (work that
/// would otherwise make one long task), the rest each after a painted
/// frame. Server rendering has no tasks or frames: `up_to` at once. (One
/// hook for every such count, `ui::stage`'s too: each hook of its own adds
/// to the first load.)
#[hook]
pub fn use_steps(up_to: u8, in_tasks: u8) -> u8 {
    let step = use_state(|| if cfg!(target_arch = "wasm32") { 0 } else { up_to });
    {
        let setter = step.setter();
        use_effect_with(*step, move |&now| {
            let next = move || setter.set(now + 1);
            let pending = (now < up_to).then(|| {
                if now < in_tasks {
                    page::in_next_task(next)
                } else {
                    page::after_next_paint(next)
                }
            });
            move || drop(pending)
        });
    }
    *step
}
