//! The root of the comparison module (see `compare_entry`): the compare
//! page, with the two contexts it reads, the navigator and this widget's
//! drafts for the tab, made from what the main app passed in. Its links and
//! its "add" buttons navigate through the main app, which then updates
//! these props.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::page::ComparePage;
use super::MeetingLoader;
use crate::browser::tab_drafts::TabDrafts;
use crate::compare_entry::{CompareOptions, ModuleView, Place};
use crate::meeting_entry::MeetingView;
use crate::route::Route;
use crate::ui::context::{navigator, Navigator};

#[derive(Properties, PartialEq, Clone)]
pub struct CompareAppProps {
    /// The comparison as its link holds it (see `Route::Compare`).
    pub link: AttrValue,
    /// The reader's own results, encoded.
    pub mine: AttrValue,
    pub focus: bool,
    /// Where the main app sits in its page (its navigator's place).
    pub place: Place,
    /// Where typed text is kept for the tab (this widget's namespace).
    pub drafts: TabDrafts,
    /// The widget's storage prefix, where a meeting's notes are kept
    /// (empty for an app that stores nothing).
    pub notes_prefix: AttrValue,
    /// Navigates in the main app.
    pub navigate: Callback<Route>,
    /// Replaces the main app's route (no history entry).
    pub replace: Callback<Route>,
    pub view: ModuleView,
    /// The reader's saved data, as JSON (for agreed actions; read-only).
    pub store: AttrValue,
    /// Adds agreed actions to a partnership's plan, in the main app: its
    /// id, and the items (`AgreedItem::join`).
    pub add: Callback<(String, String)>,
}

impl CompareAppProps {
    /// The props for the options the main app sent.
    pub fn new(options: CompareOptions, ways: &Ways) -> CompareAppProps {
        CompareAppProps {
            link: options.link.into(),
            mine: options.mine.into(),
            focus: options.focus,
            place: options.place,
            drafts: if options.drafts.is_empty() { TabDrafts::default() } else { TabDrafts::under(&options.drafts) },
            notes_prefix: options.drafts.into(),
            navigate: ways.navigate.clone(),
            replace: ways.replace.clone(),
            view: options.view,
            store: options.store.into(),
            add: ways.add.clone(),
        }
    }
}

/// How the comparison moves the main app: to a view (a history entry), or
/// to the same view with new contents, such as the review's name as it is
/// typed (no history entry).
#[derive(Clone)]
pub struct Ways {
    pub navigate: Callback<Route>,
    pub replace: Callback<Route>,
    pub add: Callback<(String, String)>,
}

impl Ways {
    /// Ways through `navigate`, which takes the URL fragment the
    /// comparison asks for and whether it replaces the current one, and
    /// `add`, which takes agreed actions to add (as JSON).
    pub fn through(navigate: js_sys::Function, add: js_sys::Function) -> Ways {
        let way = |replace: bool| {
            let navigate = navigate.clone();
            Callback::from(move |route: Route| {
                // The main module navigates; nothing here could mend a failure.
                let _ =
                    navigate.call2(&JsValue::NULL, &JsValue::from_str(&route.to_hash()), &JsValue::from_bool(replace));
            })
        };
        let add = Callback::from(move |(partnership, items): (String, String)| {
            let _ = add.call2(&JsValue::NULL, &JsValue::from_str(&partnership), &JsValue::from_str(&items));
        });
        Ways { navigate: way(false), replace: way(true), add }
    }
}

#[component]
pub fn CompareApp(props: &CompareAppProps) -> Html {
    let navigator =
        use_memo((props.place.clone(), props.navigate.clone(), props.replace.clone()), |(place, navigate, replace)| {
            Navigator::new(place, navigate.clone(), replace.clone())
        });
    navigator::provide(
        (*navigator).clone(),
        html! {
            <ContextProvider<TabDrafts> context={props.drafts.clone()}>
                if props.view == ModuleView::Actions {
                    // The page lives in the meeting module, loaded here.
                    <MeetingLoader view={MeetingView::Actions} link={props.link.clone()} focus={props.focus}
                        notes_prefix={props.notes_prefix.clone()} store={props.store.clone()} add={props.add.clone()} />
                } else {
                    <ComparePage link={props.link.clone()} mine={props.mine.clone()} focus={props.focus} notes_prefix={props.notes_prefix.clone()} />
                }
            </ContextProvider<TabDrafts>>
        },
    )
}
