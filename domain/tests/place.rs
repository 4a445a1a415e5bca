//! The place in the recommendation (`domain::place`), over every
//! municipality and every route that needs a place: it always names one,
//! never a place known to be closed, says when it is far and then shows the
//! ways without travel; without a municipality, only how to get one.

use std::collections::BTreeSet;

use vagvisare_domain::flow;
use vagvisare_domain::place::{self, Sentence, Value, FAR_KM};
use vagvisare_domain::routing::{self, Outcome};
use vagvisare_domain::services::{self, ServiceData, Standing};

fn data() -> ServiceData {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/services.json");
    services::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// One outcome per rule whose route needs a place, from the reachable answers.
fn outcomes_needing_a_place() -> Vec<Outcome> {
    let mut seen = BTreeSet::new();
    let outcomes: Vec<Outcome> = flow::reachable_answers()
        .iter()
        .map(routing::route)
        .filter(|o| place::route_needs_place(o.route) && seen.insert(o.rule))
        .collect();
    assert!(outcomes.len() >= 4, "{:?}", seen);
    outcomes
}

fn text<'a>(s: &'a Sentence, name: &str) -> &'a str {
    match s.args.iter().find(|(n, _)| *n == name) {
        Some((_, Value::Text(t))) => t,
        other => panic!("{}: no text {name}: {other:?}", s.id),
    }
}

fn number(s: &Sentence, name: &str) -> u32 {
    match s.args.iter().find(|(n, _)| *n == name) {
        Some((_, Value::Number(n))) => *n,
        other => panic!("{}: no number {name}: {other:?}", s.id),
    }
}

#[test]
fn every_municipality_and_route_gets_a_place_never_a_closed_one() {
    let data = data();
    let outcomes = outcomes_needing_a_place();
    let mut far = 0;
    for o in &outcomes {
        for m in &data.municipalities {
            let s = place::summary(o, Some((m, &data))).expect("a place is needed");
            let label = format!("{} in {} ({})", o.rule, m.name, m.code);
            assert!(!s.sentences.is_empty(), "{label}");
            for sentence in s.sentences.iter().chain(&s.first_step) {
                assert!(
                    place::MESSAGE_IDS.contains(&sentence.id),
                    "{label}: {}",
                    sentence.id
                );
                // A place named as one to go to may be offered.
                if sentence.id == "place-office-here" || sentence.id == "step-visit-office-here" {
                    let named = text(sentence, "place");
                    // (Two offices may share a name, one closed: Norrköping.)
                    let offered = m
                        .offices_to_offer()
                        .any(|o| o.place.as_deref().unwrap_or(&m.name) == named);
                    assert!(offered, "{label}: {named} is not an office to offer");
                }
                let nearest = match sentence.id {
                    "place-nearest-office" => Some("first"),
                    "step-visit-office-nearest" => Some("place"),
                    _ => None,
                };
                if let Some(arg) = nearest {
                    let named = text(sentence, arg);
                    let other = data
                        .municipality_by_name(named)
                        .unwrap_or_else(|| panic!("{named}"));
                    assert!(
                        other.has_service_office(),
                        "{label}: {named} has none to offer"
                    );
                }
            }
            // Far is the nearest's distance past the threshold, and then the
            // ways without travel are right there.
            let nearest = s
                .sentences
                .iter()
                .find(|x| x.id.starts_with("place-nearest"))
                .map(|x| number(x, "km"));
            assert_eq!(s.far, nearest.is_some_and(|km| km > FAR_KM), "{label}");
            if s.far {
                far += 1;
                assert!(
                    !s.without_travel.is_empty(),
                    "{label}: far, and no way without travel"
                );
                assert!(
                    s.without_travel.iter().all(|a| !a.route.needs_travel()),
                    "{label}"
                );
            } else {
                assert!(s.without_travel.is_empty(), "{label}");
            }
        }
    }
    assert!(far > 0, "some municipality is far from its nearest place");
}

#[test]
fn without_a_municipality_only_how_to_get_a_place() {
    for o in outcomes_needing_a_place() {
        let s = place::summary(&o, None).unwrap();
        assert_eq!(s.sentences.len(), 1);
        assert_eq!(s.sentences[0].id, "place-no-municipality");
        assert!(!s.far && s.first_step.is_none());
    }
}

#[test]
fn routes_without_a_place_get_none() {
    let data = data();
    let m = data.municipality("2380");
    for o in flow::reachable_answers().iter().map(routing::route) {
        if !place::route_needs_place(o.route) {
            assert_eq!(
                place::summary(&o, m.map(|m| (m, &data))),
                None,
                "{}",
                o.rule
            );
        }
    }
}

/// The cases the issue names, told in the recommendation itself.
#[test]
fn arvika_kiruna_orsa_and_a_stockholm_district() {
    let data = data();
    let outcomes = outcomes_needing_a_place();
    let office = outcomes
        .iter()
        .find(|o| o.rule == "register-no-eid")
        .unwrap();
    let meeting = outcomes
        .iter()
        .find(|o| o.route == routing::Route::BookedMeeting)
        .unwrap();
    let at = |o: &Outcome, code: &str| {
        place::summary(o, data.municipality(code).map(|m| (m, &data))).unwrap()
    };

    // Arvika: its office closed in 2025; the nearest, far, with the ways
    // that need no travel.
    let arvika = at(office, "1784");
    assert_eq!(arvika.sentences[0].id, "place-office-closed");
    assert!(
        matches!(&arvika.sentences[0].args[2], ("date", Value::Date(d)) if d.starts_with("2025"))
    );
    assert_eq!(arvika.sentences[1].id, "place-nearest-office");
    assert!(arvika.far);
    assert!(arvika.first_step.as_ref().unwrap().id == "step-visit-office-nearest");

    // Kiruna: its own office, listed in 2021.
    let kiruna = at(office, "2584");
    assert_eq!(kiruna.sentences[0].id, "place-office-here");
    assert_eq!(text(&kiruna.sentences[0], "place"), "Kiruna");
    assert!(!kiruna.far);

    // Orsa: no booked-meeting presence; the report itself points to Mora.
    let orsa = at(meeting, "2034");
    assert_eq!(orsa.sentences[0].id, "place-no-presence");
    assert_eq!(text(&orsa.sentences[1], "first"), "Mora");

    // Stockholm has several offices: counted, not listed in the box.
    let stockholm = at(office, "0180");
    assert_eq!(stockholm.sentences[0].id, "place-offices-here");
    assert!(number(&stockholm.sentences[0], "count") > 1);

    // Ånge: an office planned in 2021 that no source confirms; the answer
    // itself says so before it names the nearest confirmed one.
    let ange = at(office, "2260");
    assert_eq!(ange.sentences[0].id, "place-office-planned-unconfirmed");
    assert_eq!(ange.sentences[1].id, "place-nearest-office");

    // Ludvika: closed, to open again (not known when): said first, and
    // the nearest open office named, as for a closure.
    let ludvika = at(office, "2085");
    assert_eq!(ludvika.sentences[0].id, "place-office-reopening");
    assert_eq!(ludvika.sentences[1].id, "place-nearest-office");
    assert_eq!(
        ludvika.first_step.as_ref().unwrap().id,
        "step-visit-office-nearest"
    );

    // Nothing closed, or only announced to reopen, is offered anywhere.
    for m in &data.municipalities {
        for o in m.offices_to_offer() {
            assert!(!matches!(
                o.now,
                Standing::Closed | Standing::ReopeningAnnounced
            ));
        }
    }
}

/// Every message the place summary uses exists in Swedish.
#[test]
fn every_place_message_exists_in_swedish() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/sv");
    let text: String = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for id in place::MESSAGE_IDS {
        assert!(
            text.contains(&format!("\n{id} =")),
            "{id} is not in locales/sv"
        );
    }
}
