//! Each language in its own name and script, with its own `lang`, so a
//! screen reader pronounces "العربية" as Arabic whatever page it is on.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::state::journey::use_journey;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    view! {
        <nav class="language-picker width-container" aria-label=move || i18n.t_plain("language-picker-label")>
            <ul class="language-picker__list">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        let current = move || i18n.locale() == locale;
                        let choose = move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            if !current() {
                                journey.change_language(locale);
                            }
                        };
                        view! {
                            <li>
                                <a
                                    href=format!("?lang={}", locale.code())
                                    lang=locale.lang()
                                    hreflang=locale.lang()
                                    dir=locale.dir()
                                    class="language-picker__link"
                                    aria-current=move || current().then_some("true")
                                    on:click=choose
                                >
                                    {i18n.autonym(locale)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
