use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

use crate::ui::bilingual::T;
use crate::ui::phone_link::PhoneLink;

/// The way on after a failed fetch: the phone number, which needs nothing
/// from the network, and a button that tries again.
#[component]
pub fn CallOrRetry(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <p>
            <T id="data-error-phone" />
            " "
            <PhoneLink contact=Contact::JobseekerLine />
        </p>
        <button type="button" class="button button--secondary" on:click=move |_| retry()>
            <T id="data-error-retry" />
        </button>
    }
}
