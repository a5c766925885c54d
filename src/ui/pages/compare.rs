//! Partners' shared results side by side: scores per topic, where views
//! diverge most, and an overall agreement figure.

use yew::prelude::*;

use crate::assessment::statements;
use crate::content::GUIDE;
use crate::number::Fixed;
use crate::route::Route;
use crate::share::compare::{MAX_PARTNERS, MIN_PARTNERS};
use crate::share::links::{add_to, payloads_in};
use crate::share::{compare, decode, encode, Shared};
use crate::ui::components::{input_value, CopyLink};
use crate::ui::context::{use_app, use_focus_on_arrival, use_navigator, Navigator};

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub payloads: Vec<String>,
    pub focus: bool,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    crate::ui::render_count::count("ComparePage");
    let heading = use_focus_on_arrival(props.focus);
    let state = use_app();
    let navigator = use_navigator();
    let pasted = use_state(String::new);
    let message = use_state(|| None::<String>);
    let go = {
        let navigator = navigator.clone();
        move |list: Vec<String>| navigator.navigate.emit(Route::Compare(list))
    };

    let decoded: Vec<(String, Result<Shared, &'static str>)> = props
        .payloads
        .iter()
        .map(|p| (p.clone(), decode(p).map_err(|e| e.explain())))
        .collect();
    let valid: Vec<(String, Shared)> = decoded
        .iter()
        .filter_map(|(p, r)| r.as_ref().ok().map(|s| (p.clone(), s.clone())))
        .collect();
    let names: Vec<String> = valid
        .iter()
        .enumerate()
        .map(|(i, (_, s))| {
            s.label
                .clone()
                .unwrap_or_else(|| format!("Partner {}", i + 1))
        })
        .collect();

    let add = {
        let (pasted, message, go, current) = (
            pasted.clone(),
            message.clone(),
            go.clone(),
            props.payloads.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = payloads_in(&pasted);
            if found.is_empty() {
                message.set(Some("Paste one or more results links first.".into()));
                return;
            }
            let (list, left_out) = add_to(&current, found);
            message.set((left_out > 0).then(|| {
                format!("A comparison can hold up to {MAX_PARTNERS} links; the rest were left out.")
            }));
            pasted.set(String::new());
            go(list);
        })
    };
    let add_mine = {
        let (state, go, current) = (state.clone(), go.clone(), props.payloads.clone());
        Callback::from(move |_: MouseEvent| {
            let mine = encode(&state.store.current().current_answers(), None);
            go(add_to(&current, vec![mine]).0);
        })
    };
    let remove = |index: usize| {
        let (go, current) = (go.clone(), props.payloads.clone());
        Callback::from(move |_: MouseEvent| {
            let mut list = current.clone();
            list.remove(index);
            go(list);
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(input_value(&e.into())))
    };

    html! {
        <div class="compare">
            <h1 tabindex="-1" ref={heading}>{ "Compare partners’ views" }</h1>
            <p>
                { "Success can mean different things to different partners. Ask each partner to share their results link, \
                   add the links here, and see where your views differ: that is where the useful conversation starts." }
            </p>
            <p class="notice">
                { "Links carry ratings only, no names. Even so, in a small group people may recognise each other’s answers: agree how you will use the comparison before you share it." }
            </p>
            <form class="compare-add" onsubmit={add}>
                <label for="compare-paste">{ format!("Paste results links, one per line ({MIN_PARTNERS} to {MAX_PARTNERS} in all)") }</label>
                <textarea id="compare-paste" rows="3" value={(*pasted).clone()} oninput={on_paste} />
                <p class="button-row">
                    <button type="submit" class="button">{ "Add links" }</button>
                    <button type="button" class="button" onclick={add_mine}>{ "Add my own results" }</button>
                </p>
                if let Some(text) = (*message).clone() {
                    <p class="form-message form-error" role="alert">{ text }</p>
                }
            </form>
            if !decoded.is_empty() {
                <h2>{ "Links in this comparison" }</h2>
                <ol class="compare-links">
                    for (i, (_, result)) in decoded.iter().enumerate() {
                        <li>
                            {
                                match result {
                                    Ok(shared) => html! { <span>{ shared.label.clone().unwrap_or_else(|| "Unlabelled results".into()) }</span> },
                                    Err(why) => html! { <span class="form-error">{ format!("This link cannot be used: {why}") }</span> },
                                }
                            }
                            { " " }
                            <button type="button" class="link-button" onclick={remove(i)}>
                                { "Remove" }<span class="visually-hidden">{ format!(" link {}", i + 1) }</span>
                            </button>
                        </li>
                    }
                </ol>
            }
            if valid.len() >= MIN_PARTNERS {
                { comparison(&valid, &names, &navigator) }
            } else {
                <p>{ format!("Add at least {MIN_PARTNERS} valid links to see the comparison.") }</p>
            }
        </div>
    }
}

fn comparison(valid: &[(String, Shared)], names: &[String], navigator: &Navigator) -> Html {
    let answers: Vec<_> = valid.iter().map(|(_, s)| s.answers.clone()).collect();
    let result = compare(&answers);
    let route = Route::Compare(valid.iter().map(|(p, _)| p.clone()).collect());
    let link = navigator.shareable_url(&route);
    html! {
        <>
            <h2>{ "Agreement" }</h2>
            <p class="overall">
                { match result.agreement {
                    Some(a) => format!("Overall agreement: {} % (100 % means everyone gave every shared statement the same rating).", Fixed(a, 0)),
                    None => "No statement has been rated by two or more partners yet.".to_string(),
                } }
            </p>
            <h2>{ "Scores by topic" }</h2>
            <div class="table-scroll">
                <table class="score-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Topic" }</th>
                            for name in names { <th scope="col">{ name.clone() }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        for (i, spread) in GUIDE.spreads.iter().enumerate() {
                            <tr>
                                <th scope="row">{ spread.short_title }</th>
                                for scores in result.scores.iter() {
                                    <td>{ scores.spreads[i].mean.map_or("–".into(), |m| Fixed(m, 1).to_string()) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <h2>{ "Where views differ most" }</h2>
            <div class="table-scroll">
                <table class="score-table divergence">
                    <thead>
                        <tr>
                            <th scope="col">{ "Statement" }</th>
                            for name in names { <th scope="col">{ name.clone() }</th> }
                            <th scope="col">{ "Lowest" }</th>
                            <th scope="col">{ "Highest" }</th>
                            <th scope="col">{ "Apart by" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for item in result.items.iter() {
                            <tr data-statement={item.node}>
                                <th scope="row">{ statements::for_node(item.node).map_or("", |s| s.text) }</th>
                                for rating in item.ratings.iter() {
                                    <td>{ rating.map_or("–".to_string(), |r| r.to_string()) }</td>
                                }
                                <td>{ item.lowest }</td>
                                <td>{ item.highest }</td>
                                <td class="gap">{ item.range() }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <h2>{ "Share this comparison" }</h2>
            <CopyLink {link} id="compare-link" label="Link to this comparison" />
        </>
    }
}
