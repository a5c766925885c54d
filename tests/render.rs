//! Components rendered natively with Yew's server renderer: each view shows
//! the guide text it should, with one `h1`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use collaboration_widget::content::GUIDE;
use collaboration_widget::route::Route;
use collaboration_widget::{App, AppProps};
use support::fold;

async fn render(route: Route) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: route,
        ..Default::default()
    })
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
        assert!(
            text.contains(&fold(spread.title)),
            "home lacks {}",
            spread.title
        );
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
            assert!(
                text.contains(&fold(&phrase)),
                "{} view lacks {phrase:?}",
                spread.slug
            );
        }
        assert!(
            html.contains("aria-current=\"page\""),
            "{} not marked current in the nav",
            spread.slug
        );
    }
}

#[tokio::test]
async fn a_selected_node_is_marked_in_its_view() {
    let html = render(Route::Spread {
        slug: "trust",
        node: Some("trust.roles"),
    })
    .await;
    assert!(html.contains("data-node=\"trust.roles\""));
    assert!(html.contains("is-selected"));
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
        assert_eq!(
            svg.matches("role=\"button\"").count(),
            spread.diagram.nodes.len(),
            "{}",
            spread.slug
        );
        assert!(svg.contains("<title"), "{}: svg title", spread.slug);
        assert!(svg.contains("<desc"), "{}: svg description", spread.slug);
        let text = visible_text(svg);
        for node in spread.diagram.nodes {
            assert!(
                svg.contains(&format!("data-node=\"{}\"", node.id)),
                "{} not drawn",
                node.id
            );
            assert!(
                text.contains(&fold(&node.numbered_label())),
                "{} label not drawn",
                node.id
            );
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
    let html = render(Route::Spread {
        slug: "partners",
        node: Some("partners.external"),
    })
    .await;
    let text = visible_text(&html);
    assert!(html.contains("id=\"partners-panel\""));
    assert!(text.contains("includes"));
    assert!(text.contains("follows from establish the why?"));
    assert!(text.contains("leads to establish and articulate desired outcomes"));
}
