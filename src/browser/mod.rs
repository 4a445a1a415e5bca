//! The only place that touches browser APIs. The UI calls these small
//! modules; the domain crate never does.

pub mod document;
pub mod fetch;
pub mod intl;
pub mod offline;
pub mod schedule;
pub mod service_data;
pub mod storage;
pub mod url;
