//! The app state as a context: read by the components that show it.

use yew::prelude::*;

use super::provided::use_provided;
use crate::state::AppState;

/// The app state, read by the components that show it.
pub type AppContext = UseReducerHandle<AppState>;

/// Sends actions to the one reducer; the same value for the app's lifetime
/// (handed out by the services context, see `services`).
pub type Dispatch = UseReducerDispatcher<AppState>;

/// Provides `state` to `children`. (A function, not a component: each
/// component type costs the first load bytes.)
pub fn provide(state: AppContext, children: Html) -> Html {
    html! { <ContextProvider<AppContext> context={state}>{ children }</ContextProvider<AppContext>> }
}

/// The app state; re-renders the caller on every change.
#[hook]
pub fn use_app() -> AppContext {
    use_provided("the app state")
}
