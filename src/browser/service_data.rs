//! Fetches the service-data JSON (a static asset, so the data can be updated
//! without recompiling) and validates it with the domain's parser.

use vagvisare_domain::services::{self, DataError, ServiceData};
use wasm_bindgen::JsCast;

/// Why the service data could not be used; each has its own message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DataFailure {
    Network,
    Malformed,
    WrongSchema,
}

pub const DATA_URL: &str = "data/services.json";

/// The data, and whether it came from the offline cache (so may be old).
pub async fn load(url: &str) -> Result<(ServiceData, bool), DataFailure> {
    let (body, cached) = super::fetch::text_and_source(url).await.map_err(|e| {
        leptos::logging::warn!("service data: {e}");
        DataFailure::Network
    })?;
    checked(url, &body).map(|data| (data, cached))
}

fn checked(url: &str, body: &str) -> Result<ServiceData, DataFailure> {
    services::parse(body).map_err(|e| {
        leptos::logging::warn!("service data ({url}): {e}");
        match e {
            DataError::WrongSchema { .. } => DataFailure::WrongSchema,
            DataError::Malformed(_) | DataError::Invalid(_) => DataFailure::Malformed,
        }
    })
}

/// The data as the boot script fetched it (src/boot-head.js, `vvData`),
/// read with the same checks as [`load`].
pub enum Early {
    /// In already: read at once, so the page's first paint has it.
    Here(Result<(ServiceData, bool), DataFailure>),
    /// On its way: the boot script's promise, `[body, cached]` or `null`
    /// when the fetch failed.
    Coming(js_sys::Promise),
    /// Not fetched by the boot script (a page reached later in the visit),
    /// or taken already.
    None,
}

thread_local! {
    /// What [`read_early`] took from the boot script and read, until
    /// [`take_early`] asks.
    static READ_AHEAD: std::cell::RefCell<Option<Early>> = const { std::cell::RefCell::new(None) };
}

/// Reads what the boot script fetched now, in a task of its own before the
/// first page is drawn, for the page to take at once ([`take_early`]).
/// Read while drawing, the whole file (about 50–110 ms of slowed CPU in the
/// profile, docs/performance.md) made the result's first task the longest
/// of a page opened from a link.
pub fn read_early(url: &str) {
    let early = take_early(url);
    if !matches!(early, Early::None) {
        READ_AHEAD.with(|r| *r.borrow_mut() = Some(early));
    }
}

/// Takes what the boot script fetched (once: a retry fetches anew).
pub fn take_early(url: &str) -> Early {
    use js_sys::Reflect;
    if let Some(early) = READ_AHEAD.with(|r| r.borrow_mut().take()) {
        return early;
    }
    let Some(window) = web_sys::window() else {
        return Early::None;
    };
    let Ok(early) = Reflect::get(&window, &"vvData".into()) else {
        return Early::None;
    };
    let get = |key: &str| Reflect::get(&early, &key.into()).unwrap_or_default();
    if early.is_undefined() {
        return Early::None;
    }
    let _ = Reflect::delete_property(&window.into(), &"vvData".into());
    match get("body").as_string() {
        Some(body) => {
            Early::Here(checked(url, &body).map(|data| (data, get("cached").is_truthy())))
        }
        None => match get("promise").dyn_into::<js_sys::Promise>() {
            Ok(promise) => Early::Coming(promise),
            Err(_) => Early::None,
        },
    }
}

/// Waits until the boot script's fetch of the data (if it made one) has
/// settled, without taking it. A result drawn before then draws its place
/// a task later, which pushes the steps below it down: a layout shift of
/// 0.17 on the Arvika result 412 px wide, whenever the data arrived after
/// the pages chunk (seen served over HTTP/2, where the requests share one
/// connection). The fetch began before the chunk's and is a few KB.
pub async fn early_settled() {
    use js_sys::Reflect;
    let Some(window) = web_sys::window() else {
        return;
    };
    let early = Reflect::get(&window, &"vvData".into()).unwrap_or_default();
    if early.is_undefined() {
        return;
    }
    let promise = Reflect::get(&early, &"promise".into()).unwrap_or_default();
    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
        // It never rejects: a failed fetch settles as null (src/boot-head.js).
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Waits for the boot script's fetch: the data read with the same checks,
/// or `None` when that fetch failed (then the app fetches it itself,
/// [`load`]).
pub async fn coming(
    promise: js_sys::Promise,
    url: &str,
) -> Option<Result<(ServiceData, bool), DataFailure>> {
    let value = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let pair: js_sys::Array = value.dyn_into().ok()?;
    let body = pair.get(0).as_string()?;
    Some(checked(url, &body).map(|data| (data, pair.get(1).is_truthy())))
}
