use leptos::prelude::*;

use crate::app::use_app;
use crate::i18n::use_i18n;

/// Switches staff mode on this computer. A toggle button, so its state is
/// announced ("pressed").
#[component]
pub fn StaffToggle() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <button
            type="button"
            class="staff-toggle"
            aria-pressed=move || if app.staff.get() { "true" } else { "false" }
            on:click=move |_| app.set_staff(!app.staff.get_untracked())
        >
            {move || i18n.t("staff-toggle")}
        </button>
    }
}
