//! Fetches one locale's FTL files and turns failures into a Swedish fallback.

use std::rc::Rc;

use futures_util::future::join_all;

use super::catalog::{Catalog, CatalogError, FTL_FILES};
use super::{Loaded, Locale};
use crate::browser::fetch;

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

pub async fn fetch_catalog(locale: Locale) -> Result<Catalog, LocaleError> {
    let urls: Vec<String> = FTL_FILES
        .iter()
        .map(|f| format!("locales/{}/{}", locale.code(), f))
        .collect();
    let bodies = join_all(urls.iter().map(|u| fetch::text(u))).await;
    let mut sources = Vec::with_capacity(FTL_FILES.len());
    for (file, body) in FTL_FILES.iter().zip(bodies) {
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

/// Loads `wanted`, plus Swedish when `with_swedish` (staff mode). If `wanted`
/// fails, Swedish takes its place and `failed` records it for the notice.
/// `Err` only when not even Swedish can be had: the static page then shows
/// the phone number.
pub async fn load(wanted: Locale, with_swedish: bool) -> Result<Loaded, LocaleError> {
    if wanted == Locale::SOURCE {
        let sv = Rc::new(fetch_catalog(Locale::SOURCE).await?);
        return Ok(Loaded {
            active: sv,
            swedish: None,
            failed: None,
        });
    }
    let (active, swedish) = if with_swedish {
        let (a, s) = futures_util::join!(fetch_catalog(wanted), fetch_catalog(Locale::SOURCE));
        (a, Some(s))
    } else {
        (fetch_catalog(wanted).await, None)
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
                None => fetch_catalog(Locale::SOURCE).await?,
            };
            Ok(Loaded {
                active: Rc::new(sv),
                swedish: None,
                failed: Some(wanted),
            })
        }
    }
}
