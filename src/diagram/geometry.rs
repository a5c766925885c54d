//! Where each node of a diagram is drawn and how connectors run, in SVG user
//! units. Box sizes follow the wrapped text, so a change of wording in the
//! content reflows the picture by itself.

use super::wrap::wrap;
use crate::content::{Diagram, Layout, Node, Role};
use crate::number::px;
use crate::trig::clockwise_from_top;

/// The width of every drawing's view box.
pub const WIDTH: f32 = 1000.0;
/// Line height and inner padding of node text.
pub const LINE: f32 = 21.0;
const PAD: f32 = 12.0;
/// A generous average advance of a 16-unit character, so text never overflows.
const CHAR: f32 = 9.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
    pub fn cy(&self) -> f32 {
        self.y + self.h / 2.0
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }
    /// Where a ray from the centre towards `(px, py)` leaves the box.
    fn edge_toward(&self, px: f32, py: f32) -> (f32, f32) {
        let (dx, dy) = (px - self.cx(), py - self.cy());
        let sx = if dx == 0.0 { f32::INFINITY } else { (self.w / 2.0) / dx.abs() };
        let sy = if dy == 0.0 { f32::INFINITY } else { (self.h / 2.0) / dy.abs() };
        let s = sx.min(sy).min(1.0);
        (self.cx() + dx * s, self.cy() + dy * s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Box,
    /// A hub's centre.
    Circle,
    /// An outcome the diagram leads to.
    Pill,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlacedNode {
    pub id: &'static str,
    pub role: Role,
    pub shape: Shape,
    pub rect: Rect,
    /// The label, wrapped; drawn bold.
    pub label_lines: Vec<String>,
    /// Further text, wrapped; drawn regular.
    pub text_lines: Vec<String>,
}

impl PlacedNode {
    /// Baseline of the first text line, centring the block of lines.
    pub fn first_baseline(&self) -> f32 {
        let lines = (self.label_lines.len() + self.text_lines.len()) as f32;
        self.rect.cy() - lines * LINE / 2.0 + 16.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    pub from: &'static str,
    pub to: &'static str,
    /// SVG path data.
    pub path: String,
    /// Drawn with an arrowhead: a sequence, not a grouping.
    pub arrow: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    pub nodes: Vec<PlacedNode>,
    pub connectors: Vec<Connector>,
    /// A dashed frame around what a principle stands over (finding partners).
    pub frame: Option<Rect>,
}

impl Drawing {
    pub fn node(&self, id: &str) -> Option<&PlacedNode> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Lays out a diagram after its print figure.
pub fn draw(diagram: &Diagram) -> Drawing {
    let mut drawing = match diagram.layout {
        Layout::Path => path(diagram),
        Layout::Stages => stages(diagram),
        Layout::Hub => hub(diagram),
        Layout::Cycle => cycle(diagram),
    };
    drawing.connectors = connectors(diagram, &drawing);
    // Paint (and so DOM and screen-reader) order is the content's reading order.
    let order = |id: &str| diagram.nodes.iter().position(|n| n.id == id);
    crate::small_sort::sort_by_key(&mut drawing.nodes, |n| order(n.id));
    drawing
}

/// A node sized to its text at width `w`, placed at (x, y).
fn sized(node: &Node, x: f32, y: f32, w: f32) -> PlacedNode {
    let chars = ((w - 2.0 * PAD) / CHAR) as usize;
    let label_lines = wrap(&node.numbered_label(), chars);
    let text_lines = node.text.map(|t| wrap(t, chars)).unwrap_or_default();
    let h = 2.0 * PAD + (label_lines.len() + text_lines.len()) as f32 * LINE;
    let shape = match node.role {
        Role::Centre => Shape::Circle,
        Role::Outcome if node.text.is_none() && label_lines.len() == 1 => Shape::Pill,
        _ => Shape::Box,
    };
    PlacedNode { id: node.id, role: node.role, shape, rect: Rect { x, y, w, h }, label_lines, text_lines }
}

fn bottom_of(nodes: &[PlacedNode]) -> f32 {
    nodes.iter().map(|n| n.rect.bottom()).fold(0.0, f32::max)
}

/// Finding partners: a principle over a path from why, through two kinds of
/// connection, to desired outcomes; external channels hang below.
fn path(d: &Diagram) -> Drawing {
    let principle = d.roots().find(|n| n.role == Role::Principle).unwrap_or(&d.nodes[0]);
    let steps: Vec<&Node> = d.roots().filter(|n| n.role == Role::Step).collect();
    let outcome = d.roots().find(|n| n.role == Role::Outcome).unwrap_or(&d.nodes[0]);
    let (why, branches) = steps.split_first().map(|(w, b)| (*w, b.to_vec())).unwrap_or((&d.nodes[0], vec![]));

    let mut nodes = Vec::new();
    // The principle row: the principle in the middle, its two points beside it.
    let mut row = vec![sized(principle, 345.0, 10.0, 310.0)];
    let sides: Vec<&Node> = d.children(principle.id).collect();
    for (side, x) in sides.iter().zip([20.0, 680.0]) {
        row.push(sized(side, x, 10.0, 300.0));
    }
    let row_h = row.iter().map(|n| n.rect.h).fold(0.0, f32::max);
    for n in &mut row {
        n.rect.h = row_h;
    }
    nodes.extend(row);

    let frame_top = 10.0 + row_h + 36.0;
    let main_top = frame_top + 30.0;
    let mut y = main_top;
    let mut branch_nodes = Vec::new();
    for branch in &branches {
        let placed = sized(branch, 320.0, y, 270.0);
        y = placed.rect.bottom() + 36.0;
        branch_nodes.push(placed);
    }
    let main_bottom = bottom_of(&branch_nodes).max(main_top + 100.0);
    let mid = (main_top + main_bottom) / 2.0;
    let mut why_node = sized(why, 30.0, 0.0, 220.0);
    why_node.rect.y = mid - why_node.rect.h / 2.0;
    let mut outcome_node = sized(outcome, 750.0, 0.0, 220.0);
    outcome_node.rect.y = mid - outcome_node.rect.h / 2.0;
    nodes.push(why_node);
    nodes.extend(branch_nodes);
    nodes.push(outcome_node);

    // Channels of the last branch, three to a row below the path.
    let mut top = main_bottom + 60.0;
    let channels: Vec<&Node> = branches.last().map(|b| d.children(b.id).collect()).unwrap_or_default();
    for chunk in channels.chunks(3) {
        let mut placed: Vec<PlacedNode> =
            chunk.iter().zip([30.0, 350.0, 670.0]).map(|(n, x)| sized(n, x, top, 300.0)).collect();
        let h = placed.iter().map(|n| n.rect.h).fold(0.0, f32::max);
        for n in &mut placed {
            n.rect.h = h;
        }
        top += h + 16.0;
        nodes.extend(placed);
    }
    let frame = Rect { x: 10.0, y: frame_top, w: WIDTH - 20.0, h: top + 4.0 - frame_top };
    Drawing { width: WIDTH, height: frame.bottom() + 10.0, nodes, connectors: vec![], frame: Some(frame) }
}

/// Shared goals: stages left to right, each with its prompts below it.
fn stages(d: &Diagram) -> Drawing {
    let stages: Vec<&Node> = d.roots().collect();
    let count = stages.len().max(1) as f32;
    let gap = 70.0;
    let w = (WIDTH - 40.0 - gap * (count - 1.0)) / count;
    let top = 70.0; // room for the loop arrow above
    let mut placed: Vec<PlacedNode> =
        stages.iter().enumerate().map(|(i, s)| sized(s, 20.0 + i as f32 * (w + gap), top, w)).collect();
    let h = placed.iter().map(|n| n.rect.h).fold(0.0, f32::max);
    for n in &mut placed {
        n.rect.h = h;
    }
    let mut nodes = Vec::new();
    for stage in placed {
        let mut y = stage.rect.bottom() + 24.0;
        let x = stage.rect.x + 28.0;
        let prompts: Vec<PlacedNode> = d
            .children(stage.id)
            .map(|p| {
                let n = sized(p, x, y, stage.rect.w - 28.0);
                y = n.rect.bottom() + 14.0;
                n
            })
            .collect();
        nodes.push(stage);
        nodes.extend(prompts);
    }
    unframed(nodes)
}

/// Trust and power: the definition in a circle, practices around it on an
/// ellipse, and an outcome below where there is one.
fn hub(d: &Diagram) -> Drawing {
    let centre = d.roots().find(|n| n.role == Role::Centre).unwrap_or(&d.nodes[0]);
    let practices: Vec<&Node> = d.children(centre.id).collect();
    let (around, cy) = on_ellipse(&practices, 360.0, 245.0, 210.0);
    let mut circle = sized(centre, 0.0, 0.0, 230.0);
    let diameter = circle.rect.h.max(circle.rect.w) + 40.0;
    circle.rect = Rect { x: WIDTH / 2.0 - diameter / 2.0, y: cy - diameter / 2.0, w: diameter, h: diameter };
    let mut nodes = vec![circle];
    nodes.extend(around);
    let below = bottom_of(&nodes) + 40.0;
    for outcome in d.roots().filter(|n| n.role == Role::Outcome) {
        let mut n = sized(outcome, 0.0, below, 180.0);
        n.rect.x = WIDTH / 2.0 - n.rect.w / 2.0;
        nodes.push(n);
    }
    unframed(nodes)
}

/// Evaluation: the numbered steps clockwise round an ellipse from the top.
fn cycle(d: &Diagram) -> Drawing {
    let steps: Vec<&Node> = d.nodes.iter().collect();
    unframed(on_ellipse(&steps, 345.0, 255.0, 220.0).0)
}

/// `nodes` at width `box_w`, centred clockwise from the top round an
/// ellipse of radii `rx`, `ry`, moved down so the top one sits at the top
/// margin. Also gives the ellipse's centre height.
fn on_ellipse(nodes: &[&Node], rx: f32, ry: f32, box_w: f32) -> (Vec<PlacedNode>, f32) {
    let mut placed: Vec<PlacedNode> = nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let mut n = sized(node, 0.0, 0.0, box_w);
            let (cos, sin) = clockwise_from_top(i, nodes.len());
            n.rect.x = WIDTH / 2.0 + rx * cos - box_w / 2.0;
            n.rect.y = ry * sin - n.rect.h / 2.0;
            n
        })
        .collect();
    let min_y = placed.iter().map(|n| n.rect.y).fold(0.0, f32::min);
    let cy = 20.0 - min_y;
    for n in &mut placed {
        n.rect.y += cy;
    }
    (placed, cy)
}

/// A drawing with no frame, its height fitted to its nodes.
fn unframed(nodes: Vec<PlacedNode>) -> Drawing {
    Drawing { width: WIDTH, height: bottom_of(&nodes) + 20.0, nodes, connectors: vec![], frame: None }
}

fn connectors(d: &Diagram, drawing: &Drawing) -> Vec<Connector> {
    let mut out = Vec::new();
    for node in d.nodes {
        let (Some(parent_id), Some(child)) = (node.parent, drawing.node(node.id)) else {
            continue;
        };
        let Some(parent) = drawing.node(parent_id) else {
            continue;
        };
        let path = hang(d.layout, parent, child);
        out.push(Connector { from: parent_id, to: node.id, path, arrow: false });
    }
    let centre = (WIDTH / 2.0, drawing.height / 2.0);
    for link in d.links {
        let (Some(a), Some(b)) = (drawing.node(link.from), drawing.node(link.to)) else {
            continue;
        };
        let path = match d.layout {
            Layout::Cycle => outward_curve(&a.rect, &b.rect, centre),
            _ => sequence(&a.rect, &b.rect),
        };
        out.push(Connector { from: link.from, to: link.to, path, arrow: true });
    }
    out
}

/// How a child hangs off its parent in each layout.
fn hang(layout: Layout, p: &PlacedNode, c: &PlacedNode) -> String {
    let (pr, cr) = (&p.rect, &c.rect);
    match layout {
        Layout::Hub => {
            let (x1, y1) = circle_edge_toward(pr, cr.cx(), cr.cy());
            let (x2, y2) = cr.edge_toward(pr.cx(), pr.cy());
            format!("M{} {}L{} {}", px(x1), px(y1), px(x2), px(y2))
        }
        Layout::Stages => format!("M{} {}V{}H{}", px(pr.x + 14.0), px(pr.bottom()), px(cr.cy()), px(cr.x)),
        // Channels below their connection: a bus, then a rail down the gap
        // left of each column, so no line crosses a box.
        _ if cr.y >= pr.bottom() => {
            let bus = pr.bottom() + 38.0;
            let rail = cr.x - 10.0;
            format!("M{} {}V{}H{}V{}H{}", px(pr.cx()), px(pr.bottom()), px(bus), px(rail), px(cr.cy()), px(cr.x))
        }
        _ if cr.cx() < pr.cx() => format!("M{} {}H{}", px(pr.x), px(pr.cy()), px(cr.right())),
        _ => format!("M{} {}H{}", px(pr.right()), px(pr.cy()), px(cr.x)),
    }
}

/// A sequence arrow: right-angled when the next box is further right, a loop
/// over the top when it leads back, straight down otherwise.
fn sequence(a: &Rect, b: &Rect) -> String {
    if b.x >= a.right() {
        let mid = (a.right() + b.x) / 2.0;
        format!("M{} {}H{}V{}H{}", px(a.right()), px(a.cy()), px(mid), px(b.cy()), px(b.x - 2.0))
    } else if b.right() <= a.x {
        let lift = a.y.min(b.y) - 50.0;
        format!(
            "M{} {}C{} {} {} {} {} {}",
            px(a.cx()),
            px(a.y),
            px(a.cx()),
            px(lift),
            px(b.cx()),
            px(lift),
            px(b.cx()),
            px(b.y - 2.0)
        )
    } else {
        let (x, y) = circle_edge_toward(a, b.cx(), b.y);
        format!("M{} {}L{} {}", px(x), px(y), px(b.cx()), px(b.y - 2.0))
    }
}

/// A gentle curve from box to box that bows away from the cycle's centre.
fn outward_curve(a: &Rect, b: &Rect, centre: (f32, f32)) -> String {
    let (x1, y1) = a.edge_toward(b.cx(), b.cy());
    let (x2, y2) = b.edge_toward(a.cx(), a.cy());
    let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
    let (dx, dy) = (mx - centre.0, my - centre.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (qx, qy) = (mx + dx / len * 30.0, my + dy / len * 30.0);
    format!("M{} {}Q{} {} {} {}", px(x1), px(y1), px(qx), px(qy), px(x2), px(y2))
}

/// The point on the circle inscribed in `r` towards `(px, py)`.
fn circle_edge_toward(r: &Rect, px: f32, py: f32) -> (f32, f32) {
    let (dx, dy) = (px - r.cx(), py - r.cy());
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let radius = r.w.min(r.h) / 2.0;
    (r.cx() + dx / len * radius, r.cy() + dy / len * radius)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::GUIDE;

    #[test]
    fn every_node_is_placed_once_inside_the_view_box() {
        for spread in GUIDE.spreads {
            let drawing = draw(&spread.diagram);
            assert_eq!(drawing.nodes.len(), spread.diagram.nodes.len(), "{}", spread.slug);
            for node in spread.diagram.nodes {
                let placed = drawing.node(node.id).unwrap_or_else(|| panic!("{} not placed", node.id));
                let r = placed.rect;
                assert!(
                    r.x >= 0.0 && r.y >= 0.0 && r.right() <= drawing.width && r.bottom() <= drawing.height,
                    "{} at {r:?}",
                    node.id
                );
            }
        }
    }

    #[test]
    fn no_two_nodes_overlap() {
        for spread in GUIDE.spreads {
            let drawing = draw(&spread.diagram);
            for (i, a) in drawing.nodes.iter().enumerate() {
                for b in &drawing.nodes[i + 1..] {
                    assert!(!a.rect.overlaps(&b.rect), "{} overlaps {}", a.id, b.id);
                }
            }
        }
    }

    #[test]
    fn wrapped_text_keeps_every_word_and_fits_its_box() {
        for spread in GUIDE.spreads {
            for placed in draw(&spread.diagram).nodes {
                let node = spread.diagram.node(placed.id).unwrap();
                assert_eq!(placed.label_lines.join(" "), node.numbered_label());
                assert_eq!(placed.text_lines.join(" "), node.text.unwrap_or_default());
                let widest =
                    placed.label_lines.iter().chain(&placed.text_lines).map(|l| l.chars().count()).max().unwrap_or(0);
                assert!(widest as f32 * CHAR <= placed.rect.w, "{} text wider than its box", placed.id);
                let lines = (placed.label_lines.len() + placed.text_lines.len()) as f32;
                assert!(lines * LINE <= placed.rect.h, "{} text taller than its box", placed.id);
            }
        }
    }

    #[test]
    fn every_parent_link_and_sequence_has_a_connector() {
        for spread in GUIDE.spreads {
            let d = &spread.diagram;
            let drawing = draw(d);
            let expected = d.nodes.iter().filter(|n| n.parent.is_some()).count() + d.links.len();
            assert_eq!(drawing.connectors.len(), expected, "{}", spread.slug);
            assert_eq!(drawing.connectors.iter().filter(|c| c.arrow).count(), d.links.len());
        }
    }

    #[test]
    fn hubs_put_the_definition_in_a_central_circle() {
        let trust = draw(&GUIDE.spread("trust").unwrap().diagram);
        let centre = trust.node("trust.definition").unwrap();
        assert_eq!(centre.shape, Shape::Circle);
        assert!((centre.rect.cx() - WIDTH / 2.0).abs() < 1.0);
        assert_eq!(trust.node("trust.win-win").unwrap().shape, Shape::Pill);
    }
}
