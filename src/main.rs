//! Standalone page entry: mounts the app into `#app`, opening the view the
//! URL fragment names.

use collaboration_widget::browser::location;
use collaboration_widget::route::Route;
use collaboration_widget::{App, AppProps};

fn main() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    // The static loading message is replaced by the app.
    root.set_inner_html("");
    let props = AppProps {
        initial: Route::parse(&location::current_hash()),
        embedded: false,
        storage: Some("default".into()),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
