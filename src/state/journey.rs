//! The journey in the address bar: the domain decides where each action
//! leads (`vagvisare_domain::journey`); this pushes that state as a history
//! entry, so the browser's Back walks the journey, a reload restores it and
//! a link shares it. It also writes the preferences (language, staff mode)
//! into every address it pushes.

use leptos::prelude::*;
use vagvisare_domain::flow::Question;
use vagvisare_domain::journey;
use vagvisare_domain::url_state::{self, Page, UrlState};

use crate::browser;
use crate::i18n::{loader, I18n, Locale};
use crate::state::staff::Staff;

#[derive(Clone, Copy)]
pub struct Journey {
    /// The state in the address bar.
    pub url: RwSignal<UrlState>,
    /// Set after the first render: the first page load keeps the browser's
    /// own focus handling; later page changes move focus to the `h1`.
    navigated: RwSignal<bool>,
    /// History entries pushed since this visitor began, so "New visitor"
    /// can step back over them.
    pushes: RwSignal<i32>,
    /// Set while "New visitor" walks history back; the next popstate ends it.
    wiping: RwSignal<bool>,
    staff: Staff,
    i18n: I18n,
}

impl Journey {
    /// Whether a page change happened in the app (not the first load).
    pub fn navigated_untracked(&self) -> bool {
        self.navigated.get_untracked()
    }

    /// Pushes a new history entry, so the browser's back button walks the
    /// journey. The URL is canonicalised through the parser.
    pub fn go(&self, mut next: UrlState) {
        next.lang = Some(self.lang_code());
        next.staff = self.staff.on.get_untracked();
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

    /// The browser's own Back or Forward landed on `query`.
    pub fn popped(&self, query: &str) {
        self.navigated.set(true);
        if self.wiping.get_untracked() {
            self.finish_wipe();
            return;
        }
        self.pushes.update(|n| *n = (*n - 1).max(0));
        self.url.set(url_state::parse(query));
    }

    /// Canonicalises the address once at start: drops invalid values,
    /// records language and staff mode, and moves answers found in the
    /// query (a link from before they lived in the fragment) into the
    /// fragment with replaceState, so they leave the address bar and the
    /// history at once. The one request that brought such a link here
    /// already carried them to the server; that cannot be undone.
    pub fn canonicalise(&self) {
        let mut s = self.url.get_untracked();
        s.lang = Some(self.lang_code());
        s.staff = self.staff.on.get_untracked();
        let query = url_state::to_query(&s);
        browser::url::replace(&query);
        self.url.set(url_state::parse(&query));
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
    fn finish_wipe(&self) {
        self.wiping.set(false);
        // Staff: the visitor-language choice; kiosk: the start page.
        let clean = UrlState {
            staff: self.staff.on.get_untracked(),
            lang: Some(Locale::SOURCE.code().into()),
            ..UrlState::default()
        };
        let query = url_state::to_query(&clean);
        browser::url::replace(&query);
        // A fresh entry drops the visitor's forward entries.
        browser::url::push(&query);
        self.url.set(url_state::parse(&query));
        if self.i18n.locale_untracked() != Locale::SOURCE {
            self.change_language(Locale::SOURCE);
        }
    }

    pub fn set_staff(&self, on: bool) {
        browser::storage::set_staff_mode(on);
        self.staff.on.set(on);
        // Staff mode shows Swedish beside the visitor's language.
        let i18n = self.i18n;
        if on && !i18n.has_swedish() {
            // Only Swedish is missing; the active language stays as it is.
            leptos::task::spawn_local(async move {
                // Every part: staff mode's pages come from the pages chunk.
                if let Ok(sv) = loader::fetch_catalog(Locale::SOURCE, loader::parts(true)).await {
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

    /// Switches language: the old one stays on screen until the new one is in.
    pub fn change_language(&self, locale: Locale) {
        let staff = self.staff.on.get_untracked();
        // On a shared desk computer the visitor's language is not remembered:
        // the next visitor must not inherit it.
        if !staff && self.staff.kiosk.is_none() {
            browser::storage::set_language(locale);
        }
        let (i18n, url) = (self.i18n, self.url);
        leptos::task::spawn_local(async move {
            if let Ok(loaded) = loader::load(locale, staff, i18n.wants_pages()).await {
                i18n.install(loaded);
            }
            let mut next = url.get_untracked();
            next.lang = Some(i18n.locale_untracked().code().to_string());
            browser::url::replace(&url_state::to_query(&next));
            url.set(next);
        });
    }
}

impl Journey {
    pub fn new(initial: UrlState, staff: Staff, i18n: I18n) -> Journey {
        Journey {
            url: RwSignal::new(initial),
            navigated: RwSignal::new(false),
            pushes: RwSignal::new(0),
            wiping: RwSignal::new(false),
            staff,
            i18n,
        }
    }
}

pub fn use_journey() -> Journey {
    super::state().journey
}
