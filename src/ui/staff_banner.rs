//! Staff mode's own strip: unmistakably not the public view, in Swedish
//! (staff read Swedish) whatever the visitor's language.

use leptos::prelude::*;
use vagvisare_domain::routing::Contact;
use vagvisare_domain::url_state::Page;

use crate::i18n::{msg, use_i18n};
use crate::state::journey::use_journey;
use crate::state::staff::use_staff;
use crate::ui::phone_link::PhoneLink;

#[component]
pub fn StaffBanner() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let staff = use_staff();
    let sv = move |id: &'static str| move || i18n.t_sv(id);
    let overview = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        journey.show_page(Page::Overview);
    };
    move || {
        staff.is_on().then(|| {
            view! {
                <section class="staff-banner" lang="sv" dir="ltr" aria-labelledby="staff-banner-title">
                    <div class="width-container staff-banner__inner">
                        <h2 id="staff-banner-title" class="staff-banner__title">{sv(msg("staff-banner-title"))}</h2>
                        <p class="staff-banner__text">{sv(msg("staff-banner-text"))}</p>
                        <div class="button-group">
                            <button type="button" class="button button--warning" on:click=move |_| journey.new_visitor()>
                                {sv(msg("staff-new-visitor"))}
                            </button>
                            <a href="?page=overview&staff=1" class="staff-banner__link" on:click=overview>
                                {sv(msg("staff-overview-link"))}
                            </a>
                        </div>
                        <p class="staff-banner__text">
                            {sv(msg("staff-line-intro"))}
                            " "
                            <PhoneLink contact=Contact::StaffLine />
                        </p>
                    </div>
                </section>
            }
        })
    }
}
