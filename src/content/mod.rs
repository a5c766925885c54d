//! The guide's content as typed data: what every view renders and what the
//! assessment and share links refer to by node id.

pub mod advice;
mod guide;
mod model;

pub use guide::GUIDE;
pub use model::{Diagram, Guide, Layout, Link, Node, Role, Source, Spread};
