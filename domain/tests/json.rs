//! The hand-written JSON reader (`json.rs`) accepts and rejects exactly what
//! serde_json does, reads the shipped file to the same data as serde's
//! derive, and never panics.

mod common;

use common::Rng;
use vagvisare_domain::json::Json;
use vagvisare_domain::services::generate::{self, Inputs};
use vagvisare_domain::services::{parse, ServiceData};

fn shipped() -> String {
    let inputs = Inputs::read_from(&generate::default_data_dir()).unwrap();
    generate::build_json(&inputs).unwrap()
}

fn agrees_with_serde(text: &str) {
    let ours = Json::parse(text);
    let reference = serde_json::from_str::<serde_json::Value>(text);
    assert_eq!(
        ours.is_ok(),
        reference.is_ok(),
        "{text:?}: ours {ours:?}, serde_json {reference:?}"
    );
    if let (Ok(Json::String(a)), Ok(serde_json::Value::String(b))) = (&ours, &reference) {
        assert_eq!(a, b, "{text:?}");
    }
}

#[test]
fn the_shipped_file_reads_the_same_as_with_serde() {
    let text = shipped();
    let ours = parse(&text).expect("shipped data parses");
    let reference: ServiceData = serde_json::from_str(&text).unwrap();
    assert_eq!(ours, reference);
}

#[test]
fn hand_picked_cases_agree_with_serde_json() {
    for text in [
        "0",
        "-0",
        "01",
        "1.",
        ".5",
        "1e5",
        "1E+5",
        "1e",
        "-",
        "--1",
        "+1",
        "1.5e-3",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "true",
        "tru",
        "nulll",
        "null",
        " null ",
        "\u{feff}null",
        "\t\n\r null",
        "\"\"",
        "\"a",
        "\"\\\"\"",
        "\"\\/\"",
        "\"\\u00e5\"",
        "\"\\u00E5\"",
        "\"\\uD83D\\uDE00\"",
        "\"\\uD83D\"",
        "\"\\uDE00\"",
        "\"\\uD83Dx\"",
        "\"\\uD83D\\u0041\"",
        "\"\\u12\"",
        "\"\\x\"",
        "\"tab\there\"",
        "\"\u{1}\"",
        "\"å\"",
        "\"\\ud800\\udc00\"",
        "[]",
        "[1,]",
        "[,1]",
        "[1 2]",
        "[[[]]]",
        "{}",
        "{\"a\":1}",
        "{\"a\":1,}",
        "{a:1}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1}x",
        "[1]]",
        "{\"a\":[{}]}",
        "{\"a\":1,\"a\":2}",
        "",
        " ",
        "/* */ 1",
        "NaN",
        "Infinity",
    ] {
        agrees_with_serde(text);
    }
    assert_eq!(
        Json::parse("{\"a\":1,\"a\":2}").unwrap().get("a"),
        Some(&Json::Number(Some(2)))
    );
    assert_eq!(Json::parse("1.0").unwrap(), Json::Number(None));
    assert_eq!(Json::parse("-0").unwrap(), Json::Number(Some(0)));
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    for depth in [127, 128, 129, 100_000] {
        let text = "[".repeat(depth) + &"]".repeat(depth);
        agrees_with_serde(&text);
    }
}

#[test]
fn thousands_of_mutated_files_agree_with_serde_json_and_never_panic() {
    let text = shipped();
    // A slice keeps each case fast while covering every kind of token.
    let sample: String = text.chars().take(3000).collect();
    let alphabet: &[&str] = &[
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "0", "1", "-", ".", "e", "true", "null",
        " ", "\n", "å", "\u{0}", "\\uD800",
    ];
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for _ in 0..5_000 {
        let mut s = sample.clone();
        for _ in 0..=rng.below(4) {
            let chars: Vec<char> = s.chars().collect();
            let at = rng.below(chars.len() + 1);
            let mut out: String = chars[..at].iter().collect();
            match rng.below(3) {
                0 => out.push_str(alphabet[rng.below(alphabet.len())]),
                1 => {}
                _ => out.push_str(alphabet[rng.below(alphabet.len())]),
            }
            let skip = if rng.below(2) == 0 { 1 } else { 0 };
            out.extend(chars.iter().skip(at + skip));
            s = out;
        }
        agrees_with_serde(&s);
        let _ = parse(&s);
    }
}
