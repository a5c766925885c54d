//! Components rendered natively with Yew's server renderer: each view shows
//! the guide text or figures it should, with one `h1`: overview, spreads,
//! results, a shared link and a comparison.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use collaboration_widget::content::GUIDE;
use collaboration_widget::route::Route;
use collaboration_widget::{App, AppProps};
use support::fold;

/// The comparison module's root, as the main app mounts it (see
/// `compare_entry`): the compare view of the app is only its placeholder.
async fn render_comparison(payloads: Vec<String>) -> String {
    use collaboration_widget::compare_entry::{CompareOptions, Place};
    use collaboration_widget::ui::compare::{CompareApp, CompareAppProps, Ways};
    let place = Place { owns_url: true, ..Default::default() };
    let options = CompareOptions { link: payloads.join("."), place, ..Default::default() };
    let ways = Ways { navigate: yew::Callback::noop(), replace: yew::Callback::noop(), add: yew::Callback::noop() };
    yew::LocalServerRenderer::<CompareApp>::with_props(CompareAppProps::new(options, &ways))
        .hydratable(false)
        .render()
        .await
}

async fn render(route: Route) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps { initial: route, ..Default::default() })
        .hydratable(false)
        .render()
        .await
}

/// The visible text of rendered HTML, folded like the guide's lines.
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    fold(&text)
}

#[tokio::test]
async fn home_lists_every_spread_with_one_heading_level_one() {
    let html = render(Route::Home).await;
    assert_eq!(html.matches("<h1").count(), 1);
    let text = visible_text(&html);
    for spread in GUIDE.spreads {
        assert!(text.contains(&fold(spread.title)), "home lacks {}", spread.title);
        assert!(html.contains(&format!("href=\"#/{}\"", spread.slug)));
        assert!(text.contains(&fold(spread.helps_with)), "each card says what its topic helps with");
    }
    // One clear way to begin, with the number of statements and the time.
    assert!(text.contains("start with topic 1: find partners"), "{text}");
    assert!(text.contains("42 statements to rate, about 14 minutes in all."), "{text}");
}

#[tokio::test]
async fn each_spread_view_shows_all_its_guide_text() {
    for spread in GUIDE.spreads {
        let html = render(Route::spread(spread.slug)).await;
        assert_eq!(html.matches("<h1").count(), 1, "{}", spread.slug);
        let text = visible_text(&html);
        let mut expected: Vec<String> = vec![spread.title.into()];
        expected.extend(spread.intro.iter().map(|p| p.to_string()));
        expected.extend(spread.voices.iter().map(|v| v.to_string()));
        for node in spread.diagram.nodes {
            expected.push(node.numbered_label());
            expected.extend(node.text.map(str::to_string));
        }
        for phrase in expected {
            assert!(text.contains(&fold(&phrase)), "{} view lacks {phrase:?}", spread.slug);
        }
        assert!(html.contains("aria-current=\"page\""), "{} not marked current in the nav", spread.slug);
    }
}

#[tokio::test]
async fn a_selected_node_is_marked_in_its_view() {
    let html = render(Route::Spread { slug: "trust", node: Some("trust.roles") }).await;
    // Each element standing for a node (the diagram's shape, the outline's
    // item): (its node, its classes).
    let nodes: Vec<(&str, &str)> = html
        .split('<')
        .filter_map(|tag| {
            let tag = tag.split('>').next()?;
            let attribute = |name: &str| {
                let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                tag[start..].split('"').next()
            };
            Some((attribute("data-node")?, attribute("class").unwrap_or_default()))
        })
        .collect();
    let marked = |(_, class): &&(&str, &str)| class.split(' ').any(|c| c == "is-selected");
    let selected: Vec<&str> = nodes.iter().filter(marked).map(|(node, _)| *node).collect();
    assert_eq!(selected, ["trust.roles", "trust.roles"], "the diagram's node and its outline item, and no other");
    assert!(nodes.len() > 10, "{nodes:?}");
}

#[tokio::test]
async fn an_unknown_link_says_so_and_offers_the_overview() {
    let text = visible_text(&render(Route::NotFound).await);
    assert!(text.contains("page not found"));
    assert!(text.contains("go to the overview"));
}

#[tokio::test]
async fn every_diagram_node_is_drawn_as_a_button_with_its_text() {
    for spread in GUIDE.spreads {
        let html = render(Route::spread(spread.slug)).await;
        let svg_start = html.find("<svg").expect("an svg diagram");
        let svg = &html[svg_start..html[svg_start..].find("</svg>").unwrap() + svg_start];
        assert_eq!(svg.matches("role=\"button\"").count(), spread.diagram.nodes.len(), "{}", spread.slug);
        assert!(svg.contains("<title"), "{}: svg title", spread.slug);
        assert!(svg.contains("<desc"), "{}: svg description", spread.slug);
        let text = visible_text(svg);
        for node in spread.diagram.nodes {
            assert!(svg.contains(&format!("data-node=\"{}\"", node.id)), "{} not drawn", node.id);
            assert!(text.contains(&fold(&node.numbered_label())), "{} label not drawn", node.id);
            if let Some(more) = node.text {
                assert!(text.contains(&fold(more)), "{} text not drawn", node.id);
            }
        }
        // Exactly one node carries the tab stop: Tab enters the figure once.
        assert_eq!(svg.matches("tabindex=\"0\"").count(), 1, "{}", spread.slug);
    }
}

#[tokio::test]
async fn an_open_node_shows_its_panel_with_its_connections() {
    let html = render(Route::Spread { slug: "partners", node: Some("partners.external") }).await;
    let text = visible_text(&html);
    assert!(html.contains("id=\"partners-panel\""));
    assert!(text.contains("includes"));
    assert!(text.contains("follows from establish the why?"));
    assert!(text.contains("leads to establish and articulate desired outcomes"));
}

/// Released share links: (payload, label) from the fixture file.
fn released_links() -> Vec<(String, String)> {
    include_str!("fixtures/share-links.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            (fields[0].to_string(), fields.get(2).unwrap_or(&"").to_string())
        })
        .collect()
}

#[tokio::test]
async fn results_start_unscored_and_offer_a_share_link() {
    let html = render(Route::Results).await;
    assert_eq!(html.matches("<h1").count(), 1);
    let text = visible_text(&html);
    assert!(text.contains("your results"));
    assert!(text.contains("overall: shown once half of the statements are rated: 0 rated, 21 more needed."), "{text}");
    for spread in GUIDE.spreads {
        assert!(text.contains(&fold(spread.short_title)), "results lack {}", spread.slug);
    }
    // Nothing answered yet: the link carries an empty assessment.
    assert!(html.contains("#/share/1"), "a share link in format 1");
}

#[tokio::test]
async fn someone_elses_results_from_one_topic_say_what_they_hold_not_what_more_is_needed() {
    use collaboration_widget::assessment::{statements::STATEMENTS, Answer, Answers};
    // As a widget that asks the trust topic only sends them.
    let trust: Answers = STATEMENTS
        .iter()
        .filter(|s| s.node.starts_with("trust."))
        .map(|s| (s.node.to_string(), Answer::rating(3).unwrap()))
        .collect();
    let rated = trust.iter().count();
    let payload = collaboration_widget::share::codec::encode(&trust, Some("Trust check"));
    let text = visible_text(&render(Route::Shared(payload)).await);
    let said = fold(&format!(
        "Overall: not shown: these results rate {rated} of the {} statements, and it needs half.",
        STATEMENTS.len()
    ));
    assert!(text.contains(&said), "{said:?} in {text}");
    assert!(!text.contains("more needed"), "the reader is not told to rate someone else’s results");
}

#[tokio::test]
async fn a_shared_link_shows_its_label_and_scores_and_a_mangled_one_says_why() {
    let (payload, label) = released_links().into_iter().find(|(_, l)| l == "City & University").unwrap();
    let html = render(Route::Shared(payload.clone())).await;
    assert_eq!(html.matches("<h1").count(), 1);
    let text = visible_text(&html);
    assert!(text.contains(&fold(&label)), "the partnership's label");
    let shared = collaboration_widget::share::codec::decode(&payload).unwrap();
    let scores = collaboration_widget::assessment::score(&shared.answers);
    for (spread, score) in GUIDE.spreads.iter().zip(&scores.spreads) {
        let mean = collaboration_widget::number::Fixed(score.mean.unwrap(), 1);
        let row = fold(&format!("{} {} of {} {mean}", spread.short_title, score.answered, score.total));
        assert!(text.contains(&row), "{row:?} in the score table");
    }

    let mangled = format!("{}x{}", &payload[..10], &payload[11..]);
    let text = visible_text(&render(Route::Shared(mangled)).await);
    assert!(text.contains("cannot be opened"));
    assert!(text.contains("copy the whole link again"));
}

#[tokio::test]
async fn comparing_two_released_links_shows_agreement_and_both_partners() {
    let links = released_links();
    let (all_fives, city) =
        (links[1].0.clone(), links.iter().find(|(_, l)| l == "City & University").unwrap().0.clone());
    let payloads = vec![all_fives, city];
    let html = render_comparison(payloads.clone()).await;
    assert_eq!(html.matches("<h1").count(), 1);
    let text = visible_text(&html);
    let answers: Vec<_> =
        payloads.iter().map(|p| collaboration_widget::share::codec::decode(p).unwrap().answers).collect();
    let agreement = collaboration_widget::share::compare::compare(&answers).agreement.unwrap();
    let expected = format!("overall agreement: {} %", collaboration_widget::number::Fixed(agreement, 0));
    assert!(text.contains(&expected), "{expected:?}");
    assert!(text.contains("partner 1") && text.contains("city & university"), "both partners named");
    assert!(text.contains("where views differ most"));
    let packed = collaboration_widget::share::group::pack(&payloads).unwrap();
    assert!(html.contains(&format!("#/compare/{packed}")), "a link to this comparison, as one group payload");
    // Two results: side by side by default, and the agenda below.
    assert!(text.contains("discussion agenda"));
}

#[tokio::test]
async fn five_or_more_results_open_as_an_anonymous_group_summary() {
    use collaboration_widget::assessment::{statements::STATEMENTS, Answer, Answers};
    let payloads: Vec<String> = (0..6u8)
        .map(|p| {
            let mut answers = Answers::new();
            for (i, s) in STATEMENTS.iter().enumerate() {
                let rating = if i % 3 == 0 { 1 + (p % 5) } else { 2 };
                answers.insert(s.node.into(), Answer::rating(rating).unwrap());
            }
            collaboration_widget::share::encode(&answers, Some(&format!("Secret name {p}")))
        })
        .collect();
    let html = render_comparison(payloads).await;
    let text = visible_text(&html);
    assert!(text.contains("group summary of 6 results"), "{text}");
    assert!(!text.contains("secret name"), "no label anywhere");
    assert!(text.contains("disagreement is the average distance"));
    assert!(text.contains("views differ") && text.contains("clear consensus"));
    assert!(html.contains("class=\"strip-chart\""));
}

#[tokio::test]
async fn a_link_with_more_results_than_a_comparison_holds_says_so() {
    use collaboration_widget::assessment::{statements::STATEMENTS, Answer, Answers};
    let payloads: Vec<String> = (0..31u8)
        .map(|p| {
            let mut answers = Answers::new();
            answers.insert(STATEMENTS[usize::from(p)].node.into(), Answer::rating(1 + p % 5).unwrap());
            collaboration_widget::share::encode(&answers, None)
        })
        .collect();
    let text = visible_text(&render_comparison(payloads).await);
    assert!(text.contains("results in this comparison (30 of 30)"), "{text}");
    assert!(
        text.contains("this link held more than 30 results, the most one comparison holds: the first 30 are compared."),
        "{text}"
    );
}

#[tokio::test]
async fn an_embedded_widget_names_its_language_and_direction_whatever_the_page_s() {
    let html = yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: Route::spread("trust"),
        embedded: true,
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await;
    let root = &html[..html.find('>').unwrap()];
    assert!(root.starts_with("<section"), "{root}");
    assert!(root.contains(r#"lang="en-GB""#) && root.contains(r#"dir="ltr""#), "{root}");
}

#[tokio::test]
async fn a_result_with_nothing_answered_is_never_counted_and_nothing_empty_can_be_added() {
    use collaboration_widget::assessment::{Answer, Answers};
    let mut answered = Answers::new();
    answered.insert("trust.time".into(), Answer::rating(3).unwrap());
    let payloads = vec![
        collaboration_widget::share::encode(&Answers::new(), Some("Empty")),
        collaboration_widget::share::encode(&answered, None),
    ];
    let html = render_comparison(payloads).await;
    let text = visible_text(&html);
    // An empty result in a link (an earlier build could make one) is listed
    // with its reason and not counted: one valid result is not a comparison.
    assert!(text.contains("this link holds no answers: nothing had been answered when it was made"), "{text}");
    assert!(text.contains("add at least 2 valid links to see the comparison."), "{text}");
    // The reader has answered nothing here: their own results cannot be
    // added, and the page says why beside the button.
    let button = html.split("<button").find(|b| b.contains("Add my own results")).unwrap();
    assert!(button.contains("disabled") && button.contains(r#"aria-describedby="compare-mine-why""#), "{button}");
    assert!(text.contains("to add your own results, first answer at least one statement"), "{text}");
}

/// The agreed-actions page, as the meeting module shows it (the comparison
/// module mounts it there).
async fn render_actions(payload: &str) -> String {
    use collaboration_widget::assessment::{Assessment, Store};
    use collaboration_widget::compare_entry::Place;
    use collaboration_widget::meeting_entry::{MeetingOptions, MeetingView};
    use collaboration_widget::ui::meeting::{MeetingApp, MeetingAppProps};
    let mut store = Store::new(Assessment::new("a".into(), "My partnership".into(), "2026-11-20".into()));
    store.add(Assessment::new("b".into(), "Riverside".into(), "2026-11-20".into()));
    let options = MeetingOptions {
        link: payload.into(),
        place: Place { owns_url: true, ..Default::default() },
        view: MeetingView::Actions,
        store: store.to_json(),
        ..Default::default()
    };
    let props = MeetingAppProps {
        options: std::rc::Rc::new(options),
        navigate: yew::Callback::noop(),
        replace: yew::Callback::noop(),
        on_leave: yew::Callback::noop(),
        add: yew::Callback::noop(),
    };
    yew::LocalServerRenderer::<MeetingApp>::with_props(props).hydratable(false).render().await
}

#[tokio::test]
async fn agreed_actions_open_with_their_review_subjects_in_words_and_hostile_text_as_text() {
    use collaboration_widget::dates::Date;
    use collaboration_widget::share::actions::{AgreedAction, AgreedActions};
    let agreed = AgreedActions {
        review: "Spring review".into(),
        date: Date::new(2027, 3, 12).unwrap(),
        actions: vec![
            AgreedAction {
                subject: "trust.time",
                what: "Monthly steering call".into(),
                lead: "the council".into(),
                by: "2027-06-30".into(),
            },
            AgreedAction { subject: "power", what: "<img src=x onerror=alert(1)>".into(), ..Default::default() },
        ],
    };
    let html = render_actions(&agreed.payload().unwrap()).await;
    assert_eq!(html.matches("<h1").count(), 1);
    let text = visible_text(&html);
    assert!(text.contains("agreed at “\u{2068}spring review\u{2069}” on 12 march 2027."), "{text}");
    assert!(text.contains("monthly steering call"), "{text}");
    assert!(
        text.contains("for: we set aside time specifically to build trust. led by the council. by 30 june 2027."),
        "{text}"
    );
    assert!(text.contains("for: the topic as a whole: power."), "{text}");
    assert!(!html.contains("<img") && html.contains("&lt;img"), "hostile text is text");
    // Nothing ticked: nothing is written until the partner chooses.
    assert_eq!(html.matches(r#"type="checkbox""#).count(), 2);
    assert!(!html.contains("checked"), "{html}");
    // The open partnership is chosen at first.
    let riverside = html.split("<option").find(|o| o.contains("Riverside")).unwrap();
    assert!(riverside.contains("selected"), "{riverside}");

    let text = visible_text(&render_actions(&agreed.payload().unwrap()[..40]).await);
    assert!(text.contains("these agreed actions cannot be opened"), "{text}");
}

/// The meeting's screen for a review of six partners, opened fresh (no
/// notes kept: server rendering has no storage), with its navigator.
#[derive(yew::Properties, PartialEq)]
struct MeetingHostProps {
    review: std::rc::Rc<collaboration_widget::share::review::Review>,
    items: std::rc::Rc<Vec<collaboration_widget::share::agenda::AgendaItem>>,
}

#[yew::component]
fn MeetingHost(props: &MeetingHostProps) -> yew::Html {
    use collaboration_widget::compare_entry::Place;
    use collaboration_widget::ui::meeting::Meeting;
    use collaboration_widget::ui::Navigator;
    use yew::{html, Callback, ContextProvider};
    let navigator = Navigator::new(&Place { owns_url: true, ..Default::default() }, Callback::noop(), Callback::noop());
    html! {
        <ContextProvider<Navigator> context={navigator}>
            <Meeting review={props.review.clone()} items={props.items.clone()} name="Spring <b>review</b>"
                earlier={None} notes_key="meeting:0" store="" on_leave={Callback::noop()} />
        </ContextProvider<Navigator>>
    }
}

#[tokio::test]
async fn the_meeting_shows_the_first_item_with_its_figures_clock_keys_and_an_empty_outcome() {
    use collaboration_widget::assessment::{Answer, Answers};
    use collaboration_widget::share::agenda::{agenda, subject_text, DEFAULT_BUDGET};
    use collaboration_widget::share::review::review;
    // Six partners split 1 against 5 on one statement: one agenda item.
    let partners: Vec<Answers> = (0..6u8)
        .map(|p| {
            let mut a = Answers::new();
            a.insert("trust.time".into(), Answer::rating(if p % 2 == 0 { 1 } else { 5 }).unwrap());
            a
        })
        .collect();
    let review = review(&partners);
    let items = agenda(&review, DEFAULT_BUDGET);
    assert_eq!(items[0].subject, "trust.time");
    let props = MeetingHostProps { review: review.into(), items: std::rc::Rc::new(items.clone()) };
    let html = yew::LocalServerRenderer::<MeetingHost>::with_props(props).hydratable(false).render().await;
    assert_eq!(html.matches("<h1").count(), 1);
    assert!(!html.contains("<b>") && html.contains("&lt;b&gt;"), "a typed name is text");
    let text = visible_text(&html);
    assert!(text.contains(&format!("item 1 of {}", items.len())), "{text}");
    assert!(text.contains(&fold(&subject_text(&items[0]))), "{text}");
    assert!(text.contains("time spent 0 of 15 minutes"), "{text}");
    assert!(text.contains("rated 1 3 rated 2 0 rated 3 0 rated 4 0 rated 5 3 don’t know 0 median 3"), "{text}");
    assert!(text.contains("views differ. two camps: 3 rated 1, 3 rated 5."), "{text}");
    assert!(
        text.contains("what was agreed") && text.contains("add an action") && text.contains("discussed, no action")
    );
    // The live region is there from the start, and says nothing yet.
    assert!(html.contains(r#"<p aria-live="polite" class="visually-hidden"></p>"#), "{html}");
    // The first item has no item before it.
    let previous = html.split("<button").find(|b| b.contains("Previous item")).unwrap();
    assert!(previous.contains("disabled"), "{previous}");
}
