//! Numbers in the browser: `intl::format_number` writes what this engine's
//! `Intl.NumberFormat` writes for the language's tag, in every language,
//! both below 1000 (the app writes the digits itself, without `Intl`) and
//! from 1000 on (grouped by `Intl`). An exact comparison with the engine as
//! the reference: any difference fails it.

use vagvisare::browser::intl::{format_number, intl_tag};
use vagvisare::i18n::Locale;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn intl(tag: &str, n: u32) -> String {
    let locales = js_sys::Array::of1(&JsValue::from_str(tag));
    js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new())
        .format()
        .call1(&JsValue::NULL, &n.into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn format_number_writes_what_intl_writes_in_every_language() {
    for locale in Locale::ALL {
        for n in [0, 1, 7, 10, 42, 100, 999, 1000, 1234, 12_345, 1_000_000] {
            assert_eq!(
                format_number(n, locale).as_deref(),
                Some(intl(intl_tag(locale), n).as_str()),
                "{n} in {}",
                locale.code()
            );
        }
    }
}
