//! The anonymous group summary: per topic the spread of partners' scores
//! (a strip chart, and a table with the same figures), per statement how
//! many chose each rating (and how many left it unanswered), the median and
//! the disagreement, and the same as a CSV file. No names and no per-person
//! column anywhere.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::Headings;

use crate::assessment::scoring::on_scale;
use crate::assessment::{statements, Answer};
use crate::browser::{clock, files};
use crate::content::GUIDE;
use crate::number::{px, Fixed};
use crate::share::compare::GROUP_FROM;
use crate::share::group_csv::{file_name, group_csv};
use crate::share::review::{measure, Review, StatementSummary, Verdict};
use crate::share::rounds::{median_change, Round};

/// Chart geometry: the 1–5 scale across, one row per topic.
const LEFT: f32 = 150.0;
const WIDTH: f32 = 440.0;
const ROW: f32 = 36.0;

fn x(score: f32) -> String {
    px(LEFT + on_scale(score) * (WIDTH - LEFT - 20.0)).to_string()
}

fn one_decimal(value: Option<f32>) -> String {
    value.map_or("–".into(), |v| Fixed(v, 1).to_string())
}

/// A topic's dots (one per partner, `scores` sorted) as few elements as
/// the picture allows: one path per layer, layer k holding each score that
/// k or more partners share, so that coinciding dots darken as stacked
/// translucent circles would. Past `LAYERS` a stack looks no darker (four
/// layers at 55 % let 4 % of the background through), so they stop there. (150
/// circles, one element each, cost the first frame of a 30-result
/// summary about 8 ms at 4x CPU.)
fn dot_layers(scores: &[f32], y: &str) -> Vec<String> {
    const LAYERS: usize = 4;
    let mut spots: Vec<(String, usize)> = Vec::new();
    for score in scores {
        let at = x(*score);
        match spots.last_mut() {
            Some((last, n)) if *last == at => *n += 1,
            _ => spots.push((at, 1)),
        }
    }
    let deepest = spots.iter().map(|(_, n)| *n).max().unwrap_or(0).min(LAYERS);
    (1..=deepest)
        .map(|layer| {
            spots
                .iter()
                .filter(|(_, n)| *n >= layer)
                .map(|(at, _)| format!("M{at} {y}m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0"))
                .collect()
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct GroupSummaryProps {
    pub review: Rc<Review>,
    /// The last review round, whose figures show beside today's.
    pub earlier: Option<Round>,
    /// Whether the tables are drawn: they start below the first screen, so
    /// the page has them follow the frame that shows the chart (in the one
    /// pass that draws the rest of the page after that frame).
    #[prop_or(true)]
    pub rows: bool,
}

/// A component of its own: computed once per list of results (the review
/// is memoised by the page), it renders again only when that list or the
/// earlier round changes, not when the page around it does.
#[component]
pub fn GroupSummary(props: &GroupSummaryProps) -> Html {
    crate::ui::render_count::count("GroupSummary");
    let h = crate::ui::context::use_navigator().headings;
    group_summary(h, &props.review, props.earlier.as_ref(), props.rows)
}

fn group_summary(h: Headings, review: &Review, earlier: Option<&Round>, rows: bool) -> Html {
    let height = ROW * (review.topics.len() as f32 + 1.0);
    // `elementtiming`: the browser notes when the heading is first painted,
    // which is how the benchmark times the summary reaching the screen.
    html! {
        <section class="group-summary" aria-labelledby="group-heading">
            <@{h.tag(1)} id="group-heading" elementtiming="group-summary">{ format!("Group summary of {} results", review.results) }</@>
            if review.results < GROUP_FROM {
                <p class="notice">{ format!("With fewer than {GROUP_FROM} results, individual answers may be recognisable even without names.") }</p>
            }
            <@{h.tag(2)}>{ "Scores by topic" }</@>
            <svg class="strip-chart" viewBox={format!("0 0 {} {}", px(WIDTH), px(height))} role="img" aria-labelledby="strip-title">
                <title id="strip-title">{ format!("Each partner’s score per topic as a dot on the 1 to {} scale, with the range and the median; the table below gives the same figures.", Answer::TOP) }</title>
                for tick in 1..=Answer::TOP {
                    <line class="strip-grid" x1={x(f32::from(tick))} x2={x(f32::from(tick))} y1="8" y2={px(height - ROW + 6.0).to_string()} />
                    <text class="strip-tick" x={x(f32::from(tick))} y={px(height - 8.0).to_string()} text-anchor="middle">{ tick }</text>
                }
                for (i, topic) in review.topics.iter().enumerate() {
                    {{
                        let y = px(ROW * i as f32 + ROW / 2.0 + 6.0).to_string();
                        let spread = GUIDE.spread(topic.slug);
                        html! {
                            <g class={format!("strip-row accent-{}", spread.map_or(0, |s| s.number))}>
                                <text class="strip-label" x="0" y={y.clone()} dominant-baseline="middle">{ spread.map_or("", |s| s.short_title) }</text>
                                if let (Some(lo), Some(hi)) = (topic.lowest(), topic.highest()) {
                                    <line class="strip-range" x1={x(lo)} x2={x(hi)} y1={y.clone()} y2={y.clone()} />
                                }
                                for d in dot_layers(&topic.scores, &y) {
                                    <path class="strip-dot" {d} />
                                }
                                if let Some(m) = topic.median {
                                    <line class="strip-median" x1={x(m)} x2={x(m)} y1={px(ROW * i as f32 + 10.0).to_string()} y2={px(ROW * i as f32 + ROW + 2.0).to_string()} />
                                }
                            </g>
                        }
                    }}
                }
            </svg>
            // The chart is the first screen; its table, with the same
            // figures, and the statements' table follow it (`rows`).
            if rows {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Scores by topic across the group">
                    <table class="score-table reflow">
                        <caption class="visually-hidden">{ "Scores by topic across the group" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Topic" }</th><th scope="col">{ "Scored by" }</th>
                                <th scope="col">{ "Median" }</th><th scope="col">{ "Lowest" }</th><th scope="col">{ "Highest" }</th>
                                if earlier.is_some() {
                                    <th scope="col">{ "Since the earlier round" }</th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            for topic in review.topics.iter() {
                                <tr>
                                    <th scope="row">{ GUIDE.spread(topic.slug).map_or("", |s| s.short_title) }</th>
                                    <td data-label="Scored by">{ format!("{} of {}", topic.scores.len(), review.results) }</td>
                                    <td data-label="Median">{ one_decimal(topic.median) }</td>
                                    <td data-label="Lowest">{ one_decimal(topic.lowest()) }</td>
                                    <td data-label="Highest">{ one_decimal(topic.highest()) }</td>
                                    if let Some(round) = earlier {
                                        <td data-label="Since the earlier round">
                                            { median_change(round.topic(topic.slug), topic.median).unwrap_or_else(|| "–".into()) }
                                        </td>
                                    }
                                </tr>
                            }
                        </tbody>
                    </table>
                </div>
                <@{h.tag(2)}>{ "Statements, where views differ most first" }</@>
                <p class="hint">{ measure() }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Statements across the group">
                    <table class="score-table group-statements reflow">
                        <thead>
                            <tr>
                                <th scope="col">{ "Statement" }</th><th scope="col">{ "How many chose each rating" }</th>
                                <th scope="col">{ "Median" }</th><th scope="col">{ "Disagreement" }</th>
                                if earlier.is_some() {
                                    <th scope="col">{ "Since the earlier round" }</th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            for s in review.statements.iter() {
                                { statement_row(s, earlier) }
                            }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryDownloadProps {
    pub review: Rc<Review>,
    pub earlier: Option<Round>,
    /// The review's name ("" for none), in the file and its name.
    pub name: AttrValue,
}

/// The summary as a spreadsheet file, made when asked for: a component of
/// its own, beside the summary rather than in it, so that naming the review
/// does not draw the summary again.
#[component]
pub fn SummaryDownload(props: &SummaryDownloadProps) -> Html {
    let onclick = {
        let (review, earlier, name) = (props.review.clone(), props.earlier.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| {
            let today = clock::today();
            let csv = group_csv(&review, earlier.as_ref(), &name, &today);
            // A refusal leaves the page as it was; there is nothing to mend.
            let _ = files::download(&file_name(&name, &today), "text/csv;charset=utf-8", &csv);
        })
    };
    html! {
        <>
            <p class="button-row no-print summary-download">
                <button type="button" class="button" {onclick} aria-describedby="csv-says">{ "Download the summary (CSV)" }</button>
            </p>
            <p class="hint no-print" id="csv-says">{ crate::share::outgoing::CSV_SAYS }</p>
        </>
    }
}

fn statement_row(s: &StatementSummary, earlier: Option<&Round>) -> Html {
    let total = (s.rated() + s.dont_know).max(1) as f32;
    let mut at = 0.0;
    let segments: Vec<(String, String, String)> = s
        .counts
        .iter()
        .enumerate()
        .map(|(i, &c)| (format!("count-{}", i + 1), c))
        .chain(std::iter::once(("count-dk".to_string(), s.dont_know)))
        .filter(|(_, c)| *c > 0)
        .map(|(class, c)| {
            let width = c as f32 / total * 100.0;
            let start = at;
            at += width;
            (class, px(start).to_string(), px(width).to_string())
        })
        .collect();
    let counts = s
        .counts
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}: {c}", i + 1))
        .chain([format!("don’t know: {}", s.dont_know), format!("not answered: {}", s.unanswered)])
        .collect::<Vec<_>>()
        .join(", ");
    let mark = s.verdict().map(|v| {
        let class = match v {
            Verdict::Split => "mark-split",
            Verdict::Consensus => "mark-consensus",
        };
        (class, v.icon(), v.label())
    });
    html! {
        <tr data-statement={s.node} class={classes!(s.is_split().then_some("is-split"), s.is_consensus().then_some("is-consensus"))}>
            <th scope="row">
                { statements::for_node(s.node).map_or("", |t| t.text) }
                if let Some((class, icon, words)) = mark {
                    <span class={classes!("review-mark", class)}><span aria-hidden="true">{ icon }</span>{ " " }{ words }</span>
                }
            </th>
            <td data-label="Ratings">
                <svg class="count-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    for (class, start, width) in segments {
                        <rect class={class} x={start} y="0" width={width} height="8" />
                    }
                </svg>
                <span class="count-text">{ counts }</span>
            </td>
            <td data-label="Median">{ one_decimal(s.median) }</td>
            <td data-label="Disagreement">{ one_decimal(s.disagreement) }</td>
            if let Some(round) = earlier {
                <td data-label="Since the earlier round">{ round.change_of(s).unwrap_or_else(|| "–".into()) }</td>
            }
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_partner_is_a_dot_and_shared_scores_stack() {
        let dots = |layer: &String| layer.matches('M').count();
        let layers = dot_layers(&[2.0, 3.0, 3.0, 3.0, 4.5], "24.0");
        assert_eq!(layers.iter().map(dots).collect::<Vec<_>>(), [3, 1, 1], "three places, one of them three deep");
        assert!(layers[1].starts_with(&format!("M{} 24.0", x(3.0))), "{}", layers[1]);
        assert!(dot_layers(&[], "24.0").is_empty());
        // Thirty on one score: four layers, already as dark as thirty.
        let layers = dot_layers(&[3.5; 30], "24.0");
        assert_eq!(layers.iter().map(dots).collect::<Vec<_>>(), [1, 1, 1, 1]);
    }
}
