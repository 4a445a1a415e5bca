//! The answer: the recommended route first, what to do now, why, other
//! ways, the places near the person, and the source and age of the facts.

use leptos::prelude::*;
use vagvisare_domain::answers::MunicipalityAnswer;
use vagvisare_domain::claims;
use vagvisare_domain::place;
use vagvisare_domain::routing::{Contact, Outcome, Route};

use crate::i18n::use_i18n;
use crate::state::data::{use_data, DataState};
use crate::state::journey::use_journey;
use crate::state::staff::use_staff;
use crate::ui::after_paint::AfterPaint;
use crate::ui::back_link::BackLink;
use crate::ui::bilingual::T;
use crate::ui::local_places::LocalPlaces;
use crate::ui::page_title::{use_page_title, HEADING_ID};
use crate::ui::phone_link::PhoneLink;
use crate::ui::picture::{self, PictureOf};
use crate::ui::place_summary::{sentence, PlaceSummary};
use crate::ui::qr_handout::QrHandout;
use crate::ui::route_extras::Extras;

/// After a text whose only source is the 2021 report: says so.
fn age_mark(id: &'static str) -> impl IntoView {
    claims::from_2021(id).then(|| {
        view! { " " <span class="claim-2021"><T id="claim-from-2021" /></span> }
    })
}

fn route_class(route: Route) -> &'static str {
    match route {
        Route::Digital => "route route--digital",
        Route::Remote => "route route--remote",
        Route::ServiceOffice => "route route--service-office",
        Route::BookedMeeting | Route::ProviderMeeting => "route route--booked-meeting",
    }
}

#[component]
pub fn ResultPage(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let staff = use_staff();
    let data = use_data();
    let route = outcome.route;
    // The municipality follows the address: a pasted link or history may
    // change only it, and the page is not rebuilt for that.
    let code = Memo::new(move |_| {
        journey.url.with(|s| match &s.answers.municipality {
            Some(MunicipalityAnswer::Code(c)) => Some(c.clone()),
            _ => None,
        })
    });
    // The facts asked for now, not when the places below are drawn;
    // `LocalPlaces` follows the address from then on.
    if code.get_untracked().is_some() {
        data.ensure();
    }
    // What the domain says of the place, once the data is in (no place
    // needed, or the data not in hand: nothing).
    let summary = {
        let outcome = outcome.clone();
        Memo::new(move |_| match code.get() {
            Some(code) => match data.state.get() {
                DataState::Ready(d) => {
                    place::summary(&outcome, d.municipality(&code).map(|m| (m, &*d)))
                }
                _ => None,
            },
            None => place::summary(&outcome, None),
        })
    };
    use_page_title(move || {
        i18n.t_args(
            "result-page-title",
            &[("route", i18n.t(route.title_id()).into())],
        )
    });
    // Whether anything on this page is marked as a fact from 2021: then one
    // sentence says what the mark means.
    let marked = claims::from_2021(route.summary_id())
        || claims::from_2021(outcome.reason_id)
        || outcome.steps.iter().any(|s| claims::from_2021(s.text_id))
        || outcome
            .alternatives
            .iter()
            .any(|a| claims::from_2021(a.text_id))
        || outcome.notes.iter().any(|n| claims::from_2021(n))
        || outcome
            .contacts
            .iter()
            .any(|c| claims::from_2021(c.label_id()));
    let Outcome {
        steps,
        alternatives,
        contacts,
        notes,
        reason_id,
        local,
        ..
    } = outcome;
    view! {
        <BackLink />
        <div class=route_class(route)>
            <p class="caption"><T id="result-recommended" /></p>
            <h1 id=HEADING_ID tabindex="-1" class="heading-xl route__title">
                <PictureOf picture=picture::of_route(route) />
                <T id=route.title_id() />
            </h1>
            <p class="lead"><T id=route.summary_id() />{age_mark(route.summary_id())}</p>
            {move || summary.get().map(|s| view! { <PlaceSummary summary=s /> })}
        </div>

        <h2 class="heading-m"><T id="result-steps-heading" /></h2>
        <ol class="list list--number steps">
            {steps
                .into_iter()
                .map(|step| {
                    // The step of going somewhere names the place, once known.
                    let text = move || match summary.get() {
                        Some(s) if s.replaces(&step) => {
                            sentence(s.first_step.expect("replaces")).into_any()
                        }
                        _ => view! { <T id=step.text_id />{age_mark(step.text_id)} }.into_any(),
                    };
                    view! {
                        <li>
                            {picture::of_step(step.text_id).map(|p| view! { <PictureOf picture=p /> })}
                            {text}
                            <Extras contact=step.contact link=step.link />
                        </li>
                    }
                })
                .collect_view()}
        </ol>

        // Below the recommendation and its steps, drawn after the first
        // paint: why, the other ways, whom to call; then the places.
        <AfterPaint>
            <section class="result-why">
            <h2 class="heading-m"><T id="result-why-heading" /></h2>
            <p><T id=reason_id />{age_mark(reason_id)}</p>
            {notes
                .iter()
                .map(|&n| view! { <div class="inset-text"><p><T id=n />{age_mark(n)}</p></div> })
                .collect_view()}
            </section>
            <section class="result-alternatives">
            <h2 class="heading-m"><T id="result-alternatives-heading" /></h2>
            <ul class="list alternatives">
                {alternatives
                    .iter()
                    .map(|alt| {
                        view! {
                            <li class="alternatives__item">
                                <h3 class="heading-s">
                                    <PictureOf picture=picture::of_route(alt.route) />
                                    <T id=alt.route.title_id() />
                                </h3>
                                <p>
                                    <T id=alt.text_id />
                                    {age_mark(alt.text_id)}
                                    <Extras contact=alt.contact link=alt.link />
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            </section>

            <h2 class="heading-m"><T id="result-contacts-heading" /></h2>
            <ul class="list contacts">
                {contacts
                    .iter()
                    .copied()
                    .filter(|c| *c != Contact::StaffLine || staff.is_on_untracked())
                    .map(|c| {
                        view! {
                            <li>
                                <T id=c.label_id() />
                                " "
                                <PhoneLink contact=c />
                                {age_mark(c.label_id())}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>

            {marked.then(|| view! { <p class="hint claim-2021-note"><T id="claim-from-2021-note" /></p> })}
        </AfterPaint>

        <AfterPaint level=2>
            <LocalPlaces need=local />

            {move || staff.is_on().then(|| view! { <QrHandout /> })}

            <div class="button-group no-print">
                <button type="button" class="button button--secondary" on:click=move |_| crate::browser::document::print()>
                    <T id="result-print" />
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| journey.start_again()>
                    <T id="start-again" />
                </button>
            </div>
        </AfterPaint>
    }
}
