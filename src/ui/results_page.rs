//! Results: scores per spread as a chart and a table, what to work on next,
//! the action plan, scores over time, and the person's data.

use yew::prelude::*;

use super::app::AppContext;
use super::data_panel::DataPanel;
use super::forms::input_value;
use super::link::Link;
use super::partnership::PartnershipPicker;
use super::plan_toggle::PlanToggle;
use super::questionnaire::progress;
use super::share_section::ShareSection;
use super::use_focus_on_arrival;
use crate::assessment::{
    score, scoring, statements, weakest, ActionItem, Answers, Scores, SpreadScore,
};
use crate::browser::{clock, page};
use crate::chart;
use crate::content::GUIDE;
use crate::number::{px, Fixed};
use crate::route::Route;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    pub focus: bool,
}

#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let heading = use_focus_on_arrival(props.focus);
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let assessment = state.store.current();
    let answers = assessment.current_answers();
    let scores = score(&answers);
    html! {
        <div class="results">
            <h1 tabindex="-1" ref={heading}>{ "Your results" }</h1>
            <PartnershipPicker />
            { progress(scores.answered, scores.total, "All statements answered", html! { format!("{} of {} answered", scores.answered, scores.total) }) }
            <p class="overall">
                { "Overall: " }
                <strong>{ scores.overall.map_or("not yet scored".to_string(), |m| format!("{} out of 5 ({} %)", Fixed(m, 1), Fixed(scoring::percent(m), 0))) }</strong>
            </p>
            { scores_section(&scores) }
            { work_on_next(&answers, true) }
            <ActionPlan />
            <ShareSection answers={answers} />
            <OverTime />
            <DataPanel />
        </div>
    }
}

/// The five spreads' scores as a radar chart and, with the same figures, a table.
pub fn scores_section(scores: &Scores) -> Html {
    html! {
        <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ "Scores by topic" }</h2>
            <p class="hint">{ "A topic shows a band once at least half of its statements are rated: strength from 4.0, developing from 3.0, priority below 3.0. “Don’t know” answers are not scored." }</p>
            <div class="scores-layout">
                { radar(scores) }
                { score_table(scores) }
            </div>
        </section>
    }
}

pub fn band_badge(s: &SpreadScore) -> Html {
    match s.band {
        Some(band) => html! {
            <span class={classes!("band", band.class())}><span aria-hidden="true">{ band.icon() }</span>{ " " }{ band.label() }</span>
        },
        None => html! { <span class="band band-none">{ "Not enough answers" }</span> },
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

fn score_table(scores: &Scores) -> Html {
    html! {
        <div class="table-scroll">
        <table class="score-table">
            <caption class="visually-hidden">{ "Scores by topic" }</caption>
            <thead>
                <tr><th scope="col">{ "Topic" }</th><th scope="col">{ "Answered" }</th><th scope="col">{ "Score (1–5)" }</th><th scope="col">{ "Band" }</th></tr>
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
                                <td>{ format!("{} of {}", s.answered, s.total) }</td>
                                <td>
                                    <span class="score-bar" aria-hidden="true">
                                        <meter min="0" max="100" value={Fixed(s.percent().unwrap_or(0.0), 0).to_string()}></meter>
                                    </span>
                                    { s.mean.map_or("–".to_string(), |m| format!("{} ({} %)", Fixed(m, 1), Fixed(scoring::percent(m), 0))) }
                                </td>
                                <td>{ band_badge(s) }</td>
                            </tr>
                        }
                    }}
                }
            </tbody>
        </table>
        </div>
    }
}

/// The lowest-rated items with the guide's advice and a way into the
/// diagram; `editable` offers "add to action plan" (not for someone else's
/// shared results).
pub fn work_on_next(answers: &Answers, editable: bool) -> Html {
    let items = weakest(answers, 5);
    html! {
        <section aria-labelledby="next-heading">
            <h2 id="next-heading">{ "What to work on next" }</h2>
            if items.is_empty() {
                <p>{ "Nothing rated 3 or below yet. Rate more statements, or keep up the good work." }</p>
            } else {
                <ol class="next-list">
                    for (node_id, rating) in items {
                        { next_item(node_id, rating, editable) }
                    }
                </ol>
            }
        </section>
    }
}

/// One weak item: our statement, the guide's advice, and what to do with it.
fn next_item(node_id: &'static str, rating: u8, editable: bool) -> Html {
    let Some((spread, node)) = GUIDE.node(node_id) else {
        return html! {};
    };
    let statement = statements::for_node(node_id).map_or("", |s| s.text);
    html! {
        <li class={format!("accent-{}", spread.number)}>
            <p class="next-statement"><strong>{ statement }</strong>{ format!(" Rated {rating} of 5.") }</p>
            <p class="next-advice">
                <span class="next-advice-label">{ "The guide advises: " }</span>
                { node.numbered_label() }
                if let Some(text) = node.text { { " — " }{ text } }
            </p>
            <p class="next-links">
                <Link to={Route::Spread { slug: spread.slug, node: Some(node_id) }}>
                    { format!("See it in the {} diagram", spread.short_title) }
                </Link>
                if editable {
                    <PlanToggle node={node_id} />
                }
            </p>
        </li>
    }
}

/// Marked items with a note, a role (not a name) and a target date.
#[component]
fn ActionPlan() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let assessment = state.store.current();
    let planned: Vec<(&'static str, ActionItem)> = statements::STATEMENTS
        .iter()
        .filter_map(|s| assessment.action(s.node).map(|a| (s.node, a.clone())))
        .collect();
    let print = Callback::from(|_: MouseEvent| page::print());
    html! {
        <section class="action-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ "Your action plan" }</h2>
            if planned.is_empty() {
                <p>{ "Add items from “What to work on next” or from any statement’s panel in a diagram." }</p>
            } else {
                <ul class="plan-list">
                    for (node, item) in planned {
                        <li><PlanItem {node} {item} /></li>
                    }
                </ul>
                <button type="button" class="button" onclick={print}>{ "Print results and plan" }</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlanItemProps {
    node: &'static str,
    item: ActionItem,
}

#[component]
fn PlanItem(props: &PlanItemProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let node = props.node;
    let statement = statements::for_node(node).map_or("", |s| s.text);
    let update = |edit: fn(&mut ActionItem, String)| {
        let (dispatch, item) = (state.dispatcher(), props.item.clone());
        Callback::from(move |e: Event| {
            let value = input_value(&e);
            let mut item = item.clone();
            edit(&mut item, value);
            dispatch.dispatch(Action::SetAction {
                node,
                item: Some(item),
                at: clock::now_ms(),
            });
        })
    };
    let remove = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SetAction {
                node,
                item: None,
                at: clock::now_ms(),
            })
        })
    };
    let id = |field: &str| format!("plan-{field}-{}", node.replace('.', "-"));
    use crate::assessment::store::limits;
    html! {
        <div class="plan-item">
            <p class="plan-statement"><strong>{ statement }</strong></p>
            <div class="plan-fields">
                <label for={id("note")}>{ "What we will do" }</label>
                <textarea id={id("note")} maxlength={limits::NOTE_CHARS.to_string()} rows="2"
                          value={props.item.note.clone()} onchange={update(|i, v| i.note = v)} />
                <label for={id("role")}>{ "Who leads it (a role, not a name)" }</label>
                <input id={id("role")} type="text" maxlength={limits::ROLE_CHARS.to_string()} autocomplete="off"
                       value={props.item.role.clone()} onchange={update(|i, v| i.role = v)} />
                <label for={id("due")}>{ "Target date" }</label>
                <input id={id("due")} type="date" value={props.item.due.clone()} onchange={update(|i, v| i.due = v)} />
            </div>
            <button type="button" class="link-button" onclick={remove}>
                { "Remove from plan" }<span class="visually-hidden">{ format!(": {statement}") }</span>
            </button>
        </div>
    }
}

/// Dated snapshots: each spread's score over time.
#[component]
fn OverTime() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let assessment = state.store.current();
    let snapshot = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::TakeSnapshot {
                today: clock::today(),
            })
        })
    };
    let rows: Vec<(String, Scores)> = assessment
        .snapshots
        .iter()
        .map(|s| (s.date.clone(), score(&s.answers)))
        .chain(std::iter::once((
            "Now".to_string(),
            score(&assessment.current_answers()),
        )))
        .collect();
    html! {
        <section aria-labelledby="time-heading">
            <h2 id="time-heading">{ "Over time" }</h2>
            <p>{ "Save today’s answers as a snapshot, then reassess in a few months to see what has changed." }</p>
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
