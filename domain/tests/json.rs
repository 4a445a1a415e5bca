//! The hand-written JSON reader (`json.rs`) against serde_json, the
//! reference:
//!
//! * **Valid documents** (generated trees of every kind of value, and valid
//!   edits of the shipped `data/services.json`, each written with random
//!   spacing and random escapes): both readers accept them and read the same
//!   values as the tree that was written. Values are compared in one common
//!   form ([`V`]): numbers as `Some(n)` exactly when serde_json reads a `u64`,
//!   objects as maps where a repeated key keeps its last value.
//! * **Damaged documents** (the same documents with a few characters
//!   inserted or deleted): both accept the same ones, with the same values,
//!   and refuse the others; the corpus must hold many of each, so the
//!   comparison cannot quietly become "both refuse everything" again.
//! * Hand-picked corner cases, deep nesting, and the shipped file decoded to
//!   the same `ServiceData` as with serde's derive.
//!
//! One deliberate difference, checked below: a number too large for an f64
//! (`1e400`) is valid JSON, and the reader accepts it without a value;
//! serde_json refuses it. Each comparison has a planted fault: a reader
//! that is wrong in one way must be caught by the same corpus.

mod common;

use std::collections::BTreeMap;

use common::Rng;
use vagvisare_domain::json::Json;
use vagvisare_domain::services::{parse, ServiceData};

/// The committed file the app downloads (a test in the data generator's
/// crate keeps it equal to what the generator writes).
const SHIPPED: &str = include_str!("../../data/services.json");

/// A JSON value in the form both readers' results are compared in.
#[derive(Debug, Clone, PartialEq)]
enum V {
    Null,
    Bool(bool),
    /// `Some` exactly for the numbers serde_json reads as a `u64`.
    Num(Option<u64>),
    Str(String),
    Arr(Vec<V>),
    /// Members in the order written; repeated keys allowed (see [`normal`]).
    Obj(Vec<(String, V)>),
}

fn from_ours(j: &Json) -> V {
    match j {
        Json::Null => V::Null,
        Json::Bool(b) => V::Bool(*b),
        Json::Number(n) => V::Num(*n),
        Json::String(s) => V::Str(s.clone()),
        Json::Array(items) => V::Arr(items.iter().map(from_ours).collect()),
        Json::Object(members) => V::Obj(
            members
                .iter()
                .map(|(k, v)| (k.clone(), from_ours(v)))
                .collect(),
        ),
    }
}

fn from_serde(v: &serde_json::Value) -> V {
    use serde_json::Value;
    match v {
        Value::Null => V::Null,
        Value::Bool(b) => V::Bool(*b),
        Value::Number(n) => V::Num(n.as_u64()),
        Value::String(s) => V::Str(s.clone()),
        Value::Array(items) => V::Arr(items.iter().map(from_serde).collect()),
        Value::Object(members) => V::Obj(
            members
                .iter()
                .map(|(k, v)| (k.clone(), from_serde(v)))
                .collect(),
        ),
    }
}

/// Objects as sorted maps where a repeated key keeps its last value, as
/// `Json::get` and serde_json both read them.
fn normal(v: &V) -> V {
    match v {
        V::Arr(items) => V::Arr(items.iter().map(normal).collect()),
        V::Obj(members) => {
            let map: BTreeMap<&String, V> = members.iter().map(|(k, v)| (k, normal(v))).collect();
            V::Obj(map.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        other => other.clone(),
    }
}

// --- Writing values with random spacing and escapes --------------------------

fn space(rng: &mut Rng, out: &mut String) {
    out.push_str(rng.pick(&["", "", "", " ", "\n", "\t", "\r\n", "  "]));
}

/// A string literal for `s`, each character raw, as a short escape or as
/// `\uXXXX` (a surrogate pair beyond the BMP), chosen at random.
fn write_string(rng: &mut Rng, s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '/' => Some("\\/"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            _ => None,
        };
        let must_escape = matches!(c, '"' | '\\' | '\u{0}'..='\u{1f}');
        match rng.below(4) {
            0 | 1 if !must_escape => out.push(c),
            2 if short.is_some() => out.push_str(short.unwrap()),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    if rng.below(2) == 0 {
                        out.push_str(&format!("\\u{u:04x}"));
                    } else {
                        out.push_str(&format!("\\u{u:04X}"));
                    }
                }
            }
        }
    }
    out.push('"');
}

/// Number texts that serde_json reads as something other than a `u64`.
const NOT_U64: &[&str] = &[
    "-0",
    "-1",
    "-9223372036854775808",
    "0.0",
    "1.5",
    "-2.25",
    "1e3",
    "1E+3",
    "2e-3",
    "0.1e10",
    "18446744073709551616",
    "123456789012345678901234567890",
    "1.7976931348623157e308",
    "5e-324",
    "1e-400",
];

fn write(rng: &mut Rng, v: &V, out: &mut String) {
    match v {
        V::Null => out.push_str("null"),
        V::Bool(true) => out.push_str("true"),
        V::Bool(false) => out.push_str("false"),
        V::Num(Some(n)) => out.push_str(&n.to_string()),
        V::Num(None) => out.push_str(rng.pick(NOT_U64)),
        V::Str(s) => write_string(rng, s, out),
        V::Arr(items) => {
            out.push('[');
            space(rng, out);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                    space(rng, out);
                }
                write(rng, item, out);
                space(rng, out);
            }
            out.push(']');
        }
        V::Obj(members) => {
            out.push('{');
            space(rng, out);
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                    space(rng, out);
                }
                write_string(rng, k, out);
                space(rng, out);
                out.push(':');
                space(rng, out);
                write(rng, v, out);
                space(rng, out);
            }
            out.push('}');
        }
    }
}

fn document(rng: &mut Rng, v: &V) -> String {
    let mut out = String::new();
    space(rng, &mut out);
    write(rng, v, &mut out);
    space(rng, &mut out);
    out
}

// --- Generating values --------------------------------------------------------

const CHARS: &[char] = &[
    'a',
    'Z',
    '0',
    ' ',
    '"',
    '\\',
    '/',
    '\u{0}',
    '\u{8}',
    '\u{c}',
    '\n',
    '\r',
    '\t',
    '\u{1f}',
    '\u{7f}',
    'å',
    'Ä',
    'ö',
    'é',
    'ß',
    'ع',
    '۴',
    'ሀ',
    '中',
    '\u{2028}',
    '\u{feff}',
    '\u{ffff}',
    '😀',
    '\u{10ffff}',
    '{',
    ']',
    ':',
    ',',
];

fn gen_string(rng: &mut Rng) -> String {
    (0..rng.below(8))
        .map(|_| CHARS[rng.below(CHARS.len())])
        .collect()
}

fn gen_value(rng: &mut Rng, depth: usize) -> V {
    let kinds = if depth >= 5 { 6 } else { 8 };
    match rng.below(kinds) {
        0 => V::Null,
        1 => V::Bool(rng.below(2) == 0),
        2 => V::Num(Some(match rng.below(4) {
            0 => 0,
            1 => rng.below(1000) as u64,
            2 => u64::MAX - rng.below(3) as u64,
            _ => rng.next(),
        })),
        3 => V::Num(None),
        4 | 5 => V::Str(gen_string(rng)),
        6 => V::Arr(
            (0..rng.below(5))
                .map(|_| gen_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut members: Vec<(String, V)> = Vec::new();
            for _ in 0..rng.below(5) {
                // Now and then a key again: the last value counts.
                let key = match members.len() {
                    n if n > 0 && rng.below(4) == 0 => members[rng.below(n)].0.clone(),
                    _ => gen_string(rng),
                };
                members.push((key, gen_value(rng, depth + 1)));
            }
            V::Obj(members)
        }
    }
}

/// One valid edit somewhere in `v`: a value replaced, an item or member
/// removed, added or repeated.
fn edit(rng: &mut Rng, v: &mut V, depth: usize) {
    let children = match v {
        V::Arr(items) => items.len(),
        V::Obj(members) => members.len(),
        _ => 0,
    };
    if children > 0 && rng.below(5) != 0 {
        let i = rng.below(children);
        match v {
            V::Arr(items) => return edit(rng, &mut items[i], depth + 1),
            V::Obj(members) => return edit(rng, &mut members[i].1, depth + 1),
            _ => unreachable!(),
        }
    }
    match (v, rng.below(4)) {
        (V::Arr(items), 0) if !items.is_empty() => {
            items.remove(rng.below(items.len()));
        }
        (V::Arr(items), 1) => items.insert(rng.below(items.len() + 1), gen_value(rng, depth)),
        (V::Obj(members), 0) if !members.is_empty() => {
            members.remove(rng.below(members.len()));
        }
        (V::Obj(members), 1) if !members.is_empty() => {
            let repeated = (
                members[rng.below(members.len())].0.clone(),
                gen_value(rng, depth),
            );
            members.insert(rng.below(members.len() + 1), repeated);
        }
        (V::Obj(members), 2) => members.push((gen_string(rng), gen_value(rng, depth))),
        (v, _) => *v = gen_value(rng, depth),
    }
}

// --- The corpus and the comparison --------------------------------------------

/// A document and, when it was written from a value, that value.
struct Case {
    text: String,
    written: Option<V>,
}

struct Corpus {
    valid: Vec<Case>,
    damaged: Vec<Case>,
}

const DAMAGE: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\u00", "0", "1", "-", ".", "e", "+", "true",
    "null", " ", "\n", "å", "\u{0}", "\u{1f}", "\\uD800", "\\uDC00",
];

/// A few characters inserted, replaced or deleted.
fn damage(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.below(2) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 if at < chars.len() => {
                let with: Vec<char> = rng.pick(DAMAGE).chars().collect();
                chars.splice(at..at + 1, with);
            }
            _ => {
                let with: Vec<char> = rng.pick(DAMAGE).chars().collect();
                chars.splice(at..at, with);
            }
        }
    }
    chars.into_iter().collect()
}

fn corpus() -> Corpus {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut valid = Vec::new();
    for _ in 0..1_500 {
        let v = gen_value(&mut rng, 0);
        valid.push(Case {
            text: document(&mut rng, &v),
            written: Some(v),
        });
    }
    // The shipped file: whole, and each municipality (one object) alone.
    let shipped = from_serde(&serde_json::from_str(SHIPPED).unwrap());
    let V::Obj(top) = &shipped else { panic!() };
    let Some((_, V::Arr(municipalities))) = top.iter().find(|(k, _)| k == "municipalities") else {
        panic!("no municipalities")
    };
    for _ in 0..10 {
        let mut v = shipped.clone();
        for _ in 0..=rng.below(4) {
            edit(&mut rng, &mut v, 0);
        }
        valid.push(Case {
            text: document(&mut rng, &v),
            written: Some(v),
        });
    }
    for _ in 0..500 {
        let mut v = municipalities[rng.below(municipalities.len())].clone();
        for _ in 0..rng.below(4) {
            edit(&mut rng, &mut v, 0);
        }
        valid.push(Case {
            text: document(&mut rng, &v),
            written: Some(v),
        });
    }
    let damaged = (0..5_000)
        .map(|i| Case {
            text: damage(&mut rng, &valid[(i * 7) % valid.len()].text),
            written: None,
        })
        .collect();
    Corpus { valid, damaged }
}

type Reader = fn(&str) -> Result<V, ()>;

fn ours(text: &str) -> Result<V, ()> {
    Json::parse(text).map(|j| from_ours(&j)).map_err(|_| ())
}

/// Where `reader` and serde_json differ on the corpus (and, for a written
/// document, where either differs from what was written), up to `limit` of
/// them, and how many damaged documents serde_json accepted and refused.
fn disagreements(reader: Reader, corpus: &Corpus, limit: usize) -> (Vec<String>, usize, usize) {
    let mut found = Vec::new();
    let (mut accepted, mut refused, mut beyond_f64) = (0, 0, 0);
    for case in corpus.valid.iter().chain(&corpus.damaged) {
        let ours = reader(&case.text).map(|v| normal(&v));
        let reference = serde_json::from_str::<serde_json::Value>(&case.text)
            .map(|v| normal(&from_serde(&v)))
            .map_err(|e| e.to_string());
        if case.written.is_none() {
            if reference.is_ok() {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
        let agree = match (&ours, &reference, &case.written) {
            (Ok(a), Ok(b), Some(w)) => a == b && *b == normal(w),
            (Ok(a), Ok(b), None) => a == b,
            (Err(_), Err(_), None) => true,
            // The deliberate difference (see the test below): serde_json
            // refuses a number beyond an f64's range, this reader accepts it.
            (Ok(_), Err(e), None) if e.starts_with("number out of range") => {
                beyond_f64 += 1;
                true
            }
            _ => false,
        };
        if !agree {
            let text: String = case.text.chars().take(200).collect();
            found.push(format!(
                "{text:?}\n  ours: {ours:?}\n  serde_json: {reference:?}"
            ));
            if found.len() >= limit {
                break;
            }
        }
    }
    // Rare, so that the exception cannot hide a real difference in bulk.
    if beyond_f64 * 50 > corpus.damaged.len() {
        found.push(format!("{beyond_f64} documents with a number beyond f64"));
    }
    (found, accepted, refused)
}

#[test]
fn the_reader_agrees_with_serde_json_on_valid_and_damaged_documents() {
    let corpus = corpus();
    let (found, accepted, refused) = disagreements(ours, &corpus, usize::MAX);
    assert!(
        found.is_empty(),
        "{} disagreement(s), the first:\n{}",
        found.len(),
        found.iter().take(3).cloned().collect::<Vec<_>>().join("\n")
    );
    // Both outcomes must be well represented among the damaged documents.
    let n = corpus.damaged.len();
    assert!(
        accepted >= n / 10,
        "only {accepted} of {n} damaged documents are still valid"
    );
    assert!(
        refused >= n / 2,
        "only {refused} of {n} damaged documents are refused"
    );
    // The valid corpus holds every kind of value and escape.
    let all: String = corpus.valid.iter().map(|c| c.text.as_str()).collect();
    for needle in [
        "\\u00", "\\uD8", "\\ud8", "\\\"", "\\/", "\\n", "true", "null", "-0", "1e3", "😀", "\t",
    ] {
        assert!(all.contains(needle), "no {needle:?} in the valid documents");
    }
}

/// A reader wrong in one way, each: the comparison above must notice.
#[test]
fn the_comparison_catches_planted_faults() {
    let corpus = corpus();
    let planted: &[(&str, Reader)] = &[
        // The reader's old reading of "-0" as the whole number 0.
        ("-0 read as 0", |t| ours(&t.replace("-0", "0"))),
        ("the first of two equal keys wins", |t| {
            ours(t).map(|v| first_key_wins(&v))
        }),
        ("\\u escapes off by 256", |t| {
            ours(&t.replace("\\u00", "\\u01"))
        }),
        ("a tab refused", |t| {
            if t.contains('\t') {
                Err(())
            } else {
                ours(t)
            }
        }),
        ("one stray last character ignored", |t| {
            ours(t).or_else(|_| {
                let mut s = t.to_string();
                s.pop();
                ours(&s)
            })
        }),
    ];
    for (what, reader) in planted {
        let (found, _, _) = disagreements(*reader, &corpus, 1);
        assert!(!found.is_empty(), "planted fault not caught: {what}");
    }
}

fn first_key_wins(v: &V) -> V {
    match v {
        V::Arr(items) => V::Arr(items.iter().map(first_key_wins).collect()),
        V::Obj(members) => {
            let mut out: Vec<(String, V)> = Vec::new();
            for (k, v) in members {
                if !out.iter().any(|(seen, _)| seen == k) {
                    out.push((k.clone(), first_key_wins(v)));
                }
            }
            V::Obj(out)
        }
        other => other.clone(),
    }
}

fn agrees_with_serde(text: &str) {
    let ours = ours(text).map(|v| normal(&v));
    let reference =
        serde_json::from_str::<serde_json::Value>(text).map(|v| normal(&from_serde(&v)));
    match (&ours, &reference) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{text:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: ours {ours:?}, serde_json {reference:?}"),
    }
}

#[test]
fn the_shipped_file_reads_the_same_as_with_serde() {
    let ours = parse(SHIPPED).expect("shipped data parses");
    let reference: ServiceData = serde_json::from_str(SHIPPED).unwrap();
    assert_eq!(ours, reference);
    agrees_with_serde(SHIPPED);
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
    // serde_json reads "-0" as the float -0.0, not as a u64: no value here
    // either.
    assert_eq!(Json::parse("-0").unwrap(), Json::Number(None));
}

/// The one deliberate difference: numbers beyond an f64's range are valid
/// JSON (RFC 8259 §6 lets a reader limit their range), and this reader,
/// which computes no floats, accepts them without a value; serde_json
/// refuses them. The data never has such a number.
#[test]
fn numbers_beyond_f64_are_read_without_a_value_where_serde_json_refuses() {
    let huge = format!("1{}", "0".repeat(400));
    for text in ["1e400", "-1E+400", huge.as_str()] {
        assert_eq!(Json::parse(text), Ok(Json::Number(None)), "{text}");
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "{text}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    for depth in [127, 128, 129, 100_000] {
        let text = "[".repeat(depth) + &"]".repeat(depth);
        agrees_with_serde(&text);
    }
}

/// The damaged documents of the corpus never make `services::parse` panic.
#[test]
fn damaged_documents_never_panic_the_data_reader() {
    for case in corpus().damaged {
        let _ = parse(&case.text);
    }
}
