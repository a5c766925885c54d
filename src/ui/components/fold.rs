//! A part of a topic kept one tap away in a narrow embedded widget (a
//! sidebar, a table cell): the introduction, the voices, the statements.
//! In a wider widget the styles show every part and hide the summary
//! (`.fold` in main.css), so only a narrow widget is shortened. Which parts
//! the reader opened is kept for the widget's namespace, so it stays as
//! they left it from topic to topic and after a reload.

use yew::prelude::*;

use crate::ui::context::Services;

/// The setting that lists the open parts, by name.
const OPEN_FOLDS: &str = "open-folds";

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// Which part: "intro", "voices", "questionnaire", "sources".
    pub name: &'static str,
    /// What the summary says (what opening it shows).
    pub summary: AttrValue,
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let storage = use_context::<Services>().and_then(|s| s.storage);
    let name = props.name;
    let open = {
        let storage = storage.clone();
        use_state_eq(move || is_open(storage.as_ref().and_then(|s| s.setting(OPEN_FOLDS)).as_deref(), name))
    };
    // The summary's click (or Enter, Space) decides, not the browser's own
    // toggle: the state is ours, and kept.
    let onclick = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let now = !*open;
            if let Some(storage) = &storage {
                let kept = storage.setting(OPEN_FOLDS);
                storage.keep_setting(OPEN_FOLDS, &with(kept.as_deref(), name, now));
            }
            open.set(now);
        })
    };
    html! {
        <details class={classes!("fold", format!("fold-{name}"))} open={*open}>
            <summary class="fold-summary" {onclick}>{ props.summary.clone() }</summary>
            { props.children.clone() }
        </details>
    }
}

/// Whether `name` is among the comma-separated open parts.
fn is_open(kept: Option<&str>, name: &str) -> bool {
    kept.unwrap_or_default().split(',').any(|n| n == name)
}

/// The open parts with `name` opened or closed.
fn with(kept: Option<&str>, name: &str, open: bool) -> String {
    let mut names: Vec<&str> = kept.unwrap_or_default().split(',').filter(|n| !n.is_empty() && *n != name).collect();
    if open {
        names.push(name);
    }
    names.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_parts_are_kept_by_name() {
        assert!(!is_open(None, "intro"));
        let kept = with(None, "intro", true);
        let kept = with(Some(&kept), "questionnaire", true);
        assert_eq!(kept, "intro,questionnaire");
        assert!(is_open(Some(&kept), "questionnaire"));
        assert_eq!(with(Some(&kept), "intro", false), "questionnaire");
        assert_eq!(with(Some("intro"), "intro", true), "intro", "no duplicate");
    }
}
