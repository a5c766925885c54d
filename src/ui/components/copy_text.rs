//! Text to copy (a link, an agenda) shown as selectable text with a Copy
//! button. Where the clipboard is refused, the text is selected and the
//! person is told how to copy it.

use yew::prelude::*;

use crate::browser::clipboard;

#[derive(Properties, PartialEq)]
pub struct CopyTextProps {
    pub text: String,
    pub id: AttrValue,
    pub label: AttrValue,
    /// The button's words ("Copy link").
    pub button: AttrValue,
    /// Shown as several lines (a textarea) rather than one.
    #[prop_or_default]
    pub multiline: bool,
}

#[component]
pub fn CopyText(props: &CopyTextProps) -> Html {
    crate::ui::render_count::count("CopyText");
    let field = use_node_ref();
    let status = use_state(|| None::<&'static str>);
    let select = {
        let field = field.clone();
        move || {
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
                area.select();
            }
        }
    };
    let copy = {
        let (text, status, select) = (props.text.clone(), status.clone(), select.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, status, select) = (text.clone(), status.clone(), select.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy(&text).await {
                    status.set(Some("Copied."));
                } else {
                    select();
                    status.set(Some("This browser did not let the page copy. The text is selected: press Ctrl+C (or ⌘C) to copy it."));
                }
            });
        })
    };
    let on_focus = Callback::from(move |_: FocusEvent| select());
    html! {
        <div class="copy-link">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="copy-link-row">
                if props.multiline {
                    <textarea id={props.id.clone()} ref={field} readonly=true rows="8" value={props.text.clone()} onfocus={on_focus} />
                } else {
                    <input id={props.id.clone()} ref={field} type="text" readonly=true value={props.text.clone()} onfocus={on_focus} />
                }
                <button type="button" class="button" onclick={copy}>{ props.button.clone() }</button>
            </div>
            <p class="copy-status" role="status">{ status.unwrap_or("") }</p>
        </div>
    }
}
