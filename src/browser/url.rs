//! The address bar holds the whole journey (the answers in the fragment, the
//! preferences in the query; see `url_state`), so back/forward, reload and
//! shared links work, nothing is stored, and no answer is ever sent.

use wasm_bindgen::prelude::*;

/// The query and the fragment of the address: `?lang=sv#errand=forms`.
pub fn current_address() -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    format!(
        "{}{}",
        part(web_sys::Location::search),
        part(web_sys::Location::hash)
    )
}

/// The query string alone (`?kiosk=1`), for settings the app reads once.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The path plus the address suffix, so a suffix with only a fragment also
/// drops an old query (with answers in it) from the address bar.
fn target(address: &str) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".into());
    format!("{path}{address}")
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

/// Calls `on_change` with the new address on back/forward (and on an edited
/// fragment, which also fires popstate). The listener lives as long as the
/// page.
pub fn on_pop(on_change: impl Fn(String) + 'static) {
    let closure = Closure::<dyn Fn()>::new(move || on_change(current_address()));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    }
    closure.forget();
}

/// The absolute address of a state on this page, for sharing and QR codes.
pub fn absolute(address: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return address.to_string();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{address}")
}

/// A `mailto:` address with a subject and body, each encoded as a URI
/// component (the platform's encoder, so every character is safe).
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    format!(
        "mailto:{address}?subject={}&body={}",
        enc(subject),
        enc(body)
    )
}
