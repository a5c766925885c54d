//! The share-link codec: every state in every position survives the round
//! trip, links stay short, released links stay readable, and no input makes
//! the decoder panic.

mod support;

use collaboration_widget::assessment::{statements::STATEMENTS, Answer, Answers};
use collaboration_widget::share::{compare, decode, encode, ShareError, LABEL_MAX_CHARS};
use support::rng::Rng;

fn state_answer(state: usize) -> Option<Answer> {
    match state {
        0 => None,
        6 => Some(Answer::DONT_KNOW),
        r => Answer::rating(r as u8),
    }
}

fn random_answers(rng: &mut Rng) -> Answers {
    STATEMENTS.iter().filter_map(|s| state_answer(rng.below(7)).map(|a| (s.node.to_string(), a))).collect()
}

#[test]
fn every_state_in_every_position_round_trips() {
    for (i, statement) in STATEMENTS.iter().enumerate() {
        for state in 0..7 {
            let answers: Answers = state_answer(state).map(|a| (statement.node.to_string(), a)).into_iter().collect();
            let decoded = decode(&encode(&answers, None)).unwrap_or_else(|e| panic!("item {i} state {state}: {e:?}"));
            assert_eq!(decoded.answers, answers, "item {i} state {state}");
        }
    }
}

#[test]
fn random_assessments_round_trip_with_and_without_labels() {
    let mut rng = Rng::new(0x5eed);
    let labels = ["", "Council", "Université de Liège", "Ω partners 🤝", "<b>x</b> & \"y\""];
    for case in 0..20_000 {
        let answers = random_answers(&mut rng);
        let label = labels[case % labels.len()];
        let decoded = decode(&encode(&answers, Some(label))).expect("round trip");
        assert_eq!(decoded.answers, answers);
        assert_eq!(decoded.label.as_deref().unwrap_or(""), label);
    }
}

#[test]
fn a_complete_assessment_fits_in_32_characters() {
    let mut rng = Rng::new(7);
    let mut longest = 0;
    for _ in 0..1000 {
        let answers: Answers =
            STATEMENTS.iter().map(|s| (s.node.to_string(), state_answer(1 + rng.below(6)).unwrap())).collect();
        longest = longest.max(encode(&answers, None).len());
    }
    println!("complete assessment payload: {longest} characters ({} statements)", STATEMENTS.len());
    assert!(longest <= 32, "{longest} characters");
}

#[test]
fn labels_are_limited_and_cleaned() {
    let long = "x".repeat(100);
    let decoded = decode(&encode(&Answers::new(), Some(&long))).unwrap();
    assert_eq!(decoded.label.unwrap().chars().count(), LABEL_MAX_CHARS);
    let decoded = decode(&encode(&Answers::new(), Some("a\u{0}b\nc"))).unwrap();
    assert_eq!(decoded.label.as_deref(), Some("abc"));
}

/// Links as released, with what they hold: they must decode the same forever.
#[test]
fn released_links_of_every_format_version_still_decode() {
    let fixtures = include_str!("fixtures/share-links.txt");
    let mut checked = 0;
    for line in fixtures.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let (payload, expected, label) =
            (fields.next().unwrap(), fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let decoded = decode(payload).unwrap_or_else(|e| panic!("{payload}: {e:?}"));
        let expected: Answers = expected
            .split(',')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (node, value) = pair.split_once('=').unwrap();
                (node.to_string(), Answer::try_from(value.parse::<u8>().unwrap()).unwrap())
            })
            .collect();
        assert_eq!(decoded.answers, expected, "{payload}");
        assert_eq!(decoded.label.as_deref().unwrap_or(""), label, "{payload}");
        checked += 1;
    }
    assert!(checked >= 4);
}

#[test]
fn broken_links_get_their_own_explanation() {
    let good = encode(&[("trust.time".to_string(), Answer::rating(4).unwrap())].into_iter().collect(), Some("Us"));
    let mut altered = good.clone().into_bytes();
    let last = altered.len() - 3;
    altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
    let altered = String::from_utf8(altered).unwrap();
    let cases = [
        ("", ShareError::Empty),
        ("   ", ShareError::Empty),
        ("9AAAA", ShareError::UnknownVersion),
        ("<script>", ShareError::UnknownVersion),
        ("1AB$%", ShareError::BadCharacters),
        ("1AB=", ShareError::BadCharacters),
        ("1ABCDE", ShareError::Truncated),
        ("1", ShareError::Empty),
        (&good[..8], ShareError::Truncated),
        (&altered, ShareError::Altered),
    ];
    for (payload, expected) in cases {
        assert_eq!(decode(payload).map(|_| ()), Err(expected.clone()), "{payload:?}");
        assert!(expected.explain().ends_with('.'));
    }
    assert_eq!(decode(&format!("1{}", "A".repeat(500))).map(|_| ()), Err(ShareError::TooLong));
}

#[test]
fn the_decoder_never_panics_on_random_or_mutated_input() {
    let mut rng = Rng::new(42);
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_1=%é\u{0}".chars().collect();
    let mut accepted_mutants = 0;
    for case in 0..100_000 {
        let mut original = String::new();
        let input: String = if case % 2 == 0 {
            let len = rng.below(60);
            (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect()
        } else {
            original = encode(&random_answers(&mut rng), Some("Lab"));
            let mut chars: Vec<char> = original.chars().collect();
            let at = rng.below(chars.len());
            match rng.below(3) {
                0 => chars[at] = alphabet[rng.below(alphabet.len())],
                1 => chars.truncate(at),
                _ => chars.insert(at, alphabet[rng.below(alphabet.len())]),
            }
            chars.into_iter().collect()
        };
        if decode(&input).is_ok() && case % 2 == 1 && input != original {
            accepted_mutants += 1;
        }
        // The other decoders, under each format's letter: never a panic.
        if case % 10 == 0 {
            use collaboration_widget::share::{comparison::ComparisonLink, invitation::Invitation};
            let body = input.get(1..).unwrap_or_default();
            for text in [input.clone(), format!("I{body}"), format!("G{body}"), format!("H{body}"), format!("A{body}")]
            {
                let _ = collaboration_widget::share::read::read(&text);
                let _ = Invitation::decode(&text);
                let _ = collaboration_widget::share::actions::AgreedActions::decode(&text);
                let _ = ComparisonLink::parse(&text);
            }
        }
    }
    // A 16-bit check lets about 1 in 65 536 random changes through.
    assert!(accepted_mutants < 20, "{accepted_mutants} altered links were accepted");
}

#[test]
fn comparison_orders_items_by_divergence_and_measures_agreement() {
    let a: Answers = [("trust.time", 5), ("trust.roles", 3), ("power.team", 4)]
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::rating(*v).unwrap()))
        .collect();
    let b: Answers = [("trust.time", 1), ("trust.roles", 3), ("power.team", 2)]
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::rating(*v).unwrap()))
        .collect();
    let c: Answers = [("trust.time", 3), ("trust.roles", 4)]
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::rating(*v).unwrap()))
        .collect();
    let result = compare(&[a, b, c]);
    let order: Vec<(&str, u8)> = result.items.iter().map(|i| (i.node, i.range())).collect();
    assert_eq!(order, [("trust.time", 4), ("power.team", 2), ("trust.roles", 1)]);
    assert_eq!(result.items[1].ratings, [Some(4), Some(2), None]);
    // ranges 4, 2, 1 out of 4 each: 1 - 7/12
    assert!((result.agreement.unwrap() - 100.0 * (1.0 - 7.0 / 12.0)).abs() < 1e-3);
    assert_eq!(compare(&[Answers::new(), Answers::new()]).agreement, None);
}

/// Thirty labelled results for the review tests: statements 0–2 split the
/// group (half rate 1, half 5), 3–10 are clear consensus (4), 11–12 everyone
/// rates low (1 or 2), the rest sit between (3 or 4).
fn review_results() -> Vec<(String, String)> {
    (0..30usize)
        .map(|p| {
            let answers: Answers = STATEMENTS
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let rating = match i {
                        0..=2 => {
                            if p % 2 == 0 {
                                1
                            } else {
                                5
                            }
                        }
                        3..=10 => 4,
                        11 | 12 => 1 + (p % 2) as u8,
                        _ => 3 + ((p + i) % 2) as u8,
                    };
                    (s.node.to_string(), Answer::rating(rating).unwrap())
                })
                .collect();
            let label = format!("Partner organisation {}", p + 1);
            (label.clone(), encode(&answers, Some(&label)))
        })
        .collect()
}

#[test]
fn the_review_fixture_is_what_the_codec_makes() {
    // The end-to-end review test reads these links; they are the codec's own.
    let made: String = review_results().iter().map(|(label, payload)| format!("{label}\t{payload}\n")).collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/review-30.txt");
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::write(path, &made).unwrap();
    }
    assert_eq!(std::fs::read_to_string(path).unwrap(), made, "run with WRITE_FIXTURES=1 to make it");
    let review = collaboration_widget::share::review::review(
        &review_results().iter().map(|(_, p)| decode(p).unwrap().answers).collect::<Vec<_>>(),
    );
    let split: Vec<&str> = review.statements.iter().filter(|s| s.is_split()).map(|s| s.node).collect();
    assert_eq!(split, STATEMENTS[..3].iter().map(|s| s.node).collect::<Vec<_>>());
    assert!(review.statements.iter().filter(|s| s.is_consensus()).count() >= 8);
}
