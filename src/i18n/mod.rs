//! Fluent, used directly (not leptos-fluent) so that only the active locale
//! is downloaded, a broken locale falls back to Swedish instead of panicking,
//! and staff mode can render one message in two languages at once.

pub mod catalog;
pub mod ftl;
pub mod loader;
/// The language list lives in the domain, so the URL parser, the app and
/// the tests all iterate the same `Locale::ALL`.
pub use vagvisare_domain::locale;

use std::rc::Rc;

use leptos::prelude::*;

pub use catalog::{strip_isolation, Catalog};
pub use ftl::Arg;
pub use locale::Locale;

/// The language names in their own scripts. Embedded (a few hundred bytes)
/// because the picker must show all six before any other locale is fetched.
const AUTONYMS_FTL: &str = include_str!("../../locales/languages.ftl");

/// Catalogs ready at start-up, before anything is mounted.
#[derive(Clone)]
pub struct Loaded {
    pub active: Rc<Catalog>,
    /// Present when staff mode or a fallback needs Swedish beside `active`.
    pub swedish: Option<Rc<Catalog>>,
    /// The locale the user asked for but which could not be loaded.
    pub failed: Option<Locale>,
}

#[derive(Clone, Copy)]
pub struct I18n {
    active: RwSignal<Rc<Catalog>, LocalStorage>,
    swedish: RwSignal<Option<Rc<Catalog>>, LocalStorage>,
    autonyms: StoredValue<Rc<Catalog>, LocalStorage>,
    /// The language the user chose whose file failed: the app shows Swedish
    /// and says so, rather than a blank page or raw message ids.
    pub failed: RwSignal<Option<Locale>>,
    /// Set once the pages chunk is wanted: from then on every language
    /// loaded brings the pages' texts too (`loader::load_pages`).
    wants_pages: RwSignal<bool>,
}

impl I18n {
    pub fn new(loaded: Loaded) -> I18n {
        let autonyms = Catalog::from_sources(
            Locale::SOURCE,
            &[("languages.ftl", AUTONYMS_FTL.to_string())],
        )
        .map(Rc::new)
        .unwrap_or_else(|_| Rc::clone(&loaded.active));
        I18n {
            active: RwSignal::new_local(loaded.active),
            swedish: RwSignal::new_local(loaded.swedish),
            autonyms: StoredValue::new_local(autonyms),
            failed: RwSignal::new(loaded.failed),
            wants_pages: RwSignal::new(false),
        }
    }

    pub fn locale(&self) -> Locale {
        self.active.with(|c| c.locale)
    }

    pub fn locale_untracked(&self) -> Locale {
        self.active.with_untracked(|c| c.locale)
    }

    /// A message in the active language; Swedish if this locale lacks it;
    /// never the raw id (an empty string is logged instead).
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.t_marked(id, args).0
    }

    /// The message, and whether it is the Swedish text standing in for the
    /// active language's (which `<T>` then marks `lang="sv"`). A locale
    /// lacking a message is refused whole when it loads (the app falls back
    /// to Swedish with a notice), so this happens only when a message
    /// cannot be formatted, such as a translation naming a variable the
    /// code does not pass; the e2e checks look for the blank text that
    /// would follow if not even Swedish can (`tests/e2e/browser.mjs`).
    pub fn t_marked(&self, id: &str, args: &[(&str, Arg)]) -> (String, bool) {
        let active = self.active.get();
        if let Some(text) = active.format(id, args) {
            return (text, false);
        }
        (self.t_sv_args(id, args), active.locale != Locale::SOURCE)
    }

    /// The same message in Swedish, for staff reading along.
    pub fn t_sv(&self, id: &str) -> String {
        self.t_sv_args(id, &[])
    }

    pub fn t_sv_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        // Without a Swedish catalog (not loaded yet, or failed) the active
        // language stands in, so nothing is ever blank.
        let text = self
            .swedish
            .with(|sv| sv.as_ref().and_then(|c| c.format(id, args)))
            .or_else(|| self.active.get().format(id, args));
        text.unwrap_or_else(|| {
            leptos::logging::warn!("missing Fluent message: {id}");
            String::new()
        })
    }

    /// For attributes and comparisons, where isolation marks do harm.
    pub fn t_plain(&self, id: &str) -> String {
        strip_isolation(&self.t(id))
    }

    pub fn t_plain_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        strip_isolation(&self.t_args(id, args))
    }

    pub fn autonym(&self, locale: Locale) -> String {
        self.autonyms
            .with_value(|c| c.format(locale.autonym_id(), &[]))
            .unwrap_or_else(|| locale.code().to_string())
    }

    /// Whether the pages' texts are in hand, not only the first view's.
    /// (Swedish beside them in staff mode may lack them if its download
    /// failed: `t_sv` then shows the visitor's language, never a gap.)
    pub fn has_pages(&self) -> bool {
        self.active.with_untracked(|c| c.has_pages())
    }

    /// Whether a language loaded now needs the pages' texts too.
    pub fn wants_pages(&self) -> bool {
        self.wants_pages.get_untracked() || self.has_pages()
    }

    pub fn has_swedish(&self) -> bool {
        self.swedish.with_untracked(|s| s.is_some()) || self.locale_untracked() == Locale::SOURCE
    }

    /// Adds Swedish beside the active language (staff mode switched on).
    pub fn install_swedish(&self, swedish: Rc<Catalog>) {
        self.swedish.set(Some(swedish));
    }

    /// Swaps in a freshly loaded language. Keeps the old one on failure.
    pub fn install(&self, loaded: Loaded) {
        self.active.set(loaded.active);
        if loaded.swedish.is_some() {
            self.swedish.set(loaded.swedish);
        }
        self.failed.set(loaded.failed);
    }
}

/// Marks a string as a Fluent message id where it is chosen indirectly (a
/// `match`, an argument), so `tests/locales.rs` can find every id in use.
pub const fn msg(id: &'static str) -> &'static str {
    id
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
