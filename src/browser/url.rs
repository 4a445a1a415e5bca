//! The address bar holds the whole journey (query string, sorted keys), so
//! back/forward, reload and shared links work and nothing is stored.

use wasm_bindgen::prelude::*;

pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn target(query: &str) -> String {
    if query.is_empty() {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "./".into())
    } else {
        query.to_string()
    }
}

pub fn push(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&target(query)));
    }
}

pub fn replace(query: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&target(query)));
    }
}

/// Moves through the session history (negative: back).
pub fn go(delta: i32) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.go_with_delta(delta);
    }
}

/// Calls `on_change` with the new query on back/forward. The listener lives
/// as long as the page.
pub fn on_pop(on_change: impl Fn(String) + 'static) {
    let closure = Closure::<dyn Fn()>::new(move || on_change(current_query()));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    }
    closure.forget();
}

/// The absolute address of a query on this page, for sharing and QR codes.
pub fn absolute(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return query.to_string();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{query}")
}
