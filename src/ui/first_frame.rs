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
    let painted = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let setter = painted.setter();
        use_effect_with((), move |_| {
            let pending = page::after_next_paint(move || setter.set(true));
            move || drop(pending)
        });
    }
    *painted
}
