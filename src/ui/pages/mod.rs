//! One component per view; `ui::routing::switch` picks the one a route shows.
//! The compare view is a placeholder, `compare_loader`, where the comparison
//! module, loaded apart, mounts `ui::compare` (see `compare_entry`).

mod compare_loader;
mod home;
mod invite;
mod not_found;
mod results;
mod shared;
mod spread;

pub use compare_loader::CompareLoader;
pub use home::HomePage;
pub use invite::InvitePage;
pub use not_found::NotFoundPage;
pub use results::ResultsPage;
pub use shared::SharedPage;
pub use spread::SpreadPage;
