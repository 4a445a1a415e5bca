use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::chunk::use_pages_chunk;
use crate::ui::bilingual::T;
use crate::ui::call_or_retry::CallOrRetry;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::pages;

/// When a page could not be fetched: what happened, a retry, and the phone
/// number, which needs nothing from the network.
#[component]
pub fn PageLoadError() -> impl IntoView {
    let chunk = use_pages_chunk();
    let i18n = use_i18n();
    use_page_title(move || i18n.t("page-error-heading"));
    view! {
        <div class="notice notice--error" role="alert">
            <h1 id=HEADING_ID tabindex="-1" class="heading-l"><T id="page-error-heading" /></h1>
            <p><T id="page-error-text" /></p>
            <CallOrRetry retry=move || pages::ensure(chunk) />
        </div>
    }
}
