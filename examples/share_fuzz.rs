//! A long randomised run of the share-link decoders (results; and the same
//! input as a comparison, an invitation, agreed actions and pasted text):
//! random strings and mutations of real links, asserting it never panics
//! and that decoded links re-encode to themselves (results and agreed
//! actions, whose mutants are fuzzed too). Run by `scripts/fuzz-share.sh`.
//!
//! Usage: cargo run --profile fuzz --example share_fuzz -- [cases] [seed]

use collaboration_widget::assessment::{statements::STATEMENTS, Answer, Answers};
use collaboration_widget::dates::Date;
use collaboration_widget::share::actions::{AgreedAction, AgreedActions};
use collaboration_widget::share::comparison::ComparisonLink;
use collaboration_widget::share::invitation::Invitation;
use collaboration_widget::share::links::find_results;
use collaboration_widget::share::{decode, encode};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let cases: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed_f00d);
    let mut rng = Rng(seed.max(1));
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_1=%é/#\u{0}".chars().collect();
    let (mut accepted, mut rejected, mut accepted_mutants) = (0u64, 0u64, 0u64);
    for case in 0..cases {
        let mut original = String::new();
        let input: String = match case % 3 {
            0 => (0..rng.below(80)).map(|_| alphabet[rng.below(alphabet.len())]).collect(),
            _ => {
                let answers: Answers = STATEMENTS
                    .iter()
                    .filter_map(|s| match rng.below(7) {
                        0 => None,
                        6 => Some((s.node.to_string(), Answer::DONT_KNOW)),
                        r => Answer::rating(r as u8).map(|a| (s.node.to_string(), a)),
                    })
                    .collect();
                original = encode(&answers, Some(["", "Lab", "Ω🤝"][rng.below(3)]));
                let mut chars: Vec<char> = original.chars().collect();
                for _ in 0..=rng.below(3) {
                    let at = rng.below(chars.len().max(1));
                    match rng.below(4) {
                        0 if !chars.is_empty() => chars[at] = alphabet[rng.below(alphabet.len())],
                        1 => chars.truncate(at),
                        2 => chars.insert(at.min(chars.len()), alphabet[rng.below(alphabet.len())]),
                        _ => {
                            if at < chars.len() {
                                chars.remove(at);
                            }
                        }
                    }
                }
                chars.into_iter().collect()
            }
        };
        // The other decoders take the same input, under each format's letter.
        let others = std::panic::catch_unwind(|| {
            let body = input.get(1..).unwrap_or_default();
            for text in [input.clone(), format!("I{body}"), format!("G{body}"), format!("H{body}"), format!("A{body}")]
            {
                let _ = collaboration_widget::share::read::read(&text);
                let _ = Invitation::decode(&text);
                let _ = AgreedActions::decode(&text);
                let _ = ComparisonLink::parse(&text);
            }
            let _ = find_results(&format!("#/compare/{input}\n> {input}"), &[]);
            let _ = find_results(&format!("#/actions/{input}\n> {input}"), &[]);
        });
        if others.is_err() {
            eprintln!("PANIC in a comparison, invitation or paste decoder on input {input:?}");
            std::process::exit(1);
        }
        // A real actions link, mutated: what is accepted is what is written.
        let link = actions_link(&mut rng);
        let mutant = mutate(&mut rng, &link, &alphabet);
        match std::panic::catch_unwind(|| AgreedActions::decode(&mutant)) {
            Err(_) => {
                eprintln!("PANIC in the actions decoder on input {mutant:?}");
                std::process::exit(1);
            }
            Ok(Ok(agreed)) if agreed.payload().as_deref() != Ok(mutant.trim()) => {
                eprintln!("accepted a non-canonical actions link {mutant:?}");
                std::process::exit(1);
            }
            Ok(_) => {}
        }
        let result = std::panic::catch_unwind(|| decode(&input));
        match result {
            Err(_) => {
                eprintln!("PANIC on input {input:?}");
                std::process::exit(1);
            }
            Ok(Ok(shared)) => {
                accepted += 1;
                if !original.is_empty() && input != original {
                    accepted_mutants += 1;
                }
                // Whatever is accepted must be exactly what the encoder writes.
                if encode(&shared.answers, shared.label.as_deref()) != input.trim() {
                    eprintln!("accepted a non-canonical link {input:?}");
                    std::process::exit(1);
                }
            }
            Ok(Err(_)) => rejected += 1,
        }
    }
    println!("share decoders (results, comparisons, invitations, agreed actions, pasted text): {cases} cases, 0 panics; {rejected} rejected with a message, {accepted} accepted ({accepted_mutants} altered links passed the 16-bit check)");
}

/// Agreed actions of a random shape, as a link.
fn actions_link(rng: &mut Rng) -> String {
    let subjects = ["trust.time", "power", "goals.who", "evaluate.stop"];
    let texts = ["Meet monthly", "Ω🤝 <b>review</b>", "", "2027-03-31", "the council"];
    let actions = (0..=rng.below(10))
        .map(|_| AgreedAction {
            subject: subjects[rng.below(subjects.len())],
            what: ["Meet monthly", "Ω🤝 <b>review</b>"][rng.below(2)].into(),
            lead: texts[rng.below(texts.len())].into(),
            by: texts[rng.below(texts.len())].into(),
        })
        .collect();
    let review = texts[rng.below(texts.len())].into();
    AgreedActions { review, date: Date::new(2027, 3, 12).unwrap(), actions }.payload().unwrap_or_default()
}

/// One to four random edits of `text`.
fn mutate(rng: &mut Rng, text: &str, alphabet: &[char]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.below(3) {
        let at = rng.below(chars.len().max(1));
        match rng.below(4) {
            0 if !chars.is_empty() => chars[at] = alphabet[rng.below(alphabet.len())],
            1 => chars.truncate(at),
            2 => chars.insert(at.min(chars.len()), alphabet[rng.below(alphabet.len())]),
            _ => {
                if at < chars.len() {
                    chars.remove(at);
                }
            }
        }
    }
    chars.into_iter().collect()
}
