//! In-app links. Standalone, they are plain fragment links (middle-click and
//! "copy link" work); embedded, they navigate inside the widget only, so the
//! host page's URL and history are left alone.

use yew::prelude::*;

use crate::route::Route;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub current: bool,
    pub children: Html,
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    crate::ui::render_count::count("Link");
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let plain_click = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if !navigator.owns_url && plain_click {
                e.prevent_default();
                navigator.navigate.emit(to.clone());
            }
        })
    };
    html! {
        <a href={props.to.to_hash()} class={props.class.clone()} {onclick}
           aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
