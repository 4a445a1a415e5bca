//! Shared by the two lookup suites: the names `search` returns.
// Not every test crate that includes `common` searches.
#![allow(dead_code)]

use vagvisare_domain::lookup::search;
use vagvisare_domain::services::ServiceData;

/// The data as the app reads it.
pub fn data() -> ServiceData {
    vagvisare_domain::services::parse(include_str!("../../../data/services.json")).unwrap()
}

pub fn first(data: &ServiceData, query: &str) -> Option<String> {
    search(data, query, 10).first().map(|m| m.name.clone())
}

pub fn names(data: &ServiceData, query: &str, limit: usize) -> Vec<String> {
    search(data, query, limit)
        .into_iter()
        .map(|m| m.name.clone())
        .collect()
}
