//! Components rendered natively with Yew's server renderer: each view shows
//! the guide text it should, with one `h1`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use collaboration_widget::content::GUIDE;
use collaboration_widget::route::Route;
use collaboration_widget::{App, AppProps};
use support::fold;

async fn render(route: Route) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps { initial: route, embedded: false })
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
    }
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
    assert!(html.contains("data-node=\"trust.roles\""));
    assert!(html.contains("is-selected"));
}

#[tokio::test]
async fn an_unknown_link_says_so_and_offers_the_overview() {
    let text = visible_text(&render(Route::NotFound).await);
    assert!(text.contains("page not found"));
    assert!(text.contains("go to the overview"));
}
