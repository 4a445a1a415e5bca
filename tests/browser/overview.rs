//! The staff overview (`?page=overview`): all 290 municipalities in a real
//! data table that can be searched, filtered by county and sorted.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use vagvisare::i18n::Locale;

use crate::harness::{assert_no_violations, click, document, mount_app, query, text_of, tick};

fn body_rows(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = root.query_selector_all("table tbody tr").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// The text of one column (1-based) in every body row.
fn column(root: &web_sys::Element, n: usize) -> Vec<String> {
    body_rows(root)
        .iter()
        .map(|r| text_of(&query(r, &format!(":scope > :nth-child({n})"))))
        .collect()
}

fn status(root: &web_sys::Element) -> String {
    text_of(&query(root, "#overview-status"))
}

async fn type_search(root: &web_sys::Element, text: &str) {
    let input: web_sys::HtmlInputElement = query(root, "#overview-search").unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
}

async fn choose_county(root: &web_sys::Element, county: &str) {
    // (web-sys's HtmlSelectElement is not enabled; `value` is set directly.)
    let select = query(root, "#overview-county");
    js_sys::Reflect::set(&select, &"value".into(), &county.into()).unwrap();
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn overview_is_an_accessible_table_of_all_municipalities() {
    let (root, _handle) = mount_app("?page=overview", Locale::Sv).await;
    assert_no_violations(&root, "overview").await;
    assert_eq!(query(&root, "h1").id(), "main-heading");
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
    assert!(
        document().title().starts_with("Alla kommuner"),
        "{}",
        document().title()
    );
    assert!(root.query_selector("main a.back-link").unwrap().is_some());

    assert_eq!(body_rows(&root).len(), 290);
    let caption = query(&root, "table caption");
    assert!(!text_of(&caption).trim().is_empty());
    // No scroll container to focus (axe and IBM Equal Access disagree on
    // one): the narrow layout labels each cell with its column instead.
    let wrap = query(&root, ".table-wrap");
    assert_eq!(wrap.get_attribute("tabindex"), None);
    assert_eq!(wrap.get_attribute("role"), None);
    let first_row = query(&root, "tbody tr");
    let labels: Vec<String> = {
        let cells = first_row.query_selector_all("td").unwrap();
        (0..cells.length())
            .map(|i| {
                let cell: web_sys::Element = cells.item(i).unwrap().unchecked_into();
                cell.get_attribute("data-label").unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(
        labels,
        ["Län", "Servicekontor", "Bokade möten", "Senast ändrat"]
    );

    let headers: Vec<String> = {
        let list = root.query_selector_all("thead th[scope=col]").unwrap();
        (0..list.length())
            .map(|i| text_of(&list.item(i).unwrap().unchecked_into()))
            .collect()
    };
    assert_eq!(headers.len(), 5, "{headers:?}");
    for (h, want) in headers.iter().zip([
        "Kommun",
        "Län",
        "Servicekontor",
        "Bokade möten",
        "Senast ändrat",
    ]) {
        assert!(h.contains(want), "{h} should contain {want}");
    }
    assert_eq!(
        root.query_selector_all("tbody th[scope=row]")
            .unwrap()
            .length(),
        290
    );
    // Default order: by municipality name, Swedish alphabet (Å, Ä, Ö last).
    let names = column(&root, 1);
    assert_eq!(names.first().map(String::as_str), Some("Ale"));
    assert_eq!(names.last().map(String::as_str), Some("Övertorneå"));
    let kommun = query(&root, "thead th:nth-child(1)");
    assert_eq!(
        kommun.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert!(status(&root).contains("290 kommuner"), "{}", status(&root));
    assert_eq!(
        query(&root, "#overview-status")
            .get_attribute("role")
            .as_deref(),
        Some("status")
    );

    // Source and date under the table, with the age caveat.
    let text = text_of(&root);
    assert!(text.contains("Likvärdig service i hela landet"), "source");
    assert!(text.contains("2021-10-01"), "date");
    assert!(
        text.contains("Sedan 2021 har flera servicekontor stängt"),
        "the network notice"
    );
    // The changed-since-2021 filter is a labelled checkbox.
    assert_eq!(
        query(&root, "label[for=overview-changed]").tag_name(),
        "LABEL"
    );

    // At 320 px nothing scrolls sideways: each row is a block, each value
    // under its column's name.
    let root_el: &web_sys::HtmlElement = root.unchecked_ref();
    root_el
        .style()
        .set_property("inline-size", "320px")
        .unwrap();
    tick().await;
    assert!(
        root.scroll_width() <= 320,
        "page is {} px wide",
        root.scroll_width()
    );
    assert!(
        wrap.scroll_width() <= wrap.client_width(),
        "the table fits: {} > {}",
        wrap.scroll_width(),
        wrap.client_width()
    );
    let window = web_sys::window().unwrap();
    let row = query(&root, "tbody tr");
    let style = window.get_computed_style(&row).unwrap().unwrap();
    assert_eq!(style.get_property_value("display").unwrap(), "block");
    let cell = query(&row, "td");
    let label = window
        .get_computed_style_with_pseudo_elt(&cell, "::before")
        .unwrap()
        .unwrap()
        .get_property_value("content")
        .unwrap();
    assert!(label.contains("Län"), "{label}");
    root_el.style().remove_property("inline-size").unwrap();
}

#[wasm_bindgen_test]
async fn searching_dorotea_shows_it_with_its_nearest_service_office() {
    let (root, _handle) = mount_app("?page=overview", Locale::Sv).await;
    // Without å, ä, ö and in lower case: the search is tolerant.
    type_search(&root, "dorotea").await;
    let rows = body_rows(&root);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.get_attribute("data-code").as_deref(), Some("2425"));
    assert_eq!(text_of(&query(row, "th[scope=row]")), "Dorotea");
    let offices = text_of(&query(row, "td:nth-of-type(2)"));
    assert!(
        offices.contains("Inget servicekontor som vi vet finns kvar"),
        "{offices}"
    );
    assert!(offices.contains("Vilhelmina, ungefär 40 km"), "{offices}");
    assert!(offices.contains("Åsele, ungefär 45 km"), "{offices}");
    // Nearest first; a bordering one says so instead of coming first.
    assert!(offices.contains("gränsar till Dorotea"), "{offices}");
    assert!(
        offices.find("Vilhelmina") < offices.find("Åsele"),
        "{offices}"
    );
    let meetings = text_of(&query(row, "td:nth-of-type(3)"));
    assert!(meetings.contains("samarbetslösning"), "{meetings}");
    assert!(
        !meetings.contains("Närmast"),
        "Dorotea has its own presence: {meetings}"
    );
    assert!(status(&root).contains("En kommun"), "{}", status(&root));
    assert_no_violations(&root, "overview, Dorotea").await;

    // A locality finds its municipality: Sveg is in Härjedalen.
    type_search(&root, "sveg").await;
    assert!(column(&root, 1).contains(&"Härjedalen".to_string()));

    // Nothing matches: zero rows, and the status says what to do.
    type_search(&root, "xyzzy").await;
    assert_eq!(body_rows(&root).len(), 0);
    assert!(status(&root).contains("Ingen kommun"), "{}", status(&root));

    // Clearing the search brings all rows back.
    type_search(&root, "").await;
    assert_eq!(body_rows(&root).len(), 290);
}

#[wasm_bindgen_test]
async fn report_named_alternative_is_marked() {
    let (root, _handle) = mount_app("?page=overview", Locale::Sv).await;
    // Orsa: the report itself points to Mora for booked meetings.
    type_search(&root, "orsa").await;
    let row = query(&root, "tbody tr[data-code='2034']");
    let meetings = text_of(&query(&row, "td:nth-of-type(3)"));
    assert!(meetings.contains("Inga bokade möten"), "{meetings}");
    assert!(meetings.contains("Mora, ungefär"), "{meetings}");
    assert!(
        meetings.contains("rapporten från 2021 hänvisar hit"),
        "{meetings}"
    );
}

#[wasm_bindgen_test]
async fn county_filter_reduces_the_rows() {
    let (root, _handle) = mount_app("?page=overview", Locale::Sv).await;
    let options = root.query_selector_all("#overview-county option").unwrap();
    assert_eq!(options.length(), 22, "Alla län and the 21 counties");
    let first: web_sys::Element = options.item(0).unwrap().unchecked_into();
    assert_eq!(text_of(&first), "Alla län");
    assert_eq!(
        query(&root, "label[for=overview-county]").tag_name(),
        "LABEL"
    );

    choose_county(&root, "Jämtlands län").await;
    let counties = column(&root, 2);
    assert_eq!(counties.len(), 8, "Jämtland has 8 municipalities");
    assert!(
        counties.iter().all(|c| c == "Jämtlands län"),
        "{counties:?}"
    );
    assert!(status(&root).contains("8 kommuner"), "{}", status(&root));

    // Search and county combine.
    type_search(&root, "berg").await;
    assert_eq!(column(&root, 1), vec!["Berg".to_string()]);
    choose_county(&root, "").await;
    assert!(
        body_rows(&root).len() > 1,
        "Berg, Bollebygd… in other counties"
    );
}

#[wasm_bindgen_test]
async fn sorting_by_county_sets_aria_sort_reorders_and_is_announced() {
    let (root, _handle) = mount_app("?page=overview", Locale::Sv).await;
    let county_th = query(&root, "thead th:nth-child(2)");
    assert_eq!(
        county_th.get_attribute("aria-sort").as_deref(),
        Some("none")
    );
    // Non-sortable columns are not claimed to be sorted.
    assert_eq!(
        query(&root, "thead th:nth-child(3)").get_attribute("aria-sort"),
        None
    );

    // The sort control is a real button, so Enter and Space work.
    let button = query(&county_th, "button");
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    let button: web_sys::HtmlElement = button.unchecked_into();
    let (w, h) = (button.offset_width(), button.offset_height());
    assert!(w >= 44 && h >= 44, "{w}×{h}");

    click(&root, "thead th:nth-child(2) button");
    tick().await;
    assert_eq!(
        county_th.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert_eq!(
        query(&root, "thead th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("none")
    );
    let counties = column(&root, 2);
    assert_eq!(counties.first().map(String::as_str), Some("Blekinge län"));
    assert_eq!(
        counties.last().map(String::as_str),
        Some("Östergötlands län")
    );
    let mut sorted = counties.clone();
    sorted.dedup();
    assert_eq!(sorted.len(), 21, "rows of a county stay together");
    assert!(
        status(&root).contains("Sorterat på län, stigande"),
        "{}",
        status(&root)
    );

    click(&root, "thead th:nth-child(2) button");
    tick().await;
    assert_eq!(
        county_th.get_attribute("aria-sort").as_deref(),
        Some("descending")
    );
    let counties = column(&root, 2);
    assert_eq!(
        counties.first().map(String::as_str),
        Some("Östergötlands län")
    );
    assert_eq!(counties.last().map(String::as_str), Some("Blekinge län"));
    assert!(
        status(&root).contains("Sorterat på län, fallande"),
        "{}",
        status(&root)
    );
    assert_eq!(body_rows(&root).len(), 290);

    // Back to names, descending after a second click.
    click(&root, "thead th:nth-child(1) button");
    tick().await;
    click(&root, "thead th:nth-child(1) button");
    tick().await;
    assert_eq!(
        query(&root, "thead th:nth-child(1)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("descending")
    );
    assert_eq!(
        column(&root, 1).first().map(String::as_str),
        Some("Övertorneå")
    );
    assert!(
        status(&root).contains("Sorterat på kommun, fallande"),
        "{}",
        status(&root)
    );
    assert_no_violations(&root, "overview, sorted").await;
}
