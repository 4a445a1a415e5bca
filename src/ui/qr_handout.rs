//! Staff mode on the result page: a QR code of this result's address, so the
//! visitor carries on on their own phone, and the address in print. The
//! address holds only the answers (in the fragment, which no request
//! carries) and the visitor's language — never staff mode, so the visitor's
//! phone opens the visitor's view and does not remember staff mode.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::ui::bilingual::T;
use vagvisare_domain::url_state;

#[component]
pub fn QrHandout() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let open = RwSignal::new(false);
    let address = Memo::new(move |_| {
        journey.url.with(|s| {
            let visitor = url_state::for_visitor(s);
            browser::url::absolute(&url_state::to_query(&visitor))
        })
    });
    let svg = Memo::new(move |_| crate::qr::svg(&address.get()).unwrap_or_default());
    view! {
        <section class="qr-handout" aria-labelledby="qr-heading">
            <h2 id="qr-heading" class="heading-m"><T id="qr-heading" /></h2>
            <p class="no-print"><T id="qr-intro" /></p>
            <button
                type="button"
                class="button button--secondary no-print"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="qr-code"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { i18n.t("qr-hide") } else { i18n.t("qr-show") }}
            </button>
            <div id="qr-code" class="qr-handout__code" class:qr-handout__code--open=move || open.get()>
                <div
                    class="qr-handout__image"
                    role="img"
                    aria-label=move || i18n.t_plain("qr-label")
                    inner_html=move || svg.get()
                ></div>
                <p class="qr-handout__address" dir="ltr">{move || address.get()}</p>
            </div>
        </section>
    }
}
