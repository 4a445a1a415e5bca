//! Mounting, axe-core and small DOM helpers shared by the browser tests.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use serde::Deserialize;
use vagvisare::app::App;
use vagvisare::i18n::{catalog::FTL_FILES, Catalog, Loaded, Locale};
use vagvisare_domain::services::{self, ServiceData};
use vagvisare_domain::url_state::{self, UrlState};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// axe-core from npm (pinned in package-lock.json), compiled into the test.
const AXE_SOURCE: &str = include_str!("../../node_modules/axe-core/axe.min.js");

/// The tags the issue asks for: WCAG 2.0–2.2 A/AA plus best practice.
const AXE_TAGS: &str = r#"["wcag2a","wcag2aa","wcag21a","wcag21aa","wcag22aa","best-practice"]"#;

#[wasm_bindgen(inline_js = r#"
export function install_axe(source) {
  if (!window.axe) {
    const s = document.createElement('script');
    s.textContent = source;
    document.head.appendChild(s);
  }
}
export async function run_axe(element, tags) {
  const result = await window.axe.run(element, {
    runOnly: { type: 'tag', values: JSON.parse(tags) },
    resultTypes: ['violations'],
  });
  return JSON.stringify(result.violations.map(v => ({
    id: v.id,
    impact: v.impact || '',
    help: v.helpUrl,
    nodes: v.nodes.map(n => n.target.join(' ')),
  })));
}
"#)]
extern "C" {
    fn install_axe(source: &str);
    #[wasm_bindgen(catch)]
    fn run_axe(element: &web_sys::Element, tags: &str) -> Result<js_sys::Promise, JsValue>;
}

#[derive(Debug, Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub nodes: Vec<String>,
}

pub async fn axe(element: &web_sys::Element) -> Vec<Violation> {
    install_axe(AXE_SOURCE);
    let promise = run_axe(element, AXE_TAGS).expect("axe.run starts");
    let json = JsFuture::from(promise).await.expect("axe.run resolves");
    serde_json::from_str(&json.as_string().expect("axe returns JSON")).expect("violations parse")
}

/// Fails listing every violation: rule id, impact, selectors, help URL.
pub async fn assert_no_violations(element: &web_sys::Element, what: &str) {
    let violations = axe(element).await;
    if !violations.is_empty() {
        let report: Vec<String> = violations
            .iter()
            .map(|v| {
                format!(
                    "  - {} ({}) at {:?}\n    {}",
                    v.id, v.impact, v.nodes, v.help
                )
            })
            .collect();
        panic!(
            "{what}: {} axe violation(s):\n{}",
            violations.len(),
            report.join("\n")
        );
    }
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The app's real stylesheet: target size, contrast and focus depend on it.
const APP_CSS: &str = concat!(
    include_str!("../../style/main.css"),
    include_str!("../../style/pages.css")
);

fn install_css(doc: &web_sys::Document) {
    if doc.get_element_by_id("app-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("app-css");
        style.set_text_content(Some(APP_CSS));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

/// A fresh container at the end of `<body>`; earlier tests' containers are
/// removed so ids never clash.
pub fn container() -> web_sys::HtmlElement {
    let doc = document();
    install_css(&doc);
    if let Ok(old) = doc.query_selector_all("[data-test-root]") {
        for i in 0..old.length() {
            if let Some(n) = old.item(i) {
                n.unchecked_into::<web_sys::Element>().remove();
            }
        }
    }
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    el.set_attribute("data-test-root", "").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// A language's FTL file, fetched from the test runner's server (it serves
/// the crate root), as the app fetches it: every language and every file,
/// with no list of its own here.
pub async fn ftl(locale: Locale, file: &str) -> String {
    let url = format!("locales/{}/{file}", locale.code());
    vagvisare::browser::fetch::text(&url)
        .await
        .unwrap_or_else(|e| panic!("{url}: {e}"))
}

/// A language's whole catalog, numbers through `Intl` as in the app.
pub async fn catalog(locale: Locale) -> Rc<Catalog> {
    let mut sources: Vec<(&str, String)> = Vec::new();
    for f in FTL_FILES {
        sources.push((f, ftl(locale, f).await));
    }
    Rc::new(
        Catalog::with_formatter(
            locale,
            &sources,
            Some(vagvisare::browser::intl::format_number),
        )
        .expect("locale parses"),
    )
}

pub async fn loaded(locale: Locale) -> Loaded {
    Loaded {
        active: catalog(locale).await,
        swedish: None,
        failed: None,
    }
}

/// Waits until what the last change set off has been drawn: the app's
/// pending tasks, then two animation frames (the second starts after
/// everything queued before the first has run: effects, focus moves, the
/// title), then the parts drawn after a paint, as the e2e suites'
/// `settled` does. No fixed sleep.
pub async fn tick() {
    leptos::task::tick().await;
    for _ in 0..2 {
        frame().await;
    }
    leptos::task::tick().await;
    // Parts drawn after the first paint (`ui::after_paint`) leave a
    // `<template data-pending>` until they are drawn, a paint or two later.
    let mut frames = 0;
    while pending() {
        assert!(
            frames < 600,
            "a part of the page was never drawn after the first paint"
        );
        frame().await;
        leptos::task::tick().await;
        frames += 1;
    }
}

async fn frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    JsFuture::from(frame).await.unwrap();
}

/// Whether a part of the page is still to be drawn after a paint.
fn pending() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("template[data-pending]").ok().flatten())
        .is_some()
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// The address (fragment) of a named scenario of `tests/fixtures.json`
/// (written from the domain by `domain/tests/fixtures.rs`): its `result`,
/// its `check` page, or the page of one of its questions.
pub fn address(scenario: &str, at: &str) -> String {
    let fixtures: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures.json")).expect("tests/fixtures.json");
    let s = &fixtures["scenarios"][scenario];
    let fragment = match at {
        "result" | "check" => &s[at],
        question => &s["questions"][question],
    };
    fragment
        .as_str()
        .unwrap_or_else(|| panic!("no {at} in scenario {scenario}"))
        .to_string()
}

/// The real data file, parsed by the real parser.
pub fn service_data() -> Arc<ServiceData> {
    Arc::new(services::parse(include_str!("../../data/services.json")).expect("data parses"))
}

/// Keeps the app mounted while held; dropping it unmounts.
pub type Handle = Box<dyn std::any::Any>;

/// Mounts the whole app at the given query with the service data in hand.
pub async fn mount_app(query: &str, locale: Locale) -> (web_sys::HtmlElement, Handle) {
    mount_with(query, locale, Data::Preloaded(service_data()), false).await
}

/// Where the app fetches its data from when none is handed to it.
#[derive(Clone)]
pub enum Data {
    Preloaded(Arc<ServiceData>),
    /// A URL on the test runner's server (it serves the crate root).
    Fetch(&'static str),
}

/// Mounts the app with the data in hand, or fetched from a URL.
pub async fn mount_with(
    query: &str,
    locale: Locale,
    data: Data,
    staff: bool,
) -> (web_sys::HtmlElement, Handle) {
    let root = container();
    let state: UrlState = url_state::parse(query);
    let loaded = loaded(locale).await;
    let handle = leptos::mount::mount_to(root.clone(), move || match data.clone() {
        Data::Preloaded(d) => {
            view! { <App loaded=loaded.clone() initial=state.clone() staff=staff preloaded=d /> }
                .into_any()
        }
        Data::Fetch(url) => {
            view! { <App loaded=loaded.clone() initial=state.clone() staff=staff data_url=url /> }
                .into_any()
        }
    });
    tick().await;
    (root, Box::new(handle))
}

/// Mounts the app with other deployment settings than `config/site.toml`.
pub async fn mount_with_site(
    query: &str,
    locale: Locale,
    site: vagvisare::site::Site,
) -> (web_sys::HtmlElement, Handle) {
    let root = container();
    let state: UrlState = url_state::parse(query);
    let loaded = loaded(locale).await;
    let data = service_data();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <App loaded=loaded.clone() initial=state.clone() staff=false preloaded=Arc::clone(&data) site=site /> }
    });
    tick().await;
    (root, Box::new(handle))
}

pub fn click(root: &web_sys::Element, selector: &str) {
    query(root, selector)
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

pub fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Visible text without Fluent's bidi isolation marks.
pub fn text_of(el: &web_sys::Element) -> String {
    vagvisare::i18n::strip_isolation(&el.text_content().unwrap_or_default())
}

pub fn query(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}
