//! The compare view in the main app: a place where the comparison module
//! (loaded apart, see `compare_entry`) mounts, saying so while it loads and
//! in one sentence if it cannot. The agreed-actions page mounts here too:
//! what it asks to add to a plan comes back through [`add_agreed`].

use yew::prelude::*;

use crate::assessment::AgreedItem;
use crate::browser::clock;
use crate::browser::lazy_module::{Unloaded, COMPARISON};
use crate::compare_entry::{CompareOptions, ModuleView};
use crate::share::outgoing::results_payload;
use crate::state::Action;
use crate::ui::context::{use_app, use_navigator, use_storage, Dispatch};
use crate::ui::module_loader::{add_way, navigate_way, use_module, Stage};

#[derive(Properties, PartialEq)]
pub struct CompareLoaderProps {
    /// The comparison as its link holds it (see `Route::Compare`), or
    /// agreed actions' payload (`Route::Actions`).
    pub link: String,
    pub focus: bool,
    #[prop_or_default]
    pub view: ModuleView,
}

/// Agreed actions the module asks to add to a partnership's plan (its id,
/// and the items as `AgreedItem::join` wrote them), handed to the state.
fn add_agreed(partnership: String, items: &str, dispatch: &Dispatch) {
    let items = AgreedItem::split(items);
    dispatch.dispatch(Action::AddAgreed { partnership, items, at: clock::now_ms() });
}

#[component]
pub fn CompareLoader(props: &CompareLoaderProps) -> Html {
    let navigator = use_navigator();
    let h = navigator.headings;
    let state = use_app();
    let storage = use_storage();
    let options = CompareOptions {
        link: props.link.clone(),
        // As "Compare with mine" adds them, so the comparison knows its "You".
        mine: results_payload(&state.store.current().current_answers(), state.store.current().link_label()),
        focus: props.focus,
        place: navigator.place(),
        // Typed text is kept per widget namespace, as its answers are.
        drafts: storage.as_ref().map(|s| s.prefix().to_string()).unwrap_or_default(),
        view: props.view,
        // The document it already writes when saving: no new writer of JSON.
        store: if props.view == ModuleView::Actions { state.store.to_json() } else { String::new() },
    };
    let dispatch = state.dispatcher();
    let ways = move || {
        let add = move |partnership: String, items: String| add_agreed(partnership, &items, &dispatch);
        vec![navigate_way(navigator), add_way(add)]
    };
    let (root, stage) = use_module(&COMPARISON, options, ways);
    html! {
        <div class="compare-view">
            if stage == Stage::Loading {
                <p class="compare-loading" role="status">{ if props.view == ModuleView::Actions { "Loading the agreed actions…" } else { "Loading the comparison…" } }</p>
            }
            if let Stage::Failed(why) = stage {
                <div class="compare">
                    <@{h.tag(0)}>{ if props.view == ModuleView::Actions { "Agreed actions" } else { "Compare partners’ views" } }</@>
                    <p class="form-error" role="alert">{ unloaded_sentence(why) }</p>
                </div>
            }
            <div ref={root} />
        </div>
    }
}

/// Why the comparison is not shown, and what to do.
fn unloaded_sentence(why: Unloaded) -> &'static str {
    match why {
        Unloaded::Unavailable => "The comparison could not be loaded. Check your connection, then reload the page.",
        Unloaded::OtherRelease => {
            "The comparison part of this page comes from another release of the tool. Reload the page to load the matching one."
        }
    }
}
