//! A link shown as selectable text with a Copy button. Where the clipboard
//! is refused, the text is selected and the person is told how to copy it.

use yew::prelude::*;

use crate::browser::clipboard;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub link: String,
    pub id: AttrValue,
    pub label: AttrValue,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    crate::ui::render_count::count("CopyLink");
    let field = use_node_ref();
    let status = use_state(|| None::<&'static str>);
    let select = {
        let field = field.clone();
        move || {
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
    };
    let copy = {
        let (link, status, select) = (props.link.clone(), status.clone(), select.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, status, select) = (link.clone(), status.clone(), select.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy(&link).await {
                    status.set(Some("Link copied."));
                } else {
                    select();
                    status.set(Some("This browser did not let the page copy. The link is selected: press Ctrl+C (or ⌘C) to copy it."));
                }
            });
        })
    };
    let on_focus = Callback::from(move |_: FocusEvent| select());
    html! {
        <div class="copy-link">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="copy-link-row">
                <input id={props.id.clone()} ref={field} type="text" readonly=true value={props.link.clone()} onfocus={on_focus} />
                <button type="button" class="button" onclick={copy}>{ "Copy link" }</button>
            </div>
            <p class="copy-status" role="status">{ status.unwrap_or("") }</p>
        </div>
    }
}
