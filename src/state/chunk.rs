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

impl PagesChunk {
    pub fn new(initial: Chunk) -> PagesChunk {
        PagesChunk(RwSignal::new(initial))
    }
}

pub fn use_pages_chunk() -> PagesChunk {
    super::state().chunk
}
