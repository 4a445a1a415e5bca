//! The app's state, one small handle per concern, each built by its own
//! constructor and found by its own `use_*`. A component asks for the
//! narrowest one it needs:
//! the staff flag to render bilingual text, the data to show places, the
//! journey to move on. The journey itself is the domain's
//! (`vagvisare_domain::journey`); [`journey::Journey`] only keeps it in the
//! address bar and the history.
//!
//! This layer imports `browser` and `i18n`, never `ui` or `app`.

pub mod chunk;
pub mod connectivity;
pub mod data;
pub mod journey;
pub mod staff;

use leptos::prelude::*;

/// Every handle, provided together by [`provide_state`], each found by its
/// own `use_*`.
///
/// One Leptos context holds them all because each context type costs its own
/// copy of the generic lookup, about 770 bytes of wasm per `expect_context`
/// type: a context per handle made the first view 0.95 KB brotli larger
/// than this (measured 2026-12-02 in the release split build), which its
/// 120 KB budget did not have. A component still gets only the handle it
/// asks for.
#[derive(Clone, Copy)]
pub struct State {
    pub journey: journey::Journey,
    pub staff: staff::Staff,
    pub data: data::Data,
    pub chunk: chunk::PagesChunk,
    pub connectivity: connectivity::Connectivity,
}

pub fn provide_state(state: State) {
    provide_context(state);
}

fn state() -> State {
    expect_context::<State>()
}
