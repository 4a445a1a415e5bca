//! The connection, as the browser reports it.

use leptos::prelude::*;

use crate::browser;

#[derive(Clone, Copy)]
pub struct Connectivity {
    // An `RwSignal` like every other here: a separate read/write pair would
    // link its own generic code into the first view for one boolean.
    online: RwSignal<bool>,
}

impl Connectivity {
    /// Online, tracked.
    pub fn is_online(&self) -> bool {
        self.online.get()
    }
}

impl Connectivity {
    /// Follows the browser's online and offline events from now on.
    pub fn follow_browser() -> Connectivity {
        let online = RwSignal::new(browser::offline::is_online());
        browser::offline::on_change(move |on| online.set(on));
        Connectivity { online }
    }
}

pub fn use_connectivity() -> Connectivity {
    super::state().connectivity
}
