//! A checker that cannot fail proves nothing: plant known faults and make
//! sure the harness reports them by rule id.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{axe, container};

#[wasm_bindgen_test]
async fn axe_reports_planted_faults() {
    let root = container();
    root.set_inner_html(
        r#"<main><h1>Planted faults</h1>
           <input type="text">
           <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
         </main>"#,
    );
    let ids: Vec<String> = axe(&root).await.into_iter().map(|v| v.id).collect();
    assert!(
        ids.contains(&"label".to_string()),
        "label not reported: {ids:?}"
    );
    assert!(
        ids.contains(&"image-alt".to_string()),
        "image-alt not reported: {ids:?}"
    );
}

#[wasm_bindgen_test]
async fn axe_passes_clean_markup() {
    let root = container();
    root.set_inner_html(
        r#"<main><h1>Clean</h1><label for="x">Name</label><input id="x" type="text"></main>"#,
    );
    let violations = axe(&root).await;
    assert!(violations.is_empty(), "{violations:?}");
}
