//! FTL helpers shared by the host tests: reading the shipped files with the
//! reference parser (fluent-syntax) and listing each message's variables
//! (the walker itself is `domain/tests/common/ftl.rs`, shared with the
//! domain's tests).
// Each test crate uses a different part of this module.
#![allow(dead_code)]

pub mod dates;
#[path = "../../domain/tests/common/ftl.rs"]
mod ftl;
pub mod graph;

// Not every test crate that includes `common` reads FTL.
#[allow(unused_imports)]
pub use ftl::*;

use std::path::PathBuf;

use vagvisare::i18n::Locale;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn ftl_path(locale: Locale, file: &str) -> PathBuf {
    root().join("locales").join(locale.code()).join(file)
}
