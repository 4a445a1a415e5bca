//! Numbers (counts, kilometres) in the reader's language through the
//! browser's `Intl`, in the digits the language's texts are written in
//! (`Locale::zero_digit`: Persian digits in Persian, Western digits in every
//! other language). The digits are asked for explicitly: Arabic's default
//! has changed between ICU versions (Arabic-Indic on older engines, Western
//! on current ones), and the Arabic texts write 2021.
//!
//! Dates are not written here but by the texts themselves (`date-day` and
//! `date-month`, `ui::places::date_message`): `Intl` writes Persian dates in
//! the Solar Hijri calendar unless told otherwise («۹ خرداد ۱۴۰۴» for 30 May
//! 2025), and Chromium has no Somali or Tigrinya data at all (it answers in
//! American English), so month names from `Intl` would depend on the engine.

use vagvisare_domain::locale::Locale;

/// The `Intl` numbering system of the language's digits.
pub fn numbering_system(locale: Locale) -> &'static str {
    match locale.zero_digit() {
        '\u{06F0}' => "arabext",
        _ => "latn",
    }
}

/// `n` in the language's digits and grouping; `None` when the browser has
/// no data for the language or would use other digits (the caller then
/// writes Western digits).
pub fn format_number(n: u32, locale: Locale) -> Option<String> {
    use js_sys::Reflect;
    let digits = numbering_system(locale);
    let tag = format!("{}-u-nu-{digits}", locale.code());
    let options = js_sys::Object::new();
    Reflect::set(&options, &"numberingSystem".into(), &digits.into()).ok()?;
    let format = js_sys::Intl::NumberFormat::new(&js_sys::Array::of1(&tag.into()), &options);
    let resolved = format.resolved_options();
    let get = |key: &str| Reflect::get(&resolved, &key.into()).ok()?.as_string();
    if !get("locale")?.starts_with(locale.code()) || get("numberingSystem")? != digits {
        return None;
    }
    format
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()?
        .as_string()
}
