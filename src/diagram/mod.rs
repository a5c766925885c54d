//! How a spread's diagram is drawn and navigated, as plain data: positions,
//! wrapped lines and connector paths computed from the content module, so
//! the SVG view only paints them. No browser types; tested natively.

mod geometry;
mod reading_order;
mod wrap;

pub use geometry::{draw, Connector, Drawing, PlacedNode, Rect, Shape, LINE, WIDTH};
pub use reading_order::{step, Move};
pub use wrap::wrap;
