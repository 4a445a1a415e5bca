//! "Report wrong information" beside the local places: a message to the
//! operator's contact, prefilled with the municipality and the facts shown —
//! never with the person's answers. Not shown when no contact is configured.

use std::sync::Arc;

use leptos::prelude::*;
use vagvisare_domain::services::{Municipality, ServiceData};

use crate::browser;
use crate::i18n::{use_i18n, Arg};
use crate::site::use_site;
use crate::ui::bilingual::T;

/// The facts about the municipality's offices as plain lines, in the
/// reader's language, with ISO dates (what the operator needs to check).
fn facts(m: &Municipality, data: &ServiceData) -> String {
    let i18n = use_i18n();
    m.service_offices
        .iter()
        .map(|o| {
            let place = o.place.clone().unwrap_or_else(|| m.name.clone());
            let name = i18n.t_args("office-in", &[("place", Arg::from(place))]);
            let when = o
                .standing_update(data)
                .map(|u| {
                    format!(
                        " ({}: {}, {})",
                        u.change.name(),
                        u.date.as_deref().unwrap_or("-"),
                        u.publisher
                    )
                })
                .unwrap_or_default();
            crate::i18n::strip_isolation(&format!("- {name}{when}"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[component]
pub fn ReportWrongInfo(municipality: Municipality, data: Arc<ServiceData>) -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    site.has_contact().then(move || {
        let name = municipality.name.clone();
        let args = vec![("municipality", Arg::from(name.clone()))];
        let href = move || match site.email() {
            Some(email) => {
                let subject = i18n.t_plain_args(
                    "report-wrong-subject",
                    &[("municipality", Arg::from(name.clone()))],
                );
                let body = format!(
                    "{}\n{} ({})\n{}\n\n{}",
                    i18n.t_plain("report-wrong-body-municipality"),
                    municipality.name,
                    municipality.code,
                    facts(&municipality, &data),
                    i18n.t_plain("report-wrong-body-ask"),
                );
                browser::url::mailto(email, &subject, &body)
            }
            None => site.url().unwrap_or_default().to_string(),
        };
        view! {
            <p class="report-wrong">
                <a href=href rel="noopener"><T id="report-wrong-link" args=args /></a>
            </p>
        }
    })
}
