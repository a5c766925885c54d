//! A review's meeting, as plain data: what was agreed about each agenda
//! item ([`notes`]), how the facilitator's browser keeps it ([`stored`]),
//! and what leaves the meeting: the agreed actions as text, CSV and the
//! agreed-actions link ([`agreed`]). The meeting's screens are in the
//! comparison module (`ui::compare::meeting`).

pub mod agreed;
pub mod notes;
pub mod stored;
