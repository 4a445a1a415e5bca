//! About: where the facts come from (with the credits the licences ask for)
//! and the accessibility statement that lag (2018:1937) expects.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::data::use_data;
use crate::state::data::DataState;
use crate::ui::accessibility_statement::AccessibilityStatement;
use crate::ui::back_link::BackLink;
use crate::ui::data_error::DataError;
use crate::ui::page_title::{use_page_title, HEADING_ID};

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    data.ensure();
    use_page_title(move || i18n.t("about-title"));
    let t = move |id: &'static str| move || i18n.t(id);
    view! {
        <BackLink />
        <h1 id=HEADING_ID tabindex="-1" class="heading-xl">{t("about-title")}</h1>
        <p class="lead">{t("about-lead")}</p>

        <h2 class="heading-m">{t("about-sources-heading")}</h2>
        <p>{t("about-sources-report")}</p>
        {move || match data.state.get() {
            DataState::Ready(d) => {
                view! {
                    <dl class="summary-list">
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{t("about-data-source")}</dt>
                            <dd class="summary-list__value">{d.source.clone()}</dd>
                        </div>
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{t("about-data-date")}</dt>
                            <dd class="summary-list__value">
                                <time datetime=d.source_date.clone()>{d.source_date.clone()}</time>
                            </dd>
                        </div>
                    </dl>
                    <ul class="list list--bullet credits">
                        {d.generated_from.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }
            DataState::Failed(f) => view! { <DataError failure=f /> }.into_any(),
            _ => view! { <p class="hint">{t("local-loading")}</p> }.into_any(),
        }}
        <p>{t("about-sources-age")}</p>
        <p>{t("about-translations")}</p>

        <h2 class="heading-m">{t("about-privacy-heading")}</h2>
        <p>{t("about-privacy")}</p>

        <AccessibilityStatement />
    }
}
