//! One spread of the guide: title, intro, practitioner voices, the diagram
//! with its node panel, and the diagram's text equivalent.

use yew::prelude::*;

use crate::assessment::statements;
use crate::browser::{clock, page};
use crate::content::{Spread, GUIDE};
use crate::dates::long_date;
use crate::route::Route;
use crate::ui::components::{in_topic, outline, panel_placeholder, DiagramView, Fold, Link, NodePanel, Questionnaire};
use crate::ui::context::use_navigator;
use crate::ui::first_frame::{use_focus_on_arrival, use_steps};

#[derive(Properties, PartialEq)]
pub struct SpreadPageProps {
    pub spread: &'static Spread,
    pub selected: Option<&'static str>,
    pub focus: bool,
    /// Selects (or, with `node: None`, clears) a node of this spread.
    pub on_select: Callback<Route>,
}

#[component]
pub fn SpreadPage(props: &SpreadPageProps) -> Html {
    crate::ui::render_count::count("SpreadPage");
    let spread = props.spread;
    // Arriving at an open box (advice's "See it in the diagram"), its panel
    // takes focus, not the page's heading at the top.
    let heading = use_focus_on_arrival(props.focus && props.selected.is_none());
    let on_open = {
        let on_select = props.on_select.clone();
        let slug = spread.slug;
        Callback::from(move |id: &'static str| on_select.emit(Route::Spread { slug, node: Some(id) }))
    };
    let article = use_node_ref();
    let on_close = {
        let (on_select, article, selected) = (props.on_select.clone(), article.clone(), props.selected);
        let slug = spread.slug;
        Callback::from(move |()| {
            on_select.emit(Route::Spread { slug, node: None });
            // Back to the node that opened the panel, in whichever form is shown.
            if let Some(id) = selected {
                page::focus_within(
                    &article,
                    &format!("svg [data-node=\"{id}\"], [data-node=\"{id}\"] > .outline-open"),
                );
            }
        })
    };
    let panel_id: AttrValue = format!("{}-panel", spread.slug).into();
    let navigator = use_navigator();
    let h = navigator.headings;
    // The diagram first: the statements follow once it is painted, the rest
    // a frame later (see `ui::stage`).
    let painted = use_steps(2, 0);
    let (statements_shown, rest_shown) = (painted >= 1, painted >= 2);
    // A box open as the page mounts was opened by the reader unless a
    // widget starts on it; one opened later always was.
    let mounted = use_mut_ref(|| false);
    let panel_arrived = *mounted.borrow() || props.focus || navigator.owns_url;
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| *mounted.borrow_mut() = true);
    }
    let neighbours = neighbour_links(spread, |slug| navigator.offers(&Route::spread(slug)));
    // Embedded, each long part can fold away (a narrow widget folds them).
    let embedded = !navigator.owns_url;
    let fold = |name: &'static str, summary: String, part: Html| {
        if embedded {
            html! { <Fold {name} summary={AttrValue::from(summary)}>{ part }</Fold> }
        } else {
            part
        }
    };
    let statements = statements::of_spread(spread.slug).count();
    html! {
        <article class={classes!("spread", format!("accent-{}", spread.number))} ref={article}>
            <@{h.tag(0)} tabindex="-1" ref={heading}>
                <span class="spread-number">{ spread.number }</span>
                <span class="title-sep" aria-hidden="true">{ " · " }</span>
                <span class="visually-hidden">{ ". " }</span>
                { spread.title }
            </@>
            <p class="print-only print-header">{ format!("Making Collaboration Work · printed {}", long_date(&clock::today())) }</p>
            { fold("intro", "The introduction".into(), html! {
                <div class="intro">
                    for paragraph in spread.intro.iter() {
                        <p>{ *paragraph }</p>
                    }
                </div>
            }) }
            { fold("voices", format!("Practitioners’ voices ({})", spread.voices.len()), html! {
                <section class="voices">
                    for voice in spread.voices.iter() {
                        <figure class="voice">
                            <blockquote><p>{ *voice }</p></blockquote>
                            <figcaption>{ "A practitioner" }</figcaption>
                        </figure>
                    }
                </section>
            }) }
            <section class="diagram-section">
                <@{h.tag(1)}>{ "The diagram" }{ in_topic(spread) }</@>
                <p class="diagram-summary">{ spread.diagram.description }</p>
                <div class="diagram-layout">
                    <DiagramView {spread} selected={props.selected} on_open={on_open.clone()} panel_id={panel_id.clone()} />
                    <div class="panel-slot">
                        if let Some(node) = props.selected {
                            <NodePanel {spread} {node} id={panel_id} arrived={panel_arrived} on_open={on_open.clone()} {on_close} />
                        } else {
                            { panel_placeholder("to read it in full and see how it connects.") }
                        }
                    </div>
                </div>
                <@{h.tag(2)} class="outline-heading">{ "The diagram as a list" }</@>
                { outline(&spread.diagram, props.selected, &on_open, None) }
            </section>
            if statements_shown {
                { fold("questionnaire", format!("Rate your partnership: {statements} statements"), html! { <Questionnaire {spread} /> }) }
            }
            if rest_shown && !spread.cites.is_empty() {
                { fold("sources", format!("Sources the guide cites ({})", spread.cites.len()), html! {
                    <section class="sources">
                        <@{h.tag(1)}>{ "Sources the guide cites" }{ in_topic(spread) }</@>
                        <ul>
                            for source in spread.cites.iter().filter_map(|key| GUIDE.source(key)) {
                                <li>{ source.citation }</li>
                            }
                        </ul>
                    </section>
                }) }
            }
            if rest_shown {
                { neighbours }
            }
        </article>
    }
}

/// Previous and next spread on offer, so the guide can be read in order.
fn neighbour_links(spread: &'static Spread, offered: impl Fn(&'static str) -> bool) -> Html {
    let index = GUIDE.spreads.iter().position(|s| s.slug == spread.slug).unwrap_or(0);
    let previous = GUIDE.spreads[..index].iter().rev().find(|s| offered(s.slug));
    let next = GUIDE.spreads[index + 1..].iter().find(|s| offered(s.slug));
    html! {
        <div class="pager">
            if let Some(p) = previous {
                <Link to={Route::spread(p.slug)} class="pager-prev">
                    <span class="pager-hint">{ "Previous" }</span>{ p.short_title }
                </Link>
            }
            if let Some(n) = next {
                <Link to={Route::spread(n.slug)} class="pager-next">
                    <span class="pager-hint">{ "Next" }</span>{ n.short_title }
                </Link>
            }
        </div>
    }
}
