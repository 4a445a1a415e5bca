use leptos::prelude::*;
use vagvisare_domain::routing::Contact;
use vagvisare_domain::url_state::Page;

use crate::i18n::use_i18n;
use crate::state::journey::use_journey;
use crate::ui::phone_link::PhoneLink;
use crate::ui::staff_toggle::StaffToggle;

/// The national number is on every page, whatever else fails.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let about = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        journey.show_page(Page::About);
    };
    view! {
        <footer class="site-footer">
            <div class="width-container">
                <h2 class="site-footer__heading">{move || i18n.t("footer-help-heading")}</h2>
                <p>
                    {move || i18n.t("footer-phone-intro")}
                    " "
                    <PhoneLink contact=Contact::JobseekerLine />
                </p>
                <p>{move || i18n.t("footer-official-source")}</p>
                <ul class="site-footer__links">
                    <li>
                        <a href="?page=about" on:click=about>
                            {move || i18n.t("footer-about")}
                        </a>
                    </li>
                    <li>
                        <a href="https://arbetsformedlingen.se" rel="noopener">
                            {move || i18n.t("footer-official-site")}
                        </a>
                    </li>
                </ul>
                <p class="site-footer__privacy">{move || i18n.t("footer-privacy")}</p>
                <p class="site-footer__staff">
                    {move || i18n.t("footer-staff-intro")}
                    " "
                    <StaffToggle />
                </p>
            </div>
        </footer>
    }
}
