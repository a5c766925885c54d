//! View pieces used by the pages: they render what they are given or read
//! from context, and send actions. None imports a page or the app root.

use yew::prelude::*;

mod action_plan;
mod advice;
mod agenda;
mod copy_text;
mod data_panel;
mod diagram_view;
mod forms;
mod group_diagrams;
mod group_summary;
mod invite_form;
mod link;
mod node_panel;
mod notes;
mod notice;
mod outline;
mod over_time;
mod partnership;
mod paste_form;
mod plan_toggle;
mod questionnaire;
mod rating;
mod save_status;
mod scores;
mod share_section;
mod side_by_side;
mod site_nav;
mod summary;
mod text_field;

pub use action_plan::action_plan;
pub use advice::work_on_next;
pub use agenda::Agenda;
pub use copy_text::CopyText;
pub use data_panel::DataPanel;
pub use diagram_view::DiagramView;
pub use forms::input_value;
pub use group_diagrams::GroupDiagrams;
pub use group_summary::GroupSummary;
pub use invite_form::InviteForm;
pub use link::Link;
pub use node_panel::{panel_placeholder, NodePanel};
pub use notes::notes_section;
pub use notice::notice_banner;
pub use outline::outline;
pub use over_time::over_time;
pub use partnership::partnership_picker;
pub use paste_form::PasteForm;
pub use questionnaire::Questionnaire;
pub use save_status::SaveStatus;
pub use scores::{out_of_top, scores_section};
pub use share_section::{link_label_field, ShareSection};
pub use side_by_side::{result_names, side_by_side};
pub use site_nav::SiteNav;
pub use summary::{overall_line, progress, score_summary};
pub use text_field::COMMIT_AFTER_MS;

/// Names a spread's part for screen readers ("The diagram: Trust"), so that
/// two widgets' spreads on one page have landmarks of their own names.
pub fn in_topic(spread: &crate::content::Spread) -> Html {
    html! { <span class="visually-hidden">{ ": " }{ spread.short_title }</span> }
}
