//! Scores by topic: a radar chart and, with the same figures, a table.

use yew::prelude::*;

use super::link::Link;
use super::summary::band_badge;
use crate::assessment::{Band, Scores};
use crate::chart;
use crate::content::GUIDE;
use crate::number::{px, Fixed};
use crate::route::Route;

/// The five spreads' scores as a radar chart and, with the same figures, a table.
pub fn scores_section(scores: &Scores) -> Html {
    html! {
        <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ "Scores by topic" }</h2>
            <p class="hint">{ Band::rule() }{ " “Don’t know” answers are not scored." }</p>
            <div class="scores-layout">
                { radar(scores) }
                { score_table(scores) }
            </div>
        </section>
    }
}

/// The five spreads on five axes; the table beside it carries the same data.
fn radar(scores: &Scores) -> Html {
    let n = scores.spreads.len();
    let fractions: Vec<f32> = scores
        .spreads
        .iter()
        .map(|s| s.percent().unwrap_or(0.0) / 100.0)
        .collect();
    let rings = [0.25_f32, 0.5, 0.75, 1.0];
    html! {
        <svg class="radar" viewBox="0 0 400 400" role="img" aria-labelledby="radar-title">
            <title id="radar-title">{ "Radar chart of the five topic scores; the table gives the same figures." }</title>
            for ring in rings {
                <polygon class="radar-ring" points={chart::polygon(&vec![ring; n])} />
            }
            for (i, spread) in GUIDE.spreads.iter().enumerate() {
                {{
                    let (x, y) = chart::point(i, n, 1.0);
                    let (lx, ly) = chart::point(i, n, 1.22);
                    html! {
                        <>
                            <line class="radar-axis" x1={px(chart::CENTRE).to_string()} y1={px(chart::CENTRE).to_string()} x2={px(x).to_string()} y2={px(y).to_string()} />
                            <text class="radar-label" x={px(lx).to_string()} y={px(ly).to_string()} text-anchor="middle" dominant-baseline="middle">
                                { format!("{} {}", spread.number, spread.short_title) }
                            </text>
                        </>
                    }
                }}
            }
            <polygon class="radar-area" points={chart::polygon(&fractions)} />
            for (i, f) in fractions.iter().enumerate() {
                {{
                    let (x, y) = chart::point(i, n, *f);
                    html! { <circle class="radar-point" cx={px(x).to_string()} cy={px(y).to_string()} r="5" /> }
                }}
            }
        </svg>
    }
}

/// A mean on the rating scale, as "3.4 out of 5": the scale itself, not a
/// percentage rescaled from it (3.0 is the middle of 1–5, not 60 %).
pub fn out_of_five(mean: f32) -> String {
    format!("{} out of 5", Fixed(mean, 1))
}

fn score_table(scores: &Scores) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Table of scores by topic">
        <table class="score-table">
            <caption class="visually-hidden">{ "Scores by topic" }</caption>
            <thead>
                <tr><th scope="col">{ "Topic" }</th><th scope="col">{ "Answered" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Band" }</th></tr>
            </thead>
            <tbody>
                for s in scores.spreads.iter() {
                    {{
                        let spread = GUIDE.spread(s.slug);
                        let number = spread.map_or(0, |sp| sp.number);
                        html! {
                            <tr class={format!("accent-{number}")}>
                                <th scope="row">
                                    <Link to={Route::spread(s.slug)}>{ spread.map_or("", |sp| sp.short_title) }</Link>
                                </th>
                                <td data-label="Answered">{ format!("{} of {}", s.answered, s.total) }</td>
                                <td data-label="Score">
                                    <span class="score-bar" aria-hidden="true">
                                        <meter min="0" max="100" value={Fixed(s.percent().unwrap_or(0.0), 0).to_string()}></meter>
                                    </span>
                                    { s.mean.map_or("–".to_string(), out_of_five) }
                                </td>
                                <td data-label="Band">{ band_badge(s) }</td>
                            </tr>
                        }
                    }}
                }
            </tbody>
        </table>
        </div>
    }
}
