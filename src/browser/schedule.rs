//! Yielding to the browser between the steps of start-up, so reading the
//! language files and the first render are separate tasks: on a slow phone
//! neither blocks input (or paint) for long. (Lighthouse counts each task's
//! time over 50 ms as blocking.)

/// Resolves in a new task; at once if there is no window (never in the app).
pub async fn next_task() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window.set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
