//! Up to twelve results side by side, one named column each: scores per
//! topic, where views diverge most, and an overall agreement figure.

use yew::prelude::*;

use crate::ui::Headings;

use crate::assessment::{statements, Answers};
use crate::content::GUIDE;
use crate::number::Fixed;
use crate::share::review::measure;
use crate::share::{compare, names, Shared};

/// The name of each compared result, as its column heading and in the
/// list of results: its label, "Partner 3" without one, "You" for the
/// viewer's own (`mine`, their results as encoded), never two alike.
pub fn result_names(valid: &[(String, Shared)], mine: &str) -> Vec<String> {
    let labels: Vec<Option<&str>> = valid.iter().map(|(_, s)| s.label.as_deref()).collect();
    let yours = valid.iter().position(|(payload, _)| !mine.is_empty() && payload == mine);
    names::result_names(&labels, yours)
}

pub fn side_by_side(h: Headings, valid: &[(String, Shared)], answers: &[Answers], mine: &str) -> Html {
    let names = result_names(valid, mine);
    // Someone else's label: isolated, so a right-to-left or formatting
    // character in it cannot reorder the text around it.
    let heads =
        || names.iter().map(|name| html! { <th scope="col"><bdi>{ name.clone() }</bdi></th> }).collect::<Html>();
    let result = compare(answers);
    html! {
        <section class="side-by-side" aria-labelledby="side-heading">
            <@{h.tag(1)} id="side-heading">{ "Agreement" }</@>
            <p class="overall">
                { match result.agreement {
                    Some(a) => format!("Overall agreement: {} % (100 % means everyone gave every shared statement the same rating).", Fixed(a, 0)),
                    None => "No statement has been rated by two or more partners yet.".to_string(),
                } }
            </p>
            <@{h.tag(1)}>{ "Scores by topic" }</@>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Scores by topic, side by side">
                <table class="score-table reflow side-scores">
                    <thead>
                        <tr><th scope="col">{ "Topic" }</th>{ heads() }</tr>
                    </thead>
                    <tbody>
                        for (i, spread) in GUIDE.spreads.iter().enumerate() {
                            <tr>
                                <th scope="row">{ spread.short_title }</th>
                                for (scores, name) in result.scores.iter().zip(&names) {
                                    <td data-label={name.clone()}>{ scores.spreads[i].mean.map_or("–".into(), |m| Fixed(m, 1).to_string()) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <@{h.tag(1)}>{ "Where views differ most" }</@>
            <p class="hint">{ measure() }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Where views differ most, side by side">
                <table class="score-table divergence reflow">
                    <thead>
                        <tr>
                            <th scope="col">{ "Statement" }</th>
                            { heads() }
                            <th scope="col">{ "Lowest" }</th>
                            <th scope="col">{ "Highest" }</th>
                            <th scope="col">{ "Disagreement" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for item in result.items.iter() {
                            <tr data-statement={item.node}>
                                <th scope="row">{ statements::for_node(item.node).map_or("", |s| s.text) }</th>
                                for (rating, name) in item.ratings.iter().zip(&names) {
                                    <td data-label={name.clone()}>{ rating.map_or("–".to_string(), |r| r.to_string()) }</td>
                                }
                                <td data-label="Lowest">{ item.lowest }</td>
                                <td data-label="Highest">{ item.highest }</td>
                                <td class="gap" data-label="Disagreement">{ Fixed(item.disagreement, 1).to_string() }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
