//! Offline support: the service worker (public/sw.js) and the browser's
//! online/offline state.

use wasm_bindgen::prelude::*;

/// Registers the service worker. Failure is harmless: the app then simply
/// needs the network, as any web page does.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            leptos::logging::warn!("service worker not registered: {e:?}");
        }
    });
}

pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `on_change(online)` whenever the connection comes or goes.
pub fn on_change(on_change: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = std::rc::Rc::new(on_change);
    for (event, online) in [("online", true), ("offline", false)] {
        let cb = callback.clone();
        let closure = Closure::<dyn Fn()>::new(move || cb(online));
        let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        closure.forget();
    }
}
