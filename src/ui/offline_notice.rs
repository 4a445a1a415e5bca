use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::connectivity::use_connectivity;
use crate::state::data::use_data;
use crate::ui::bilingual::T;

/// Says so when the app runs without a connection, or shows office data
/// from the offline copy: those facts may be older than usual.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let data = use_data();
    let connectivity = use_connectivity();
    move || {
        let offline = !connectivity.is_online();
        let cached = data.cached.get();
        (offline || cached).then(|| {
            let id = if offline {
                msg("offline-notice")
            } else {
                msg("data-cached-notice")
            };
            view! {
                <div class="notice" role="status">
                    <p><T id=id /></p>
                </div>
            }
        })
    }
}
