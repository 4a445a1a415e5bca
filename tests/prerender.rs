//! index.html's pre-rendered start pages, boot view, `<noscript>` page and
//! description are what the FTL files say today, and nothing else in it is
//! text a person reads.
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
    // One hidden block per language, each with its own lang, id and dir.
    for (lang, code, dir) in Locale::ALL.iter().map(|l| (l.lang(), l.code(), l.dir())) {
        assert!(
            current.contains(&format!(
                "<div class=\"prerender\" lang=\"{lang}\" data-locale=\"{code}\" dir=\"{dir}\" hidden>"
            )),
            "{code}"
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

/// index.html with the generated block, comments, the boot script and tags
/// taken out: what is left is text someone wrote by hand.
fn hand_written_text(html: &str) -> String {
    let start = html.find(vagvisare::prerender::BEGIN).unwrap();
    let end = html.find(vagvisare::prerender::END).unwrap() + vagvisare::prerender::END.len();
    let mut rest = format!("{}{}", &html[..start], &html[end..]);
    let cut = |s: &mut String, open: &str, close: &str| {
        while let Some(a) = s.find(open) {
            let b = s[a..]
                .find(close)
                .map(|b| a + b + close.len())
                .unwrap_or(s.len());
            s.replace_range(a..b, " ");
        }
    };
    cut(&mut rest, "<!--", "-->");
    cut(&mut rest, "<script>", "</script>");
    cut(&mut rest, "<title>", "</title>");
    cut(&mut rest, "<", ">");
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn index_html_has_no_hand_written_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    assert_eq!(hand_written_text(&current), "", "text outside locales/");
    // Planted fault: a sentence typed into the body is found.
    let planted = current.replacen("<div id=\"boot\">", "<div id=\"boot\"><p>Ring oss</p>", 1);
    assert_eq!(hand_written_text(&planted), "Ring oss");
}

/// The Nu HTML checker allows one `main` without `hidden` on the element
/// itself (an ancestor's `hidden` does not count).
#[test]
fn only_one_main_is_visible_in_the_static_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    assert_eq!(main_problems(&current), Vec::<String>::new());
}

/// What is wrong with the page's `<main>` elements: one for the generic
/// boot view and one per language, and only the boot view's visible.
fn main_problems(html: &str) -> Vec<String> {
    let mains: Vec<&str> = html
        .match_indices("<main")
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap()])
        .collect();
    let mut problems = vec![];
    if mains.len() != 1 + Locale::ALL.len() {
        problems.push(format!("{} mains: {mains:?}", mains.len()));
    }
    let visible: Vec<&&str> = mains.iter().filter(|m| !m.contains(" hidden")).collect();
    if visible.len() != 1 || !visible[0].contains("boot") {
        problems.push(format!("visible: {visible:?}"));
    }
    problems
}

/// What is wrong with the page's phone numbers: each must be a
/// left-to-right tel: link, and there must be `expected` of them.
fn phone_problems(html: &str, expected: usize) -> Vec<String> {
    let mut problems = vec![];
    let mut found = 0;
    for (i, _) in html.match_indices("0771-") {
        found += 1;
        let before = &html[..i];
        let linked = before.ends_with("dir=\"ltr\">")
            && before[before.rfind('<').unwrap()..]
                .starts_with("<a class=\"phone\" href=\"tel:+46771");
        if !linked {
            problems.push(format!(
                "bare number: {}",
                &html[i.saturating_sub(80)..i + 12]
            ));
        }
    }
    if found != expected {
        problems.push(format!("{found} numbers, not {expected}"));
    }
    problems
}

/// Planted faults: a second visible main, a number that is not a link, a
/// number gone.
#[test]
fn the_page_checks_catch_planted_faults() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    let shown = current.replacen("<main class=\"main\" hidden>", "<main class=\"main\">", 1);
    assert!(!main_problems(&shown).is_empty());
    let numbers = 1 + Locale::ALL.len() * (1 + 1 + 2);
    let bare = current.replacen("dir=\"ltr\">0771-416 416</a>", ">0771-416 416</a>", 1);
    assert!(phone_problems(&bare, numbers)
        .iter()
        .any(|p| p.starts_with("bare number")));
    let gone = current.replacen("0771-", "", 1);
    assert!(phone_problems(&gone, numbers)
        .iter()
        .any(|p| p.contains("not")));
}

/// Every phone number in index.html is a left-to-right tel: link.
#[test]
fn every_phone_number_in_index_html_is_a_left_to_right_link() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    // The generic view; per language a boot error, a start page and a
    // noscript section with two numbers.
    let expected = 1 + Locale::ALL.len() * (1 + 1 + 2);
    assert_eq!(phone_problems(&current, expected), Vec::<String>::new());
}

/// The head has a description (Swedish, the static page's language); every
/// language has its own `meta-description`, which the app sets on each page.
#[test]
fn the_description_is_there_and_every_language_has_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let current = std::fs::read_to_string(root.join("index.html")).unwrap();
    let head = &current[..current.find("</head>").unwrap()];
    let start = "<meta name=\"description\" content=\"";
    let a = head.find(start).expect("a description in the head") + start.len();
    let sv = &head[a..a + head[a..].find('"').unwrap()];
    assert!(sv.starts_with("Svara på några korta frågor"), "{sv}");
    let mut seen = std::collections::BTreeSet::new();
    for locale in vagvisare::i18n::Locale::ALL {
        let path = root.join("locales").join(locale.code()).join("shell.ftl");
        let ftl = std::fs::read_to_string(&path).unwrap();
        let line = ftl
            .lines()
            .find(|l| l.starts_with("meta-description = "))
            .unwrap_or_else(|| panic!("{}: no meta-description", locale.code()));
        assert!(line.len() > 60, "{line}");
        assert!(
            seen.insert(line.to_string()),
            "{}: same as another language",
            locale.code()
        );
    }
}
