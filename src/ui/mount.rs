//! What the loaders mount: the app, a task later. Mounting runs Yew's own
//! code for the first time, and the app's first render runs the app's
//! (each compiled by the browser on its first call, see `stage`): a task
//! each, not one long one.

use yew::prelude::*;

use super::app::{App, AppProps};
use super::first_frame::use_steps;

/// The app, mounted a task after this. Server rendering has no tasks: the
/// app at once.
#[component]
pub fn Mount(props: &AppProps) -> Html {
    if use_steps(1, 1) == 1 {
        html! { <App ..props.clone() /> }
    } else {
        Html::default()
    }
}
