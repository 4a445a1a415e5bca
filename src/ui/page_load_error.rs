use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

use crate::app::use_app;
use crate::i18n::use_i18n;
use crate::ui::bilingual::T;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::phone_link::PhoneLink;

/// When a page could not be fetched: what happened, a retry, and the phone
/// number, which needs nothing from the network.
#[component]
pub fn PageLoadError() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    use_page_title(move || i18n.t("page-error-heading"));
    view! {
        <div class="notice notice--error" role="alert">
            <h1 id=HEADING_ID tabindex="-1" class="heading-l"><T id="page-error-heading" /></h1>
            <p><T id="page-error-text" /></p>
            <p>
                <T id="data-error-phone" />
                " "
                <PhoneLink contact=Contact::JobseekerLine />
            </p>
            <button type="button" class="button button--secondary" on:click=move |_| app.ensure_pages()>
                <T id="data-error-retry" />
            </button>
        </div>
    }
}
