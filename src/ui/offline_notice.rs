use leptos::prelude::*;

use crate::app::use_app;
use crate::i18n::msg;
use crate::ui::bilingual::T;

/// Says so when the app runs without a connection, or shows office data
/// from the offline copy: those facts may be older than usual.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let app = use_app();
    move || {
        let offline = !app.online.get();
        let cached = app.data_cached.get();
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
