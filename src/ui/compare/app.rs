//! The root of the comparison module (see `compare_entry`): the compare
//! page, with the two contexts it reads, the navigator and this widget's
//! drafts for the tab, made from what the main app passed in. Its links and
//! its "add" buttons navigate through the main app, which then updates
//! these props.

use yew::prelude::*;

use super::page::ComparePage;
use crate::browser::tab_drafts::TabDrafts;
use crate::route::Route;
use crate::ui::context::Navigator;
use crate::ui::headings::Headings;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareAppProps {
    /// The comparison as its link holds it (see `Route::Compare`).
    pub link: AttrValue,
    /// The reader's own results, encoded.
    pub mine: AttrValue,
    pub focus: bool,
    pub owns_url: bool,
    pub share_base: Option<AttrValue>,
    pub headings: Headings,
    /// Where typed text is kept for the tab (this widget's namespace).
    pub drafts: TabDrafts,
    /// Navigates in the main app.
    pub navigate: Callback<Route>,
    /// Replaces the main app's route (no history entry).
    pub replace: Callback<Route>,
}

#[component]
pub fn CompareApp(props: &CompareAppProps) -> Html {
    let navigator = use_memo(
        (props.navigate.clone(), props.replace.clone(), props.owns_url, props.share_base.clone(), props.headings),
        |(navigate, replace, owns_url, share_base, headings)| Navigator {
            navigate: navigate.clone(),
            replace: replace.clone(),
            owns_url: *owns_url,
            views: None,
            share_base: share_base.clone(),
            headings: *headings,
        },
    );
    html! {
        <ContextProvider<Navigator> context={(*navigator).clone()}>
            <ContextProvider<TabDrafts> context={props.drafts.clone()}>
                <ComparePage link={props.link.clone()} mine={props.mine.clone()} focus={props.focus} />
            </ContextProvider<TabDrafts>>
        </ContextProvider<Navigator>>
    }
}
