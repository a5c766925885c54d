//! The guide as data: all of its text is there, word for word, and node ids
//! are unique and never change.

mod support;

use std::collections::HashSet;

use collaboration_widget::content::{Layout, Role, GUIDE};
use support::{fold, guide_fields, guide_lines, GUIDE_TEXT};

#[test]
fn every_line_of_the_guide_is_in_the_content() {
    let fields: Vec<String> = guide_fields().iter().map(|f| fold(f)).collect();
    let missing: Vec<String> =
        guide_lines().into_iter().filter(|line| !fields.iter().any(|f| f.contains(line.as_str()))).collect();
    assert!(missing.is_empty(), "guide lines not in the content: {missing:#?}");
}

#[test]
fn the_content_adds_no_words_of_its_own_to_the_guide_text() {
    let word = |w: &str| fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let guide_words: HashSet<String> = GUIDE_TEXT.split_whitespace().map(word).collect();
    for field in guide_fields() {
        for w in field.split_whitespace().map(word).filter(|w| !w.is_empty()) {
            assert!(guide_words.contains(&w), "{w:?} (in {field:?}) is not a word of the guide");
        }
    }
}

/// The guide as the project receives it: `shared/` beside the checkout,
/// as on every developer's machine and in CI.
#[test]
fn the_committed_guide_copy_matches_shared() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/guide/making-collaboration-work.txt");
    let text = std::fs::read_to_string(&shared).unwrap_or_else(|e| {
        panic!("{} cannot be read ({e}): the guide's text is checked against it", shared.display())
    });
    assert_eq!(text, GUIDE_TEXT, "tests/fixtures/ copy of the guide is out of date");
}

#[test]
fn five_spreads_in_print_order_with_the_guides_layouts() {
    let shape: Vec<(u8, &str, Layout)> = GUIDE.spreads.iter().map(|s| (s.number, s.slug, s.diagram.layout)).collect();
    assert_eq!(
        shape,
        [
            (1, "partners", Layout::Path),
            (2, "goals", Layout::Stages),
            (3, "trust", Layout::Hub),
            (4, "power", Layout::Hub),
            (5, "evaluate", Layout::Cycle),
        ]
    );
    for spread in GUIDE.spreads {
        assert!(spread.title.starts_with("How to "), "{}", spread.title);
        assert!(!spread.intro.is_empty() && !spread.voices.is_empty(), "{}", spread.slug);
        for key in spread.cites {
            assert!(GUIDE.source(key).is_some(), "{} cites unknown source {key}", spread.slug);
        }
    }
}

/// Ids as first released. Saved answers and share links refer to these, so
/// an id may be added at the end of this list but never changed or removed.
const RELEASED_NODE_IDS: &str = include_str!("fixtures/node-ids.txt");

#[test]
fn node_ids_are_unique_and_stable() {
    let ids: Vec<&str> = GUIDE.spreads.iter().flat_map(|s| s.diagram.nodes.iter().map(|n| n.id)).collect();
    let unique: HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate node ids");
    let released: Vec<&str> = RELEASED_NODE_IDS.lines().filter(|l| !l.is_empty()).collect();
    for id in &released {
        assert!(ids.contains(id), "released node id {id} was removed or renamed");
    }
    assert_eq!(ids, released, "a new node id must be appended to tests/fixtures/node-ids.txt");
}

#[test]
fn node_ids_belong_to_their_spread_and_every_reference_resolves() {
    for spread in GUIDE.spreads {
        let diagram = &spread.diagram;
        for node in diagram.nodes {
            let prefix = format!("{}.", spread.slug);
            assert!(node.id.starts_with(&prefix), "{} not under {}", node.id, spread.slug);
            let short = &node.id[prefix.len()..];
            assert!(!short.is_empty() && short.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", node.id);
            if let Some(parent) = node.parent {
                assert!(diagram.node(parent).is_some(), "{} hangs off unknown {parent}", node.id);
            }
        }
        for link in diagram.links {
            assert!(diagram.node(link.from).is_some() && diagram.node(link.to).is_some(), "{link:?}");
        }
    }
}

#[test]
fn hubs_have_one_centre_and_the_evaluation_is_a_closed_cycle_of_seven() {
    for spread in GUIDE.spreads.iter().filter(|s| s.diagram.layout == Layout::Hub) {
        let centres = spread.diagram.nodes.iter().filter(|n| n.role == Role::Centre).count();
        assert_eq!(centres, 1, "{}", spread.slug);
    }
    let evaluate = GUIDE.spread("evaluate").unwrap();
    let numbers: Vec<u8> = evaluate.diagram.nodes.iter().filter_map(|n| n.number).collect();
    assert_eq!(numbers, (1..=7).collect::<Vec<_>>());
    let last = evaluate.diagram.links.last().unwrap();
    assert_eq!((last.from, last.to), ("evaluate.stop", "evaluate.outset"));
}

#[test]
fn neighbours_connect_parents_children_and_links() {
    let partners = &GUIDE.spread("partners").unwrap().diagram;
    let around_external = partners.neighbours("partners.external");
    assert!(around_external.contains(&"partners.why"));
    assert!(around_external.contains(&"partners.outcomes"));
    assert!(around_external.contains(&"partners.guest-blogs"));
    assert_eq!(partners.neighbours("partners.blogs"), ["partners.external"]);
}

/// Advice shown anywhere reads as whole sentences: for every node of every
/// diagram, the composed advice neither starts mid-sentence (a lower-case
/// first word) nor ends on "...", holds the node's own words once, marked,
/// and is made of the diagram's own boxes.
#[test]
fn every_node_s_advice_reads_as_whole_sentences_in_the_guide_s_words() {
    use collaboration_widget::content::advice::{advice, plain};
    for spread in GUIDE.spreads {
        for node in spread.diagram.nodes {
            let parts = advice(&spread.diagram, node);
            let text = plain(&parts, "");
            assert_eq!(parts.iter().filter(|p| p.own).count(), 1, "{}: its own part once", node.id);
            assert!(parts.iter().any(|p| p.own && p.label == node.label), "{}", node.id);
            let first = text.chars().next().unwrap();
            assert!(!first.is_lowercase(), "{}: starts mid-sentence: {text}", node.id);
            assert!(!text.ends_with("..."), "{}: ends on an ellipsis: {text}", node.id);
            assert!(!text.starts_with('—'), "{}: {text}", node.id);
            // The parts are boxes of the same diagram (their words are the
            // guide's, checked for every label above).
            assert!(parts.iter().all(|p| spread.diagram.nodes.iter().any(|n| n.label == p.label)), "{}", node.id);
        }
    }
}

#[test]
fn a_step_comes_with_its_sentence_and_a_prompt_with_its_stage() {
    use collaboration_widget::content::advice::{advice, plain};
    let node = |id: &str| GUIDE.node(id).unwrap();
    let (evaluate, objectives) = node("evaluate.objectives");
    assert_eq!(
        plain(&advice(&evaluate.diagram, objectives), ""),
        "Take time at the outset to... agree clear shared objectives and measures of success, and... set out how you will work together."
    );
    let (_, stop) = node("evaluate.stop");
    assert_eq!(plain(&advice(&evaluate.diagram, stop), ""), "Know when it is time to stop.", "a sentence of its own");
    let (goals, who) = node("goals.who");
    assert_eq!(plain(&advice(&goals.diagram, who), ""), "Co-create specific goals\n– Who does what?");
    let (partners, internal) = node("partners.internal");
    assert_eq!(plain(&advice(&partners.diagram, internal), ""), "Internal connections: draw on existing networks");
    let (_, events) = node("partners.industry-events");
    assert_eq!(
        plain(&advice(&partners.diagram, events), ""),
        "External connections: find, join and draw on new networks\n– Attend industry events, the ones you don’t usually go to"
    );
}
