//! Every page of the app, mounted for real and checked with axe-core, plus
//! what axe cannot check: the `h1`, the title, focus, `lang`/`dir`.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use vagvisare::i18n::Locale;
use vagvisare_domain::flow::Question;

use crate::harness::{
    address, assert_no_violations, click, document, focused_id, mount_app, mount_with, query,
    text_of, tick, Data,
};

#[wasm_bindgen_test]
async fn start_page_is_accessible_and_complete() {
    let (root, _handle) = mount_app("", Locale::Sv).await;
    assert_no_violations(&root, "start page").await;
    assert_eq!(query(&root, "h1").id(), "main-heading");
    assert!(text_of(&query(&root, "h1")).contains("Hitta rätt väg"));
    assert_eq!(root.query_selector_all("main").unwrap().length(), 1);
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
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

/// Each question page: legend holds the h1, hints are described-by, the
/// title counts the questions.
#[wasm_bindgen_test]
async fn every_question_page_is_accessible() {
    // The radio questions of the longest journey, in the flow's order. No
    // total while an answer still to give can change it (the errand, then
    // e-legitimation); from the third on, the exact one: 6.
    let pages = Question::ALL
        .iter()
        .filter(|q| !q.options().is_empty())
        .enumerate()
        .map(|(i, q)| (address("register-online", q.key()), q.key(), i + 1));
    for (q, name, n) in pages {
        let counted = if n <= 2 {
            format!("Fråga {n}: ")
        } else {
            format!("Fråga {n} av 6: ")
        };
        let counted = counted.as_str();
        let (root, _handle) = mount_app(&q, Locale::Sv).await;
        assert_no_violations(&root, &format!("question {name}")).await;
        let legend_h1 = query(&root, "fieldset > legend h1");
        assert_eq!(legend_h1.id(), "main-heading");
        assert!(
            root.query_selector(&format!("input[type=radio][name={name}]"))
                .unwrap()
                .is_some(),
            "{name}"
        );
        let title = document().title();
        assert!(title.starts_with(counted), "{name}: {title}");
        // The same count in the group's name, which a screen reader reads.
        let caption = text_of(&query(&root, "fieldset > legend .caption"));
        assert_eq!(format!("{caption}: "), counted, "{name}");
        assert!(title.ends_with(" – Vägvisaren"), "{title}");
        // Every one of these questions has a hint, and the fieldset points to it.
        let question = Question::from_key(name).unwrap();
        assert!(question.hint_id().is_some(), "{name} has a hint");
        assert!(
            root.query_selector("#question-hint").unwrap().is_some(),
            "{name}: hint shown"
        );
        let described = query(&root, "fieldset")
            .get_attribute("aria-describedby")
            .unwrap_or_default();
        assert!(described.contains("question-hint"), "{name}: {described}");
    }
}

#[wasm_bindgen_test]
async fn continue_with_nothing_chosen_shows_the_error_summary() {
    let (root, _handle) = mount_app("?step=errand", Locale::Sv).await;
    click(&root, "main button[type=submit]");
    tick().await;
    let summary = query(&root, "#error-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(focused_id(), "error-summary");
    assert!(
        document().title().starts_with("Fel: Fråga 1: "),
        "{}",
        document().title()
    );
    let described = query(&root, "fieldset")
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(described.contains("question-error"), "{described}");
    assert_no_violations(&root, "question with error").await;
    // The summary's link takes focus to the first option.
    click(&root, "#error-summary a");
    assert_eq!(focused_id(), "errand-register");
}

#[wasm_bindgen_test]
async fn answering_moves_focus_to_the_next_heading() {
    let (root, _handle) = mount_app("", Locale::Sv).await;
    click(&root, "main button.button--start");
    tick().await;
    assert_eq!(focused_id(), "main-heading");
    assert!(document().title().starts_with("Fråga 1: "));
    click(&root, "#errand-forms");
    click(&root, "main button[type=submit]");
    tick().await;
    assert_eq!(focused_id(), "main-heading");
    assert!(
        document().title().starts_with("Fråga 2 av 4: "),
        "{}",
        document().title()
    );
}

#[wasm_bindgen_test]
async fn municipality_question_finds_by_name_without_diacritics() {
    let q = address("register-online", "municipality");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    assert_eq!(
        query(&root, "h1 label").get_attribute("for").as_deref(),
        Some("municipality-search")
    );
    let input: web_sys::HtmlInputElement = query(&root, "#municipality-search").unchecked_into();
    input.set_value("ostersund");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert!(root.query_selector("#municipality-2380").unwrap().is_some());
    assert!(text_of(&query(&root, "#municipality-status")).contains("kommun"));
    assert_no_violations(&root, "municipality question with matches").await;
}

#[wasm_bindgen_test]
async fn check_answers_page_has_change_links_that_name_the_answer() {
    let q = address("register-online", "check");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    assert_no_violations(&root, "check answers").await;
    assert!(text_of(&query(&root, "h1")).contains("Kontrollera"));
    assert!(text_of(&query(&root, ".summary-list")).contains("Östersund"));
    let links = root.query_selector_all(".summary-list__actions a").unwrap();
    assert_eq!(links.length(), 6);
    let first: web_sys::Element = links.item(0).unwrap().unchecked_into();
    assert!(text_of(&query(&first, ".visually-hidden")).contains("Ärende"));
}

#[wasm_bindgen_test]
async fn result_page_shows_route_steps_alternatives_and_places() {
    let q = address("register-online", "result");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    assert_no_violations(&root, "result").await;
    assert!(
        text_of(&query(&root, "h1")).contains("webbplats"),
        "{}",
        text_of(&query(&root, "h1"))
    );
    assert!(root.query_selector_all("ol.steps li").unwrap().length() >= 1);
    assert!(text_of(&query(&root, ".local-places")).contains("Östersund"));
    assert!(text_of(&query(&root, ".local-places")).contains("2021"));
    assert!(root
        .query_selector("main a[href='tel:+46771416416']")
        .unwrap()
        .is_some());
    assert!(document().title().starts_with("Ditt resultat"));
}

#[wasm_bindgen_test]
async fn result_for_a_municipality_without_presence_names_the_nearest() {
    // Orsa (2034): the report itself points to Mora.
    let q = address("disability-orsa", "result");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    assert_no_violations(&root, "result, Orsa").await;
    let local = text_of(&query(&root, ".local-places"));
    assert!(local.contains("Mora"), "{local}");
    assert!(local.contains("km"), "{local}");
}

#[wasm_bindgen_test]
async fn result_for_arvika_says_its_office_closed_and_names_open_ones() {
    // Arvika (1784): its only service office closed on 30 May 2025.
    let q = address("forms-arvika", "result");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    wait_for(&root, ".place--closed").await;
    assert_no_violations(&root, "result, Arvika").await;
    let closed = text_of(&query(&root, ".place--closed"));
    assert!(closed.contains("Servicekontor i Arvika"), "{closed}");
    // Host dates print as ISO; the browser e2e suite checks the words.
    assert!(closed.contains("Statens servicecenter"), "{closed}");
    let nearest = text_of(&query(&root, ".local-places .nearest-list"));
    assert!(nearest.contains("km"), "{nearest}");
    assert!(!nearest.contains("Arvika,"), "{nearest}");
    assert!(text_of(&query(&root, ".network-notice")).contains("statenssc.se"));
}

#[wasm_bindgen_test]
async fn result_for_a_municipality_whose_only_presence_is_pending_names_the_nearest() {
    // Krokom (2309): its collaboration was "klar senare i år" in 2021.
    let q = address("disability-krokom", "result");
    let (root, _handle) = mount_app(&q, Locale::Sv).await;
    wait_for(&root, ".local-places .nearest-list").await;
    let local = text_of(&query(&root, ".local-places"));
    assert!(local.contains("Tills den är klar"), "{local}");
    assert!(local.contains("Vi vet inte om den är klar"), "{local}");
    assert_no_violations(&root, "result, Krokom").await;
}

#[wasm_bindgen_test]
async fn about_page_shows_sources_and_accessibility_statement() {
    let (root, _handle) = mount_app("?page=about", Locale::Sv).await;
    assert_no_violations(&root, "about").await;
    let text = text_of(&root);
    assert!(text.contains("Likvärdig service i hela landet"));
    assert!(text.contains("2021-10-01"));
    assert!(text.contains("GeoNames"));
    assert!(text.contains("2018:1937"));
}

const CONFIGURED: vagvisare::site::Site = vagvisare::site::Site {
    operator: "Testkommunen",
    contact_email: "tillganglighet@example.se",
    contact_url: "https://example.se/synpunkter",
};
const UNCONFIGURED: vagvisare::site::Site = vagvisare::site::Site {
    operator: "",
    contact_email: "",
    contact_url: "",
};

#[wasm_bindgen_test]
async fn statement_names_the_configured_operator_and_contact() {
    let (root, _handle) =
        crate::harness::mount_with_site("?page=about", Locale::Sv, CONFIGURED).await;
    let text = text_of(&root);
    assert!(
        text.contains("Testkommunen ansvarar för den här webbplatsen"),
        "{text}"
    );
    assert!(text.contains("delvis förenlig"), "partly compliant: {text}");
    assert!(text.contains("skärmläsare"), "what is not verified: {text}");
    assert!(text.contains("2 december 2026"), "when: {text}");
    assert!(root
        .query_selector("a[href='mailto:tillganglighet@example.se']")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("a[href='https://example.se/synpunkter']")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("a[href='https://www.digg.se']")
        .unwrap()
        .is_some());
    assert!(root.query_selector(".a11y-no-contact").unwrap().is_none());
    assert_no_violations(&root, "about, configured").await;
}

#[wasm_bindgen_test]
async fn statement_says_when_no_contact_is_configured() {
    let (root, _handle) =
        crate::harness::mount_with_site("?page=about", Locale::Sv, UNCONFIGURED).await;
    let notice = text_of(&query(&root, ".a11y-no-contact"));
    assert!(notice.contains("Ingen kontakt har angetts"), "{notice}");
    assert!(text_of(&root).contains("Ingen ansvarig organisation"));
    assert!(root.query_selector("a[href^='mailto:']").unwrap().is_none());
    assert_no_violations(&root, "about, unconfigured").await;
}

#[wasm_bindgen_test]
async fn wrong_information_link_goes_to_the_contact_without_the_answers() {
    let q = address("disability-arvika", "result");
    let (root, _handle) = crate::harness::mount_with_site(&q, Locale::Sv, CONFIGURED).await;
    wait_for(&root, ".report-wrong a").await;
    let link = query(&root, ".report-wrong a");
    let href = link.get_attribute("href").unwrap();
    assert!(
        href.starts_with("mailto:tillganglighet@example.se?subject="),
        "{href}"
    );
    let decoded = String::from(js_sys::decode_uri_component(&href).unwrap());
    assert!(decoded.contains("Arvika (1784)"), "{decoded}");
    assert!(decoded.contains("Servicekontor i Arvika"), "{decoded}");
    let keys = Question::ALL.iter().map(|q| q.key()).chain(["confirmed"]);
    for answer in keys.filter(|k| *k != "municipality").chain(["disability"]) {
        assert!(!decoded.contains(answer), "{answer} in {decoded}");
    }
    assert!(text_of(&link).contains("Rapportera en felaktig uppgift om Arvika"));
    // No contact configured: no link at all.
    drop(_handle);
    let (root, _handle) = crate::harness::mount_with_site(&q, Locale::Sv, UNCONFIGURED).await;
    wait_for(&root, ".local-places .place").await;
    assert!(root.query_selector(".report-wrong").unwrap().is_none());
}

async fn wait_for(root: &web_sys::Element, selector: &str) {
    let mut waited = 0;
    while root.query_selector(selector).unwrap().is_none() && waited < 5000 {
        crate::harness::sleep(50).await;
        waited += 50;
    }
    assert!(
        root.query_selector(selector).unwrap().is_some(),
        "{selector} never appeared; the page says: {}",
        text_of(root)
    );
}

/// Each way the data can fail gives its own message, the phone number and a
/// retry; the question can still be skipped.
#[wasm_bindgen_test]
async fn failed_data_explains_and_offers_retry_and_phone() {
    let q = address("register-online", "municipality");
    let cases = [
        ("data/no-such-file.json", "Det gick inte att nå uppgifterna"),
        ("Cargo.toml", "Uppgifterna var skadade"),
        ("package.json", "Uppgifterna var skadade"),
    ];
    for (url, message) in cases {
        let (root, _handle) = mount_with(&q, Locale::Sv, Data::Fetch(url), false).await;
        wait_for(&root, ".notice--error").await;
        let alert = query(&root, ".notice--error");
        assert!(
            text_of(&alert).contains(message),
            "{url}: {}",
            text_of(&alert)
        );
        assert!(alert
            .query_selector("a[href='tel:+46771416416']")
            .unwrap()
            .is_some());
        assert!(alert.query_selector("button").unwrap().is_some());
        assert!(root
            .query_selector("main button.button--secondary")
            .unwrap()
            .is_some());
        assert_no_violations(&root, &format!("data error from {url}")).await;
    }
}

/// The same fetch path, pointed at the real file, works.
#[wasm_bindgen_test]
async fn data_is_fetched_when_first_needed() {
    let q = address("register-online", "municipality");
    let (root, _handle) =
        mount_with(&q, Locale::Sv, Data::Fetch("data/services.json"), false).await;
    let input: web_sys::HtmlInputElement = query(&root, "#municipality-search").unchecked_into();
    input.set_value("sveg");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    wait_for(&root, "#municipality-2361").await;
}

/// The place is said in the recommendation itself (domain::place): each
/// case of issue 24, with the data in hand, passes axe.
#[wasm_bindgen_test]
async fn the_recommendation_names_the_place() {
    let cases = [
        ("forms-arvika", ["Arvika", "km"].as_slice()),
        ("register-without-eid-kiruna", &["Kiruna"]),
        ("disability-orsa", &["Orsa", "Mora"]),
        ("forms-stockholm", &["Stockholm"]),
        ("register-without-eid-nynashamn", &["Nynäshamn", "km"]),
    ];
    for (scenario, names) in cases {
        let q = address(scenario, "result");
        let (root, _handle) = mount_app(&q, Locale::Sv).await;
        wait_for(&root, ".route .route__place p").await;
        let place = text_of(&query(&root, ".route__place"));
        for name in names {
            assert!(place.contains(name), "{scenario}: {name} in {place}");
        }
        assert_no_violations(&root, scenario).await;
    }
}
