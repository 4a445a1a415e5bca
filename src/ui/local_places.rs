//! The places for the person's municipality, from the report's appendices:
//! service offices (drop-in) and where booked meetings are held, or the
//! nearest municipality that has them. Every local fact carries its age.

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::answers::MunicipalityAnswer;
use vagvisare_domain::routing::LocalNeed;
use vagvisare_domain::services::{Municipality, Nearest, OfficeStatus, PresenceForm};

use crate::app::{use_app, DataState};
use crate::i18n::{msg, use_i18n};
use crate::ui::bilingual::T;
use crate::ui::data_error::DataError;

#[component]
pub fn LocalPlaces(need: LocalNeed) -> impl IntoView {
    let app = use_app();
    let code = app.url.with_untracked(|s| match &s.answers.municipality {
        Some(MunicipalityAnswer::Code(c)) => Some(c.clone()),
        _ => None,
    });
    if code.is_some() {
        app.ensure_data();
    }
    view! {
        <section class="local-places" aria-labelledby="local-heading">
            <h2 id="local-heading" class="heading-m"><T id="local-heading" /></h2>
            {move || match (code.clone(), app.data.get()) {
                (None, _) => view! { <p><T id="local-no-municipality" /></p> }.into_any(),
                (Some(_), DataState::Failed(f)) => view! { <DataError failure=f /> }.into_any(),
                (Some(_), DataState::Idle | DataState::Loading) => {
                    view! { <p><T id="local-loading" /></p> }.into_any()
                }
                (Some(code), DataState::Ready(data)) => match data.municipality(&code).cloned() {
                    None => view! { <p><T id="local-no-municipality" /></p> }.into_any(),
                    Some(m) => view! { <MunicipalityPlaces municipality=m need=need/> }.into_any(),
                },
            }}
            <p class="hint data-source">
                <T id="local-data-age" />
                " "
                <a href="https://arbetsformedlingen.se" rel="noopener"><T id="local-official-finder" /></a>
            </p>
        </section>
    }
}

#[component]
fn MunicipalityPlaces(municipality: Municipality, need: LocalNeed) -> impl IntoView {
    let i18n = use_i18n();
    let name = municipality.name.clone();
    let offices = view! { <ServiceOffices municipality=municipality.clone() /> };
    let presence = view! { <Presences municipality=municipality.clone() /> };
    let intro = move || i18n.t_args("local-intro", &[("municipality", Arg::from(name.clone()))]);
    match need {
        LocalNeed::BookedMeetingPresence => {
            view! { <p>{intro}</p> {presence} {offices} }.into_any()
        }
        LocalNeed::ServiceOffices | LocalNeed::None => {
            view! { <p>{intro}</p> {offices} {presence} }.into_any()
        }
    }
}

fn nearest_list(list: Vec<Nearest>, message_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="list">
            {list
                .into_iter()
                .map(|n| {
                    let id = if n.named_in_report { msg("local-nearest-named") } else { message_id };
                    view! {
                        <li>
                            {move || {
                                i18n.t_args(
                                    id,
                                    &[
                                        ("municipality", Arg::from(n.name.clone())),
                                        ("km", Arg::from(n.distance_km)),
                                    ],
                                )
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn ServiceOffices(municipality: Municipality) -> impl IntoView {
    let i18n = use_i18n();
    // A planned office does not help anyone today: without an open one,
    // the nearest open office comes first and the planned one is listed too.
    let missing = (!municipality.has_service_office()).then(|| {
        view! {
            <p><T id="local-no-service-office" /></p>
            {nearest_list(municipality.nearest_service_office.clone(), msg("local-nearest-service-office"))}
        }
    });
    let offices = municipality.service_offices.clone();
    let body = view! {
        {missing}
        <ul class="list">
            {offices
                .into_iter()
                .map(|o| {
                    let status = match o.status {
                        OfficeStatus::Existing => msg("office-existing"),
                        OfficeStatus::Planned => msg("office-planned"),
                        OfficeStatus::Opening => msg("office-opening"),
                    };
                    let place = o.place.clone().unwrap_or_else(|| municipality.name.clone());
                    view! {
                        <li>
                            {move || i18n.t_args("office-in", &[("place", Arg::from(place.clone()))])}
                            " "
                            <span class="tag"><T id=status /></span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    };
    view! {
        <h3 class="heading-s"><T id="local-service-offices-heading" /></h3>
        {body}
    }
}

#[component]
fn Presences(municipality: Municipality) -> impl IntoView {
    let i18n = use_i18n();
    let presence = municipality.presence.clone();
    let body = if presence.is_empty() {
        view! {
            <p><T id="local-no-presence" /></p>
            {nearest_list(municipality.nearest_presence.clone(), msg("local-nearest-presence"))}
        }
        .into_any()
    } else {
        view! {
            <ul class="list">
                {presence
                    .into_iter()
                    .map(|p| {
                        let form = presence_form_id(p.form);
                        let place = p.place.clone().unwrap_or_else(|| municipality.name.clone());
                        view! {
                            <li>
                                {move || i18n.t_args(form, &[("place", Arg::from(place.clone()))])}
                                {p.pending.then(|| view! { " " <span class="tag"><T id="presence-pending" /></span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <h3 class="heading-s"><T id="local-presence-heading" /></h3>
        {body}
    }
}

/// The message naming a form of booked-meeting presence at a place.
pub fn presence_form_id(form: PresenceForm) -> &'static str {
    match form {
        PresenceForm::FixedOffice => msg("presence-fixed"),
        PresenceForm::TravelledToOffice => msg("presence-travelled"),
        PresenceForm::Collaboration => msg("presence-collaboration"),
    }
}
