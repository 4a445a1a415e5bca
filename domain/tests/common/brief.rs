//! The brief's routing table ("Routing policy" in the project brief), stated
//! here on its own, as the brief words it, and not read from
//! `routing::RULES`: the route it gives for a complete set of answers (its
//! "primary route" and "when it changes" columns) and the alternatives it
//! names (its "alternatives" column, and "Remote always appears"). The
//! tests compare the app's outcomes with it, so a change to `RULES` that the
//! brief does not make fails.
// Not every test crate that includes `common` checks routes.
#![allow(dead_code)]

use vagvisare_domain::answers::{Answers, DigitalSkill, ELegitimation, Errand};
use vagvisare_domain::routing::Route;

/// The primary route for complete answers.
pub fn primary_route(a: &Answers) -> Route {
    use Route::*;
    let alone = a.digital == Some(DigitalSkill::Alone);
    let not_at_all = a.digital == Some(DigitalSkill::NotAtAll);
    // "No or unsure e-legitimation": only a confident yes counts.
    let e_id = a.e_legitimation == Some(ELegitimation::Yes);
    match a.errand.expect("complete answers have an errand") {
        Errand::Register | Errand::ActivityReport if e_id && alone => Digital,
        Errand::Register | Errand::ActivityReport => ServiceOffice,
        Errand::FindJobs if alone => Digital,
        Errand::FindJobs => ServiceOffice,
        Errand::Planning => Remote,
        Errand::Forms => ServiceOffice,
        Errand::Guidance if not_at_all => Remote,
        Errand::Guidance => Digital,
        Errand::Disability => BookedMeeting,
        Errand::Etablering if not_at_all || a.adaptations == Some(true) => BookedMeeting,
        Errand::Etablering => Remote,
        Errand::Provider => ProviderMeeting,
        Errand::Other if alone => Digital,
        Errand::Other => Remote,
    }
}

/// The alternatives the brief names for these answers: the outcome must
/// offer at least these (the app adds some, each documented in
/// `routing.rs`).
pub fn alternatives(a: &Answers) -> Vec<Route> {
    use Route::*;
    let primary = primary_route(a);
    let e_id_and_alone =
        a.e_legitimation == Some(ELegitimation::Yes) && a.digital == Some(DigitalSkill::Alone);
    let mut named = match a.errand.expect("complete answers have an errand") {
        Errand::Register => vec![ServiceOffice],
        Errand::Planning if e_id_and_alone => vec![Digital, ServiceOffice],
        Errand::Planning => vec![ServiceOffice],
        Errand::Etablering => vec![BookedMeeting, ServiceOffice],
        Errand::Other => vec![ServiceOffice],
        _ => vec![],
    };
    named.push(Remote);
    named.retain(|r| *r != primary);
    named
}
