//! Small view pieces shared by several views: progress, a score summary
//! and a band badge. Plain functions, not components: they hold no state.

use yew::prelude::*;

use crate::assessment::{Band, SpreadScore};
use crate::number::Fixed;

/// Progress as a bar and as `text`.
pub fn progress(answered: usize, total: usize, label: &str, text: Html) -> Html {
    html! {
        <p class="progress">
            <progress max={total.to_string()} value={answered.to_string()} aria-label={label.to_string()}></progress>
            <span>{ text }</span>
        </p>
    }
}

/// "4 of 9 answered · score 3.5 · Developing": the score appears once an
/// item is rated, the band once enough are (`scoring::BAND_NEEDS_RATED`).
pub fn score_summary(score: &SpreadScore) -> Html {
    html! {
        <>
            { format!("{} of {} answered", score.answered, score.total) }
            if let Some(mean) = score.mean {
                { format!(" · score {}", Fixed(mean, 1)) }
            }
            if let Some(b) = score.band {
                { " · " }{ band(b) }
            }
        </>
    }
}

/// A band as its icon and word (shape and text, never colour alone).
pub fn band(band: Band) -> Html {
    html! {
        <span class={classes!("band", band.class())}><span aria-hidden="true">{ band.icon() }</span>{ " " }{ band.label() }</span>
    }
}

/// A spread's band, or that there are not enough answers for one.
pub fn band_badge(s: &SpreadScore) -> Html {
    match s.band {
        Some(b) => band(b),
        None => html! { <span class="band band-none">{ "Not enough answers" }</span> },
    }
}
