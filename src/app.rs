//! App state and page selection. All journey state lives in the URL
//! (`UrlState`); the language and staff mode are preferences; the service
//! data is fetched the first time a page needs it.

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::flow::Question;
use vagvisare_domain::journey;
use vagvisare_domain::services::ServiceData;
use vagvisare_domain::url_state::{self, Page, UrlState};

use crate::browser;
use crate::i18n::{loader, I18n, Loaded, Locale};
use crate::ui;
use crate::ui::pages::{self, Chunk};

#[derive(Clone, Debug, PartialEq)]
pub enum DataState {
    Idle,
    Loading,
    Ready(Arc<ServiceData>),
    Failed(DataFailure),
}

/// Why the service data could not be used; each has its own message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DataFailure {
    Network,
    Malformed,
    WrongSchema,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub url: RwSignal<UrlState>,
    pub staff: RwSignal<bool>,
    pub data: RwSignal<DataState>,
    /// Set after the first render: the first page load keeps the browser's
    /// own focus handling; later page changes move focus to the `h1`.
    pub navigated: RwSignal<bool>,
    pub data_url: &'static str,
    /// History entries pushed since this visitor began, so "New visitor"
    /// can step back over them.
    pub pushes: RwSignal<i32>,
    /// Set while "New visitor" walks history back; the next popstate ends it.
    pub wiping: RwSignal<bool>,
    pub i18n: I18n,
    /// The connection, as the browser reports it.
    pub online: RwSignal<bool>,
    /// The service data came from the offline cache and may be old.
    pub data_cached: RwSignal<bool>,
    /// The chunk with every page but the start page (see `ui::pages`).
    pub pages: RwSignal<Chunk>,
    /// Kiosk mode's idle seconds on a self-service computer, else `None`.
    pub kiosk: Option<u32>,
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Pushes a new history entry, so the browser's back button walks the
    /// journey. The URL is canonicalised through the parser.
    pub fn go(&self, mut next: UrlState) {
        next.lang = Some(self.lang_code());
        next.staff = self.staff.get_untracked();
        let query = url_state::to_query(&next);
        browser::url::push(&query);
        self.pushes.update(|n| *n += 1);
        self.navigated.set(true);
        self.url.set(url_state::parse(&query));
    }

    fn lang_code(&self) -> String {
        self.i18n.locale_untracked().code().to_string()
    }

    pub fn show_page(&self, page: Page) {
        self.go(journey::page(page));
    }

    pub fn start_journey(&self) {
        self.go(journey::begin());
    }

    pub fn start_again(&self) {
        self.go(UrlState::default());
    }

    /// Records an answer and moves on to whatever the flow asks next; an
    /// answer the flow refuses changes nothing.
    pub fn answer(&self, question: Question, value: &str) {
        if let Ok(next) = self
            .url
            .with_untracked(|s| journey::answer(s, question, value))
        {
            self.go(next);
        }
    }

    pub fn confirm(&self) {
        self.go(self.url.with_untracked(journey::confirm));
    }

    pub fn back(&self) {
        if let Some(prev) = self.url.with_untracked(journey::back) {
            self.go(prev);
        }
    }

    /// Fetches the service data once; a failed load can be retried.
    pub fn ensure_data(&self) {
        let (data, url, cached) = (self.data, self.data_url, self.data_cached);
        if matches!(
            data.get_untracked(),
            DataState::Loading | DataState::Ready(_)
        ) {
            return;
        }
        data.set(DataState::Loading);
        leptos::task::spawn_local(async move {
            data.set(match browser::service_data::load(url).await {
                Ok((d, from_cache)) => {
                    cached.set(from_cache);
                    DataState::Ready(Arc::new(d))
                }
                Err(e) => DataState::Failed(e),
            });
        });
    }

    /// Fetches the pages chunk unless it is here or on its way; each page
    /// that needs it after a failed fetch (and "Try again") is a new
    /// attempt. One fetch at a time: the prefetch and a page asking at once
    /// would otherwise both fetch again after a failure.
    pub fn ensure_pages(&self) {
        let signal = self.pages;
        if matches!(signal.get_untracked(), Chunk::Ready | Chunk::Loading) {
            return;
        }
        signal.set(Chunk::Loading);
        leptos::task::spawn_local(async move {
            signal.set(match pages::load().await {
                Ok(()) => Chunk::Ready,
                Err(_) => Chunk::Failed,
            });
        });
    }

    /// Wipes everything about the current visitor: the answers, the address,
    /// the history entries this visit pushed (stepped back over, then cut off
    /// by a new entry), the visitor's language; then shows the language choice.
    pub fn new_visitor(&self) {
        let steps = self.pushes.get_untracked();
        self.pushes.set(0);
        self.navigated.set(true);
        if steps > 0 {
            self.wiping.set(true);
            browser::url::go(-steps);
        } else {
            self.finish_wipe();
        }
    }

    /// Runs when the history walk of `new_visitor` has landed.
    pub fn finish_wipe(&self) {
        self.wiping.set(false);
        // Staff: the visitor-language choice; kiosk: the start page.
        let clean = UrlState {
            staff: self.staff.get_untracked(),
            lang: Some(Locale::SOURCE.code().into()),
            ..UrlState::default()
        };
        let query = url_state::to_query(&clean);
        browser::url::replace(&query);
        // A fresh entry drops the visitor's forward entries.
        browser::url::push(&query);
        self.url.set(url_state::parse(&query));
        let i18n = self.i18n;
        if i18n.locale_untracked() != Locale::SOURCE {
            change_language(i18n, *self, Locale::SOURCE);
        }
    }

    pub fn set_staff(&self, on: bool) {
        browser::storage::set_staff_mode(on);
        self.staff.set(on);
        // Staff mode shows Swedish beside the visitor's language.
        let i18n = self.i18n;
        if on && !i18n.has_swedish() {
            // Only Swedish is missing; the active language stays as it is.
            leptos::task::spawn_local(async move {
                if let Ok(sv) = loader::fetch_catalog(Locale::SOURCE).await {
                    i18n.install_swedish(std::rc::Rc::new(sv));
                }
            });
        }
        let mut next = self.url.get_untracked();
        next.staff = on;
        next.lang = Some(self.lang_code());
        browser::url::replace(&url_state::to_query(&next));
        self.url.set(next);
    }
}

/// Switches language: the old one stays on screen until the new one is in.
pub fn change_language(i18n: I18n, app: AppState, locale: Locale) {
    // On a shared desk computer the visitor's language is not remembered:
    // the next visitor must not inherit it.
    if !app.staff.get_untracked() && app.kiosk.is_none() {
        browser::storage::set_language(locale);
    }
    let staff = app.staff.get_untracked();
    leptos::task::spawn_local(async move {
        if let Ok(loaded) = loader::load(locale, staff).await {
            i18n.install(loaded);
        }
        let mut next = app.url.get_untracked();
        next.lang = Some(i18n.locale_untracked().code().to_string());
        browser::url::replace(&url_state::to_query(&next));
        app.url.set(next);
    });
}

#[component]
pub fn App(
    loaded: Loaded,
    initial: UrlState,
    staff: bool,
    /// Service data already in hand (tests); otherwise fetched when needed.
    #[prop(optional)]
    preloaded: Option<Arc<ServiceData>>,
    /// Where the service data is fetched from (tests point it elsewhere).
    #[prop(optional)]
    data_url: Option<&'static str>,
    /// The deployment settings; `config/site.toml` unless a test gives others.
    #[prop(optional)]
    site: Option<crate::site::Site>,
    /// Kiosk mode's idle seconds (a self-service computer).
    #[prop(default = None)]
    kiosk: Option<u32>,
) -> impl IntoView {
    let i18n = I18n::new(loaded);
    provide_context(i18n);
    crate::site::provide_site(site.unwrap_or(crate::site::SITE));
    let app = AppState {
        url: RwSignal::new(initial),
        staff: RwSignal::new(staff),
        data: RwSignal::new(preloaded.map_or(DataState::Idle, DataState::Ready)),
        navigated: RwSignal::new(false),
        data_url: data_url.unwrap_or(browser::service_data::DATA_URL),
        pushes: RwSignal::new(0),
        wiping: RwSignal::new(false),
        i18n,
        online: RwSignal::new(browser::offline::is_online()),
        data_cached: RwSignal::new(false),
        pages: RwSignal::new(pages::state()),
        kiosk,
    };
    if kiosk.is_some() {
        browser::document::set_kiosk_mode();
    }
    provide_context(app);
    if staff {
        browser::storage::set_staff_mode(true);
    }

    // Canonicalise the address once: drops invalid values, records language,
    // and moves answers found in the query (a link from before they lived in
    // the fragment) into the fragment with replaceState, so they leave the
    // address bar and the history at once. The one request that brought such
    // a link here already carried them to the server; that cannot be undone.
    {
        let mut s = app.url.get_untracked();
        s.lang = Some(i18n.locale_untracked().code().to_string());
        s.staff = staff;
        browser::url::replace(&url_state::to_query(&s));
        app.url.set(url_state::parse(&url_state::to_query(&s)));
    }
    browser::url::on_pop(move |query| {
        app.navigated.set(true);
        if app.wiping.get_untracked() {
            app.finish_wipe();
            return;
        }
        app.pushes.update(|n| *n = (*n - 1).max(0));
        app.url.set(url_state::parse(&query));
    });

    browser::offline::on_change(move |online| app.online.set(online));

    Effect::new(move |_| {
        let locale = i18n.locale();
        browser::document::set_language(locale.code(), locale.dir());
    });

    let screen = Memo::new(move |_| app.url.with(journey::screen));
    // Once the first page is painted (a timeout set in an animation frame
    // runs after that frame's paint), fetch the other pages while the
    // visitor reads it, so Start answers at once. Earlier, the chunk would
    // compete with the first view for a slow connection.
    request_animation_frame(move || {
        set_timeout(move || app.ensure_pages(), std::time::Duration::ZERO);
    });

    view! { <ui::shell::Shell screen=screen /> }
}
