//! `services::parse` rejects bad files with the right error and never panics.

mod common;

use common::Rng;
use vagvisare_domain::services::{parse, DataError, SCHEMA_VERSION};

/// The committed file the app downloads (the data generator's tests keep it
/// equal to what the generator writes).
fn valid_json() -> String {
    include_str!("../../data/services.json").to_string()
}

fn edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&valid_json()).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

fn municipality<'a>(v: &'a mut serde_json::Value, code: &str) -> &'a mut serde_json::Value {
    v["municipalities"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["code"] == code)
        .unwrap()
}

fn assert_invalid(json: &str, what: &str) {
    match parse(json) {
        Err(DataError::Invalid(msg)) => assert!(!msg.is_empty()),
        other => panic!("{what}: expected Invalid, got {other:?}"),
    }
}

#[test]
fn valid_file_parses() {
    let data = parse(&valid_json()).unwrap();
    assert_eq!(data.schema_version, SCHEMA_VERSION);
    assert_eq!(data.municipalities.len(), 290);
}

#[test]
fn malformed_input_is_reported() {
    let current = format!("{{\"schema_version\": {SCHEMA_VERSION}}}");
    let current_bad_list =
        format!("{{\"schema_version\": {SCHEMA_VERSION}, \"municipalities\": {{}}}}");
    for bad in [
        "",
        " ",
        "{",
        "}",
        "null",
        "42",
        "\"text\"",
        "[]",
        "{}",
        "<html><body>404 Not Found</body></html>",
        "\u{feff}{}",
        "{\"schema_version\": \"1\"}",
        "{\"schema_version\": -1}",
        "{\"schema_version\": 1.5}",
        current.as_str(),
        current_bad_list.as_str(),
    ] {
        assert!(
            matches!(parse(bad), Err(DataError::Malformed(_))),
            "{bad:?} should be Malformed, got {:?}",
            parse(bad)
        );
    }
}

#[test]
fn valid_json_of_the_wrong_shape_is_malformed() {
    let cases = [
        edited(|v| v["municipalities"][0]["presence"] = serde_json::json!("many")),
        edited(|v| {
            municipality(v, "0180")["service_offices"][0]["status"] = serde_json::json!("closed")
        }),
        edited(|v| municipality(v, "0180")["presence"][0] = serde_json::json!({})),
        edited(|v| {
            municipality(v, "2034")["nearest_presence"][0]["distance_km"] = serde_json::json!(-5)
        }),
        edited(|v| {
            v.as_object_mut()
                .unwrap()
                .remove("source")
                .map(drop)
                .unwrap_or(())
        }),
    ];
    for json in cases {
        assert!(
            matches!(parse(&json), Err(DataError::Malformed(_))),
            "{:?}",
            parse(&json)
        );
    }
}

#[test]
fn truncated_files_never_panic() {
    let full = valid_json();
    // Without the final newline the file is still complete.
    let json = full.trim_end();
    assert!(parse(json).is_ok());
    let mut cut = 0;
    while cut < json.len() {
        if json.is_char_boundary(cut) {
            let result = parse(&json[..cut]);
            assert!(result.is_err(), "a file cut at byte {cut} was accepted");
        }
        cut += 997;
    }
    // Every cut inside the first and last few hundred bytes.
    for cut in (0..150).chain(json.len().saturating_sub(150)..json.len()) {
        if json.is_char_boundary(cut) {
            assert!(parse(&json[..cut]).is_err());
        }
    }
}

#[test]
fn garbage_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet: Vec<char> = "{}[]:,\"0123456789abcdeflnrstu -.\\äö\u{0}\u{ffff}"
        .chars()
        .collect();
    for _ in 0..2000 {
        let len = rng.below(64);
        let s: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let _ = parse(&s);
    }
    // Random byte flips in a valid file.
    let json = valid_json();
    for _ in 0..100 {
        let mut bytes = json.clone().into_bytes();
        for _ in 0..3 {
            let i = rng.below(bytes.len());
            bytes[i] = rng.below(128) as u8;
        }
        if let Ok(s) = String::from_utf8(bytes) {
            let _ = parse(&s);
        }
    }
}

#[test]
fn wrong_schema_version_is_reported() {
    let json = edited(|v| v["schema_version"] = serde_json::json!(SCHEMA_VERSION + 1));
    assert_eq!(
        parse(&json),
        Err(DataError::WrongSchema {
            found: SCHEMA_VERSION + 1,
            expected: SCHEMA_VERSION
        })
    );
    // A future version is reported as such even if its shape has changed.
    let json = r#"{"schema_version": 7, "places": []}"#;
    assert_eq!(
        parse(json),
        Err(DataError::WrongSchema {
            found: 7,
            expected: SCHEMA_VERSION
        })
    );
    let json = edited(|v| v["schema_version"] = serde_json::json!(0));
    assert!(matches!(
        parse(&json),
        Err(DataError::WrongSchema { found: 0, .. })
    ));
    let json = edited(|v| v["schema_version"] = serde_json::json!(1u64 << 40));
    assert!(matches!(parse(&json), Err(DataError::WrongSchema { .. })));
}

#[test]
fn duplicate_code_is_invalid() {
    let json = edited(|v| {
        let first = v["municipalities"][0].clone();
        v["municipalities"].as_array_mut().unwrap().push(first);
    });
    assert_invalid(&json, "duplicate code");
    let json = edited(|v| v["municipalities"][1]["code"] = v["municipalities"][0]["code"].clone());
    assert_invalid(&json, "duplicate code");
}

#[test]
fn bad_codes_are_invalid() {
    for code in ["114", "01140", "01a4", "", "٠١١٤"] {
        let json = edited(|v| v["municipalities"][0]["code"] = serde_json::json!(code));
        assert_invalid(&json, code);
    }
}

#[test]
fn dangling_reference_is_invalid() {
    // Orsa (2034) points to Mora (2062).
    let json = edited(|v| {
        municipality(v, "2034")["nearest_presence"][0]["code"] = serde_json::json!("9999")
    });
    assert_invalid(&json, "dangling nearest_presence");
    let json = edited(|v| {
        municipality(v, "2034")["nearest_service_office"][0]["code"] = serde_json::json!("9999")
    });
    assert_invalid(&json, "dangling nearest_service_office");
    // Remove Mora: Orsa's reference dangles.
    let json = edited(|v| {
        v["municipalities"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["code"] != "2062")
    });
    assert_invalid(&json, "removed target");
}

#[test]
fn inconsistent_references_are_invalid() {
    // Points to a municipality without presence (Orsa -> Älvdalen? no: -> Rättvik).
    let json = edited(|v| {
        let n = &mut municipality(v, "2034")["nearest_presence"][0];
        n["code"] = serde_json::json!("2031");
        n["name"] = serde_json::json!("Rättvik");
    });
    assert_invalid(&json, "target without presence");
    // Wrong name for the code.
    let json = edited(|v| {
        municipality(v, "2034")["nearest_presence"][0]["name"] = serde_json::json!("Moraa")
    });
    assert_invalid(&json, "name mismatch");
    // Points to itself.
    let json = edited(|v| {
        let n = &mut municipality(v, "2034")["nearest_presence"][0];
        n["code"] = serde_json::json!("2034");
        n["name"] = serde_json::json!("Orsa");
    });
    assert_invalid(&json, "self reference");
    // Zero distance.
    let json = edited(|v| {
        municipality(v, "2034")["nearest_presence"][0]["distance_km"] = serde_json::json!(0)
    });
    assert_invalid(&json, "zero distance");
}

#[test]
fn missing_alternatives_are_invalid() {
    let json = edited(|v| municipality(v, "2034")["nearest_presence"] = serde_json::json!([]));
    assert_invalid(&json, "no nearest_presence");
    let json =
        edited(|v| municipality(v, "2034")["nearest_service_office"] = serde_json::json!([]));
    assert_invalid(&json, "no nearest_service_office");
    let json = edited(|v| v["municipalities"] = serde_json::json!([]));
    assert_invalid(&json, "no municipalities");
}

#[test]
fn errors_display_in_plain_words() {
    let errors = [
        DataError::Malformed("x".into()),
        DataError::WrongSchema {
            found: 2,
            expected: 1,
        },
        DataError::Invalid("y".into()),
    ];
    for e in errors {
        let text = e.to_string();
        assert!(text.starts_with("the service data"), "{text}");
    }
}

#[test]
fn a_standing_that_does_not_follow_from_the_updates_is_invalid() {
    // Arvika (1784): its only office closed in 2025.
    let json = edited(|v| {
        municipality(v, "1784")["service_offices"][0]["now"] = serde_json::json!("as_in_report")
    });
    assert_invalid(&json, "a closed office marked as in the report");
    let json = edited(|v| {
        municipality(v, "1784")["service_offices"][0]["updates"] = serde_json::json!([])
    });
    assert_invalid(&json, "a closed office without its update");
    let json = edited(|v| {
        municipality(v, "1784")["service_offices"][0]["updates"] = serde_json::json!([9999])
    });
    assert_invalid(&json, "a dangling update");
    // An update that belongs to another municipality.
    let json = edited(|v| {
        let other = municipality(v, "1492")["service_offices"][0]["updates"].clone();
        municipality(v, "1784")["service_offices"][0]["updates"] = other;
    });
    assert_invalid(&json, "another municipality's update");
    // Nearest alternatives must not point to a municipality whose office closed.
    let json = edited(|v| {
        municipality(v, "1730")["nearest_service_office"][0]["code"] = serde_json::json!("1784");
        municipality(v, "1730")["nearest_service_office"][0]["name"] = serde_json::json!("Arvika");
    });
    assert_invalid(&json, "an alternative whose office closed");
    let json = edited(|v| v["updates"][0]["publisher"] = serde_json::json!(""));
    assert_invalid(&json, "an update without its source");
}
