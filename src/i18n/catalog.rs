//! One language's messages, built from the FTL files of `locales/<lang>/`.
//! Pure: no fetching here, so it is easy to test and to fuzz.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::locale::Locale;

/// The FTL files every locale has, fetched in this order.
pub const FTL_FILES: [&str; 3] = ["shell.ftl", "flow.ftl", "staff.ftl"];

pub struct Catalog {
    pub locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CatalogError {
    /// A file did not parse: using half a locale would show raw gaps, so the
    /// whole locale is rejected and the app falls back to Swedish.
    Syntax {
        file: String,
        errors: usize,
    },
    Duplicate {
        file: String,
    },
    /// Parsed, but lacks messages Swedish has (a truncated download, a
    /// half-finished translation): gaps would show as blank text.
    Incomplete {
        missing: usize,
    },
}

include!(concat!(env!("OUT_DIR"), "/required_ids.rs"));

/// Bidi isolation marks that Fluent wraps around placeables. They belong in
/// running text (they keep "0771-416 416" left-to-right inside Arabic), but
/// never in hrefs, attribute values or comparisons.
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// Turns numbers into the locale's digits (fluent-rs prints ASCII digits
/// only); the browser's `Intl` supplies one per locale.
pub type NumberFormatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

impl Catalog {
    pub fn from_sources(
        locale: Locale,
        sources: &[(&str, String)],
    ) -> Result<Catalog, CatalogError> {
        Self::with_formatter(locale, sources, None)
    }

    pub fn with_formatter(
        locale: Locale,
        sources: &[(&str, String)],
        numbers: Option<NumberFormatter>,
    ) -> Result<Catalog, CatalogError> {
        let langid: LanguageIdentifier = locale
            .code()
            .parse()
            .expect("locale codes are valid language identifiers");
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_formatter(numbers);
        for (file, text) in sources {
            let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
                CatalogError::Syntax {
                    file: (*file).to_string(),
                    errors: errors.len(),
                }
            })?;
            bundle
                .add_resource(resource)
                .map_err(|_| CatalogError::Duplicate {
                    file: (*file).to_string(),
                })?;
        }
        Ok(Catalog { locale, bundle })
    }

    /// Checks that every message Swedish has is here.
    pub fn check_complete(self) -> Result<Catalog, CatalogError> {
        let missing = REQUIRED_IDS
            .iter()
            .filter(|id| !self.bundle.has_message(id))
            .count();
        if missing == 0 {
            Ok(self)
        } else {
            Err(CatalogError::Incomplete { missing })
        }
    }

    /// `None` when the message is missing or has no value, so the caller can
    /// fall back instead of showing a raw id.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            None
        }
    }
}

/// Builds Fluent arguments from plain pairs; numbers stay numbers so plural
/// selection works.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (k, v) in pairs {
        out.set(*k, v.clone());
    }
    out
}
