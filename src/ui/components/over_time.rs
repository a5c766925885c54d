//! Scores over time: dated snapshots of each spread's score.

use yew::prelude::*;

use crate::assessment::{score, Assessment, Scores};
use crate::browser::clock;
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::number::Fixed;
use crate::state::Action;
use crate::ui::context::Dispatch;

/// Dated snapshots: each spread's score over time.
pub fn over_time(assessment: &Assessment, dispatch: &Dispatch) -> Html {
    let snapshot = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::TakeSnapshot {
                today: clock::today(),
            })
        })
    };
    let rows: Vec<(String, Scores)> = assessment
        .snapshots
        .iter()
        .map(|s| (long_date(&s.date), score(&s.answers)))
        .chain(std::iter::once((
            "Now".to_string(),
            score(&assessment.current_answers()),
        )))
        .collect();
    html! {
        <section class={classes!("over-time", (rows.len() < 2).then_some("no-print"))} aria-labelledby="time-heading">
            <h2 id="time-heading">{ "Over time" }</h2>
            <p class="no-print">{ "Save today’s answers as a snapshot, then reassess in a few months to see what has changed." }</p>
            if rows.len() > 1 {
                <table class="score-table">
                    <caption class="visually-hidden">{ "Scores by topic at each snapshot" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Date" }</th>
                            for spread in GUIDE.spreads {
                                <th scope="col">{ spread.short_title }</th>
                            }
                            <th scope="col">{ "Overall" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (date, scores) in rows {
                            <tr>
                                <th scope="row">{ date }</th>
                                for s in scores.spreads.iter() {
                                    <td>{ s.mean.map_or("–".into(), |m| Fixed(m, 1).to_string()) }</td>
                                }
                                <td>{ scores.overall.map_or("–".into(), |m| Fixed(m, 1).to_string()) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            }
            <button type="button" class="button" onclick={snapshot}>{ "Save today’s snapshot" }</button>
        </section>
    }
}
