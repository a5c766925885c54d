//! Every browser side effect the app has, each behind a small module so the
//! model and the components stay plain and testable.

pub mod clipboard;
pub mod clock;
pub mod files;
pub mod fullscreen;
pub mod lazy_module;
pub mod location;
pub mod module_options;
pub mod page;
pub mod startup;
pub mod storage;
pub mod tab_drafts;
