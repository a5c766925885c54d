//! The comparison module's components (see `compare_entry`): its root, the
//! compare page and the pieces only it shows. A second binary loads them
//! apart, so the main app never reaches in here (a test in
//! `tests/architecture.rs` checks it); they may use the main app's shared
//! pieces (`components`, `context`, `headings`).

mod agenda;
mod app;
mod group_diagrams;
mod group_summary;
mod invite_form;
mod kept;
mod meeting_loader;
mod page;
mod paste_form;
mod side_by_side;

pub use agenda::{kept_budget, Agenda, RUN_BUTTON};
pub use app::{CompareApp, CompareAppProps, Ways};
pub use group_diagrams::{figure, mark, GroupDiagrams};
pub use group_summary::{GroupSummary, SummaryDownload};
pub use invite_form::InviteForm;
pub use meeting_loader::MeetingLoader;
pub use page::ComparePage;
pub use paste_form::PasteForm;
pub use side_by_side::{result_names, side_by_side};
