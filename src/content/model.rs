//! The shapes the guide's content takes. Plain data: no browser types, so the
//! whole guide can be checked natively and rendered by any view.

/// The printed guide as a whole.
#[derive(Debug, PartialEq)]
pub struct Guide {
    pub title: &'static str,
    pub tagline: &'static str,
    pub spreads: &'static [Spread],
    pub sources: &'static [Source],
}

/// One two-page spread of the guide: a "How to ..." topic with its diagram.
#[derive(Debug, PartialEq)]
pub struct Spread {
    /// Stable URL slug, also the prefix of every node id in this spread.
    pub slug: &'static str,
    /// 1-based position in the guide.
    pub number: u8,
    /// The title as the guide prints it, e.g. "How to find collaborative partners".
    pub title: &'static str,
    /// A short name for navigation ("Find partners").
    pub short_title: &'static str,
    /// What the topic helps a partnership do, in one sentence for the
    /// overview's card. Ours, in the guide's terms; not the guide's text.
    pub helps_with: &'static str,
    pub intro: &'static [&'static str],
    /// Practitioner quotes; each entry is one quotation.
    pub voices: &'static [&'static str],
    pub diagram: Diagram,
    /// Keys into [`Guide::sources`] cited by this spread's intro.
    pub cites: &'static [&'static str],
}

/// A spread's figure: its nodes and how the guide lays them out.
#[derive(Debug, PartialEq)]
pub struct Diagram {
    pub layout: Layout,
    /// One sentence saying how the figure reads, for screen readers and the
    /// SVG description. Ours, not the guide's.
    pub description: &'static str,
    /// Nodes in reading order (the order keyboard navigation follows).
    pub nodes: &'static [Node],
    /// Connections that are not parent/child: sequence arrows and loops.
    pub links: &'static [Link],
}

/// How a diagram is drawn; each print figure is one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// From a starting point through two branches to an outcome, under a principle.
    Path,
    /// Stages in sequence, the last an ongoing loop, with prompts on each.
    Stages,
    /// A definition at the centre with practices around it.
    Hub,
    /// Numbered steps that read as one sentence and close into a cycle.
    Cycle,
}

/// What a node is in its diagram; decides its shape and whether it is rated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A step, stage or connection on the main path.
    Step,
    /// A concrete channel or prompt hanging off a step.
    Detail,
    /// An overarching principle.
    Principle,
    /// The definition at a hub's centre.
    Centre,
    /// A practice around a hub.
    Practice,
    /// Where the diagram leads (e.g. WIN WIN).
    Outcome,
}

/// One labelled box of a diagram.
#[derive(Debug, PartialEq)]
pub struct Node {
    /// Stable forever: saved answers and share links refer to it.
    pub id: &'static str,
    pub role: Role,
    /// Shown first and in the diagram box; the guide's words.
    pub label: &'static str,
    /// Further guide text belonging to the node, shown after the label.
    pub text: Option<&'static str>,
    /// Printed step number (the evaluation steps are numbered in the guide).
    pub number: Option<u8>,
    /// The node this one hangs off, if any.
    pub parent: Option<&'static str>,
}

/// A directed connection between two nodes of one diagram.
#[derive(Debug, PartialEq)]
pub struct Link {
    pub from: &'static str,
    pub to: &'static str,
}

/// A work the guide cites.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub key: &'static str,
    pub citation: &'static str,
}

impl Node {
    /// The label as printed, with its step number where the guide numbers it.
    pub fn numbered_label(&self) -> String {
        match self.number {
            Some(n) => format!("{n}. {}", self.label),
            None => self.label.to_string(),
        }
    }
}

impl Diagram {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.nodes.iter().filter(move |n| n.parent == Some(id))
    }

    /// Nodes with no parent: the diagram's backbone.
    pub fn roots(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().filter(|n| n.parent.is_none())
    }

    /// Every node directly connected to `id`: parent, children and linked nodes.
    pub fn neighbours(&self, id: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        if let Some(node) = self.node(id) {
            out.extend(node.parent);
        }
        out.extend(self.nodes.iter().filter(|n| n.parent == Some(id)).map(|n| n.id));
        for link in self.links {
            if link.from == id {
                out.push(link.to);
            } else if link.to == id {
                out.push(link.from);
            }
        }
        out.dedup();
        out
    }
}

impl Guide {
    pub fn spread(&self, slug: &str) -> Option<&Spread> {
        self.spreads.iter().find(|s| s.slug == slug)
    }

    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    /// Finds a node anywhere in the guide with the spread it belongs to.
    pub fn node(&self, id: &str) -> Option<(&Spread, &Node)> {
        self.spreads.iter().find_map(|s| s.diagram.node(id).map(|n| (s, n)))
    }
}
