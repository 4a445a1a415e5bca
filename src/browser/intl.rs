//! Numbers in the reader's digits through the browser's `Intl`
//! (Arabic-Indic in Arabic, Persian digits in Persian), because fluent-rs
//! does not localise numbers.

use fluent_bundle::FluentValue;
use intl_memoizer::IntlLangMemoizer;

use crate::i18n::catalog::NumberFormatter;
use crate::i18n::Locale;

pub fn format_number(n: f64, lang: &str) -> Option<String> {
    let locales = js_sys::Array::of1(&lang.into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()?
        .as_string()
}

fn number(value: &FluentValue, lang: &str) -> Option<String> {
    match value {
        FluentValue::Number(n) => format_number(n.value, lang),
        _ => None,
    }
}

// A plain `fn` per locale: Fluent's formatter hook takes no closure.
fn sv(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "sv")
}
fn en(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "en")
}
fn ar(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "ar")
}
fn fa(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "fa")
}
fn so(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "so")
}
fn ti(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    number(v, "ti")
}

pub fn number_formatter(locale: Locale) -> NumberFormatter {
    match locale {
        Locale::Sv => sv,
        Locale::En => en,
        Locale::Ar => ar,
        Locale::Fa => fa,
        Locale::So => so,
        Locale::Ti => ti,
    }
}
