use leptos::prelude::*;
use vagvisare_domain::routing::{Contact, Route};

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::ui::bilingual::T;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::phone_link::PhoneLink;
use crate::ui::picture::{of_route, PictureOf};

/// What the service does and who it is for, then one Start button.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    use_page_title(move || i18n.t("start-title"));
    view! {
        <h1 id=HEADING_ID tabindex="-1" class="heading-xl"><T id="start-title" /></h1>
        <p class="lead"><T id="start-lead" /></p>
        <p><T id="start-routes-intro" /></p>
        // Each way with its picture (src/prerender.rs draws the same).
        <ul class="list pictured">
            <li><PictureOf picture=of_route(Route::Digital) /><T id="start-route-digital" /></li>
            <li><PictureOf picture=of_route(Route::Remote) /><T id="start-route-remote" /></li>
            <li>
                <PictureOf picture=of_route(Route::ServiceOffice) />
                <T id="start-route-service-office" />
            </li>
            <li>
                <PictureOf picture=of_route(Route::BookedMeeting) />
                <T id="start-route-booked-meeting" />
            </li>
        </ul>
        <p><T id="start-who" /></p>
        <button type="button" class="button button--start" on:click=move |_| journey.start_journey()>
            <T id="start-button" />
        </button>
        <h2 class="heading-m"><T id="start-privacy-heading" /></h2>
        <p><T id="start-privacy" /></p>
        <h2 class="heading-m"><T id="start-phone-heading" /></h2>
        <p>
            <T id="start-phone" />
            " "
            <PhoneLink contact=Contact::JobseekerLine />
        </p>
    }
}
