//! One language's messages, built from the FTL files of `locales/<lang>/`.
//! Pure: no fetching here, so it is easy to test and to fuzz.

use std::collections::BTreeMap;

use super::ftl::{self, Arg, Message};
use super::locale::Locale;

pub use super::locale::{Part, FTL_FILES};

pub struct Catalog {
    pub locale: Locale,
    messages: BTreeMap<String, Message>,
    /// The files it was read from; a locale is complete when it has every
    /// message of those files' Swedish originals.
    files: Vec<String>,
    numbers: Option<NumberFormatter>,
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

/// The message ids of one Swedish file (build.rs writes them).
fn required_ids(file: &str) -> &'static [&'static str] {
    REQUIRED_IDS
        .iter()
        .find(|(f, _)| *f == file)
        .map_or(&[], |(_, ids)| ids)
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

/// Turns numbers into the locale's digits (`Locale::zero_digit`: Persian
/// digits in Persian, Western digits elsewhere); the browser's `Intl`
/// supplies them. Without one, numbers print as ASCII digits.
pub type NumberFormatter = fn(u32, Locale) -> Option<String>;

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
        let mut messages = BTreeMap::new();
        for (file, text) in sources {
            let resource = ftl::parse(text).map_err(|errors| CatalogError::Syntax {
                file: (*file).to_string(),
                errors,
            })?;
            for (id, message) in resource.messages {
                if messages.insert(id, message).is_some() {
                    return Err(CatalogError::Duplicate {
                        file: (*file).to_string(),
                    });
                }
            }
        }
        Ok(Catalog {
            locale,
            messages,
            files: sources.iter().map(|(f, _)| (*f).to_string()).collect(),
            numbers,
        })
    }

    /// Checks that every message the Swedish originals of its files have is
    /// here.
    pub fn check_complete(self) -> Result<Catalog, CatalogError> {
        let missing = self
            .files
            .iter()
            .flat_map(|file| required_ids(file))
            .filter(|id| !self.messages.contains_key(**id))
            .count();
        if missing == 0 {
            Ok(self)
        } else {
            Err(CatalogError::Incomplete { missing })
        }
    }

    /// Whether it has the pages' texts, not only the first view's.
    pub fn has_pages(&self) -> bool {
        self.files
            .iter()
            .any(|f| Part::Pages.files().contains(&f.as_str()))
    }

    /// `None` when the message is missing or an argument is, so the caller
    /// can fall back instead of showing a raw id or a gap.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let message = self.messages.get(id)?;
        let locale = self.locale;
        let numbers = self.numbers;
        let number = move |n: u32| {
            numbers
                .and_then(|f| f(n, locale))
                .unwrap_or_else(|| n.to_string())
        };
        ftl::format(message, args, locale.plural_category(), &number)
    }
}
