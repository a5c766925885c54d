//! One component per view; `ui::routing::switch` picks the one a route shows.

mod compare;
mod home;
mod not_found;
mod results;
mod shared;
mod spread;

pub use compare::ComparePage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use results::ResultsPage;
pub use shared::SharedPage;
pub use spread::SpreadPage;
