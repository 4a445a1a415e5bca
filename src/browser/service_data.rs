//! Fetches the service-data JSON (a static asset, so the data can be updated
//! without recompiling) and validates it with the domain's parser.

use vagvisare_domain::services::{self, DataError, ServiceData};

/// Why the service data could not be used; each has its own message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DataFailure {
    Network,
    Malformed,
    WrongSchema,
}

pub const DATA_URL: &str = "data/services.json";

/// The data, and whether it came from the offline cache (so may be old).
pub async fn load(url: &str) -> Result<(ServiceData, bool), DataFailure> {
    let (body, cached) = super::fetch::text_and_source(url).await.map_err(|e| {
        leptos::logging::warn!("service data: {e}");
        DataFailure::Network
    })?;
    let data = services::parse(&body).map_err(|e| {
        leptos::logging::warn!("service data: {e}");
        match e {
            DataError::WrongSchema { .. } => DataFailure::WrongSchema,
            DataError::Malformed(_) | DataError::Invalid(_) => DataFailure::Malformed,
        }
    })?;
    Ok((data, cached))
}
