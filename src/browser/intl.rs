//! Numbers in the reader's digits through the browser's `Intl`
//! (Arabic-Indic in Arabic, Persian digits in Persian).

use vagvisare_domain::locale::Locale;

pub fn format_number(n: u32, locale: Locale) -> Option<String> {
    let locales = js_sys::Array::of1(&locale.code().into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()?
        .as_string()
}

/// A date of the data ("2025-05-30", or "2025-05" for a month) in the
/// reader's language and digits, through `Intl.DateTimeFormat`. `None` when
/// the text is not such a date or the browser has no data for the language
/// (it would answer in another one): the caller then shows the ISO form,
/// which every reader can parse.
pub fn format_date(iso: &str, locale: Locale) -> Option<String> {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let parts: Vec<u32> = iso
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (year, month, day) = match parts.as_slice() {
        [y, m] => (*y, *m, None),
        [y, m, d] => (*y, *m, Some(*d)),
        _ => return None,
    };
    let millis = js_sys::Date::utc(f64::from(year), f64::from(month.checked_sub(1)?));
    let date = js_sys::Date::new(&JsValue::from_f64(
        millis + f64::from(day.unwrap_or(1) - 1) * 86_400_000.0,
    ));
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| Reflect::set(&options, &k.into(), &v.into()).ok();
    set("timeZone", "UTC")?;
    set("year", "numeric")?;
    set("month", "long")?;
    if day.is_some() {
        set("day", "numeric")?;
    }
    let locales = js_sys::Array::of1(&locale.code().into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let resolved = Reflect::get(&format.resolved_options(), &"locale".into())
        .ok()?
        .as_string()?;
    if !resolved.starts_with(locale.code()) {
        return None;
    }
    format
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()?
        .as_string()
}
