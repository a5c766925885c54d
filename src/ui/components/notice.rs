//! A message about the person's data (unreadable storage, refused saves),
//! with a download of anything kept aside, until dismissed.

use yew::prelude::*;

use crate::browser::files;
use crate::state::{Action, Notice};
use crate::ui::context::Dispatch;

/// The notice, if any, with its download and a way to dismiss it.
pub fn notice_banner(notice: Option<&Notice>, dispatch: &Dispatch) -> Html {
    let Some(notice) = notice.cloned() else {
        return html! {};
    };
    let dispatch = dispatch.clone();
    let download = notice.backup.clone().map(|raw| {
        Callback::from(move |_: MouseEvent| {
            let _ = files::download("collaboration-backup.json", "application/json", &raw);
        })
    });
    let dismiss = { Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Notify(None))) };
    html! {
        <div class={classes!("notice", notice.is_error.then_some("notice-error"))} role="alert">
            <p>{ notice.text.clone() }</p>
            <p class="notice-actions">
                if let Some(download) = download {
                    <button type="button" class="button" onclick={download}>{ "Download the kept data" }</button>
                }
                <button type="button" class="button button-quiet" onclick={dismiss}>{ "Dismiss" }</button>
            </p>
        </div>
    }
}
