//! Where the pages chunk is (see `ui::pages`, which fetches it) and the
//! pages' texts, which arrive beside it.

use leptos::prelude::*;

use crate::i18n::I18n;

/// Where the pages are: not asked for yet, on their way, in hand (the
/// chunk and the texts), or not to be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Idle,
    Loading,
    Ready,
    Failed,
}

#[derive(Clone, Copy)]
pub struct PagesChunk {
    pub state: RwSignal<Chunk>,
    /// Whose page texts to fetch beside the chunk.
    pub i18n: I18n,
}

impl PagesChunk {
    pub fn new(initial: Chunk, i18n: I18n) -> PagesChunk {
        PagesChunk {
            state: RwSignal::new(initial),
            i18n,
        }
    }
}

pub fn use_pages_chunk() -> PagesChunk {
    super::state().chunk
}
