//! A diagram box as advice that reads as whole sentences. Some boxes are
//! fragments in the printed diagram: a step of a sentence spread over
//! several boxes ("Take time at the outset to..."), a prompt under its
//! stage ("Who does what?" under "Co-create specific goals"). Shown as
//! advice (results, agenda, prints, copied text, the node panel), a box
//! comes with the boxes that make it a sentence, its own part marked. The
//! guide's words are kept as printed; only how the parts are put side by
//! side is ours.

use super::model::{Diagram, Node, Role};

/// One part of a piece of advice: the guide's words, and whether they are
/// the box the advice is for (the others are its context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub label: &'static str,
    /// The box's own text under its label, if it has one.
    pub text: Option<&'static str>,
    pub own: bool,
    /// A prompt under the parts before it (not the next words of a sentence).
    pub prompt: bool,
}

/// Before a prompt, on a line of its own under its stage, in plain text:
/// the layout relates them, as on screen (no "›" breadcrumb).
pub const PROMPT_MARK: &str = "– ";

impl Part {
    /// The label and its text as one phrase: "Internal connections: draw on
    /// existing networks", "Establish the WHY? — Horizon scan …".
    pub fn phrase(&self) -> String {
        match self.text {
            Some(text) if self.label.ends_with(':') => format!("{} {text}", self.label),
            Some(text) => format!("{} — {text}", self.label),
            None => self.label.to_string(),
        }
    }
}

/// The advice for `node`: the parts that make it whole, in reading order.
pub fn advice(diagram: &Diagram, node: &Node) -> Vec<Part> {
    let part = |n: &Node, own: bool| Part { label: n.label, text: n.text, own, prompt: false };
    // A prompt under its stage: the stage (made whole itself) comes first.
    if node.role == Role::Detail {
        if let Some(parent) = node.parent.and_then(|p| diagram.node(p)) {
            let mut parts: Vec<Part> = advice(diagram, parent).into_iter().map(|p| Part { own: false, ..p }).collect();
            parts.push(Part { prompt: true, ..part(node, true) });
            return parts;
        }
    }
    // A step of a sentence that runs over several boxes: the whole sentence.
    let continues = |n: &Node| n.label.ends_with("...");
    let mut first = node;
    while let Some(before) = diagram.links.iter().find(|l| l.to == first.id).and_then(|l| diagram.node(l.from)) {
        if !continues(before) || before.id == node.id {
            break;
        }
        first = before;
    }
    let mut parts = vec![part(first, first.id == node.id)];
    let mut at = first;
    while continues(at) {
        let Some(next) = diagram.links.iter().find(|l| l.from == at.id).and_then(|l| diagram.node(l.to)) else {
            break;
        };
        parts.push(part(next, next.id == node.id));
        at = next;
    }
    parts
}

/// The advice as plain text, for copied agendas: a sentence on one line,
/// a prompt on the next line under its stage, after `indent`.
pub fn plain(parts: &[Part], indent: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if part.prompt {
            out.push_str(&format!("\n{indent}{PROMPT_MARK}"));
        } else if i > 0 {
            out.push(' ');
        }
        out.push_str(&part.phrase());
    }
    out
}
