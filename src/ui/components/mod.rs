//! View pieces used by the pages: they render what they are given or read
//! from context, and send actions. None imports a page or the app root.

use yew::prelude::*;

mod action_plan;
mod advice;
mod copy_text;
mod data_panel;
mod diagram_view;
mod fold;
mod forms;
mod link;
mod node_panel;
mod notes;
mod notice;
mod outline;
mod over_time;
mod partnership;
mod plan_toggle;
mod questionnaire;
mod rating;
mod save_status;
mod scores;
mod share_section;
mod site_nav;
mod summary;
mod text_field;

pub use action_plan::action_plan;
pub use advice::{guide_advice, work_on_next};
pub use copy_text::CopyText;
pub use data_panel::DataPanel;
pub use diagram_view::{DiagramView, NodeMark};
pub use fold::Fold;
pub use forms::input_value;
pub use link::Link;
pub use node_panel::{panel_placeholder, use_panel, NodePanel, PanelControls};
pub use notes::notes_section;
pub use notice::notice_banner;
pub use outline::outline;
pub use over_time::over_time;
pub use partnership::partnership_picker;
pub use questionnaire::Questionnaire;
pub use save_status::SaveStatus;
pub use scores::{overall_line, scores_section};
pub use share_section::{link_label_field, ShareSection};
pub use site_nav::SiteNav;
pub use summary::{progress, score_summary};
pub use text_field::COMMIT_AFTER_MS;

/// Names a spread's part for screen readers ("The diagram: Trust"), so that
/// two widgets' spreads on one page have landmarks of their own names.
pub fn in_topic(spread: &crate::content::Spread) -> Html {
    html! { <span class="visually-hidden">{ ": " }{ spread.short_title }</span> }
}
