//! One municipality's document (`data/m/<code>.json`, read with
//! `services::parse_municipality`): the same schema and the same checks as
//! the full file, except that the nearest municipalities it names are not
//! in it; it must hold the municipality asked for and no other, and bad
//! documents are refused with the same errors, never a panic. And
//! `ServiceData::extract`, which the generator writes them with, against
//! an oracle that does not use it.

mod common;

use common::Rng;
use vagvisare_domain::services::{
    self, municipality_path, parse, parse_municipality, DataError, ServiceData, SCHEMA_VERSION,
};

fn full_json() -> String {
    include_str!("../../data/services.json").to_string()
}

fn full() -> ServiceData {
    parse(&full_json()).expect("the committed file parses")
}

/// A committed municipality file (the generator's tests keep them current).
fn committed(code: &str) -> String {
    let path = format!(
        "{}/../data/{}",
        env!("CARGO_MANIFEST_DIR"),
        municipality_path(code)
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Arvika (1784): its office closed in 2025 (one update); its nearest
/// offices are elsewhere.
const ARVIKA: &str = "1784";

fn edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&committed(ARVIKA)).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

fn assert_invalid(json: &str, what: &str) {
    match parse_municipality(json, ARVIKA) {
        Err(DataError::Invalid(msg)) => assert!(!msg.is_empty()),
        other => panic!("{what}: expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_municipality_file_parses_for_its_own_code_only() {
    let one = parse_municipality(&committed(ARVIKA), ARVIKA).unwrap();
    assert_eq!(one.municipalities.len(), 1);
    assert_eq!(one.municipalities[0].name, "Arvika");
    assert_eq!(one.updates.len(), 1, "only Arvika's own update");
    assert_invalid(
        &committed(ARVIKA).replace("\"1784\"", "\"1785\""),
        "renamed code",
    );
    assert!(matches!(
        parse_municipality(&committed(ARVIKA), "2425"),
        Err(DataError::Invalid(_))
    ));
}

#[test]
fn the_full_file_is_not_one_municipality_and_one_municipality_is_not_the_full_file() {
    // The full file holds 290: refused as Arvika's document.
    assert_invalid(&full_json(), "the full file");
    // Arvika's document names Torsby and Karlstad, which are not in it:
    // the full file's stricter check refuses it.
    assert!(matches!(
        parse(&committed(ARVIKA)),
        Err(DataError::Invalid(_))
    ));
}

#[test]
fn the_same_checks_as_the_full_file() {
    assert_invalid(
        &edited(|v| {
            let m = v["municipalities"][0].clone();
            v["municipalities"].as_array_mut().unwrap().push(m);
        }),
        "two municipalities",
    );
    assert_invalid(
        &edited(|v| v["municipalities"] = serde_json::json!([])),
        "none",
    );
    let edit = |f: fn(&mut serde_json::Value)| edited(|v| f(&mut v["municipalities"][0]));
    assert_invalid(
        &edit(|m| m["nearest_service_office"][0]["code"] = serde_json::json!("1784")),
        "nearest is itself",
    );
    assert_invalid(
        &edit(|m| m["nearest_service_office"][0]["code"] = serde_json::json!("17a7")),
        "nearest code not four digits",
    );
    assert_invalid(
        &edit(|m| m["nearest_service_office"][0]["name"] = serde_json::json!(" ")),
        "nearest without a name",
    );
    assert_invalid(
        &edit(|m| m["nearest_service_office"][1] = m["nearest_service_office"][0].clone()),
        "nearest twice",
    );
    assert_invalid(
        &edit(|m| m["nearest_service_office"][0]["distance_km"] = serde_json::json!(0)),
        "zero distance",
    );
    assert_invalid(
        &edit(|m| m["nearest_service_office"] = serde_json::json!([])),
        "no office and no nearest",
    );
    assert_invalid(
        &edit(|m| m["service_offices"][0]["updates"] = serde_json::json!([1])),
        "an update that is not in the document",
    );
    assert_invalid(
        &edit(|m| m["service_offices"][0]["now"] = serde_json::json!("as_in_report")),
        "a standing that does not follow from the updates",
    );
    assert_invalid(
        &edited(|v| v["updates"][0]["code"] = serde_json::json!("1785")),
        "another municipality's update",
    );
    assert_eq!(
        parse_municipality(
            &edited(|v| v["schema_version"] = serde_json::json!(SCHEMA_VERSION + 1)),
            ARVIKA
        ),
        Err(DataError::WrongSchema {
            found: SCHEMA_VERSION + 1,
            expected: SCHEMA_VERSION
        })
    );
    assert!(matches!(
        parse_municipality("<html>404</html>", ARVIKA),
        Err(DataError::Malformed(_))
    ));
}

#[test]
fn cut_or_flipped_documents_never_panic() {
    let json = committed(ARVIKA);
    let json = json.trim_end();
    for cut in 0..json.len() {
        if json.is_char_boundary(cut) {
            assert!(
                parse_municipality(&json[..cut], ARVIKA).is_err(),
                "cut at {cut}"
            );
        }
    }
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..500 {
        let mut bytes = json.as_bytes().to_vec();
        for _ in 0..3 {
            let i = rng.below(bytes.len());
            bytes[i] = rng.below(128) as u8;
        }
        if let Ok(s) = String::from_utf8(bytes) {
            let _ = parse_municipality(&s, ARVIKA);
        }
    }
}

/// `extract` against an oracle written without it: the municipality as it
/// is in the full file, each of its update numbers pointing to an equal
/// update, the updates exactly the ones its offices name, in the full
/// file's order; the header unchanged. Every municipality.
#[test]
fn extract_holds_the_municipality_and_exactly_its_updates() {
    let full = full();
    for m in &full.municipalities {
        let one = full.extract(&m.code).expect("every code extracts");
        assert_eq!(
            (
                &one.source,
                &one.source_date,
                &one.generated_from,
                &one.updates_checked
            ),
            (
                &full.source,
                &full.source_date,
                &full.generated_from,
                &full.updates_checked
            )
        );
        assert_eq!(one.municipalities.len(), 1);
        let got = &one.municipalities[0];
        let mut named: Vec<usize> = m
            .service_offices
            .iter()
            .flat_map(|o| o.updates.clone())
            .collect();
        named.sort();
        named.dedup();
        let expected: Vec<_> = named.iter().map(|&i| full.updates[i].clone()).collect();
        assert_eq!(one.updates, expected, "{}", m.code);
        for (a, b) in got.service_offices.iter().zip(&m.service_offices) {
            let theirs: Vec<_> = a.updates.iter().map(|&i| &one.updates[i]).collect();
            let ours: Vec<_> = b.updates.iter().map(|&i| &full.updates[i]).collect();
            assert_eq!(theirs, ours, "{}", m.code);
        }
        let mut plain = got.clone();
        for (a, b) in plain.service_offices.iter_mut().zip(&m.service_offices) {
            a.updates = b.updates.clone();
        }
        assert_eq!(&plain, m);
        services::validate_scope(&one, services::Scope::One(&m.code))
            .unwrap_or_else(|e| panic!("{}: {e}", m.code));
    }
    assert!(full.extract("9999").is_none());
}
