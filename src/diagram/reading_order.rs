//! Arrow-key movement between a diagram's nodes, in reading order.

use crate::content::Diagram;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

impl Move {
    /// The move a key stands for, if any (`KeyboardEvent.key` values).
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" => Some(Move::Previous),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// The node a move lands on from `from`; moves wrap around the ends, as the
/// diagrams read as wholes (the evaluation is itself a cycle).
pub fn step(diagram: &Diagram, from: &str, movement: Move) -> &'static str {
    let nodes = diagram.nodes;
    let last = nodes.len() - 1;
    let at = nodes.iter().position(|n| n.id == from).unwrap_or(0);
    let to = match movement {
        Move::Next => {
            if at == last {
                0
            } else {
                at + 1
            }
        }
        Move::Previous => {
            if at == 0 {
                last
            } else {
                at - 1
            }
        }
        Move::First => 0,
        Move::Last => last,
    };
    nodes[to].id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::GUIDE;

    #[test]
    fn arrows_walk_every_node_and_wrap_around() {
        for spread in GUIDE.spreads {
            let d = &spread.diagram;
            let mut at = d.nodes[0].id;
            for expected in d.nodes.iter().skip(1) {
                at = step(d, at, Move::Next);
                assert_eq!(at, expected.id);
            }
            assert_eq!(step(d, at, Move::Next), d.nodes[0].id);
            assert_eq!(step(d, d.nodes[0].id, Move::Previous), at);
            assert_eq!(step(d, at, Move::First), d.nodes[0].id);
        }
    }

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(Move::from_key("ArrowDown"), Some(Move::Next));
        assert_eq!(Move::from_key("ArrowUp"), Some(Move::Previous));
        assert_eq!(Move::from_key("End"), Some(Move::Last));
        assert_eq!(Move::from_key("Tab"), None);
    }
}
