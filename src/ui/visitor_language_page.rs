//! Staff mode's first page: which language does the visitor read? Each
//! choice is written in its own language and script, large enough to point at.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::state::journey::use_journey;
use crate::ui::page_title::{use_page_title, HEADING_ID};

#[component]
pub fn VisitorLanguagePage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    use_page_title(move || i18n.t_sv("staff-language-title"));
    view! {
        <div lang="sv" dir="ltr">
            <h1 id=HEADING_ID tabindex="-1" class="heading-xl">{move || i18n.t_sv("staff-language-title")}</h1>
            <p class="lead">{move || i18n.t_sv("staff-language-lead")}</p>
        </div>
        <ul class="visitor-languages">
            {Locale::ALL
                .into_iter()
                .map(|locale| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button button--secondary visitor-languages__button"
                                lang=locale.lang()
                                data-locale=locale.code()
                                dir=locale.dir()
                                on:click=move |_| {
                                    if i18n.locale_untracked() != locale {
                                        journey.change_language(locale);
                                    }
                                    journey.start_journey();
                                }
                            >
                                {i18n.autonym(locale)}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
