use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

use crate::app::{use_app, DataFailure};
use crate::i18n::use_i18n;
use crate::ui::phone_link::PhoneLink;

/// When the service data cannot be used: what happened in plain words, a
/// retry, and the phone number, which needs no data at all.
#[component]
pub fn DataError(failure: DataFailure) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let message = match failure {
        DataFailure::Network => "data-error-network",
        DataFailure::Malformed => "data-error-malformed",
        DataFailure::WrongSchema => "data-error-schema",
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="heading-m">{move || i18n.t("data-error-heading")}</h2>
            <p>{move || i18n.t(message)}</p>
            <p>
                {move || i18n.t("data-error-phone")}
                " "
                <PhoneLink contact=Contact::JobseekerLine />
            </p>
            <button type="button" class="button button--secondary" on:click=move |_| app.ensure_data()>
                {move || i18n.t("data-error-retry")}
            </button>
        </div>
    }
}
