//! Browser tests: wasm-bindgen-test in real headless Chromium. Each page is
//! mounted into a fresh container and checked with axe-core; focus, titles
//! and languages are asserted by hand because axe cannot see them.
#![cfg(target_arch = "wasm32")]

mod axe_selftest;
mod dates;
mod errors;
mod harness;
mod numbers;
mod overview;
mod pages;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
