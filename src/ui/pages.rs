//! Every page but the public start page lives in a separate wasm chunk, so
//! the first view downloads only what it shows (budget: 120 KB brotli).
//! `render` is the split point: in the release build (feature `split`,
//! xtask/src/pipeline.rs) calling it first fetches the chunk; elsewhere
//! (host, browser tests, debug builds) it is an ordinary function.
//!
//! The chunk is fetched once, right after the start page is on screen, or
//! before the first render when a visit starts on another page; a failed
//! fetch is not remembered, so "Try again" fetches it anew.

use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::FutureExt;
use leptos::prelude::*;

use vagvisare_domain::journey::Screen;
use vagvisare_domain::url_state::Page;

use crate::i18n::{loader, I18n};
use crate::state::chunk::{Chunk, PagesChunk};
use crate::state::staff::use_staff;
use crate::ui::{
    about_page::AboutPage, check_answers_page::CheckAnswersPage, kiosk_frame::KioskFrame,
    overview_page::OverviewPage, question_page::QuestionPage, result_page::ResultPage,
    visitor_language_page::VisitorLanguagePage,
};

/// The chunk could not be fetched (offline before it was ever cached, or a
/// file that fails its integrity check).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

static LOADED: AtomicBool = AtomicBool::new(!cfg!(feature = "split"));

/// `Ready` when the pages can be rendered without waiting (the chunk and
/// the texts are here), else `Idle`.
pub fn state(i18n: I18n) -> Chunk {
    if LOADED.load(Ordering::Relaxed) && i18n.has_pages() {
        Chunk::Ready
    } else {
        Chunk::Idle
    }
}

/// Fetches the pages chunk and the pages' texts, side by side, unless they
/// are here or on their way; each page that needs them after a failed
/// fetch (and "Try again") is a new attempt. One fetch at a time: the
/// prefetch and a page asking at once would otherwise both fetch again
/// after a failure.
pub fn ensure(chunk: PagesChunk) {
    let signal = chunk.state;
    if matches!(signal.get_untracked(), Chunk::Ready | Chunk::Loading) {
        return;
    }
    signal.set(Chunk::Loading);
    leptos::task::spawn_local(async move {
        let (loaded, texts) = futures_util::join!(load(), loader::load_pages(chunk.i18n));
        let loaded = loaded.map_err(|_| ()).and(texts.map_err(|_| ()));
        // Instantiating the chunk and drawing its first page are separate
        // tasks: together they were one long task on a slow phone.
        crate::browser::schedule::next_task().await;
        signal.set(match loaded {
            Ok(()) => Chunk::Ready,
            Err(_) => Chunk::Failed,
        });
    });
}

/// Fetches and instantiates the chunk (at once when it is already here),
/// with the pages' stylesheet beside it; and lets the boot script's fetch
/// of the service data settle first, so a result's first paint has its
/// place (`service_data::early_settled`).
pub async fn load() -> Result<(), ChunkError> {
    let (chunk, css, ()) = futures_util::join!(
        preload(),
        crate::browser::document::pages_stylesheet(),
        crate::browser::service_data::early_settled()
    );
    chunk?;
    css.map_err(|()| ChunkError)?;
    LOADED.store(true, Ordering::Relaxed);
    Ok(())
}

/// Renders a page from the chunk; only call when `state()` is `Ready`.
pub fn render_loaded(screen: Screen) -> Result<AnyView, ChunkError> {
    render(screen).now_or_never().unwrap_or(Err(ChunkError))
}

/// The shell renders the public start page itself; `Screen::Start` here is
/// staff mode's start (the visitor's language) or a kiosk's start page. On a
/// kiosk every page is framed by the idle timer and Start again.
fn page(screen: Screen) -> AnyView {
    let staff = use_staff();
    let page = match screen {
        Screen::Start if staff.is_on_untracked() => view! { <VisitorLanguagePage /> }.into_any(),
        Screen::Start => view! { <crate::ui::start_page::StartPage /> }.into_any(),
        Screen::Page(Page::About) => view! { <AboutPage /> }.into_any(),
        Screen::Page(Page::Overview) => view! { <OverviewPage /> }.into_any(),
        // The start page and the flow are not named pages.
        Screen::Page(Page::Start | Page::Flow) => {
            view! { <crate::ui::start_page::StartPage /> }.into_any()
        }
        Screen::Question(q) => view! { <QuestionPage question=q /> }.into_any(),
        Screen::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
        Screen::Result(outcome) => view! { <ResultPage outcome=*outcome /> }.into_any(),
    };
    match staff.kiosk {
        Some(idle_seconds) => {
            view! { <KioskFrame idle_seconds=idle_seconds>{page}</KioskFrame> }.into_any()
        }
        None => page,
    }
}

/// Reads the service data the boot script fetched (a page opened from a
/// link), once the chunk is here: in the chunk, where the reader lives, and
/// in a task of its own before the first page is drawn
/// (`service_data::read_early`).
pub fn read_early_data() {
    let _ = read_early().now_or_never();
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_early() -> Result<(), ChunkError> {
    crate::browser::service_data::read_early(crate::browser::service_data::DATA_URL);
    Ok(())
}

#[cfg(not(feature = "split"))]
async fn read_early() -> Result<(), ChunkError> {
    crate::browser::service_data::read_early(crate::browser::service_data::DATA_URL);
    Ok(())
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    pages,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(preload)
)]
fn render(screen: Screen) -> Result<AnyView, ChunkError> {
    Ok(page(screen))
}

#[cfg(not(feature = "split"))]
async fn render(screen: Screen) -> Result<AnyView, ChunkError> {
    Ok(page(screen))
}

#[cfg(not(feature = "split"))]
async fn preload() -> Result<(), ChunkError> {
    Ok(())
}
