//! Trunk builds this binary; the loaders start the app through the
//! functions exported in `embed.rs` (`start_standalone`, `mount_widget`), so
//! loading the module mounts nothing by itself.

pub use collaboration_widget::embed::{memory_bytes, mount_widget, start_standalone};

fn main() {}
