//! Every link format and variant, as released and as this build makes it,
//! read through every place that reads links: opened, pasted (bare, in a
//! link, wrapped and quoted by a reply) and given as the earlier round.
//! `tests/fixtures/share-formats.txt` holds them; a line is never edited,
//! and this build's lines are rewritten with WRITE_FIXTURES=1.

use collaboration_widget::assessment::statements::STATEMENTS;
use collaboration_widget::assessment::{Answer, Answers};
use collaboration_widget::dates::Date;
use collaboration_widget::number::tenths;
use collaboration_widget::route::Route;
use collaboration_widget::share::actions::{AgreedAction, AgreedActions};
use collaboration_widget::share::comparison::ComparisonLink;
use collaboration_widget::share::invitation::Invitation;
use collaboration_widget::share::links::find_results;
use collaboration_widget::share::read::{read, Payload};
use collaboration_widget::share::review::review;
use collaboration_widget::share::rounds::Round;
use collaboration_widget::share::{decode, encode, group, ShareError};
use serde_json::{json, Value};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/share-formats.txt");
/// The build these lines come from: this work's.
const THIS_BUILD: &str = "2026-12-03";

fn figure(v: Option<f32>) -> Value {
    v.map_or(Value::Null, |v| json!(tenths(v)))
}

fn round_json(round: &Option<Round>) -> Value {
    match round {
        None => Value::Null,
        Some(r) => json!({
            "number": r.number, "results": r.results,
            "topics": r.topics.iter().map(|t| figure(*t)).collect::<Vec<_>>(),
            "statements": r.statements.iter().map(|(m, d)| json!([figure(*m), figure(*d)])).collect::<Vec<_>>(),
        }),
    }
}

/// What a payload opens to, as the fixture file writes it.
fn opens(payload: &str) -> Value {
    // Results joined by dots: a list, read entry by entry.
    let first = payload.split('.').next().unwrap_or_default();
    let read = if payload.contains('.') { read(first).map(|_| dotted()) } else { read(payload) };
    match read.unwrap_or_else(|e| panic!("{payload}: {e:?}")) {
        Payload::Results(shared) => {
            let answers: serde_json::Map<String, Value> =
                shared.answers.iter().map(|(k, v)| (k.clone(), json!(v.code()))).collect();
            json!({"opens": "results", "label": shared.label, "answers": answers})
        }
        Payload::Comparison(_) => {
            // Read as the comparison's route reads it (a dotted list too).
            let link = ComparisonLink::parse(payload);
            json!({"opens": "comparison", "results": link.results, "name": link.name, "earlier": round_json(&link.earlier)})
        }
        Payload::Invitation(i) => json!({
            "opens": "invitation", "name": i.name, "reply_by": i.reply_by, "reply_to": i.reply_to, "topics": i.topics,
        }),
        Payload::Actions(a) => json!({
            "opens": "actions", "review": a.review, "date": a.date.iso(),
            "actions": a.actions.iter().map(|x| json!([x.subject, x.what, x.lead, x.by])).collect::<Vec<_>>(),
        }),
    }
}

/// Stands for a dotted list, which reads as a comparison.
fn dotted() -> Payload {
    Payload::Comparison(ComparisonLink::default())
}

/// Answers that use every state, different for each seed.
fn answers(seed: usize, skip: usize) -> Answers {
    let mut a = Answers::new();
    for (i, s) in STATEMENTS.iter().enumerate() {
        if (i + seed) % 7 == skip {
            continue;
        }
        let code = match (i * 3 + seed * 5) % 11 {
            0 => 0,
            k => 1 + (k % 5) as u8,
        };
        a.insert(s.node.to_string(), Answer::try_from(code).unwrap());
    }
    a
}

/// Every variant, as this build makes it.
fn made_now() -> Vec<(&'static str, String)> {
    let labels = ["Council", "Hospital trust", "Université Lyon 2", "", "Voluntary sector forum", "Ω 🤝 health"];
    let round = |n: usize, skip: usize| -> Vec<String> {
        (0..6).map(|i| encode(&answers(i + n, skip), Some(labels[i]).filter(|l| !l.is_empty()))).collect()
    };
    let (round_1, round_2, round_3) = (round(0, 3), round(10, 5), round(20, 1));
    let summary = |results: &[String], number: u8| {
        let answers: Vec<Answers> = results.iter().map(|p| decode(p).unwrap().answers).collect();
        Some(Round::of(&review(&answers), number))
    };
    let comparison = |results: &[String], name: &str, earlier: Option<Round>| {
        ComparisonLink { results: results.to_vec(), name: name.into(), earlier, ..Default::default() }.to_raw()
    };
    let accented: String = "é".repeat(30) + &"Ré".repeat(15);
    vec![
        ("results", round_1[3].clone()),
        ("results-label", round_1[2].clone()),
        ("dotted", round_1[..3].join(".")),
        ("G", group::pack(&round_1).unwrap()),
        ("H-name", comparison(&round_1, "Riverside Partnership review, spring", None)),
        ("H-round", comparison(&round_2, "", summary(&round_1, 1))),
        ("H-name-round", comparison(&round_2, "Riverside Partnership review, summer", summary(&round_1, 1))),
        ("H-round-3", comparison(&round_3, "Riverside Partnership review, autumn", summary(&round_2, 2))),
        ("H-accented-60", comparison(&round_3, &accented, summary(&round_2, 2))),
        (
            "I-all",
            Invitation::new(
                "Riverside Partnership review, spring",
                "2027-03-12",
                "lead@partners.example.org",
                vec!["trust", "power"],
            )
            .unwrap()
            .encode(),
        ),
        (
            "I-name",
            Invitation::new("Review", "", "", vec!["goals", "partners", "trust", "power", "evaluate"])
                .unwrap()
                .encode(),
        ),
        ("A-ten", agreed_ten().payload().unwrap()),
        ("A-one", agreed_one().payload().unwrap()),
        ("A-three", agreed_three().payload().unwrap()),
    ]
}

/// Ten actions of 80 characters with a lead and a date, under a
/// 60-character name: the longest a meeting is expected to send.
fn agreed_ten() -> AgreedActions {
    let subjects = ["trust.time", "power.checks", "goals.who", "trust", "evaluate.stop", "partners.why", "power"];
    AgreedActions {
        review: "Riverside Partnership review, spring round, Northern county".into(),
        date: Date::new(2027, 3, 12).unwrap(),
        actions: (0..10)
            .map(|i| AgreedAction {
                subject: subjects[i % subjects.len()],
                what: format!("Action {i:02}: hold a monthly steering call open to every partner, with notes shared"),
                lead: ["the council", "Hospital trust", "Université Lyon 2"][i % 3].into(),
                by: ["end of June 2027", "2027-06-30", ""][i % 3].into(),
            })
            .collect(),
    }
}

/// Three actions as a meeting agrees them, on a topic and two statements
/// (the end-to-end tests open this one).
fn agreed_three() -> AgreedActions {
    let action = |subject, what: &str, lead: &str, by: &str| AgreedAction {
        subject,
        what: what.into(),
        lead: lead.into(),
        by: by.into(),
    };
    AgreedActions {
        review: "Riverside Partnership review, spring".into(),
        date: Date::new(2027, 3, 12).unwrap(),
        actions: vec![
            action("trust", "Monthly steering call", "the council", "end of June 2027"),
            action("trust.time", "A shared away day before the summer", "Voluntary sector forum", "2027-07-15"),
            action("power.checks", "Rotate the chair at each meeting", "Hospital trust", ""),
        ],
    }
}

/// One action on a topic, no name, text a hostile page would like to run.
fn agreed_one() -> AgreedActions {
    AgreedActions {
        review: String::new(),
        date: Date::new(2026, 12, 3).unwrap(),
        actions: vec![AgreedAction {
            subject: "evaluate",
            what: "<img src=x onerror=alert(1)> Ω 🤝 \u{202e}review".into(),
            lead: "Voluntary sector forum".into(),
            by: String::new(),
        }],
    }
}

struct Fixture {
    build: String,
    variant: String,
    payload: String,
    expected: Value,
}

fn fixtures() -> Vec<Fixture> {
    std::fs::read_to_string(PATH)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            Fixture {
                build: f[0].into(),
                variant: f[1].into(),
                payload: f[2].into(),
                expected: serde_json::from_str(f[3]).unwrap(),
            }
        })
        .collect()
}

#[test]
fn this_build_s_links_are_in_the_fixtures() {
    let made = made_now();
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        let kept: Vec<String> = std::fs::read_to_string(PATH)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with(&format!("{THIS_BUILD}\t")))
            .map(String::from)
            .collect();
        let mut text = kept.join("\n") + "\n";
        for (variant, payload) in &made {
            text.push_str(&format!("{THIS_BUILD}\t{variant}\t{payload}\t{}\n", opens(payload)));
        }
        std::fs::write(PATH, text).unwrap();
    }
    let file = fixtures();
    for (variant, payload) in &made {
        let line = file.iter().find(|f| f.build == THIS_BUILD && &f.variant == variant);
        let line = line.unwrap_or_else(|| panic!("{variant}: run with WRITE_FIXTURES=1"));
        assert_eq!(&line.payload, payload, "{variant}: this build makes another link; add a new build's lines");
    }
    for build in ["ced4903", THIS_BUILD] {
        let variants: Vec<&str> = file.iter().filter(|f| f.build == build).map(|f| f.variant.as_str()).collect();
        for needed in ["results", "results-label", "dotted", "G", "H-name", "H-round", "H-name-round", "I-all"] {
            assert!(variants.contains(&needed), "{build} lacks {needed}");
        }
    }
    let ten = file.iter().find(|f| f.build == THIS_BUILD && f.variant == "A-ten").unwrap();
    assert_eq!(ten.expected["actions"].as_array().unwrap().len(), 10);
    assert!(ten.payload.len() <= 2000, "ten actions of 80 characters in {}", ten.payload.len());
}

/// The text a person pastes: the link in a reply, wrapped at 60 characters
/// and quoted.
fn mailed(url: &str) -> String {
    let lines: Vec<String> = url.as_bytes().chunks(60).map(|c| format!("> {}", String::from_utf8_lossy(c))).collect();
    format!("> Here it is:\n{}\n> Thanks", lines.join("\r\n"))
}

#[test]
fn released_links_open_forever_through_every_entry_point() {
    let base = "https://intranet.example.org/tools/collaboration/";
    for f in fixtures() {
        let what = format!("{} {}", f.build, f.variant);
        // Read by the one reader, as the fixture says.
        assert_eq!(opens(&f.payload), f.expected, "{what}");
        let kind = f.expected["opens"].as_str().unwrap();
        // Opened, from any marker: the view for what it holds.
        for marker in ["share", "compare", "invite", "actions"] {
            let route = Route::parse(&format!("#/{marker}/{}", f.payload));
            let right = match kind {
                "actions" => matches!(route, Route::Actions(_)),
                "results" if marker == "compare" => matches!(route, Route::Compare(_)),
                "results" => matches!(route, Route::Shared(_)),
                "comparison" => matches!(route, Route::Compare(_)),
                _ => matches!(route, Route::Invite(_)),
            };
            assert!(right, "{what} opened from #/{marker}/ as {route:?}");
        }
        // Pasted: bare, as a link, and as a reply wraps and quotes it.
        let marker = match kind {
            "results" => "share",
            "comparison" => "compare",
            "actions" => "actions",
            _ => "invite",
        };
        let url = format!("{base}#/{marker}/{}", f.payload);
        for text in [f.payload.clone(), url.clone(), mailed(&url)] {
            let found = find_results(&text, &[]);
            match kind {
                "results" => assert_eq!(found.payloads, std::slice::from_ref(&f.payload), "{what}"),
                "comparison" => {
                    let results: Vec<String> = serde_json::from_value(f.expected["results"].clone()).unwrap();
                    assert_eq!(found.payloads, results, "{what} in {text}");
                    // As the earlier round: its name and round number carry over.
                    let name = f.expected["name"].as_str().unwrap();
                    let number = f.expected["earlier"]["number"].as_u64().map_or(1, |n| n + 1);
                    match &found.review {
                        Some(review) => {
                            assert_eq!(
                                (review.name.as_str(), u64::from(review.round_number())),
                                (name, number),
                                "{what}"
                            )
                        }
                        None => assert!(name.is_empty() && number == 1, "{what}: name and round lost"),
                    }
                }
                "actions" => {
                    assert!(found.payloads.is_empty(), "{what}");
                    assert_eq!(found.actions.as_deref(), Some(f.payload.as_str()), "{what}: {text}");
                }
                _ => {
                    assert!(found.payloads.is_empty(), "{what}");
                    if text != f.payload || f.payload.len() >= 26 {
                        assert_eq!(found.broken.len(), 1, "{what}: {text}");
                        assert_eq!(found.broken[0].1, ShareError::Invitation.explain(), "{what}");
                    }
                }
            }
            assert!(kind == "invitation" || found.broken.is_empty(), "{what}: {:?}", found.broken);
            if kind != "actions" {
                assert_eq!(found.actions, None, "{what}");
            }
        }
    }
}

/// Round 3 takes round 2's link as its earlier round, whether round 2 was
/// named, carried round 1, or both; and the figures it shows for round 2
/// are those round 2's own screen showed.
#[test]
fn rounds_chain_and_show_the_earlier_round_as_its_own_screen_did() {
    let file = fixtures();
    for variant in ["H-round", "H-name-round", "H-round-3", "H-accented-60"] {
        let f = file.iter().find(|f| f.build == THIS_BUILD && f.variant == variant).unwrap();
        let found = find_results(&mailed(&format!("https://x.example/#/compare/{}", f.payload)), &[]);
        let answers: Vec<Answers> = found.payloads.iter().map(|p| decode(p).unwrap().answers).collect();
        let this_round = review(&answers);
        let number = found.review.as_ref().map_or(1, ComparisonLink::round_number);
        let next = ComparisonLink {
            results: made_now()[0..1].iter().map(|(_, p)| p.clone()).collect(),
            earlier: Some(Round::of(&this_round, number)),
            name: found.review.as_ref().map(|r| r.name.clone()).unwrap_or_default(),
            ..Default::default()
        };
        let back = ComparisonLink::parse(&next.to_raw());
        let earlier = back.earlier.clone().unwrap();
        assert_eq!(back.round_number(), number + 1, "{variant}");
        assert_eq!(back.name, f.expected["name"].as_str().unwrap(), "{variant}: the name carries over");
        // The earlier round's figures, as shown now, are those its screen showed.
        for s in &this_round.statements {
            let (m, d) = earlier.statement(s.node);
            assert_eq!(m.map(tenths), s.median.map(tenths), "{variant} {}", s.node);
            assert_eq!(d.map(tenths), s.disagreement.map(tenths), "{variant} {}", s.node);
        }
        for t in &this_round.topics {
            assert_eq!(earlier.topic(t.slug).map(tenths), t.median.map(tenths), "{variant} {}", t.slug);
        }
    }
}
