//! index.html's pre-rendered start pages are what the FTL files say today.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use vagvisare::i18n::Locale;

#[test]
fn index_html_prerender_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    let updated = vagvisare::prerender::updated_index(root).unwrap();
    assert!(
        current == updated,
        "index.html's start pages are out of date: run `make prerender`"
    );
    // One hidden block per language, each with its own lang and dir.
    // Right-to-left exactly for Arabic and Persian.
    let rtl: Vec<&str> = Locale::ALL
        .iter()
        .filter(|l| l.is_rtl())
        .map(|l| l.code())
        .collect();
    assert_eq!(rtl, ["ar", "fa"]);
    for (lang, dir) in Locale::ALL.iter().map(|l| (l.code(), l.dir())) {
        assert!(
            current.contains(&format!(
                "<div class=\"prerender\" lang=\"{lang}\" dir=\"{dir}\" hidden>"
            )),
            "{lang}"
        );
    }
}

#[test]
fn the_check_catches_a_stale_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    let stale = current.replacen("class=\"heading-xl\">", "class=\"heading-xl\">Old ", 1);
    assert_ne!(stale, current);
    let block = |html: &str| {
        let start = html.find(vagvisare::prerender::BEGIN).unwrap();
        let end = html.find(vagvisare::prerender::END).unwrap();
        html[start..end].to_string()
    };
    let updated = vagvisare::prerender::updated_index(root).unwrap();
    assert_ne!(block(&stale), block(&updated));
    // Splicing the fresh block into the stale page repairs it.
    let repaired = vagvisare::prerender::splice(
        &stale,
        &format!("{}{}", block(&updated), vagvisare::prerender::END),
    )
    .unwrap();
    assert_eq!(repaired, updated);
}
