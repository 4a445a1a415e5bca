use leptos::prelude::*;
use vagvisare_domain::journey;

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;

/// Goes to the previous step of the journey ([`journey::back`]). A real link (to the previous
/// state's URL) so it also works with a middle-click or when copied.
#[component]
pub fn BackLink() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let href = move || {
        journey
            .url
            .with(journey::back)
            .map_or_else(|| "./".into(), |p| journey::href(&p))
    };
    view! {
        <a
            href=href
            class="back-link"
            on:click=move |ev| {
                ev.prevent_default();
                journey.back();
            }
        >
            {move || i18n.t("back")}
        </a>
    }
}
