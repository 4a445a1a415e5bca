//! Fetches the service-data JSON (static assets, so the data can be updated
//! without recompiling) and validates it with the domain's parser: the
//! whole file, or one municipality's document beside it
//! (`services::municipality_path`).

use vagvisare_domain::services::{self, DataError, ServiceData};

/// Why the service data could not be used; each has its own message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DataFailure {
    Network,
    Malformed,
    WrongSchema,
}

pub const DATA_URL: &str = "data/services.json";

/// Where one municipality's document is, beside the full file at `full`:
/// `data/m/2425.json` beside `data/services.json`.
pub fn municipality_url(full: &str, code: &str) -> String {
    let folder = full.rfind('/').map_or("", |i| &full[..=i]);
    format!("{folder}{}", services::municipality_path(code))
}

/// The data, and whether it came from the offline cache (so may be old).
pub async fn load(url: &str) -> Result<(ServiceData, bool), DataFailure> {
    read(url, services::parse).await
}

/// One municipality's document (`code` must be the one it holds), and
/// whether it came from the offline cache.
pub async fn load_municipality(url: &str, code: &str) -> Result<(ServiceData, bool), DataFailure> {
    read(url, |body| services::parse_municipality(body, code)).await
}

async fn read(
    url: &str,
    parse: impl FnOnce(&str) -> Result<ServiceData, DataError>,
) -> Result<(ServiceData, bool), DataFailure> {
    let (body, cached) = super::fetch::text_and_source(url).await.map_err(|e| {
        leptos::logging::warn!("service data: {e}");
        DataFailure::Network
    })?;
    let data = parse(&body).map_err(|e| {
        leptos::logging::warn!("service data ({url}): {e}");
        match e {
            DataError::WrongSchema { .. } => DataFailure::WrongSchema,
            DataError::Malformed(_) | DataError::Invalid(_) => DataFailure::Malformed,
        }
    })?;
    Ok((data, cached))
}
