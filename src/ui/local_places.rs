//! The places for the person's municipality: service offices (drop-in) and
//! where booked meetings are held, or the nearest municipalities that have
//! them. Every local fact carries its source and date; an office a source
//! says closed is said to be closed, never offered.

use std::sync::Arc;

use crate::i18n::Arg;
use leptos::prelude::*;
use vagvisare_domain::answers::MunicipalityAnswer;
use vagvisare_domain::routing::LocalNeed;
use vagvisare_domain::services::{Municipality, ServiceData, Standing};

use crate::i18n::msg;
use crate::state::data::use_data;
use crate::state::data::DataState;
use crate::state::journey::use_journey;
use crate::ui::bilingual::T;
use crate::ui::data_error::DataError;
use crate::ui::network_notice::NetworkNotice;
use crate::ui::places::{NearestList, OfficeItem, PresenceItem};
use crate::ui::report_wrong_info::ReportWrongInfo;

#[component]
pub fn LocalPlaces(need: LocalNeed) -> impl IntoView {
    let journey = use_journey();
    let data = use_data();
    // Tracked: the address may change only the municipality (a pasted
    // link, history), and the page is not rebuilt for that.
    let code = Memo::new(move |_| {
        journey.url.with(|s| match &s.answers.municipality {
            Some(MunicipalityAnswer::Code(c)) => Some(c.clone()),
            _ => None,
        })
    });
    Effect::new(move |_| {
        if code.get().is_some() {
            data.ensure();
        }
    });
    view! {
        <section class="local-places" aria-labelledby="local-heading">
            <h2 id="local-heading" class="heading-m"><T id="local-heading" /></h2>
            <NetworkNotice />
            {move || match (code.get(), data.state.get()) {
                (None, _) => view! { <p><T id="local-no-municipality" /></p> }.into_any(),
                (Some(_), DataState::Failed(f)) => view! { <DataError failure=f /> }.into_any(),
                (Some(_), DataState::Idle | DataState::Loading) => {
                    view! { <p><T id="local-loading" /></p> }.into_any()
                }
                (Some(code), DataState::Ready(data)) => match data.municipality(&code).cloned() {
                    None => view! { <p><T id="local-no-municipality" /></p> }.into_any(),
                    Some(m) => view! {
                        <MunicipalityPlaces municipality=m.clone() data=Arc::clone(&data) need=need />
                        <ReportWrongInfo municipality=m data=data />
                    }
                    .into_any(),
                },
            }}
            <p class="hint"><T id="local-distances" /></p>
        </section>
    }
}

#[component]
fn MunicipalityPlaces(
    municipality: Municipality,
    data: Arc<ServiceData>,
    need: LocalNeed,
) -> impl IntoView {
    let name = municipality.name.clone();
    let offices = view! { <ServiceOffices municipality=municipality.clone() data=data /> };
    let presence = view! { <Presences municipality=municipality.clone() /> };
    let intro =
        view! { <p><T id="local-intro" args=vec![("municipality", Arg::from(name))] /></p> };
    match need {
        LocalNeed::BookedMeetingPresence => view! { {intro} {presence} {offices} }.into_any(),
        LocalNeed::ServiceOffices | LocalNeed::None => {
            view! { {intro} {offices} {presence} }.into_any()
        }
    }
}

/// Offices to go to first; then, where the municipality lost its office or
/// never had one, that fact and the nearest open ones; then what is only
/// announced or planned.
#[component]
fn ServiceOffices(municipality: Municipality, data: Arc<ServiceData>) -> impl IntoView {
    let m = municipality;
    let list = |now: Standing| {
        let items = m
            .offices(now)
            .cloned()
            .map(|o| view! { <OfficeItem office=o municipality=m.name.clone() data=Arc::clone(&data) /> })
            .collect_view();
        (m.offices(now).count() > 0).then(|| view! { <ul class="list places">{items}</ul> })
    };
    // Standing::ALL's order, with the nearest open offices before the ones
    // only planned.
    let known = Standing::ALL
        .into_iter()
        .filter(|&now| now != Standing::Unconfirmed)
        .map(&list)
        .collect_view();
    let unconfirmed = list(Standing::Unconfirmed);
    let missing = (!m.has_service_office()).then(|| {
        let name = m.name.clone();
        view! {
            <p><T id="local-no-service-office" args=vec![("municipality", Arg::from(name.clone()))] /></p>
            <NearestList list=m.nearest_service_office.clone() home=name />
        }
    });
    view! {
        <h3 class="heading-s"><T id="local-service-offices-heading" /></h3>
        {known}
        {missing}
        {unconfirmed}
    }
}

#[component]
fn Presences(municipality: Municipality) -> impl IntoView {
    let m = municipality;
    let items = m
        .presence
        .iter()
        .cloned()
        .map(|p| view! { <PresenceItem presence=p municipality=m.name.clone() /> })
        .collect_view();
    let list = (!m.presence.is_empty()).then(|| {
        view! {
            <p><T id="local-presence-source" /></p>
            <ul class="list places">{items}</ul>
        }
    });
    // Nothing ready (none at all, or only one "klar senare"): the nearest.
    let missing = (!m.has_ready_presence()).then(|| {
        let id = if m.presence.is_empty() {
            msg("local-no-presence")
        } else {
            msg("local-pending-presence")
        };
        let name = m.name.clone();
        view! {
            <p><T id=id args=vec![("municipality", Arg::from(name.clone()))] /></p>
            <NearestList list=m.nearest_presence.clone() home=name />
        }
    });
    view! {
        <h3 class="heading-s"><T id="local-presence-heading" /></h3>
        {list}
        {missing}
    }
}
