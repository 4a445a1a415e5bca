//! The service data (offices, presence, municipalities): fetched the first
//! time a page needs it, never before, so the start page does not wait.

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::services::ServiceData;

use crate::browser;
pub use crate::browser::service_data::DataFailure;

#[derive(Clone, Debug, PartialEq)]
pub enum DataState {
    Idle,
    Loading,
    Ready(Arc<ServiceData>),
    Failed(DataFailure),
}

#[derive(Clone, Copy)]
pub struct Data {
    pub state: RwSignal<DataState>,
    /// The service data came from the offline cache and may be old.
    pub cached: RwSignal<bool>,
    url: &'static str,
}

impl Data {
    /// Fetches the service data once; a failed load can be retried.
    pub fn ensure(&self) {
        let Data { state, cached, url } = *self;
        if matches!(
            state.get_untracked(),
            DataState::Loading | DataState::Ready(_)
        ) {
            return;
        }
        state.set(DataState::Loading);
        leptos::task::spawn_local(async move {
            state.set(match browser::service_data::load(url).await {
                Ok((d, from_cache)) => {
                    cached.set(from_cache);
                    DataState::Ready(Arc::new(d))
                }
                Err(e) => DataState::Failed(e),
            });
        });
    }
}

impl Data {
    /// `preloaded` is data already in hand (tests); `url` where to fetch it.
    pub fn new(preloaded: Option<Arc<ServiceData>>, url: &'static str) -> Data {
        Data {
            state: RwSignal::new(preloaded.map_or(DataState::Idle, DataState::Ready)),
            cached: RwSignal::new(false),
            url,
        }
    }
}

pub fn use_data() -> Data {
    super::state().data
}
