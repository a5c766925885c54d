//! Everything a person has entered, as one versioned document: what local
//! storage holds and what export and import carry. In three parts:
//! - `model`: the types, each field declared once, and what can be done to them;
//! - `merge`: combining another copy (another tab's, an import) without losing a newer edit;
//! - `wire`: the JSON form through serde, schema versions, reading and checking.

mod merge;
mod model;
mod wire;

pub use model::{
    link_label_as_carried, ActionItem, AgreedField, AgreedItem, Assessment, PlanField, Snapshot, Stamped, Store,
};
pub use wire::{import, read, schema_of, Read};

/// The schema written by this release. Every older one must keep loading.
pub const SCHEMA: u32 = 5;
/// Marks our documents, so a stranger's JSON is not mistaken for ours.
pub const APP: &str = "making-collaboration-work";

/// Limits that keep a hostile or broken file from flooding the page. The app
/// itself stays inside them, so what it writes always reads back.
pub mod limits {
    pub const FILE_BYTES: usize = 1_000_000;
    /// Partnerships a browser keeps: adding and importing stop here.
    pub const ASSESSMENTS: usize = 50;
    /// Reading tolerates twice as many, which only two tabs adding at the
    /// same moment could reach.
    pub const ASSESSMENTS_READ: usize = 2 * ASSESSMENTS;
    /// Snapshots per assessment; the oldest give way.
    pub const SNAPSHOTS: usize = 120;
    /// Deleted assessments' ids remembered for merging; the oldest give way.
    pub const DELETED: usize = 1000;
    pub const ID_CHARS: usize = 40;
    pub const LABEL_CHARS: usize = 80;
    /// The label on shared links: what a link carries (the share codec's
    /// `LABEL_MAX_CHARS`; a test holds them equal, the store not depending
    /// on the share layer that depends on it).
    pub const LINK_LABEL_CHARS: usize = 24;
    /// An action-plan note, and a statement's "why we rated it so" note.
    pub const NOTE_CHARS: usize = 500;
    pub const ROLE_CHARS: usize = 80;
    /// An agreed action's "by when", as the partner keeps it.
    pub const BY_CHARS: usize = 40;
    /// Agreed actions per assessment, removed ones counted (they are
    /// remembered for merging; the oldest give way to new ones).
    pub const AGREED: usize = 200;
    /// Latest time (ms since 1970) an edit may carry: far past any real date,
    /// and still exact as a JSON integer.
    pub const TIME_MS: f64 = 9.0e15;
}
