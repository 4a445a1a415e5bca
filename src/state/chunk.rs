//! Where the pages chunk is (see `ui::pages`, which fetches it).

use leptos::prelude::*;

/// Where the pages are: not asked for yet, on their way, in hand, or not
/// to be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Idle,
    Loading,
    Ready,
    Failed,
}

#[derive(Clone, Copy)]
pub struct PagesChunk(pub RwSignal<Chunk>);

pub fn provide_pages_chunk(initial: Chunk) -> PagesChunk {
    let chunk = PagesChunk(RwSignal::new(initial));
    provide_context(chunk);
    chunk
}

pub fn use_pages_chunk() -> PagesChunk {
    expect_context::<PagesChunk>()
}
