//! View pieces used by the pages: they render what they are given or read
//! from context, and send actions. None imports a page or the app root.

mod action_plan;
mod advice;
mod copy_link;
mod data_panel;
mod diagram_view;
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

pub use action_plan::ActionPlan;
pub use advice::work_on_next;
pub use copy_link::CopyLink;
pub use data_panel::DataPanel;
pub use diagram_view::DiagramView;
pub use forms::input_value;
pub use link::Link;
pub use node_panel::NodePanel;
pub use notes::notes_section;
pub use notice::NoticeBanner;
pub use outline::outline;
pub use over_time::OverTime;
pub use partnership::PartnershipPicker;
pub use questionnaire::Questionnaire;
pub use save_status::SaveStatus;
pub use scores::scores_section;
pub use share_section::ShareSection;
pub use site_nav::SiteNav;
pub use summary::{progress, score_summary};
