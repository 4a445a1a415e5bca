//! Shared by the domain's tests: the PRNG, the brief's routing table, the
//! FTL walker and the search helpers.

pub mod brief;
pub mod ftl;
pub mod rng;
pub mod search;

// Not every test crate that includes `common` draws random numbers.
#[allow(unused_imports)]
pub use rng::Rng;
