//! Document-level state a single-page app must keep right by hand:
//! `<html lang dir>`, the title, and where focus goes after a page change.

use wasm_bindgen::JsCast;

/// The language of the text (`lang`: what a screen reader speaks it as),
/// the app's own id of it (`data-locale`: Lättläst and Swedish share
/// `lang="sv"`, and the CSS keys Lättläst's short lines on this) and its
/// direction.
pub fn set_language(lang: &str, code: &str, dir: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("data-locale", code);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Waits for every other page's stylesheet, which the boot script
/// (`src/boot-head.js`) adds from its template; `Err` if it cannot be had.
/// Without that script (the browser tests mount the app with both
/// stylesheets in place) there is nothing to wait for.
pub async fn pages_stylesheet() -> Result<(), ()> {
    let Some(add) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"vvPagesCss".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Ok(());
    };
    let loaded = add
        .call0(&wasm_bindgen::JsValue::NULL)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(loaded)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Marks the page as a kiosk (large targets, no staff controls; CSS).
pub fn set_kiosk_mode() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("kiosk-mode");
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// The page's `<meta name="description">` in the visit's language (the
/// boot script in index.html sets it first).
pub fn set_description(text: &str) {
    let meta = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector("meta[name=\"description\"]")
            .ok()
            .flatten()
    });
    if let Some(meta) = meta {
        let _ = meta.set_attribute("content", text);
    }
}

/// Moves focus to the element, which must be focusable (headings get
/// `tabindex="-1"`), so screen readers start reading the new page there.
pub fn focus_by_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Removes the static loading view of index.html once the app has mounted.
pub fn remove_boot_view() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        el.remove();
    }
}

/// Reveals the static, multilingual failure note in index.html when not even
/// the Swedish texts could be loaded: the phone number is always there. A
/// pre-rendered start page gives way to it (`.boot--failed` in the CSS), as
/// its Start button could lead nowhere.
pub fn show_boot_error() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(boot) = document.as_ref().and_then(|d| d.get_element_by_id("boot")) {
        let _ = boot.class_list().add_1("boot--failed");
    }
    if let Some(el) = document.and_then(|d| d.get_element_by_id("boot-error")) {
        let _ = el.remove_attribute("hidden");
    }
}

/// Opens the browser's print dialog (the print stylesheet makes a handout).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
