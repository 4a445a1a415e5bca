//! Dates in the browser: the app's own date path (`ui::places::date_message`
//! through the real catalogs, formatter included) writes 30 May 2025 in the
//! Gregorian calendar, with each language's month name and digits; and what
//! this engine's `Intl` would have written instead — the Solar Hijri date in
//! Persian, American English for Somali and Tigrinya (Chromium has no data
//! for them), Arabic-Indic digits when asked for Arabic's old default — is
//! caught by the same check (`tests/common/dates.rs`).

#[path = "../common/dates.rs"]
mod check;

use crate::harness::{catalog, ftl};
use vagvisare::i18n::{strip_isolation, Locale};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

async fn zero(locale: Locale) -> char {
    check::zero_of_text(&ftl(locale, "shell.ftl").await).expect("2021 in one set of digits")
}

#[wasm_bindgen_test]
async fn the_app_writes_30_may_2025_in_the_gregorian_calendar_in_every_language() {
    let mut failures = vec![];
    for locale in Locale::ALL {
        let catalog = catalog(locale).await;
        let digits = zero(locale).await;
        let (id, args) = vagvisare::ui::places::date_message("2025-05-30", locale).unwrap();
        let text = strip_isolation(&catalog.format(id, &args).expect("the date formats"));
        let problems = check::problems(locale, digits, &text, true);
        if !problems.is_empty() {
            failures.push(format!(
                "{}: «{text}»: {}",
                locale.code(),
                problems.join("; ")
            ));
        }
        // Counts beside the dates use the same digits (Intl, asked for them).
        let count = catalog.format("overview-count", &[("count", 290u32.into())]);
        let count = strip_isolation(&count.expect("the count formats"));
        assert!(
            count.contains(&check::in_digits("290", digits)),
            "{}: «{count}»",
            locale.code()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `Intl.DateTimeFormat(tag)` of 30 May 2025, as the app called it before
/// (no calendar or digits asked for), with the calendar and the language
/// the engine resolved.
fn intl(tag: &str) -> (String, String, String) {
    let options = js_sys::Object::new();
    for (k, v) in [
        ("timeZone", "UTC"),
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
    ] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).unwrap();
    }
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&tag.into()), &options);
    let resolved = format.resolved_options();
    let get = |k: &str| {
        js_sys::Reflect::get(&resolved, &k.into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    let date = js_sys::Date::new(&JsValue::from_f64(
        js_sys::Date::utc(2025.0, 4.0) + 29.0 * 86_400_000.0,
    ));
    let text = format
        .format()
        .call1(&JsValue::NULL, &date)
        .unwrap()
        .as_string()
        .unwrap();
    (text, get("calendar"), get("locale"))
}

/// Planted faults from this engine itself: its default Persian date (Solar
/// Hijri), its Arabic-Indic Arabic, its answer for Somali and Tigrinya.
#[wasm_bindgen_test]
async fn the_date_check_catches_what_intl_writes_by_default() {
    let (hijri, calendar, _) = intl("fa");
    assert_eq!(calendar, "persian", "Chromium's default for fa");
    let problems = check::problems(Locale::Fa, zero(Locale::Fa).await, &hijri, true);
    assert!(
        problems.iter().any(|p| p.contains("۲۰۲۵")) && problems.iter().any(|p| p.contains("May")),
        "«{hijri}»: {problems:?}"
    );
    let (arab, _, _) = intl("ar-u-nu-arab");
    let problems = check::problems(Locale::Ar, zero(Locale::Ar).await, &arab, true);
    assert!(
        problems.iter().any(|p| p.contains("another set")),
        "«{arab}»: {problems:?}"
    );
    for locale in [Locale::So, Locale::Ti] {
        let (text, _, resolved) = intl(locale.code());
        if !resolved.starts_with(locale.code()) {
            let problems = check::problems(locale, zero(locale).await, &text, true);
            assert!(
                problems.iter().any(|p| p.contains("May")),
                "{}: «{text}» ({resolved}): {problems:?}",
                locale.code()
            );
        }
    }
}
