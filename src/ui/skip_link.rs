use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The first stop for keyboard users: straight past the header.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a href="#main-content" class="skip-link">
            {move || i18n.t("skip-to-content")}
        </a>
    }
}
