use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

use crate::app::use_app;
use crate::i18n::use_i18n;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::phone_link::PhoneLink;

/// What the service does and who it is for, then one Start button.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    use_page_title(move || i18n.t("start-title"));
    view! {
        <h1 id=HEADING_ID tabindex="-1" class="heading-xl">{move || i18n.t("start-title")}</h1>
        <p class="lead">{move || i18n.t("start-lead")}</p>
        <p>{move || i18n.t("start-routes-intro")}</p>
        <ul class="list list--bullet">
            <li>{move || i18n.t("start-route-digital")}</li>
            <li>{move || i18n.t("start-route-remote")}</li>
            <li>{move || i18n.t("start-route-service-office")}</li>
            <li>{move || i18n.t("start-route-booked-meeting")}</li>
        </ul>
        <p>{move || i18n.t("start-who")}</p>
        <button type="button" class="button button--start" on:click=move |_| app.start_journey()>
            {move || i18n.t("start-button")}
        </button>
        <h2 class="heading-m">{move || i18n.t("start-privacy-heading")}</h2>
        <p>{move || i18n.t("start-privacy")}</p>
        <h2 class="heading-m">{move || i18n.t("start-phone-heading")}</h2>
        <p>
            {move || i18n.t("start-phone")}
            " "
            <PhoneLink contact=Contact::JobseekerLine />
        </p>
    }
}
