//! The root component: provides the state contexts (`crate::state`),
//! canonicalises the address once, follows the browser's Back and Forward,
//! and renders the shell with the screen the domain's journey picks.
//! Nothing imports this module but the crate root: the state lives in
//! `state`, the pages in `ui`.

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::journey::screen as screen_of;
use vagvisare_domain::services::ServiceData;
use vagvisare_domain::url_state::UrlState;

use crate::browser;
use crate::i18n::{I18n, Loaded};
use crate::state::chunk::PagesChunk;
use crate::state::connectivity::Connectivity;
use crate::state::data::Data;
use crate::state::journey::Journey;
use crate::state::staff::Staff;
use crate::state::{self, State};
use crate::ui;

#[component]
pub fn App(
    loaded: Loaded,
    initial: UrlState,
    staff: bool,
    /// Service data already in hand (tests); otherwise fetched when needed.
    #[prop(optional)]
    preloaded: Option<Arc<ServiceData>>,
    /// Where the service data is fetched from (tests point it elsewhere).
    #[prop(optional)]
    data_url: Option<&'static str>,
    /// The deployment settings; `config/site.toml` unless a test gives others.
    #[prop(optional)]
    site: Option<crate::site::Site>,
    /// Kiosk mode's idle seconds (a self-service computer).
    #[prop(default = None)]
    kiosk: Option<u32>,
) -> impl IntoView {
    let i18n = I18n::new(loaded);
    provide_context(i18n);
    crate::site::provide_site(site.unwrap_or(crate::site::SITE));
    let staff_mode = Staff::new(staff, kiosk);
    let journey = Journey::new(initial, staff_mode, i18n);
    let pages = PagesChunk::new(ui::pages::state(i18n), i18n);
    state::provide_state(State {
        journey,
        staff: staff_mode,
        data: Data::new(
            preloaded,
            data_url.unwrap_or(browser::service_data::DATA_URL),
        ),
        chunk: pages,
        connectivity: Connectivity::follow_browser(),
    });
    if kiosk.is_some() {
        browser::document::set_kiosk_mode();
    }
    if staff {
        browser::storage::set_staff_mode(true);
    }

    journey.canonicalise();
    browser::url::on_pop(move |query| journey.popped(&query));

    Effect::new(move |_| {
        let locale = i18n.locale();
        browser::document::set_language(locale.lang(), locale.code(), locale.dir());
    });

    let screen = Memo::new(move |_| journey.url.with(screen_of));
    // Once the first page is painted (a timeout set in an animation frame
    // runs after that frame's paint), fetch the other pages while the
    // visitor reads it, so Start answers at once. Earlier, the chunk would
    // compete with the first view for a slow connection.
    request_animation_frame(move || {
        set_timeout(move || ui::pages::ensure(pages), std::time::Duration::ZERO);
    });

    view! { <ui::shell::Shell screen=screen /> }
}
