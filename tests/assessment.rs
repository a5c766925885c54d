//! The self-assessment model: statements, scoring, the stored document's
//! schema, migration, validation of hostile input, and merging.

mod support;

use std::collections::HashSet;

use collaboration_widget::assessment::store::{self, limits};
use collaboration_widget::assessment::*;
use collaboration_widget::content::{Role, GUIDE};

fn answers(pairs: &[(&str, u8)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), Answer::try_from(*v).unwrap())).collect()
}

#[test]
fn one_statement_for_each_practice_node_about_forty_in_all() {
    assert!((36..=45).contains(&STATEMENTS.len()), "{} statements", STATEMENTS.len());
    let nodes: HashSet<&str> = STATEMENTS.iter().map(|s| s.node).collect();
    assert_eq!(nodes.len(), STATEMENTS.len(), "one statement per node");
    for statement in STATEMENTS {
        let (_, node) = GUIDE.node(statement.node).unwrap_or_else(|| panic!("{} is no node", statement.node));
        assert!(
            node.role != Role::Centre && node.id != "trust.win-win",
            "{} is a definition or a result, not a practice",
            node.id
        );
        assert!(statement.text.ends_with('.') && statement.text.len() < 120, "{}", statement.text);
    }
    // Every hub practice and every evaluation step is rated.
    for spread in ["trust", "power", "evaluate"] {
        let diagram = &GUIDE.spread(spread).unwrap().diagram;
        for node in diagram.nodes.iter().filter(|n| matches!(n.role, Role::Practice | Role::Step)) {
            assert!(statements::for_node(node.id).is_some(), "{} has no statement", node.id);
        }
    }
}

#[test]
fn statements_are_ours_not_the_guides_words() {
    let guide = support::fold(support::GUIDE_TEXT);
    for s in STATEMENTS {
        assert!(!guide.contains(&support::fold(s.text.trim_end_matches('.'))), "{} copies the guide", s.text);
    }
}

#[test]
fn a_spread_score_is_the_mean_of_rated_items_without_dont_know() {
    let a = answers(&[("trust.time", 5), ("trust.roles", 2), ("trust.compromise", 0)]);
    let s = spread_score("trust", &a);
    assert_eq!((s.total, s.answered, s.rated), (9, 3, 2));
    assert_eq!(s.mean, Some(3.5));
    assert_eq!(s.percent(), Some(62.5));
    assert_eq!(s.band, None, "2 of 9 rated is under half: no band");
}

#[test]
fn all_dont_know_gives_no_score_and_no_band() {
    let a: Answers = statements::of_spread("power").map(|s| (s.node.to_string(), Answer::DONT_KNOW)).collect();
    let s = spread_score("power", &a);
    assert_eq!((s.answered, s.rated, s.mean, s.band), (8, 0, None, None));
    assert_eq!(score(&a).overall, None);
}

#[test]
fn bands_change_exactly_at_their_thresholds_once_half_are_rated() {
    let power: Vec<&str> = statements::of_spread("power").map(|s| s.node).collect();
    let band_for = |ratings: &[u8]| {
        let a: Answers = power.iter().zip(ratings).map(|(k, v)| (k.to_string(), Answer::rating(*v).unwrap())).collect();
        spread_score("power", &a).band
    };
    assert_eq!(band_for(&[4, 4, 4, 4]), Some(Band::Strength), "4.0 is a strength");
    assert_eq!(band_for(&[4, 4, 4, 3]), Some(Band::Developing), "3.75");
    assert_eq!(band_for(&[3, 3, 3, 3]), Some(Band::Developing), "3.0 is developing");
    assert_eq!(band_for(&[3, 3, 3, 2]), Some(Band::Priority), "2.75");
    assert_eq!(band_for(&[5, 5, 5]), None, "3 of 8 is under half");
    assert_eq!(Band::of(Band::STRENGTH_FROM), Band::Strength);
    assert_eq!(Band::of(Band::DEVELOPING_FROM - 0.01), Band::Priority);
}

#[test]
fn the_overall_score_waits_for_half_the_statements_and_weakest_lists_lowest_first() {
    let a =
        answers(&[("trust.time", 5), ("trust.roles", 3), ("power.checks", 2), ("goals.who", 1), ("goals.vision", 0)]);
    let scores = score(&a);
    assert_eq!((scores.overall, scores.overall_band), (None, None), "4 of 42 rated: too few");
    assert_eq!((scores.answered, scores.rated), (5, 4));
    assert_eq!(scores.more_to_rate(), 21 - 4, "half of 42 is 21");
    // Five answered, one of them "don't know": the sentence counts ratings.
    assert_eq!(scores.overall_waits(), "shown once half of the statements are rated: 4 rated, 17 more needed.");
    assert_eq!(weakest(&a, 10), [("goals.who", 1), ("power.checks", 2), ("trust.roles", 3)]);
    assert_eq!(weakest(&a, 1), [("goals.who", 1)]);
}

#[test]
fn the_overall_score_is_the_mean_of_every_rated_statement_and_its_band_agrees_with_its_figure() {
    // 21 of 42 rated: 20 ratings of 3 and one of 2 make 2.952…, shown as 3.0.
    let a: Answers = statements::STATEMENTS
        .iter()
        .take(21)
        .enumerate()
        .map(|(i, s)| (s.node.to_string(), Answer::rating(if i == 0 { 2 } else { 3 }).unwrap()))
        .collect();
    let scores = score(&a);
    assert!((scores.overall.unwrap() - 62.0 / 21.0).abs() < 1e-6);
    assert_eq!(scores.overall_band, Some(Band::Developing), "3.0 as shown is developing");
    assert_eq!(scores.more_to_rate(), 0);
}

/// A stored text that reads, in its own schema or brought up to date.
fn readable(text: &str) -> Store {
    match store::read(text) {
        Read::Valid(store) | Read::Migrated(store) => store,
        other => panic!("did not read: {other:?}"),
    }
}

#[test]
fn the_released_schema_one_fixture_loads_and_upgrades_keeping_everything() {
    let text = include_str!("fixtures/store-v1.json");
    let Read::Migrated(store) = store::read(text) else {
        panic!("fixture v1 did not load as an upgrade: {:?}", store::read(text))
    };
    assert_eq!(store.schema, store::SCHEMA);
    assert_eq!(store.assessments.len(), 1);
    assert_eq!(store.current, "p1");
    assert_eq!(store.current().answers.len(), 4, "every answer, the cleared one too");
    assert_eq!(store.current().snapshots[0].answers.len(), 2);
    assert!(store.current().notes.is_empty());
    let a = store.current();
    assert_eq!(a.label, "City and university partnership");
    let current = a.current_answers();
    assert_eq!(current.get("trust.time"), Answer::rating(4).as_ref());
    assert_eq!(current.get("power.checks"), Some(&Answer::DONT_KNOW));
    assert!(!current.contains_key("goals.who"), "a cleared answer is not an answer");
    assert_eq!(a.action("trust.roles").unwrap().role, "Partnership lead");
    // Written back, it is the current schema and reads the same.
    assert_eq!(store::schema_of(&store.to_json()), Some(store::SCHEMA));
    assert_eq!(store::read(&store.to_json()), Read::Valid(store));
}

#[test]
fn the_schema_two_fixture_loads_with_its_notes_and_round_trips() {
    let text = include_str!("fixtures/store-v2.json");
    let Read::Migrated(store) = store::read(text) else {
        panic!("fixture v2 did not load as an upgrade: {:?}", store::read(text))
    };
    let a = store.current();
    assert_eq!(a.note("trust.roles"), "Nobody owns the partnership’s budget yet; «roles» = unclear.");
    assert_eq!(a.note("trust.time"), "", "a cleared note");
    assert_eq!(a.notes.get("trust.time").map(|s| s.t), Some(1763600006000.0));
    // Everything of schema 1 is there as well.
    let v1 = readable(include_str!("fixtures/store-v1.json"));
    let mut without_notes = store.clone();
    without_notes.assessments[0].notes = Default::default();
    assert_eq!(without_notes, v1);
    assert_eq!(store::read(&store.to_json()), Read::Valid(store));
}

#[test]
fn the_schema_three_fixture_loads_with_the_time_of_its_name() {
    let text = include_str!("fixtures/store-v3.json");
    let Read::Migrated(store) = store::read(text) else {
        panic!("fixture v3 did not load as an upgrade: {:?}", store::read(text))
    };
    assert_eq!(store.current().label_t, 1763600007000.0);
    // Everything of schema 2 is there as well; it only lacked the time.
    let mut v2 = readable(include_str!("fixtures/store-v2.json"));
    v2.assessments[0].label_t = 1763600007000.0;
    assert_eq!(v2, store);
    assert_eq!(store::read(&store.to_json()), Read::Valid(store));
}

#[test]
fn the_schema_three_fixture_reads_as_schema_four_with_no_link_label() {
    let v3 = include_str!("fixtures/store-v3.json");
    let Read::Migrated(store) = store::read(v3) else { panic!("fixture v3 did not upgrade: {:?}", store::read(v3)) };
    assert_eq!(store.schema, store::SCHEMA);
    let a = store.current();
    assert_eq!(a.link_label, "", "no label on links until the person types one");
    assert_eq!(a.link_label(), None);
    assert_eq!(a.link_label_t, 0.0);
    assert_eq!(a.label, "City and university partnership", "the name stays the name, never the link label");
    // Written back in the current schema, it reads the same.
    let json = store.to_json();
    assert!(json.contains("\"schema\":5") && json.contains("\"link_label\":\"\""));
    assert_eq!(store::read(&json), Read::Valid(store));
}

#[test]
fn the_schema_four_fixture_loads_with_its_link_label_and_round_trips() {
    let text = include_str!("fixtures/store-v4.json");
    let Read::Migrated(store) = store::read(text) else { panic!("fixture v4 did not load: {:?}", store::read(text)) };
    let a = store.current();
    assert_eq!(a.link_label(), Some("Northside council «lead»"));
    assert_eq!(a.link_label_t, 1763600008000.0);
    // Everything of schema 3 is there as well.
    let mut v3 = readable(include_str!("fixtures/store-v3.json"));
    v3.assessments[0].link_label = "Northside council «lead»".into();
    v3.assessments[0].link_label_t = 1763600008000.0;
    assert_eq!(v3, store);
    // Written back as schema 5 with no agreed actions, and nothing else changed.
    let written =
        text.trim().replace("\"schema\":4", "\"schema\":5").replace("},\"snapshots\"", "},\"agreed\":[],\"snapshots\"");
    assert_eq!(store.to_json(), written);
    assert_eq!(store::read(&written), Read::Valid(store));
}

#[test]
fn the_schema_five_fixture_loads_its_agreed_actions_and_round_trips() {
    let text = include_str!("fixtures/store-v5.json");
    let Read::Valid(store) = store::read(text) else { panic!("fixture v5 did not load: {:?}", store::read(text)) };
    let a = store.current();
    let items: Vec<&AgreedItem> = a.agreed_items().collect();
    assert_eq!(items.len(), 2, "the removed one is remembered, not shown");
    let first = items[0];
    assert_eq!(
        (first.subject.as_str(), first.review.as_str(), first.date.as_str()),
        ("trust.time", "Riverside review, spring «2027»", "2027-03-12")
    );
    assert_eq!(first.lead, "Council partnerships team", "edited by the partner");
    assert!(a.has_agreed(&first.key));
    assert!(a.agreed[2].is_removed() && !a.has_agreed(&a.agreed[2].key));
    // Everything of schema 4 is there as well.
    let mut v4 = readable(include_str!("fixtures/store-v4.json"));
    v4.assessments[0].agreed = a.agreed.clone();
    assert_eq!(v4, store);
    assert_eq!(store.to_json(), text.trim(), "written back byte for byte");
}

fn agreed(subject: &str, what: &str) -> AgreedItem {
    AgreedItem::new([subject, "Spring review", "2027-03-12", what, "the council", "end of June"])
}

#[test]
fn agreed_actions_are_added_once_edited_removed_and_merged_newest_edit_wins() {
    let mut a = Assessment::new("a".into(), "A".into(), "2026-11-27".into());
    let (one, two) = (agreed("trust.time", "Meet monthly"), agreed("trust.time", "Share minutes"));
    assert_eq!(a.add_agreed(vec![one.clone(), two.clone()], 1.0), 2, "two on one statement");
    assert_eq!(a.add_agreed(vec![one.clone(), two.clone()], 2.0), 0, "the same link again adds nothing");
    assert!(a.set_agreed_field(&one.key, AgreedField::What, "Meet every month".into(), 3.0));
    assert_eq!(a.add_agreed(vec![one.clone()], 4.0), 0, "an edited one is still the same action");
    assert_eq!(a.agreed_items().next().unwrap().what, "Meet every month", "the partner's edit stays");
    assert!(!a.set_agreed_field(&one.key, AgreedField::What, "  ".into(), 5.0), "removing says that");
    assert!(a.set_agreed_field(&one.key, AgreedField::By, "x".repeat(100), 5.0));
    assert_eq!(a.agreed_items().next().unwrap().by.chars().count(), limits::BY_CHARS);
    // Unknown subjects, bad dates and empty actions are not added.
    let bad = agreed("trust.nothing", "X");
    assert_eq!(a.add_agreed(vec![bad], 6.0), 0);
    let bad = AgreedItem::new(["trust", "R", "12 March", "X", "", ""]);
    assert_eq!(a.add_agreed(vec![bad, agreed("power", "")], 6.0), 0);
    assert_eq!(a.add_agreed(vec![agreed("power", "Rotate the chair")], 6.0), 1, "a topic");
    // Merged: per action, the newer edit wins, whichever side has it.
    let base = Store::new(a.clone());
    let mut edited = base.clone();
    assert!(edited.current_mut().set_agreed_field(&two.key, AgreedField::Lead, "Hospital trust".into(), 10.0));
    let mut removed = base.clone();
    assert!(removed.current_mut().remove_agreed(&one.key, 11.0));
    assert!(!removed.current_mut().remove_agreed(&one.key, 12.0), "already out");
    let mut ours = edited.clone();
    ours.merge(&removed);
    let mut theirs = removed.clone();
    theirs.merge(&edited);
    for merged in [&ours, &theirs] {
        let items: Vec<_> = merged.current().agreed_items().map(|v| (v.what.as_str(), v.lead.as_str())).collect();
        assert_eq!(items, [("Share minutes", "Hospital trust"), ("Rotate the chair", "the council")]);
    }
    // An older copy does not bring the removed one back, or undo the edit.
    ours.merge(&base);
    assert_eq!(ours.current().agreed_items().count(), 2);
    assert_eq!(ours.current().agreed_items().next().unwrap().lead, "Hospital trust");
    // Added again by choice, it comes back as the link has it.
    assert_eq!(ours.current_mut().add_agreed(vec![one.clone()], 20.0), 1);
    assert!(ours.current().has_agreed(&one.key));
    // Handed from the comparison module as one string, they read back whole.
    let items = [
        AgreedItem::new(["trust", "R «x»", "2027-03-12", "Meet", "", "soon"]),
        AgreedItem::new(["power", "", "2027-03-12", "Chair", "Council", ""]),
    ];
    let joined = AgreedItem::join(&items);
    assert_eq!(AgreedItem::split(&joined), items);
    assert_eq!(AgreedItem::split(&joined[..joined.len() - 3]).len(), 1, "an incomplete one is left out");
    assert!(matches!(store::read(&ours.to_json()), Read::Valid(_)));
}

#[test]
fn agreed_actions_stay_within_their_limit() {
    let mut a = Assessment::new("a".into(), "A".into(), "2026-11-27".into());
    let many: Vec<AgreedItem> = (0..limits::AGREED + 5).map(|i| agreed("trust", &format!("Action {i}"))).collect();
    assert_eq!(a.add_agreed(many[..limits::AGREED].to_vec(), 1.0), limits::AGREED);
    assert_eq!(a.add_agreed(many[limits::AGREED..].to_vec(), 2.0), 0, "full: nothing more, nothing lost");
    assert!(a.remove_agreed(&many[0].key, 3.0));
    assert_eq!(a.add_agreed(many[limits::AGREED..].to_vec(), 4.0), 1, "a removed one gives way");
    assert_eq!(a.agreed.len(), limits::AGREED);
    let store = Store::new(a);
    assert!(matches!(store::read(&store.to_json()), Read::Valid(_)));
}

#[test]
fn hostile_agreed_actions_are_refused_with_a_reason() {
    let v5 = include_str!("fixtures/store-v5.json");
    for (bad, why) in [
        (v5.replace("\"subject\":\"power\"", "\"subject\":\"power.nothing\""), "names no statement"),
        (
            v5.replace("\"date\":\"2027-03-12\",\"what\":\"Rotate", "\"date\":\"soon\",\"what\":\"Rotate"),
            "invalid date",
        ),
        (v5.replace("Rotate the chair", &"x".repeat(501)), "too long"),
        (v5.replace("Rotate the chair", " "), "names no statement"),
        (v5.replace("\"subject\":\"\",\"review\":\"\"", "\"subject\":\"trust\",\"review\":\"\""), "names no statement"),
        (v5.replace("2027-03-12-b552b279ceebd7bc", "2027-03-12-b721187284b84e9e"), "appears twice"),
        (v5.replace("2027-03-12-b552b279ceebd7bc", "<script>"), "invalid key"),
        (v5.replace("\"t\":1763600012000", "\"t\":-5"), "invalid time"),
        (v5.replace("\"by\":\"2027-09-30\"", "\"by\":\"2027-09-30\",\"x\":1"), "field this app does not know"),
    ] {
        match store::read(&bad) {
            Read::Invalid(reason) => assert!(reason.contains(why), "{why}: {reason}"),
            other => panic!("{why}: read as {other:?}"),
        }
    }
    let flood =
        v5.replace("\"agreed\":[", &format!("\"agreed\":[{}", "{\"key\":\"k\",\"v\":null,\"t\":1},".repeat(300)));
    assert!(matches!(store::read(&flood), Read::Invalid(_)));
}

#[test]
fn the_kept_link_label_is_cleaned_exactly_as_a_link_carries_it() {
    use collaboration_widget::share::codec::clean_label;
    assert_eq!(limits::LINK_LABEL_CHARS, collaboration_widget::share::LABEL_MAX_CHARS);
    for label in
        ["", "Council", "  spaced  ", "\u{7}bell\u{202e}", &"é".repeat(30), &format!("{} tail", "x".repeat(23))]
    {
        assert_eq!(store::link_label_as_carried(label), clean_label(label), "{label:?}");
    }
}

#[test]
fn a_link_label_is_cleaned_cut_to_the_links_limit_and_merged_by_time() {
    let v4 = readable(include_str!("fixtures/store-v4.json"));
    let mut later = v4.clone();
    let long = format!("  Riverside\u{7} {}  ", "x".repeat(40));
    assert!(later.current_mut().set_link_label(&long, 1763600009000.0));
    let label = later.current().link_label.clone();
    assert_eq!(label.chars().count(), collaboration_widget::share::LABEL_MAX_CHARS);
    assert!(label.starts_with("Riverside x") && !label.contains('\u{7}'));
    assert!(!later.current_mut().set_link_label(&label, 1763600010000.0), "unchanged");
    // The newer label wins, whichever side has it; the name is untouched.
    let mut ours = v4.clone();
    ours.merge(&later);
    assert_eq!(ours.current().link_label, label);
    let mut theirs = later.clone();
    theirs.merge(&v4);
    assert_eq!(theirs.current().link_label, label, "an older label does not come back");
    assert_eq!(theirs.current().label, "City and university partnership");
    // Cleared is a choice too, and wins when newer.
    let mut cleared = later.clone();
    assert!(cleared.current_mut().set_link_label("   ", 1763600011000.0));
    let mut merged = later.clone();
    merged.merge(&cleared);
    assert_eq!(merged.current().link_label(), None);
    // A document whose label is longer than a link carries does not read.
    let text = include_str!("fixtures/store-v4.json").replace("Northside council «lead»", &"n".repeat(25));
    assert!(matches!(store::read(&text), Read::Invalid(r) if r.contains("link label")));
}

#[test]
fn the_newer_name_wins_a_merge_whichever_side_has_it() {
    let v3 = readable(include_str!("fixtures/store-v3.json"));
    let mut renamed = v3.clone();
    assert!(renamed.current_mut().rename("  Renamed later ", 1763600009000.0));
    let mut ours = v3.clone();
    ours.merge(&renamed);
    assert_eq!(ours.current().label, "Renamed later");
    let mut theirs = renamed.clone();
    theirs.merge(&v3);
    assert_eq!(theirs.current().label, "Renamed later", "an older name does not come back");
    // A name from before schema 3 (time 0) gives way to any rename.
    let mut old = readable(include_str!("fixtures/store-v1.json"));
    old.merge(&renamed);
    assert_eq!(old.current().label, "Renamed later");
}

#[test]
fn a_note_is_cut_to_its_limit_and_merged_by_time() {
    let mut a = Assessment::new("a".into(), "A".into(), "2026-11-27".into());
    assert!(a.set_note("trust.time", "x".repeat(limits::NOTE_CHARS + 5), 1.0));
    assert_eq!(a.note("trust.time").chars().count(), limits::NOTE_CHARS);
    assert!(!a.set_note("trust.time", "x".repeat(limits::NOTE_CHARS), 2.0), "unchanged");
    let mut ours = Store::new(a.clone());
    let mut later = a;
    later.set_note("trust.time", "Newer".into(), 5.0);
    ours.merge(&Store::new(later));
    assert_eq!(ours.current().note("trust.time"), "Newer");
}

#[test]
fn a_file_saved_with_a_byte_order_mark_still_reads() {
    let v1 = include_str!("fixtures/store-v1.json");
    assert_eq!(store::read(&format!("\u{feff}{v1}")), store::read(v1));
}

#[test]
fn a_newer_schema_is_recognised_and_left_alone() {
    let text = include_str!("fixtures/store-v1.json").replace("\"schema\":1", "\"schema\":7");
    assert_eq!(store::read(&text), Read::Newer(7));
    // A valid document of the next schema, with a field this release does not know.
    let next = include_str!("fixtures/store-v5.json")
        .replace("\"schema\":5", "\"schema\":6")
        .replace("\"deleted\":[]", "\"deleted\":[],\"futureField\":{\"x\":1}");
    assert_eq!(store::read(&next), Read::Newer(6));
    let (ours, theirs) = (readable(include_str!("fixtures/store-v1.json")), store::read(&next));
    assert!(store::import(&ours, theirs).unwrap_err().contains("newer version"));
}

#[test]
fn hostile_and_malformed_files_get_a_plain_reason() {
    let v1 = include_str!("fixtures/store-v1.json");
    let cases: Vec<(String, &str)> = vec![
        ("".into(), "not valid JSON"),
        ("{\"app\":".into(), "not valid JSON"),
        ("[1,2,3]".into(), "not a file saved by this app"),
        ("{\"name\":\"x\"}".into(), "not a file saved by this app"),
        (v1.replace("\"schema\":1", "\"schema\":0"), "format version"),
        (v1.replace("\"v\":4", "\"v\":\"4\""), "damaged"),
        (v1.replace("\"v\":4", "\"v\":9"), "damaged"),
        (v1.replace("\"v\":4", "\"v\":400000"), "out of range"),
        (v1.replace("\"v\":4", "\"v\":-1"), "out of range"),
        (v1.replace("\"schema\":1", "\"schema\":1e3"), "not a file saved by this app"),
        (v1.replace("\"label\":\"City", "\"label\":[\"City\"],\"l\":\"x"), "wrong type"),
        (v1.replace("\"trust.roles\":{\"v\":2", "\"trust.time\":{\"v\":2"), "appears twice"),
        (v1.replace("\"created\":", "\"id\":\"p2\",\"created\":"), "appears twice"),
        (v1.replace("\"label\":\"City and university partnership\",", ""), "missing"),
        (
            include_str!("fixtures/store-v2.json").replace("Nobody owns", &"n".repeat(limits::NOTE_CHARS + 1)),
            "note is longer",
        ),
        (
            include_str!("fixtures/store-v2.json")
                .replace("\"trust.roles\":{\"v\":\"Nobody", "\"trust.nope\":{\"v\":\"Nobody"),
            "statements this app does not know",
        ),
        (format!("{}1{}", "{\"a\":".repeat(5_000), "}".repeat(5_000)), "not a file saved by this app"),
        (v1.replace("\"deleted\":[]", &format!("\"deleted\":{}1{}", "[".repeat(200), "]".repeat(200))), "wrong type"),
        (v1.replace("\"label\":\"City", "\"label\":7,\"x\":\"City"), "damaged"),
        (v1.replace("trust.time", "trust.<script>"), "statements this app does not know"),
        (v1.replace("City and university partnership", &"A".repeat(limits::LABEL_CHARS + 1)), "longer than"),
        (v1.replace("Write a one-page roles chart", &"x".repeat(limits::NOTE_CHARS + 1)), "too long"),
        (v1.replace("2027-01-31", "soon"), "invalid date"),
        (v1.replace("\"p1\"", "\"../../etc\""), "invalid id"),
        (v1.replace("1763600000000", "1e300"), "invalid time"),
        (v1.replace("\"deleted\":[]", "\"deleted\":[\"p1\"]"), "both kept and deleted"),
        (
            v1.replace(
                "\"assessments\":[{",
                "\"assessments\":[{\"id\":\"p1\",\"label\":\"x\",\"created\":\"2026-01-01\"},{",
            ),
            "appears twice",
        ),
        (format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), "not"),
        (
            format!(
                "{{\"app\":\"making-collaboration-work\",\"schema\":1,\"pad\":\"{}\"}}",
                "x".repeat(limits::FILE_BYTES)
            ),
            "larger than",
        ),
        (format!("{{\"app\":\"{}\"}}", "x".repeat(10_000_000)), "larger than"),
    ];
    for (text, expected) in cases {
        match store::read(&text) {
            Read::Invalid(reason) => assert!(reason.contains(expected), "{reason:?} should say {expected:?}"),
            other => panic!("{:?}… read as {other:?}", text.chars().take(60).collect::<String>()),
        }
    }
}

#[test]
fn markup_in_text_fields_is_kept_as_text() {
    let v1 = include_str!("fixtures/store-v1.json")
        .replace("City and university partnership", "<img src=x onerror=alert(1)>");
    assert_eq!(readable(&v1).current().label, "<img src=x onerror=alert(1)>");
}

fn stamped(v: u8, t: f64) -> Stamped<Option<Answer>> {
    Stamped { v: Some(Answer::try_from(v).unwrap()), t }
}

#[test]
fn merging_keeps_the_newer_edit_of_each_answer_and_respects_deletions() {
    let mut ours = Store::new(Assessment::new("a".into(), "Ours".into(), "2026-11-01".into()));
    ours.current_mut().answers.insert("trust.time".into(), stamped(2, 10.0));
    ours.current_mut().answers.insert("trust.roles".into(), stamped(5, 30.0));
    let mut theirs = ours.clone();
    theirs.current_mut().answers.insert("trust.time".into(), stamped(4, 20.0));
    theirs.current_mut().answers.insert("trust.roles".into(), stamped(1, 25.0));
    theirs.assessments.push(Assessment::new("b".into(), "Theirs".into(), "2026-11-02".into()));
    ours.merge(&theirs);
    let a = ours.current().current_answers();
    assert_eq!(a["trust.time"], Answer::rating(4).unwrap(), "their newer edit wins");
    assert_eq!(a["trust.roles"], Answer::rating(5).unwrap(), "our newer edit stays");
    assert_eq!(ours.assessments.len(), 2);

    let mut deleting = ours.clone();
    deleting.assessments.retain(|a| a.id != "b");
    deleting.deleted.push("b".into());
    ours.merge(&deleting);
    assert_eq!(ours.assessments.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a"]);
    let _: Answers = ours.current().current_answers();
}

#[test]
fn a_fresh_tabs_untouched_placeholder_gives_way_to_saved_data() {
    let mut fresh_tab = Store::new(Assessment::new("new".into(), "My partnership".into(), "2026-11-26".into()));
    let mut saved = Store::new(Assessment::new("old".into(), "Saved one".into(), "2026-11-20".into()));
    saved.current_mut().answers.insert("trust.time".into(), stamped(3, 1.0));
    fresh_tab.merge(&saved);
    assert_eq!(fresh_tab.assessments.len(), 1);
    assert_eq!(fresh_tab.current().id, "old");
    // A placeholder with answers is real work and is kept.
    let mut busy_tab = Store::new(Assessment::new("busy".into(), "Mine".into(), "2026-11-26".into()));
    busy_tab.current_mut().answers.insert("power.team".into(), stamped(2, 2.0));
    busy_tab.merge(&saved);
    assert_eq!(busy_tab.assessments.len(), 2);
    assert_eq!(busy_tab.current().id, "busy");
}

#[test]
fn data_written_by_earlier_builds_with_float_times_still_loads() {
    // Builds before 2026-11-27 wrote times the way serde_json writes floats.
    let v1 = include_str!("fixtures/store-v1.json");
    let floats = v1.replace("000}", "000.0}");
    assert_ne!(floats, v1);
    assert_eq!(store::read(&floats), store::read(v1));
    let store = readable(&floats);
    assert!(store.to_json().contains("\"t\":1763600000000}"), "written back as whole milliseconds");
}

#[test]
fn damaged_copies_of_a_saved_file_never_panic_and_valid_ones_round_trip() {
    // 20,000 random edits of the fixture: whatever survives parsing must be
    // either refused with a reason or read and written back unchanged.
    let v1 = include_str!("fixtures/store-v1.json").as_bytes();
    let alphabet = b"{}[]\",:0123456789.-eE nultrfasx\\";
    let mut rng = support::rng::Rng::new(27);
    for _ in 0..20_000 {
        let mut bytes = v1.to_vec();
        for _ in 0..=rng.below(3) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, alphabet[rng.below(alphabet.len())]),
                _ => bytes[at] = alphabet[rng.below(alphabet.len())],
            }
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        match store::read(&text) {
            Read::Valid(store) | Read::Migrated(store) => {
                assert_eq!(store::read(&store.to_json()), Read::Valid(store))
            }
            Read::Invalid(reason) => assert!(!reason.is_empty()),
            Read::Newer(n) => assert!(n > store::SCHEMA),
        }
    }
}

#[test]
fn a_merge_never_leaves_no_assessment_at_all() {
    // Two tabs each delete the other's partnership before either hears of it
    // (or a crafted import lists ours as deleted): the current one is kept.
    let mut ours = Store::new(Assessment::new("a".into(), "Ours".into(), "2026-11-01".into()));
    ours.current_mut().answers.insert("trust.time".into(), stamped(3, 10.0));
    ours.deleted.push("b".into());
    let mut theirs = Store::new(Assessment::new("b".into(), "Theirs".into(), "2026-11-02".into()));
    theirs.deleted.push("a".into());
    ours.merge(&theirs);
    assert_eq!(ours.assessments.len(), 1);
    assert_eq!(ours.current().id, "a");
    assert!(!ours.deleted.contains(&"a".to_string()), "no longer listed as deleted");
    assert_eq!(store::read(&ours.to_json()), Read::Valid(ours.clone()), "and it still saves and loads");
}

#[test]
fn random_merges_keep_a_current_assessment_and_never_keep_a_deleted_one() {
    let ids = ["a", "b", "c", "d"];
    let mut rng = support::rng::Rng::new(7);
    let random_store = |rng: &mut support::rng::Rng| {
        let mut pool: Vec<&str> = ids.to_vec();
        let mut assessments = Vec::new();
        for _ in 0..=rng.below(2) {
            let id = pool.remove(rng.below(pool.len()));
            let mut a = Assessment::new(id.into(), id.to_ascii_uppercase(), "2026-11-01".into());
            if rng.below(2) == 0 {
                a.answers.insert("trust.time".into(), stamped(1 + rng.below(5) as u8, rng.below(100) as f64));
            }
            assessments.push(a);
        }
        let deleted: Vec<String> = pool.iter().filter(|_| rng.below(2) == 0).map(|id| id.to_string()).collect();
        let current = assessments[rng.below(assessments.len())].id.clone();
        Store { app: store::APP.into(), schema: store::SCHEMA, current, assessments, deleted }
    };
    for _ in 0..5_000 {
        let mut ours = random_store(&mut rng);
        let theirs = random_store(&mut rng);
        ours.merge(&theirs);
        assert!(!ours.assessments.is_empty());
        assert!(ours.assessments.iter().any(|a| a.id == ours.current), "current {} kept", ours.current);
        assert!(ours.assessments.iter().all(|a| !ours.deleted.contains(&a.id)), "{:?}", ours.deleted);
    }
}

#[test]
fn what_the_app_writes_stays_within_the_limits_and_reads_back() {
    let mut ours = Store::new(Assessment::new("a".into(), "Ours".into(), "2026-01-01".into()));
    // A snapshot a day for longer than the limit: the oldest give way.
    for day in 0..limits::SNAPSHOTS + 10 {
        let date = format!("2026-{:02}-{:02}", 1 + day / 28, 1 + day % 28);
        ours.current_mut().take_snapshot(date);
    }
    let snapshots = &ours.current().snapshots;
    assert_eq!(snapshots.len(), limits::SNAPSHOTS);
    assert_eq!(snapshots[0].date, "2026-01-11", "the ten oldest went");
    // Deleting many partnerships over the years: the oldest ids are forgotten.
    for i in 0..limits::DELETED + 5 {
        let replacement = Assessment::new(format!("r{i}"), "R".into(), "2026-01-01".into());
        ours.delete(&format!("gone{i}"), replacement);
    }
    assert_eq!(ours.deleted.len(), limits::DELETED);
    assert_eq!(ours.deleted[0], "gone5");
    assert_eq!(store::read(&ours.to_json()), Read::Valid(ours.clone()));
    // A merge keeps the newest snapshots of both sides, within the limit.
    let mut theirs = ours.clone();
    theirs.current_mut().take_snapshot("2027-01-01".into());
    ours.merge(&theirs);
    assert_eq!(ours.current().snapshots.len(), limits::SNAPSHOTS);
    assert_eq!(ours.current().snapshots.last().unwrap().date, "2027-01-01");
    assert_eq!(store::read(&ours.to_json()), Read::Valid(ours.clone()));
}

#[test]
fn an_import_that_would_pass_the_partnership_limit_is_counted_first() {
    let ours = Store::new(Assessment::new("a".into(), "Ours".into(), "2026-01-01".into()));
    let mut theirs = Store::new(Assessment::new("t0".into(), "T".into(), "2026-01-01".into()));
    for i in 1..limits::ASSESSMENTS {
        let mut a = Assessment::new(format!("t{i}"), "T".into(), "2026-01-01".into());
        a.answers.insert("trust.time".into(), stamped(3, 1.0));
        theirs.assessments.push(a);
    }
    // Ours is an untouched placeholder, so it gives way: exactly the limit.
    assert_eq!(ours.merged_count(&theirs), limits::ASSESSMENTS);
    let mut edited = ours.clone();
    edited.current_mut().answers.insert("trust.roles".into(), stamped(2, 1.0));
    assert_eq!(edited.merged_count(&theirs), limits::ASSESSMENTS + 1);
    // What the person is told, and that nothing is merged past the limit.
    let (_, told) = store::import(&ours, Read::Valid(theirs.clone())).unwrap();
    assert_eq!(
        told,
        format!(
            "Imported {} assessments. Where the file and this browser differ, the more recent answer was kept.",
            limits::ASSESSMENTS
        )
    );
    let refused = store::import(&edited, Read::Valid(theirs)).unwrap_err();
    assert!(refused.contains("more than 50 partnerships") && refused.ends_with("Nothing was changed."), "{refused}");
}

#[test]
fn an_import_that_cannot_be_used_says_why_in_one_sentence() {
    let ours = Store::new(Assessment::new("a".into(), "Ours".into(), "2026-01-01".into()));
    assert_eq!(
        store::import(&ours, store::read("not json")).unwrap_err(),
        "That file could not be imported: it is not valid JSON. Nothing was changed."
    );
    assert!(store::import(&ours, Read::Newer(9)).unwrap_err().contains("newer version"));
}

#[test]
fn a_flood_of_answers_is_refused_before_it_is_sorted() {
    let v1 = include_str!("fixtures/store-v1.json");
    let flood: String = (0..40_000).map(|i| format!("\"n{i}\":{{\"v\":1,\"t\":1}},")).collect();
    let text = v1.replacen("\"answers\":{", &format!("\"answers\":{{{flood}"), 1);
    assert!(text.len() < limits::FILE_BYTES);
    match store::read(&text) {
        Read::Invalid(reason) => assert!(reason.contains("more answers than there are statements"), "{reason}"),
        other => panic!("read as {other:?}"),
    }
}

#[test]
fn scores_over_some_topics_count_those_topics_only() {
    use collaboration_widget::assessment::scoring::{answers_in, score_topics};
    let a = answers(&[("power.team", 4), ("power.checks", 2), ("trust.time", 1)]);
    let power = answers_in(&a, &["power"]);
    assert_eq!(power.len(), 2, "trust's answer left out");
    let scores = score_topics(&power, &["power"]);
    assert_eq!((scores.answered, scores.total), (2, 8));
    assert_eq!(scores.spreads.iter().map(|s| s.slug).collect::<Vec<_>>(), ["power"]);
    assert_eq!(scores.more_to_rate(), 2, "half of 8 is 4");
    assert_eq!(score_topics(&a, &[]), score(&a), "no topics named: all five");
}

/// Dates are read by one parser (`dates::Date`): a sign or a space inside a
/// field, or a day the month lacks, is no date wherever it arrives.
#[test]
fn a_date_with_a_sign_or_an_impossible_day_is_refused_by_the_store_and_the_invitation() {
    use collaboration_widget::share::invitation::{Invitation, InvitationError};
    let text = include_str!("fixtures/store-v3.json");
    let created = text.split("\"created\":\"").nth(1).unwrap().split('"').next().unwrap();
    for odd in ["2026-+1-01", "2026-02-30", "2026- 1-01"] {
        let altered = text.replacen(&format!("\"created\":\"{created}\""), &format!("\"created\":\"{odd}\""), 1);
        assert!(matches!(store::read(&altered), Read::Invalid(_)), "{odd}");
        assert_eq!(Invitation::new("Review", odd, "", vec!["trust"]).err(), Some(InvitationError::BadDate), "{odd}");
    }
    // Saved dates stay the strings they were.
    assert_eq!(readable(text).current().created, created);
}
