//! The one notice beside every list of local places: the network has
//! changed since the report, so check before travelling: Statens
//! servicecenter's office finder (the address Statens servicecenter itself
//! gives for current opening hours, "Statens servicecenter har nya
//! öppettider", 2023-10-02; data/claims.tsv, official-office-finder) and
//! Arbetsförmedlingen's site root.

use leptos::prelude::*;

use crate::ui::bilingual::T;

#[component]
pub fn NetworkNotice() -> impl IntoView {
    view! {
        <div class="notice network-notice">
            <p><T id="local-network-changed" /></p>
            <ul class="list">
                <li><a href="https://www.statenssc.se/besokservicekontor" rel="noopener"><T id="local-ssc-site" /></a></li>
                <li><a href="https://arbetsformedlingen.se" rel="noopener"><T id="local-official-finder" /></a></li>
            </ul>
        </div>
    }
}
