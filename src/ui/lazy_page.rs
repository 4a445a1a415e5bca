//! A page from the pages chunk: while the chunk is on its way a short
//! status message, and if it cannot be fetched an error with a retry and
//! the phone number — never an empty page.

use leptos::prelude::*;

use vagvisare_domain::journey::Screen;

use crate::state::chunk::use_pages_chunk;
use crate::state::chunk::Chunk;
use crate::ui::bilingual::T;
use crate::ui::page_load_error::PageLoadError;
use crate::ui::pages;

#[component]
pub fn LazyPage(screen: Screen) -> impl IntoView {
    let chunk = use_pages_chunk();
    pages::ensure(chunk);
    move || match chunk.state.get() {
        Chunk::Ready => match pages::render_loaded(screen.clone()) {
            Ok(page) => page,
            Err(_) => view! { <PageLoadError /> }.into_any(),
        },
        Chunk::Idle | Chunk::Loading => view! {
            <p class="page-loading" role="status"><T id="page-loading" /></p>
        }
        .into_any(),
        Chunk::Failed => view! { <PageLoadError /> }.into_any(),
    }
}
