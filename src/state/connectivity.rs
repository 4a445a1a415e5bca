//! The connection, as the browser reports it.

use leptos::prelude::*;

use crate::browser;

#[derive(Clone, Copy)]
pub struct Connectivity {
    pub online: ReadSignal<bool>,
}

/// Follows the browser's online and offline events from now on.
pub fn provide_connectivity() -> Connectivity {
    let (online, set_online) = signal(browser::offline::is_online());
    browser::offline::on_change(move |on| set_online.set(on));
    let c = Connectivity { online };
    provide_context(c);
    c
}

pub fn use_connectivity() -> Connectivity {
    expect_context::<Connectivity>()
}
