//! A spread's diagram as inline SVG, painted from `diagram::draw`. Nodes are
//! buttons with a roving tab stop: Tab enters and leaves the figure once,
//! arrow keys move in reading order, Enter or Space opens a node's panel.
//! Each box shows the reader's own rating, or, in a comparison, the marks
//! the comparison gives it (the group's median).

use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::Answer;
use crate::browser::page;
use crate::content::{Role, Spread};
use crate::diagram::{self, Drawing, Move, PlacedNode, Shape, LINE};
use crate::number::px;
use crate::ui::context::AppContext;

#[derive(Properties, PartialEq)]
pub struct DiagramViewProps {
    pub spread: &'static Spread,
    pub selected: Option<&'static str>,
    pub on_open: Callback<&'static str>,
    /// The id of the node panel, which the nodes control.
    pub panel_id: AttrValue,
    /// Marks to show instead of the reader's own ratings (a comparison's).
    #[prop_or_default]
    pub marks: Option<Rc<Vec<(&'static str, NodeMark)>>>,
}

/// What a box shows besides its text: a figure in a circle, coloured by
/// the rating it stands for and never by colour alone, maybe a second mark,
/// and a sentence read out as the box's description.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeMark {
    /// In the circle: a rating, "?" for don't know, or a median ("3.5").
    pub badge: AttrValue,
    /// The rating whose colour the circle takes: 1–5, 6 for don't know.
    pub tone: u8,
    /// Beside the circle: ▲ where views differ, ● for clear consensus.
    pub flag: Option<&'static str>,
    pub words: AttrValue,
}

impl NodeMark {
    fn of_answer(answer: Answer) -> NodeMark {
        NodeMark {
            badge: badge_text(answer).into(),
            tone: answer.code(),
            flag: None,
            words: format!("Your rating: {}", answer.label()).into(),
        }
    }
}

/// What a box is given to show: the reader's own rating (compared, on
/// every render of the figure, as the one byte it is) or a comparison's mark.
#[derive(Clone, PartialEq)]
enum Badge {
    Own(Answer),
    Given(NodeMark),
}

impl Badge {
    fn mark(&self) -> std::borrow::Cow<'_, NodeMark> {
        match self {
            Badge::Own(answer) => std::borrow::Cow::Owned(NodeMark::of_answer(*answer)),
            Badge::Given(mark) => std::borrow::Cow::Borrowed(mark),
        }
    }
}

/// A drawing shared by the figure and its nodes; equal when it is the same
/// drawing (comparing the geometry itself on every render would cost more).
#[derive(Clone)]
struct Shared(Rc<Drawing>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The diagram node an event happened in (or moved to), by its element.
fn node_at(spread: &'static Spread, target: Option<web_sys::EventTarget>) -> Option<&'static str> {
    use wasm_bindgen::JsCast;
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let id = element.closest("[data-node]").ok()??.get_attribute("data-node")?;
    spread.diagram.nodes.iter().find(|n| n.id == id).map(|n| n.id)
}

#[component]
pub fn DiagramView(props: &DiagramViewProps) -> Html {
    crate::ui::render_count::count("DiagramView");
    let spread = props.spread;
    let drawing = use_memo(spread.slug, |_| Shared(Rc::new(diagram::draw(&spread.diagram))));
    // The node that carries the tab stop, and the one highlighted by hover or focus.
    let tab_stop = use_state_eq(|| props.selected.unwrap_or(spread.diagram.nodes[0].id));
    let highlight = use_state_eq(|| None::<&'static str>);
    let svg_ref = use_node_ref();

    // The reader's own ratings, unless marks were given (a comparison, in
    // a module that has no app state).
    let state = use_context::<AppContext>();
    let mark_of = |id: &str| match (&props.marks, &state) {
        (Some(marks), _) => marks.iter().find(|(n, _)| *n == id).map(|(_, m)| Badge::Given(m.clone())),
        (None, Some(state)) => state.store.current().answers.get(id).and_then(|s| s.v).map(Badge::Own),
        (None, None) => None,
    };
    let lit = highlight.or(props.selected);
    let related = lit.map(|id| spread.diagram.neighbours(id)).unwrap_or_default();
    let ids: AttrValue = format!("{}-diagram", spread.slug).into();

    // The boxes carry no listeners of their own: the figure listens once for
    // clicks, focus and the pointer, and finds the box from the event.
    let onclick = {
        let (tab_stop, on_open) = (tab_stop.clone(), props.on_open.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = node_at(spread, e.target()) {
                tab_stop.set(id);
                on_open.emit(id);
            }
        })
    };
    // Hover and focus are heard on the figure itself, not through Yew's
    // delegation, which would otherwise walk every mouse-over and focus
    // change anywhere in the widget (each rating click has four) up to its
    // root to find no handler.
    {
        let (svg_ref, highlight, tab_stop) = (svg_ref.clone(), highlight.setter(), tab_stop.setter());
        use_effect_with(spread.slug, move |_| {
            use wasm_bindgen::JsCast;
            // One handler for the four kinds (one closure in the wasm).
            let handle = std::rc::Rc::new(move |e: &web_sys::Event| {
                let kind = e.type_();
                if kind == "mouseover" || kind == "focusin" {
                    if let Some(id) = node_at(spread, e.target()) {
                        highlight.set(Some(id));
                        if kind == "focusin" {
                            tab_stop.set(id);
                        }
                    }
                    return;
                }
                // Leaving a box for somewhere that is not a box clears the
                // highlight. (`relatedTarget` is read by name: a mouse and
                // a focus event both have it.)
                let to = e.unchecked_ref::<web_sys::MouseEvent>().related_target();
                if node_at(spread, to).is_none() {
                    highlight.set(None);
                }
            });
            let listeners = svg_ref.cast::<web_sys::Element>().map(|svg| {
                ["mouseover", "focusin", "mouseout", "focusout"].map(|kind| {
                    let handle = handle.clone();
                    gloo_events::EventListener::new(&svg, kind, move |e| handle(e))
                })
            });
            move || drop(listeners)
        });
    }

    let onkeydown = {
        let (tab_stop, svg_ref, on_open) = (tab_stop.clone(), svg_ref.clone(), props.on_open.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if let Some(movement) = Move::from_key(&key) {
                e.prevent_default();
                let to = diagram::step(&spread.diagram, *tab_stop, movement);
                tab_stop.set(to);
                page::focus_within(&svg_ref, &format!("[data-node=\"{to}\"]"));
            } else if key == "Enter" || key == " " {
                e.prevent_default();
                on_open.emit(*tab_stop);
            }
        })
    };

    let nodes = drawing.0.nodes.iter().enumerate().map(|(index, placed)| {
        let id = placed.id;
        let look = if props.selected == Some(id) {
            Some("is-selected")
        } else if lit == Some(id) {
            Some("is-lit")
        } else if related.contains(&id) {
            Some("is-related")
        } else {
            None
        };
        html! {
            <DiagramNode key={id} drawing={(*drawing).clone()} {index} {look}
                         mark={mark_of(id)}
                         tab_stop={*tab_stop == id} selected={props.selected == Some(id)}
                         ids={ids.clone()} panel_id={props.panel_id.clone()} />
        }
    });

    html! {
        <div class="diagram-figure">
            <p id={format!("{ids}-help")} class="diagram-help">
                { "Use the arrow keys to move between boxes; Enter or Space opens one." }
            </p>
            <svg ref={svg_ref} class={classes!("diagram-svg", lit.map(|_| "has-highlight"))}
                 viewBox={format!("0 0 {} {}", px(drawing.0.width), px(drawing.0.height))}
                 role="group" aria-labelledby={format!("{ids}-title {ids}-desc")}
                 {onkeydown} {onclick}>
                <title id={format!("{ids}-title")}>{ format!("Diagram: {}", spread.title) }</title>
                <desc id={format!("{ids}-desc")}>{ spread.diagram.description }</desc>
                <defs>
                    <marker id={format!("{ids}-arrow")} viewBox="0 0 10 10" refX="9" refY="5"
                            markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="arrowhead" />
                    </marker>
                </defs>
                if let Some(frame) = drawing.0.frame {
                    <rect class="principle-frame" x={px(frame.x).to_string()} y={px(frame.y).to_string()}
                          width={px(frame.w).to_string()} height={px(frame.h).to_string()} rx="18" aria-hidden="true" />
                }
                <Connectors drawing={(*drawing).clone()} {lit} ids={ids.clone()} />
                <g class="nodes">{ for nodes }</g>
            </svg>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ConnectorsProps {
    drawing: Shared,
    /// The highlighted node, whose connectors stand out.
    lit: Option<&'static str>,
    ids: AttrValue,
}

/// The lines between boxes: drawn again only when the highlight moves.
#[component]
fn Connectors(props: &ConnectorsProps) -> Html {
    crate::ui::render_count::count("Connectors");
    let connectors = props.drawing.0.connectors.iter().map(|c| {
        let active = props.lit.is_some_and(|id| c.from == id || c.to == id);
        html! {
            <path class={classes!("connector", c.arrow.then_some("is-sequence"), active.then_some("is-active"))}
                  d={c.path.clone()}
                  marker-end={c.arrow.then(|| format!("url(#{}-arrow)", props.ids))} />
        }
    });
    html! { <g class="connectors" aria-hidden="true">{ for connectors }</g> }
}

#[derive(Properties, PartialEq)]
struct DiagramNodeProps {
    drawing: Shared,
    index: usize,
    /// Selected, lit or related, as a class.
    look: Option<&'static str>,
    mark: Option<Badge>,
    tab_stop: bool,
    selected: bool,
    ids: AttrValue,
    panel_id: AttrValue,
}

/// One box of the diagram: rendered again only when its own look, rating or
/// tab stop changes.
#[component]
fn DiagramNode(props: &DiagramNodeProps) -> Html {
    crate::ui::render_count::count("DiagramNode");
    let Some(placed) = props.drawing.0.nodes.get(props.index) else {
        return html! {};
    };
    let id = placed.id;
    let ids = &props.ids;
    let mark = props.mark.as_ref().map(Badge::mark);
    // The node's name stays its guide text (so speech input matches what
    // is seen); the rating in words is its description.
    let rating_id = format!("{ids}-rating-{}", id.replace('.', "-"));
    let described_by = match mark {
        Some(_) => format!("{ids}-help {rating_id}"),
        None => format!("{ids}-help"),
    };
    html! {
        <g class={classes!("node", role_class(placed.role), props.look, mark.as_ref().map(|_| "is-rated"))}
           data-node={id}
           role="button"
           tabindex={if props.tab_stop { "0" } else { "-1" }}
           aria-expanded={props.selected.to_string()}
           aria-controls={props.panel_id.clone()}
           aria-describedby={described_by}>
            { shape(placed) }
            { text(placed) }
            if let Some(mark) = &mark {
                <desc id={rating_id}>{ mark.words.clone() }</desc>
                { badge(placed, mark) }
            }
        </g>
    }
}

/// A badge's height: a figure of one character sits in a circle this wide.
const BADGE_HEIGHT: f32 = 26.0;
/// The badge figure's type size (`.rating-badge text` in styles/main.css).
const BADGE_TYPE: f32 = 15.0;
/// Room between the figure and the badge's ends.
const BADGE_PADDING: f32 = 5.0;

/// How wide a badge is for `figure`: a circle, or a pill long enough for
/// it, so that every figure a badge shows (a rating, "?", a median "4.5",
/// a count up to "30") stays inside. Measured for the widest common
/// sans-serif figures (DejaVu Sans Bold: digits 0.7 em, the point 0.4 em),
/// so a host's narrower font only adds room.
fn badge_width(figure: &str) -> f32 {
    let ems: f32 = figure.chars().map(|c| if c == '.' { 0.4 } else { 0.7 }).sum();
    (ems * BADGE_TYPE + 2.0 * BADGE_PADDING).max(BADGE_HEIGHT)
}

/// A marked node's badge: a figure (or "?" for don't know) in a circle or
/// pill, so the rating never depends on colour; a comparison's flag beside it.
fn badge(placed: &PlacedNode, mark: &NodeMark) -> Html {
    let (x, y) = (placed.rect.right() - 4.0, placed.rect.y + 4.0);
    let width = badge_width(&mark.badge);
    html! {
        <g class={classes!("rating-badge", format!("rated-{}", mark.tone))} aria-hidden="true">
            <rect class="badge-shape" x={px(x - width / 2.0).to_string()} y={px(y - BADGE_HEIGHT / 2.0).to_string()}
                  width={px(width).to_string()} height={px(BADGE_HEIGHT).to_string()} rx={px(BADGE_HEIGHT / 2.0).to_string()} />
            <text x={px(x).to_string()} y={px(y + 5.0).to_string()} text-anchor="middle">{ mark.badge.clone() }</text>
            if let Some(flag) = mark.flag {
                <text class="badge-flag" x={px(x - width / 2.0 - 11.0).to_string()} y={px(y + 5.0).to_string()} text-anchor="middle">{ flag }</text>
            }
        </g>
    }
}

fn badge_text(answer: Answer) -> String {
    answer.score().map_or("?".to_string(), |s| s.to_string())
}

fn role_class(role: Role) -> &'static str {
    match role {
        Role::Step => "role-step",
        Role::Detail => "role-detail",
        Role::Principle => "role-principle",
        Role::Centre => "role-centre",
        Role::Practice => "role-practice",
        Role::Outcome => "role-outcome",
    }
}

fn shape(placed: &PlacedNode) -> Html {
    let r = placed.rect;
    match placed.shape {
        Shape::Circle => html! {
            <circle class="node-shape" cx={px(r.cx()).to_string()} cy={px(r.cy()).to_string()} r={px(r.w.min(r.h) / 2.0).to_string()} />
        },
        Shape::Pill | Shape::Box => html! {
            <rect class="node-shape" x={px(r.x).to_string()} y={px(r.y).to_string()} width={px(r.w).to_string()} height={px(r.h).to_string()}
                  rx={if placed.shape == Shape::Pill { px(r.h / 2.0).to_string() } else { "10".to_string() }} />
        },
    }
}

fn text(placed: &PlacedNode) -> Html {
    let x = px(placed.rect.cx()).to_string();
    let first = placed.first_baseline();
    let lines = placed
        .label_lines
        .iter()
        .map(|l| (l, "node-label"))
        .chain(placed.text_lines.iter().map(|l| (l, "node-more")))
        .enumerate()
        .map(|(i, (line, class))| {
            html! { <tspan class={class} x={x.clone()} y={px(first + i as f32 * LINE).to_string()}>{ line.clone() }</tspan> }
        });
    html! { <text class="node-text" text-anchor="middle">{ for lines }</text> }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every figure a badge can show fits inside it with room to spare at
    /// the widest common figures (digits 0.7 em, the point 0.4 em): ratings,
    /// "?", medians 1.0–5.0 in halves as the group's diagrams show them
    /// ("4", "4.5"), and counts up to 30.
    #[test]
    fn every_figure_a_badge_can_show_fits_inside_it() {
        let medians = (2..=10).map(|h| if h % 2 == 0 { (h / 2).to_string() } else { format!("{}.5", h / 2) });
        let counts = (1..=30).map(|n: u32| n.to_string());
        for figure in medians.chain(counts).chain(["?".to_string()]) {
            let ink: f32 = figure.chars().map(|c| if c == '.' { 0.4 } else { 0.7 }).sum::<f32>() * BADGE_TYPE;
            let width = badge_width(&figure);
            assert!(width >= BADGE_HEIGHT, "{figure}: never narrower than a circle");
            // Figures stand about 11 units tall on the centre line; a pill's
            // round ends take away at most 2 units of width at that height.
            assert!(ink + 4.0 <= width, "{figure}: {ink} in {width}");
        }
        assert_eq!(badge_width("5"), BADGE_HEIGHT, "one figure: a circle, as before");
        assert!(badge_width("4.5") > badge_width("30") && badge_width("30") > BADGE_HEIGHT);
    }
}
