//! The accessibility statement (lag 2018:1937) with the parts DIGG asks for:
//! who is responsible, how far the service complies (as far as the tests
//! show, and what they do not show), how the statement was made and when,
//! how to report a shortcoming, and the right to turn to DIGG. The operator
//! and the contact come from the deployment settings; where they are
//! missing, the statement says so.

use leptos::prelude::*;
use vagvisare_domain::routing::Contact;

use crate::i18n::{use_i18n, Arg};
use crate::site::use_site;
use crate::ui::phone_link::PhoneLink;

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let t = move |id: &'static str| move || i18n.t(id);
    let responsible = match site.operator() {
        Some(operator) => view! {
            <p class="a11y-responsible">
                {move || i18n.t_args("a11y-responsible", &[("operator", Arg::from(operator))])}
            </p>
        }
        .into_any(),
        None => view! { <p class="a11y-responsible">{t("a11y-no-operator")}</p> }.into_any(),
    };
    let contact = if site.has_contact() {
        let operator = site.operator().unwrap_or_default();
        let email = site.email().map(|e| {
            let href = format!("mailto:{e}");
            view! { <li><a href=href>{e}</a></li> }
        });
        let url = site
            .url()
            .map(|u| view! { <li><a href=u rel="noopener">{u}</a></li> });
        view! {
            <p>{move || i18n.t_args("a11y-report", &[("operator", Arg::from(operator))])}</p>
            <ul class="list a11y-contact">{email}{url}</ul>
        }
        .into_any()
    } else {
        view! { <p class="notice a11y-no-contact">{t("a11y-no-contact")}</p> }.into_any()
    };
    view! {
        <h2 class="heading-m">{t("a11y-heading")}</h2>
        {responsible}
        <p>{t("a11y-intro")}</p>
        <h3 class="heading-s">{t("a11y-status-heading")}</h3>
        <p>{t("a11y-status")}</p>
        <ul class="list list--bullet">
            <li>{t("a11y-unverified-screen-readers")}</li>
            <li>{t("a11y-unverified-engines")}</li>
            <li>{t("a11y-unverified-users")}</li>
            <li>{t("a11y-unverified-translations")}</li>
        </ul>
        <p>{t("a11y-kiosk")}</p>
        <h3 class="heading-s">{t("a11y-limitations-heading")}</h3>
        <ul class="list list--bullet">
            <li>{t("a11y-limitation-external")}</li>
        </ul>
        <h3 class="heading-s">{t("a11y-testing-heading")}</h3>
        <p>{t("a11y-testing")}</p>
        <p>{t("a11y-date")}</p>
        <h3 class="heading-s">{t("a11y-report-heading")}</h3>
        {contact}
        <p>
            {t("a11y-help")}
            " "
            <PhoneLink contact=Contact::JobseekerLine />
        </p>
        <h3 class="heading-s">{t("a11y-enforcement-heading")}</h3>
        <p>
            {t("a11y-enforcement")}
            " "
            <a href="https://www.digg.se" rel="noopener">{t("a11y-digg-link")}</a>
        </p>
    }
}
