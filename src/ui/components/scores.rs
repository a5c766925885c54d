//! Scores by topic: a table with a bar, a score and a band for each.

use yew::prelude::*;

use crate::ui::Headings;

use super::link::Link;
use super::summary::{band, band_badge};
use crate::assessment::{Answer, Band, Scores};
use crate::content::GUIDE;
use crate::number::Fixed;
use crate::route::Route;

/// The five spreads' scores, each with a bar, its figure and its band.
pub fn scores_section(h: Headings, scores: &Scores) -> Html {
    html! {
        <section>
            <@{h.tag(1)} id="scores-heading">{ "Scores by topic" }</@>
            <p class="hint">{ Band::rule() }{ " “Don’t know” answers are not scored." }</p>
            <div class="scores-layout">
                { score_table(scores) }
            </div>
        </section>
    }
}

/// "Overall: 3.4 out of 5 · Developing", or why it is not shown yet:
/// to the person rating, what more it needs; for someone else's results
/// (`theirs`), what they hold.
pub fn overall_line(scores: &Scores, theirs: bool) -> Html {
    html! {
        <p class="overall">
            { "Overall: " }
            if let (Some(mean), Some(b)) = (scores.overall, scores.overall_band) {
                <strong>{ out_of_top(mean) }</strong>{ " " }{ band(b) }
            } else if theirs {
                { scores.overall_not_shown_theirs() }
            } else {
                { scores.overall_waits() }
            }
        </p>
    }
}

/// A mean on the rating scale, as "3.4 out of 5": the scale itself, not a
/// percentage rescaled from it (3.0 is the middle of 1–5, not 60 %).
pub fn out_of_top(mean: f32) -> String {
    format!("{} out of {}", Fixed(mean, 1), Answer::TOP)
}

fn score_table(scores: &Scores) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="group" aria-label="Table of scores by topic">
        <table class="score-table reflow">
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
                                    { s.mean.map_or("–".to_string(), out_of_top) }
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
