use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Shown when the chosen language could not be loaded and Swedish is used
/// instead. The note names the language in its own script so its reader
/// recognises what happened.
#[component]
pub fn FallbackNotice() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        i18n.failed.get().map(|locale| {
            view! {
                <div class="notice" role="status">
                    <p class="notice__language" lang=locale.lang() dir=locale.dir()>
                        {i18n.autonym(locale)}
                    </p>
                    <p>{move || i18n.t("language-failed")}</p>
                </div>
            }
        })
    }
}
