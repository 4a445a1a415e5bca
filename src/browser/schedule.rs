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

/// Resolves after the next paint has been shown: in a task of its own
/// that starts in the frame after it. Not the same frame's timeout: the
/// paint is shown (and its Largest Contentful Paint stamped) only after the
/// main thread's paint step, and a task started between the two is counted
/// before it (Lighthouse's simulation added such a task, 4× slowed, to the
/// result's LCP: 2.59 s against 2.45–2.55 s; docs/performance.md). At once
/// if there is no window.
pub async fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _reject| {
            let _ = window.request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    }
    next_task().await;
}
