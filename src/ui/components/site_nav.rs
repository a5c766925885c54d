//! The navigation between views: those the page offers, in the order
//! `Route::navigation` declares, the current one marked.

use yew::prelude::*;

use super::link::Link;
use crate::browser::page;
use crate::content::GUIDE;
use crate::route::Route;
use crate::ui::context::use_navigator;

#[derive(Properties, PartialEq)]
pub struct SiteNavProps {
    pub current: Route,
    /// The widget's name, when a page embeds several.
    pub label: Option<AttrValue>,
    /// A review invitation opened in this visit: listed last, to lead back.
    #[prop_or_default]
    pub invitation: Option<AttrValue>,
}

#[component]
pub fn SiteNav(props: &SiteNavProps) -> Html {
    crate::ui::render_count::count("SiteNav");
    let navigator = use_navigator();
    // On a phone or in a sidebar the line scrolls sideways: keep the
    // current view in sight, and show at either end that it continues.
    let (nav, list) = (use_node_ref(), use_node_ref());
    {
        let (nav, list) = (nav.clone(), list.clone());
        // After the frame: reading positions lays the page out at once.
        use_effect_with(props.current.view_name(), move |_| {
            let pending = page::after_next_paint(move || {
                page::scroll_current_into_line(&list);
                page::mark_overflow(&nav, &list);
            });
            move || drop(pending)
        });
    }
    {
        let (nav, list) = (nav.clone(), list.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "resize", move |_| page::mark_overflow(&nav, &list)));
            move || drop(listener)
        });
    }
    let onscroll = {
        let (nav, list) = (nav.clone(), list.clone());
        Callback::from(move |_: Event| page::mark_overflow(&nav, &list))
    };
    // For a pointer: the keyboard reaches every link, and a focused link
    // scrolls itself into view.
    let step = |towards: i32| {
        let list = list.clone();
        Callback::from(move |_: MouseEvent| page::scroll_line(&list, towards))
    };
    let label = props.label.as_ref().map_or("Guide".to_string(), |l| format!("{l}: guide"));
    html! {
        <nav class="site-nav" aria-label={label} ref={nav.clone()}>
            <button type="button" class="nav-scroll nav-scroll-before" tabindex="-1" aria-hidden="true" onclick={step(-1)}>{ "‹" }</button>
            <ul ref={list.clone()} {onscroll}>
                for (route, text) in Route::navigation().into_iter().filter(|(r, _)| navigator.offers(r)) {
                    <li>
                        <Link to={route.clone()} current={route.same_view(&props.current)}>
                            if let Some(spread) = GUIDE.spread(route.view_name()) {
                                <span class="nav-number" aria-hidden="true">{ spread.number }</span>
                                // A phone shows the numbers only, on one line.
                                <span class="nav-topic">{ text }</span>
                            } else {
                                { text }
                            }
                        </Link>
                    </li>
                }
                if let Some(payload) = &props.invitation {
                    <li>
                        <Link to={Route::Invite(payload.to_string())} current={matches!(props.current, Route::Invite(_))}>{ "Your invitation" }</Link>
                    </li>
                }
            </ul>
            <button type="button" class="nav-scroll nav-scroll-after" tabindex="-1" aria-hidden="true" onclick={step(1)}>{ "›" }</button>
        </nav>
    }
}
