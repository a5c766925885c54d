//! Yew components. They render state and send actions; they hold no logic
//! that could live in the model, and reach the browser only through `browser`.

mod app;
mod compare_page;
mod copy_link;
mod data_panel;
mod diagram_view;
mod forms;
mod home;
mod link;
mod node_panel;
mod not_found;
mod notice;
mod outline;
mod partnership;
mod persistence;
mod plan_toggle;
mod questionnaire;
mod rating;
mod results_page;
mod share_section;
mod shared_page;
mod spread_page;

pub use app::{App, AppContext, AppProps, Theme};

use yew::prelude::*;

/// A heading ref that takes keyboard focus when its view mounts after in-app
/// navigation, so screen readers announce the new view.
#[hook]
fn use_focus_on_arrival(focus: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if focus {
                crate::browser::page::focus(&heading);
            }
        });
    }
    heading
}
