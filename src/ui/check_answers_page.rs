//! Check your answers: every answer with a Change link whose hidden text
//! names what is changed, then one button to see the result.

use leptos::prelude::*;
use vagvisare_domain::answers::MunicipalityAnswer;
use vagvisare_domain::journey::{self, CheckRow};

use crate::i18n::use_i18n;
use crate::state::data::use_data;
use crate::state::data::DataState;
use crate::state::journey::use_journey;
use crate::ui::back_link::BackLink;
use crate::ui::bilingual::T;
use crate::ui::page_title::{use_page_title, HEADING_ID};

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let data = use_data();
    use_page_title(move || i18n.t("check-title"));
    if journey
        .url
        .with_untracked(|s| matches!(s.answers.municipality, Some(MunicipalityAnswer::Code(_))))
    {
        data.ensure();
    }
    let rows = move || journey.url.with(journey::check_rows);
    // Options have messages; a municipality's name comes from the data.
    let value_text = move |value: String, label_id: Option<&'static str>| -> String {
        match label_id {
            Some(id) => i18n.t(id),
            None => match data.state.get() {
                DataState::Ready(d) => d
                    .municipality(&value)
                    .map(|m| m.name.clone())
                    .unwrap_or(value),
                _ => value,
            },
        }
    };
    view! {
        <BackLink />
        <h1 id=HEADING_ID tabindex="-1" class="heading-l"><T id="check-title" /></h1>
        <dl class="summary-list">
            {move || {
                rows()
                    .into_iter()
                    .map(|CheckRow { question: q, value, label_id, change }| {
                        let href = journey::href(&change);
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key"><T id=q.check_label_id() /></dt>
                                <dd class="summary-list__value">{value_text(value.clone(), label_id)}</dd>
                                <dd class="summary-list__actions">
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            journey.go(change.clone());
                                        }
                                    >
                                        <T id="change" />
                                        <span class="visually-hidden">" " <T id=q.check_label_id() /></span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </dl>
        <p><T id="check-privacy" /></p>
        <button type="button" class="button" on:click=move |_| journey.confirm()>
            <T id="check-continue" />
        </button>
    }
}
