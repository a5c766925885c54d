//! The person's data: export as JSON or CSV, import, and delete everything.

use yew::prelude::*;

use super::forms::picked_file;
use crate::assessment::export::to_csv;
use crate::assessment::store;
use crate::browser::{files, page, startup};
use crate::state::{Action, Notice};
use crate::ui::context::{use_app, use_navigator, use_storage};

#[component]
pub fn DataPanel() -> Html {
    let h = use_navigator().headings;
    crate::ui::render_count::count("DataPanel");
    let state = use_app();
    let storage = use_storage();
    let message = use_state(|| None::<(bool, String)>);
    let export_json = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = files::download("collaboration-assessments.json", "application/json", &state.store.to_json());
        })
    };
    let export_csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let _ =
                files::download("collaboration-results.csv", "text/csv;charset=utf-8", &to_csv(state.store.current()));
        })
    };
    let import = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |e: Event| {
            let Some(file) = picked_file(&e) else { return };
            let (state, message) = (state.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = files::read_text(file)
                    .await
                    .and_then(|text| store::import(&state.store, store::read(&text)))
                    .map(|(theirs, told)| {
                        state.dispatch(Action::Merge { theirs, save: true });
                        told
                    });
                message.set(Some(match outcome {
                    Ok(text) => (false, text),
                    Err(text) => (true, text),
                }));
            });
        })
    };
    let delete_all = {
        let (dispatch, message) = (state.dispatcher(), message.clone());
        Callback::from(move |_: MouseEvent| {
            if !page::confirm("Delete all your answers, snapshots and action plans saved by this tool in this browser? This cannot be undone.") {
                return;
            }
            let removed = storage.as_ref().map_or(Ok(()), |s| s.remove_all());
            match removed {
                Ok(()) => {
                    // A reset is not saved: nothing is written until the next answer.
                    dispatch.dispatch(Action::Reset {
                        store: startup::fresh_store(),
                        notice: Some(Notice::info("All your data has been deleted from this browser.")),
                    });
                    message.set(None);
                }
                Err(e) => message.set(Some((true, format!("{} Nothing was deleted.", e.explain())))),
            }
        })
    };
    html! {
        <section class="data-panel">
            <@{h.tag(1)} id="data-heading">{ "Your data" }</@>
            <p>{ "Everything you enter stays in this browser. Export it to keep a copy or move it to another browser." }</p>
            <p class="button-row">
                <button type="button" class="button" onclick={export_json}>{ "Export all data (JSON)" }</button>
                <button type="button" class="button" onclick={export_csv}>{ "Export results (CSV)" }</button>
            </p>
            <p>
                <label for="import-file" class="file-label">{ "Import data from a JSON file exported by this tool" }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={import} />
            </p>
            if let Some((is_error, text)) = (*message).clone() {
                <p class={classes!("form-message", is_error.then_some("form-error"))} role={if is_error { "alert" } else { "status" }}>{ text }</p>
            }
            <p>
                <button type="button" class="button button-danger" onclick={delete_all}>{ "Delete all my data" }</button>
            </p>
        </section>
    }
}
