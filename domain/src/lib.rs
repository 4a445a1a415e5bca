//! Vägvisaren's domain: everything that decides *what* to tell a jobseeker,
//! kept free of Leptos and web-sys so it runs and is tested on the host.

pub mod answers;
pub mod claims;
pub mod flow;
pub mod fold;
pub mod graph;
pub mod journey;
pub mod json;
pub mod kiosk;
pub mod locale;
pub mod lookup;
pub mod place;
pub mod routing;
pub mod services;
pub mod small_sort;
pub mod url_state;
