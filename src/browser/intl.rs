//! Numbers (counts, kilometres) in the reader's language through the
//! browser's `Intl`, in the digits the language's texts are written in
//! (`Locale::zero_digit`: Persian digits in Persian, Western digits in every
//! other language). Arabic's digits are asked for in the tag (`-u-nu-latn`):
//! its default has changed between ICU versions (Arabic-Indic on older
//! engines, Western on current ones), and the Arabic texts write 2021.
//!
//! Dates are not written here but by the texts themselves (`date-day` and
//! `date-month`, `ui::places::date_message`): `Intl` writes Persian dates in
//! the Solar Hijri calendar unless told otherwise («۹ خرداد ۱۴۰۴» for 30 May
//! 2025), and Chromium has no Somali or Tigrinya data at all (it answers in
//! American English), so month names from `Intl` would depend on the engine.

use vagvisare_domain::locale::Locale;

/// The tag handed to `Intl`: the language's code, and for Arabic the
/// Western digits its texts use, asked for explicitly (ICU's default for
/// Arabic has changed between versions). The other languages' defaults are
/// already their texts' digits (Persian digits in Persian, Western
/// elsewhere); `tests/browser/dates.rs` checks every language in Chromium.
/// One string, not a table: this is in the first view's download.
pub fn intl_tag(locale: Locale) -> &'static str {
    if locale == Locale::Ar {
        "ar-u-nu-latn"
    } else {
        locale.cldr_tag()
    }
}

thread_local! {
    /// Each language's formatter, made once: making an `Intl.NumberFormat`
    /// costs far more than formatting with it (a result with its places
    /// made one per number: 83–110 ms of its places' task at 4× slowed
    /// CPU, docs/performance.md).
    static FORMATS: std::cell::RefCell<Vec<(Locale, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn format_number(n: u32, locale: Locale) -> Option<String> {
    // Under 1000 no language groups digits, so the number is its digits in
    // the language's own (what `Intl` writes: tests/browser/numbers.rs),
    // and no `Intl.NumberFormat` is made: the page's first one costs about
    // 100 ms at 4× slowed CPU while the engine loads the language's data,
    // inside the task that draws a result with its distances.
    if n < 1000 {
        return Some(locale.digits(n));
    }
    let format = FORMATS.with_borrow_mut(|formats| {
        if let Some((_, f)) = formats.iter().find(|(l, _)| *l == locale) {
            return f.clone();
        }
        let locales = js_sys::Array::of1(&intl_tag(locale).into());
        let f = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        formats.push((locale, f.clone()));
        f
    });
    format
        .call1(&wasm_bindgen::JsValue::NULL, &n.into())
        .ok()?
        .as_string()
}
