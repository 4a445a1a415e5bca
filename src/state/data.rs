//! The service data (offices, presence, municipalities): fetched the first
//! time a page needs it, never before, so the start page does not wait.
//! Always the whole file, even for a page about one municipality: a file
//! of its own per municipality would tell the server the answer
//! (docs/performance.md, "A result opened from a link").

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::services::ServiceData;

use crate::browser;
pub use crate::browser::service_data::DataFailure;
use crate::browser::service_data::Early;

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
    /// Fetches the service data once; a failed load can be retried. When
    /// the boot script has fetched it already (a page opened from a link:
    /// src/boot-head.js) its body is read from there, at once if it is in,
    /// so the page's first paint names the place (a place arriving a task
    /// later pushed the steps down: a layout shift).
    pub fn ensure(&self) {
        let data = *self;
        if matches!(
            data.state.get_untracked(),
            DataState::Loading | DataState::Ready(_)
        ) {
            return;
        }
        let coming = match browser::service_data::take_early(data.url) {
            Early::Here(loaded) => return data.settle(loaded),
            Early::Coming(promise) => Some(promise),
            Early::None => None,
        };
        data.state.set(DataState::Loading);
        leptos::task::spawn_local(async move {
            let early = match coming {
                Some(promise) => browser::service_data::coming(promise, data.url).await,
                None => None,
            };
            let loaded = match early {
                Some(loaded) => loaded,
                None => browser::service_data::load(data.url).await,
            };
            data.settle(loaded);
        });
    }

    fn settle(self, loaded: Result<(ServiceData, bool), DataFailure>) {
        self.state.set(match loaded {
            Ok((d, from_cache)) => {
                self.cached.set(from_cache);
                DataState::Ready(Arc::new(d))
            }
            Err(e) => DataState::Failed(e),
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
