//! Vägvisaren's web app. The folder tree is the architecture, in layers
//! that only import downwards (`tests/module_graph.rs` fails on a cycle):
//! - `domain/` (its own crate): answers, the questions table, the journey,
//!   routing rules, service data, lookup, URL state, the languages — plain
//!   Rust, no web imports, tested on the host;
//! - `src/browser/`: the only code that touches browser APIs; a leaf;
//! - `src/i18n/`: Fluent catalogs, fetched per language;
//! - `src/state/`: one small context per concern (journey, staff, data,
//!   pages chunk, connectivity);
//! - `src/ui/`: small single-purpose components, one per file;
//! - `src/app.rs`: the root component, which provides the contexts;
//! - `src/prerender.rs`: the start page as static HTML in index.html.

pub mod app;
pub mod browser;
pub mod i18n;
pub mod prerender;
pub mod qr;
pub mod site;
pub mod state;
pub mod ui;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{loader, Locale};

/// The language for this visit: the link's `?lang=` (a shared link opens in
/// the sender's language), else the stored choice, else the browser's.
pub fn initial_locale(url_lang: Option<&str>) -> Locale {
    url_lang
        .and_then(Locale::from_tag)
        .or_else(browser::storage::language)
        .unwrap_or_else(|| {
            let langs = browser::storage::navigator_languages();
            i18n::locale::negotiate(langs.iter().map(String::as_str))
        })
}

/// Loads the language, then mounts. Until then index.html's static view
/// (product name, phone number) stays on screen.
pub fn start() {
    // Not leptos::task::spawn_local: Leptos sets up its executor when mounting.
    wasm_bindgen_futures::spawn_local(async {
        let state = vagvisare_domain::url_state::parse(&browser::url::current_address());
        // Kiosk mode (a self-service computer) is switched on or off by
        // `?kiosk=` and remembered on that computer; it excludes staff mode.
        use vagvisare_domain::kiosk::{setting_in_query, Setting};
        match setting_in_query(&browser::url::current_search()) {
            Some(Setting::On(seconds)) => browser::storage::set_kiosk_mode(Some(seconds)),
            Some(Setting::Off) => browser::storage::set_kiosk_mode(None),
            None => {}
        }
        let kiosk = browser::storage::kiosk_mode();
        if kiosk.is_some() {
            browser::storage::set_staff_mode(false);
        }
        let staff = kiosk.is_none() && (state.staff || browser::storage::staff_mode());
        let locale = initial_locale(state.lang.as_deref());
        // A visit that starts on another page (a shared link, a reload)
        // fetches that page's chunk beside the language, so the first render
        // is the page itself; if the chunk fails, the page says so.
        let public_start = vagvisare_domain::journey::screen(&state)
            == vagvisare_domain::journey::Screen::Start
            && !staff
            && kiosk.is_none();
        let pages = async {
            if !public_start && ui::pages::load().await.is_ok() {
                // The data the boot script fetched is read in a task of
                // its own, not in the first page's: together they were
                // the longest task of a result opened from a link.
                browser::schedule::next_task().await;
                ui::pages::read_early_data();
            }
        };
        let (loaded, ()) =
            futures_util::future::join(loader::load(locale, staff, !public_start), pages).await;
        match loaded {
            Ok(loaded) => {
                browser::schedule::next_task().await;
                let Some(root) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("app"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    browser::document::show_boot_error();
                    return;
                };
                browser::document::remove_boot_view();
                let handle = leptos::mount::mount_to(root, move || {
                    view! { <app::App loaded=loaded.clone() initial=state.clone() staff=staff kiosk=kiosk /> }
                });
                handle.forget();
                browser::offline::register_service_worker();
            }
            Err(err) => {
                leptos::logging::error!("no locale could be loaded: {err}");
                browser::document::show_boot_error();
            }
        }
    });
}
