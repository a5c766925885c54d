//! Scores over time: the change since the last snapshot in words, each
//! topic's score as a small line chart, and the same figures as a table.

use yew::prelude::*;

use crate::ui::Headings;

use crate::assessment::scoring::on_scale;
use crate::assessment::{score, Assessment, Scores};
use crate::browser::clock;
use crate::content::GUIDE;
use crate::dates::long_date;
use crate::number::Fixed;
use crate::state::Action;
use crate::ui::context::Dispatch;

/// Dated snapshots: each spread's score over time.
pub fn over_time(h: Headings, assessment: &Assessment, dispatch: &Dispatch) -> Html {
    let snapshot = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::TakeSnapshot { today: clock::today() }))
    };
    // "Now" only where it differs from the last snapshot: right after a
    // snapshot, now is that snapshot, not a second point equal to it.
    let current = assessment.current_answers();
    let now_is_new = assessment.snapshots.last().is_none_or(|s| s.answers != current);
    let rows: Vec<(String, Scores)> = assessment
        .snapshots
        .iter()
        .map(|s| (long_date(&s.date), score(&s.answers)))
        .chain(now_is_new.then(|| ("Now".to_string(), score(&current))))
        .collect();
    let saved_once = match (&assessment.snapshots[..], now_is_new) {
        ([only], false) => Some(long_date(&only.date)),
        _ => None,
    };
    html! {
        <section class={classes!("over-time", (rows.len() < 2).then_some("no-print"))}>
            <@{h.tag(1)} id="time-heading">{ "Over time" }</@>
            if let Some(date) = saved_once {
                <p class="snapshot-saved" role="status">{ format!("Snapshot saved on {date}. Reassess in a few months and save another: this section will then show what changed since.") }</p>
            } else {
                <p class="no-print">{ "Save today’s answers as a snapshot, then reassess in a few months to see what has changed." }</p>
            }
            if rows.len() > 1 {
                { changes(&rows) }
                <div class="trend-charts">
                    for (i, spread) in GUIDE.spreads.iter().enumerate() {
                        { trend(spread.short_title, spread.number, &rows, i) }
                    }
                </div>
                <details class="trend-table">
                    <summary>{ "The scores at each snapshot, as a table" }</summary>
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
                </details>
            }
            <button type="button" class="button" onclick={snapshot}>{ "Save today’s snapshot" }</button>
        </section>
    }
}

/// "Trust 2.9 → 3.1 since 1 September 2026", for each topic scored both
/// at the last two points (the last snapshot and now, or the last two
/// snapshots when nothing changed since).
fn changes(rows: &[(String, Scores)]) -> Html {
    let [.., (since, then), (last, now)] = rows else {
        return html! {};
    };
    let when = if last == "Now" { format!("since {since}") } else { format!("from {since} to {last}") };
    html! {
        <ul class="trend-changes">
            for (spread, (was, is)) in GUIDE.spreads.iter().zip(then.spreads.iter().zip(&now.spreads)) {
                if let (Some(was), Some(is)) = (was.mean, is.mean) {
                    <li>{ format!("{} {} → {} {when}", spread.short_title, Fixed(was, 1), Fixed(is, 1)) }</li>
                }
            }
        </ul>
    }
}

/// One topic's score at each snapshot and now, as a line on the rating scale:
/// readable from two points to the 121 a partnership can keep.
fn trend(title: &'static str, number: u8, rows: &[(String, Scores)], topic: usize) -> Html {
    const W: f32 = 200.0;
    const H: f32 = 60.0;
    let step = W / (rows.len() - 1).max(1) as f32;
    let points: Vec<(f32, f32)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, (_, s))| s.spreads[topic].mean.map(|m| (i as f32 * step, H - on_scale(m) * H)))
        .collect();
    let line: String = points.iter().map(|&(x, y)| format!("{},{} ", Fixed(x, 1), Fixed(y, 1))).collect();
    let first = rows.iter().find_map(|(date, s)| s.spreads[topic].mean.map(|m| (date, m)));
    let last = rows.last().and_then(|(_, s)| s.spreads[topic].mean);
    let summary = match (first, last) {
        (Some((date, from)), Some(to)) => format!("{title}: {} on {date}, {} now", Fixed(from, 1), Fixed(to, 1)),
        _ => format!("{title}: not scored at each snapshot"),
    };
    html! {
        <figure class={classes!("trend", format!("accent-{number}"))}>
            <figcaption>{ title }{ last.map(|m| format!(" · {} now", Fixed(m, 1))).unwrap_or_default() }</figcaption>
            <svg viewBox="-4 -4 208 68" role="img" aria-label={summary}>
                <line class="trend-mid" x1="0" y1="30" x2="200" y2="30" />
                <polyline class="trend-line" points={line} />
                if let Some(&(x, y)) = points.last() {
                    <circle class="trend-now" cx={Fixed(x, 1).to_string()} cy={Fixed(y, 1).to_string()} r="3" />
                }
            </svg>
        </figure>
    }
}
