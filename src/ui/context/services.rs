//! The services as a context: what components act through, none of which
//! changes with the state.

use yew::prelude::*;

use super::app_state::Dispatch;
use super::provided::use_provided;
use crate::browser::storage::Storage;
use crate::ui::answers::Answers;
use crate::ui::drafts::Drafts;

/// The dispatcher, the storage the app uses (`None`: memory only), for the
/// data panel, the typed text not yet committed, for text fields and the
/// save status, and the answers on their way, for rating groups. One
/// context, not four: each context type costs the first load over a
/// kilobyte.
#[derive(Clone, PartialEq)]
pub struct Services {
    pub dispatch: Dispatch,
    pub storage: Option<Storage>,
    pub drafts: Drafts,
    pub answers: Answers,
}

/// Provides `services` to `children` (equal from render to render, so it
/// re-renders no reader).
pub fn provide(services: Services, children: Html) -> Html {
    html! { <ContextProvider<Services> context={services}>{ children }</ContextProvider<Services>> }
}

/// Sends actions without re-rendering the caller when the state changes.
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_provided::<Services>("the dispatcher").dispatch
}

/// Typed text waiting to be committed (see `ui::drafts`).
#[hook]
pub fn use_drafts() -> Drafts {
    use_provided::<Services>("the drafts").drafts
}

/// Answers given and not yet in the state (see `ui::answers`).
#[hook]
pub fn use_answers() -> Answers {
    use_provided::<Services>("the answers").answers
}

#[hook]
pub fn use_storage() -> Option<Storage> {
    use_provided::<Services>("the storage").storage
}
