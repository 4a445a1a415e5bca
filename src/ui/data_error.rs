use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::data::use_data;
use crate::state::data::DataFailure;
use crate::ui::bilingual::T;
use crate::ui::call_or_retry::CallOrRetry;

/// When the service data cannot be used: what happened in plain words, a
/// retry, and the phone number, which needs no data at all.
#[component]
pub fn DataError(failure: DataFailure) -> impl IntoView {
    let data = use_data();
    let message = match failure {
        DataFailure::Network => msg("data-error-network"),
        DataFailure::Malformed => msg("data-error-malformed"),
        DataFailure::WrongSchema => msg("data-error-schema"),
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="heading-m"><T id="data-error-heading" /></h2>
            <p><T id=message /></p>
            <CallOrRetry retry=move || data.ensure() />
        </div>
    }
}
