//! The options a lazily loaded module is mounted and updated with
//! (`compare_entry::CompareOptions`, `meeting_entry::MeetingOptions`), as a
//! plain object with a property a field: the module that mounts writes it,
//! the module mounted reads it. Not JSON: a JSON reader is some 13 KB of
//! the comparison module, which reads no other JSON. A property that is
//! missing or of another type reads as the field's default (never
//! expected: the modules are built together, and the build id is checked
//! before mounting).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::compare_entry::{CompareOptions, ModuleView, Place};
use crate::meeting_entry::{MeetingOptions, MeetingView};

/// Options that cross into a module as a plain object.
pub trait ModuleOptions: Sized {
    fn to_js(&self) -> JsValue;
    fn from_js(object: &JsValue) -> Self;
}

impl ModuleOptions for CompareOptions {
    fn to_js(&self) -> JsValue {
        let actions = self.view == ModuleView::Actions;
        let object = shared(&self.place, &self.link, actions, self.focus, &self.store);
        set(&object, "mine", &self.mine.as_str().into());
        set(&object, "drafts", &self.drafts.as_str().into());
        object
    }

    fn from_js(object: &JsValue) -> CompareOptions {
        CompareOptions {
            link: text(object, "link"),
            mine: text(object, "mine"),
            focus: flag(object, "focus"),
            place: place(object),
            drafts: text(object, "drafts"),
            view: if flag(object, "actions") { ModuleView::Actions } else { ModuleView::Compare },
            store: text(object, "store"),
        }
    }
}

impl ModuleOptions for MeetingOptions {
    fn to_js(&self) -> JsValue {
        let actions = self.view == MeetingView::Actions;
        let object = shared(&self.place, &self.link, actions, self.focus, &self.store);
        set(&object, "budget", &self.budget.into());
        set(&object, "notes_prefix", &self.notes_prefix.as_str().into());
        object
    }

    fn from_js(object: &JsValue) -> MeetingOptions {
        MeetingOptions {
            link: text(object, "link"),
            budget: number(object, "budget").map_or(0, |n| n as u32),
            notes_prefix: text(object, "notes_prefix"),
            place: place(object),
            view: if flag(object, "actions") { MeetingView::Actions } else { MeetingView::Meeting },
            focus: flag(object, "focus"),
            store: text(object, "store"),
        }
    }
}

/// A new object holding the fields both options have: the place, the link,
/// whether the view is agreed actions (each module's other view is its
/// default), whether the heading takes focus, and the saved data.
fn shared(place: &Place, link: &str, actions: bool, focus: bool, store: &str) -> JsValue {
    let object = with_place(place);
    set(&object, "link", &link.into());
    set(&object, "actions", &actions.into());
    set(&object, "focus", &focus.into());
    set(&object, "store", &store.into());
    object
}

/// A new object holding `place`'s fields.
fn with_place(place: &Place) -> JsValue {
    let object: JsValue = Object::new().into();
    set(&object, "owns_url", &place.owns_url.into());
    if let Some(views) = &place.views {
        let list: Array = views.iter().map(|v| JsValue::from_str(v)).collect();
        set(&object, "views", &list);
    }
    if let Some(base) = &place.share_base {
        set(&object, "share_base", &base.as_str().into());
    }
    set(&object, "heading_level", &place.heading_level.into());
    object
}

fn place(object: &JsValue) -> Place {
    let views = get(object, "views")
        .filter(Array::is_array)
        .map(|list| Array::from(&list).iter().filter_map(|v| v.as_string()).collect());
    Place {
        owns_url: flag(object, "owns_url"),
        views,
        share_base: get(object, "share_base").and_then(|v| v.as_string()),
        heading_level: number(object, "heading_level").map_or(Place::default().heading_level, |n| n as u8),
    }
}

fn set(object: &JsValue, name: &str, value: &JsValue) {
    // Cannot fail on a plain object made here.
    let _ = Reflect::set(object, &name.into(), value);
}

fn get(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &name.into()).ok()
}

fn text(object: &JsValue, name: &str) -> String {
    get(object, name).and_then(|v| v.as_string()).unwrap_or_default()
}

fn flag(object: &JsValue, name: &str) -> bool {
    get(object, name).and_then(|v| v.as_bool()).unwrap_or(false)
}

fn number(object: &JsValue, name: &str) -> Option<f64> {
    get(object, name).and_then(|v| v.as_f64())
}
