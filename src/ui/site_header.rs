use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::skip_link::SkipLink;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let home = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        journey.start_again();
    };
    view! {
        // The skip link comes first, inside the banner landmark: IBM Equal
        // Access wants all content in a landmark, axe accepts it there.
        <header class="site-header">
            <SkipLink />
            <div class="width-container site-header__inner">
                <a href="./" class="site-header__name" on:click=home>
                    {move || i18n.t("product-name")}
                </a>
                <span class="site-header__tagline">{move || i18n.t("header-tagline")}</span>
            </div>
            <LanguagePicker />
        </header>
    }
}
