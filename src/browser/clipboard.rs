//! Copying text. The clipboard API may be refused (permissions, insecure
//! context, an iframe without clipboard-write): callers then show the text
//! selected for the person to copy themselves.

/// True when the text reached the clipboard.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older browsers have no clipboard object at all.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
