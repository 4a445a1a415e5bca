//! Fetches one locale's FTL files and turns failures into a Swedish fallback.

use std::rc::Rc;

use futures_util::future::join_all;

use super::catalog::{Catalog, CatalogError, Part};
use super::{I18n, Loaded, Locale};
use crate::browser::fetch;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum LocaleError {
    Fetch(String),
    Catalog(CatalogError),
}

// Display, not Debug, in the console: Debug's string escaping would add
// Unicode tables to the download for a log line.
impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LocaleError::Fetch(why) => write!(f, "download failed: {why}"),
            LocaleError::Catalog(CatalogError::Syntax { file, errors }) => {
                write!(f, "{file} has {errors} syntax error(s)")
            }
            LocaleError::Catalog(CatalogError::Duplicate { file }) => {
                write!(f, "{file} repeats a message")
            }
            LocaleError::Catalog(CatalogError::Incomplete { missing }) => {
                write!(f, "{missing} message(s) missing")
            }
        }
    }
}

/// The parts a load asks for: the first view's texts, and the pages' too.
pub fn parts(pages: bool) -> &'static [Part] {
    if pages {
        &Part::ALL
    } else {
        &Part::ALL[..1]
    }
}

pub async fn fetch_catalog(locale: Locale, parts: &[Part]) -> Result<Catalog, LocaleError> {
    let files: Vec<&str> = parts.iter().flat_map(|p| p.files()).copied().collect();
    let urls: Vec<String> = files
        .iter()
        .map(|f| format!("locales/{}/{}", locale.code(), f))
        .collect();
    let bodies = join_all(urls.iter().map(|u| fetch::text(u))).await;
    let mut sources = Vec::with_capacity(files.len());
    for (file, body) in files.iter().zip(bodies) {
        sources.push((*file, body.map_err(LocaleError::Fetch)?));
    }
    // The downloads' last step and the parsing below are separate tasks.
    crate::browser::schedule::next_task().await;
    // An incomplete locale (truncated download, half-deployed translation)
    // is refused as a whole: the caller falls back to Swedish with a notice.
    Catalog::with_formatter(locale, &sources, Some(crate::browser::intl::format_number))
        .and_then(Catalog::check_complete)
        .map_err(LocaleError::Catalog)
}

/// Loads `wanted`, plus Swedish when `with_swedish` (staff mode): the first
/// view's texts, and the pages' too when `pages`. If `wanted` fails,
/// Swedish takes its place and `failed` records it for the notice. `Err`
/// only when not even Swedish can be had: the static page then shows the
/// phone number.
pub async fn load(wanted: Locale, with_swedish: bool, pages: bool) -> Result<Loaded, LocaleError> {
    let parts = parts(pages);
    if wanted == Locale::SOURCE {
        let sv = Rc::new(fetch_catalog(Locale::SOURCE, parts).await?);
        return Ok(Loaded {
            active: sv,
            swedish: None,
            failed: None,
        });
    }
    let (active, swedish) = if with_swedish {
        let (a, s) = futures_util::join!(
            fetch_catalog(wanted, parts),
            fetch_catalog(Locale::SOURCE, parts)
        );
        (a, Some(s))
    } else {
        (fetch_catalog(wanted, parts).await, None)
    };
    match active {
        Ok(active) => Ok(Loaded {
            active: Rc::new(active),
            swedish: swedish.and_then(Result::ok).map(Rc::new),
            failed: None,
        }),
        Err(err) => {
            leptos::logging::warn!("locale {} failed: {err}", wanted.code());
            let sv = match swedish {
                Some(s) => s?,
                None => fetch_catalog(Locale::SOURCE, parts).await?,
            };
            Ok(Loaded {
                active: Rc::new(sv),
                swedish: None,
                failed: Some(wanted),
            })
        }
    }
}

/// Loads the pages' texts (with the first view's again, from the cache)
/// for the language on screen, and Swedish beside it in staff mode, unless
/// they are in hand; the pages chunk waits for this, so a page never renders
/// without its texts. A failure falls back to Swedish with the notice, as at
/// start-up. From now on a change of language loads the pages' texts too;
/// if one happened meanwhile, the load is repeated for the new language.
/// `Err` only when no Swedish can be had: the page then says it could not be
/// fetched, with a retry.
pub async fn load_pages(i18n: I18n) -> Result<(), LocaleError> {
    i18n.wants_pages.set(true);
    while !i18n.has_pages() {
        // Swedish beside the visitor's language: staff mode.
        let staff = i18n.swedish.with_untracked(Option::is_some);
        i18n.install(load(i18n.locale_untracked(), staff, true).await?);
    }
    Ok(())
}
