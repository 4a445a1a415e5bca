//! What a screen-reader user hears when Continue finds an error: every such
//! Continue moves focus to a summary drawn anew (an alert put into the page,
//! which screen readers announce; a second empty Continue was silent), and
//! back at the controls each one says it is invalid and is described by
//! the error and the hint, in every question (issue 25).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use vagvisare::i18n::Locale;
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::journey;
use vagvisare_domain::url_state::{to_query, UrlState};

use crate::harness::{
    assert_no_violations, document, focused_id, mount_app, query, sleep, text_of, tick,
};

#[wasm_bindgen(inline_js = r#"
export function watch_alerts(root) {
  let n = 0;
  const count = (records) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeType === 1 && (node.matches('[role=alert]') || node.querySelector('[role=alert]'))) n++;
    }
  };
  const o = new MutationObserver(count);
  o.observe(root, { childList: true, subtree: true });
  return () => { count(o.takeRecords()); return n; };
}
"#)]
extern "C" {
    /// Counts the alerts put into `root` from now on (what a screen reader
    /// announces as it appears); call the returned function for the count.
    fn watch_alerts(root: &web_sys::Element) -> js_sys::Function;
}

fn alerts(counter: &js_sys::Function) -> u32 {
    counter.call0(&JsValue::NULL).unwrap().as_f64().unwrap() as u32
}

/// The state that shows `q` as the next question: the answers of the first
/// answer set that asks it, given up to it.
fn opening(q: Question) -> String {
    let done = flow::reachable_answers()
        .into_iter()
        .find(|a| flow::path(a).contains(&q))
        .unwrap_or_else(|| panic!("no answer set asks {q:?}"));
    let mut s: UrlState = journey::begin();
    for p in flow::path(&done).into_iter().take_while(|p| *p != q) {
        s = journey::answer(&s, p, &done.value_key(p).unwrap()).unwrap();
    }
    assert_eq!(journey::screen(&s), journey::Screen::Question(q));
    to_query(&s)
}

/// Continue as a keyboard user presses it: focused, then activated.
fn press_continue(root: &web_sys::Element) {
    let button: web_sys::HtmlElement = query(root, "main button[type=submit]").unchecked_into();
    button.focus().unwrap();
    button.click();
}

/// The controls a question's answer is given with: the radios, or the
/// municipality's search field, the radios of its matches and the county
/// lists.
fn controls(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = root
        .query_selector_all("main form input:not([type=hidden]), main form select")
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// Each control's state: invalid or not, and described by ids that all
/// exist, the hint among them, and the error exactly when it shows.
fn assert_controls(root: &web_sys::Element, q: Question, error: bool, what: &str) {
    let controls = controls(root);
    assert!(!controls.is_empty(), "{what}: no controls");
    for c in controls {
        let name = format!("{what}: #{}", c.id());
        assert_eq!(
            c.get_attribute("aria-invalid").as_deref(),
            error.then_some("true"),
            "{name}: aria-invalid"
        );
        let described = c.get_attribute("aria-describedby").unwrap_or_default();
        let ids: Vec<&str> = described.split_whitespace().collect();
        for id in &ids {
            assert!(
                document().get_element_by_id(id).is_some(),
                "{name}: aria-describedby names #{id}, which is not in the page"
            );
        }
        // The municipality's hint is about typing its name: the search
        // field's; the lists and matches have their own labels.
        let typed = q != Question::Municipality || c.id() == "municipality-search";
        if q.hint_id().is_some() && typed {
            assert!(ids.contains(&"question-hint"), "{name}: {described}");
        }
        assert_eq!(
            ids.contains(&"question-error"),
            error,
            "{name}: the error in aria-describedby ({described})"
        );
    }
}

#[wasm_bindgen_test]
async fn every_empty_continue_moves_focus_to_a_summary_drawn_anew() {
    for q in Question::ALL {
        let (root, _handle) = mount_app(&opening(*q), Locale::Sv).await;
        let counter = watch_alerts(&root);
        let mut before: Option<web_sys::Element> = None;
        for n in 1..=3 {
            press_continue(&root);
            tick().await;
            assert_eq!(focused_id(), "error-summary", "{q:?}: Continue {n}");
            assert_eq!(
                root.query_selector_all("#error-summary").unwrap().length(),
                1
            );
            let summary = query(&root, "#error-summary");
            assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
            if let Some(old) = before.take() {
                assert!(
                    !old.is_connected(),
                    "{q:?}: Continue {n} drew the summary anew"
                );
            }
            assert_eq!(alerts(&counter), n, "{q:?}: alerts after Continue {n}");
            before = Some(summary);
        }
        assert!(
            document().title().starts_with("Fel: Fråga "),
            "{q:?}: {}",
            document().title()
        );
    }
}

/// Planted faults: the alert counter counts an alert put into the page, and
/// not a focus move or a summary that merely stays.
#[wasm_bindgen_test]
async fn the_alert_count_sees_only_new_alerts() {
    let (root, _handle) = mount_app("?step=errand", Locale::Sv).await;
    press_continue(&root);
    tick().await;
    let counter = watch_alerts(&root);
    // What the page did before: focus moved to the summary that was there.
    let summary: web_sys::HtmlElement = query(&root, "#error-summary").unchecked_into();
    summary.blur().unwrap();
    summary.focus().unwrap();
    summary.set_attribute("data-again", "1").unwrap();
    sleep(10).await;
    assert_eq!(alerts(&counter), 0);
    let extra = document().create_element("p").unwrap();
    extra.set_attribute("role", "alert").unwrap();
    query(&root, "main").append_child(&extra).unwrap();
    assert_eq!(alerts(&counter), 1);
}

#[wasm_bindgen_test]
async fn after_an_error_every_control_is_marked_invalid_and_described_by_it() {
    for q in Question::ALL {
        let (root, _handle) = mount_app(&opening(*q), Locale::Sv).await;
        let what = format!("{q:?}");
        assert_controls(&root, *q, false, &format!("{what} before Continue"));
        press_continue(&root);
        tick().await;
        assert_controls(&root, *q, true, &format!("{what} after an empty Continue"));
        let error = text_of(&query(&root, "#question-error"));
        assert!(error.starts_with("Fel:"), "{what}: {error}");
        if *q == Question::Municipality {
            // The matches that appear while the error shows are marked too.
            let input: web_sys::HtmlInputElement =
                query(&root, "#municipality-search").unchecked_into();
            input.set_value("ostersund");
            input
                .dispatch_event(&web_sys::Event::new("input").unwrap())
                .unwrap();
            tick().await;
            assert!(root.query_selector("#municipality-2380").unwrap().is_some());
            assert_controls(&root, *q, true, &format!("{what} matches after an error"));
        }
        assert_no_violations(&root, &format!("{what} with its error")).await;
    }
}
