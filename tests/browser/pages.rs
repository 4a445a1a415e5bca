//! Every page of the app, mounted for real and checked with axe-core, plus
//! what axe cannot check: the `h1`, the title, `lang`/`dir`.

use wasm_bindgen_test::wasm_bindgen_test;

use vagvisare::i18n::Locale;

use crate::harness::{assert_no_violations, document, mount_app, query, text_of};

#[wasm_bindgen_test]
async fn start_page_is_accessible_and_complete() {
    let (root, _handle) = mount_app("", Locale::Sv).await;
    assert_no_violations(&root, "start page").await;
    assert_eq!(query(&root, "h1").id(), "main-heading");
    assert!(text_of(&query(&root, "h1")).contains("Hitta rätt väg"));
    assert_eq!(root.query_selector_all("main").unwrap().length(), 1);
    assert!(root.query_selector("header").unwrap().is_some());
    assert!(root.query_selector("footer").unwrap().is_some());
    let skip = query(&root, "a.skip-link");
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main-content"));
    let tel = query(&root, "footer a[href^='tel:']");
    assert_eq!(
        tel.get_attribute("href").as_deref(),
        Some("tel:+46771416416")
    );
    assert_eq!(text_of(&tel), "0771-416 416");
    assert!(
        document().title().starts_with("Hitta rätt väg"),
        "{}",
        document().title()
    );
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("sv"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
}
