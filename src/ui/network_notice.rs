//! The one notice beside every list of local places: the network has
//! changed since the report, so check the official sites (their roots only)
//! before travelling.

use leptos::prelude::*;

use crate::ui::bilingual::T;

#[component]
pub fn NetworkNotice() -> impl IntoView {
    view! {
        <div class="notice network-notice">
            <p><T id="local-network-changed" /></p>
            <ul class="list">
                <li><a href="https://www.statenssc.se" rel="noopener"><T id="local-ssc-site" /></a></li>
                <li><a href="https://arbetsformedlingen.se" rel="noopener"><T id="local-official-finder" /></a></li>
            </ul>
        </div>
    }
}
