//! Numbers in the reader's digits through the browser's `Intl`
//! (Arabic-Indic in Arabic, Persian digits in Persian).

use crate::i18n::Locale;

pub fn format_number(n: u32, locale: Locale) -> Option<String> {
    let locales = js_sys::Array::of1(&locale.code().into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()?
        .as_string()
}
