//! The service data (offices, presence, municipalities): fetched the first
//! time a page needs it, never before, so the start page does not wait. A
//! page about one municipality (a result, the check page) needs only that
//! municipality's document, a few hundred bytes; the municipality search,
//! the overview and the about page need the whole file.

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
    /// The whole file.
    pub state: RwSignal<DataState>,
    /// One municipality's document, by code, while the whole file is not in
    /// hand: `None` when none was asked for, or when it could not be had
    /// and the whole file was asked for instead.
    one: RwSignal<Option<(String, DataState)>>,
    /// The service data came from the offline cache and may be old.
    pub cached: RwSignal<bool>,
    url: &'static str,
}

impl Data {
    /// Fetches the service data once; a failed load can be retried.
    pub fn ensure(&self) {
        let Data {
            state, cached, url, ..
        } = *self;
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

    /// What a page about one municipality needs: nothing more when the
    /// whole file is here or on its way, else that municipality's own
    /// document. When that cannot be had (offline before it was ever
    /// fetched: the offline cache keeps the whole file, not each
    /// municipality's; or a damaged file), the whole file instead, with
    /// its own failure states.
    pub fn ensure_municipality(&self, code: &str) {
        let data = *self;
        if matches!(
            data.state.get_untracked(),
            DataState::Loading | DataState::Ready(_)
        ) {
            return;
        }
        let asked = data.one.with_untracked(
            |one| matches!(one, Some((c, DataState::Loading | DataState::Ready(_))) if c == code),
        );
        if asked {
            return;
        }
        let code = code.to_string();
        let url = browser::service_data::municipality_url(data.url, &code);
        let coming = match browser::service_data::take_early(&url, &code) {
            // Fetched by the boot script and in already: read now, so the
            // page's first paint names the place (a place summary arriving
            // a task later pushed the steps down: a layout shift).
            Early::Here(loaded) => {
                data.one.set(Some((code.clone(), DataState::Loading)));
                data.settle(code, loaded);
                return;
            }
            Early::Coming(promise) => Some(promise),
            Early::None => None,
        };
        data.one.set(Some((code.clone(), DataState::Loading)));
        leptos::task::spawn_local(async move {
            let early = match coming {
                Some(promise) => browser::service_data::coming(promise, &url, &code).await,
                None => None,
            };
            let loaded = match early {
                Some(loaded) => loaded,
                None => browser::service_data::load_municipality(&url, &code).await,
            };
            data.settle(code, loaded);
        });
    }

    /// One municipality's document is read (or could not be): kept, unless
    /// the address has moved on to another municipality meanwhile; a
    /// failure asks for the whole file instead, with its own failure
    /// states.
    fn settle(self, code: String, loaded: Result<(ServiceData, bool), DataFailure>) {
        let current = self
            .one
            .with_untracked(|one| matches!(one, Some((c, DataState::Loading)) if *c == code));
        if !current {
            return;
        }
        match loaded {
            Ok((d, from_cache)) => {
                self.cached.set(from_cache);
                self.one.set(Some((code, DataState::Ready(Arc::new(d)))));
            }
            Err(_) => {
                self.ensure();
                self.one.set(None);
            }
        }
    }

    /// The data for the municipality with this code, tracked: the whole
    /// file once it is here, else the municipality's own document if it was
    /// asked for ([`Data::ensure_municipality`]), else the whole file's
    /// state (not asked for, on its way, or failed).
    pub fn for_municipality(&self, code: &str) -> DataState {
        let whole = self.state.get();
        if matches!(whole, DataState::Ready(_)) {
            return whole;
        }
        self.one.with(|one| match one {
            Some((c, state)) if c == code => state.clone(),
            _ => whole,
        })
    }
}

impl Data {
    /// `preloaded` is data already in hand (tests); `url` where to fetch the
    /// whole file (each municipality's document is beside it).
    pub fn new(preloaded: Option<Arc<ServiceData>>, url: &'static str) -> Data {
        Data {
            state: RwSignal::new(preloaded.map_or(DataState::Idle, DataState::Ready)),
            one: RwSignal::new(None),
            cached: RwSignal::new(false),
            url,
        }
    }
}

pub fn use_data() -> Data {
    super::state().data
}
