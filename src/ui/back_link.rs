use leptos::prelude::*;
use vagvisare_domain::journey;

use crate::app::use_app;
use crate::i18n::use_i18n;

/// Goes to the previous step of the journey ([`journey::back`]). A real link (to the previous
/// state's URL) so it also works with a middle-click or when copied.
#[component]
pub fn BackLink() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let href = move || {
        app.url
            .with(journey::back)
            .map_or_else(|| "./".into(), |p| journey::href(&p))
    };
    view! {
        <a
            href=href
            class="back-link"
            on:click=move |ev| {
                ev.prevent_default();
                app.back();
            }
        >
            {move || i18n.t("back")}
        </a>
    }
}
