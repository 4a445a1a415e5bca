//! The only place that touches browser APIs. The UI calls these small
//! modules; the domain crate never does. A leaf: nothing here imports the
//! rest of the app (only the domain's types), which `tests/module_graph.rs`
//! checks.

pub mod document;
pub mod fetch;
pub mod intl;
pub mod offline;
pub mod schedule;
pub mod service_data;
pub mod storage;
pub mod url;
