use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::state::staff::use_staff;

/// Switches staff mode on this computer. A toggle button, so its state is
/// announced ("pressed").
#[component]
pub fn StaffToggle() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let staff = use_staff();
    view! {
        <button
            type="button"
            class="staff-toggle"
            aria-pressed=move || if staff.is_on() { "true" } else { "false" }
            on:click=move |_| journey.set_staff(!staff.is_on_untracked())
        >
            {move || i18n.t("staff-toggle")}
        </button>
    }
}
