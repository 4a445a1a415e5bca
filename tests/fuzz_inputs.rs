//! Every parser that reads untrusted input ends in a sensible state, never a
//! panic (with `panic = "abort"` a panic blanks the page), and what it
//! accepts is checked against an independent reference: FTL files as
//! downloaded (against fluent-syntax), stored and linked language codes
//! (against unic-langid's BCP 47 parser and properties of the result), and
//! the service-data JSON (against serde's derive, and the lookup). Inputs
//! are real files mutated by the host tests' one deterministic PRNG, so
//! failures reproduce. Each comparison is shown to catch a planted fault.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../domain/tests/common/rng.rs"]
mod rng;

use std::str::FromStr;

use rng::Rng;
use unic_langid::LanguageIdentifier;
use vagvisare::i18n::catalog::{Catalog, FTL_FILES};
use vagvisare::i18n::{ftl, Locale};
use vagvisare_domain::lookup::search;
use vagvisare_domain::services::ServiceData;

const NASTY: &[&str] = &[
    "{",
    "}",
    "{ $",
    "\n[",
    "\n*[",
    "-",
    "=",
    "\u{2068}",
    "\u{0}",
    "é",
    "ع",
    "ት",
    "\r\n",
    " ",
    "\t",
    "{{{",
    "$count ->",
];

/// Deletes, duplicates, truncates or inserts nasty fragments at char boundaries.
fn mutate(rng: &mut Rng, input: &str) -> String {
    mutate_chars(rng, input.chars().collect())
}

fn mutate_chars(rng: &mut Rng, mut s: Vec<char>) -> String {
    for _ in 0..=rng.below(4) {
        let at = rng.below(s.len() + 1);
        match rng.below(4) {
            0 if !s.is_empty() => {
                let end = (at + rng.below(40)).min(s.len());
                s.drain(at.min(end)..end);
            }
            1 => s.truncate(at),
            2 => {
                let end = (at + rng.below(40)).min(s.len());
                let piece: Vec<char> = s[at.min(end)..end].to_vec();
                s.splice(at..at, piece);
            }
            _ => {
                let nasty: Vec<char> = NASTY[rng.below(NASTY.len())].chars().collect();
                s.splice(at..at, nasty);
            }
        }
    }
    s.into_iter().collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

// --- FTL ---------------------------------------------------------------------

/// Mutated copies of every shipped FTL file, in every language.
fn mutated_ftl() -> Vec<String> {
    let mut rng = Rng(0x5eed_f710);
    let mut out = Vec::new();
    for locale in Locale::ALL {
        for f in FTL_FILES {
            let original = read(&format!("locales/{}/{f}", locale.code()));
            for _ in 0..60 {
                out.push(mutate(&mut rng, &original));
            }
        }
    }
    out
}

/// A parser under test: the message ids of an FTL text, in file order.
type FtlParser = fn(&str) -> Result<Vec<String>, usize>;

fn our_ftl(text: &str) -> Result<Vec<String>, usize> {
    ftl::parse(text).map(|r| r.messages.into_iter().map(|(id, _)| id).collect())
}

/// Our subset is stricter than Fluent: whatever `parser` accepts,
/// fluent-syntax must parse without an error, to the same message ids.
/// Returns the disagreements and how many texts `parser` accepted.
fn ftl_disagreements(parser: FtlParser, texts: &[String]) -> (Vec<String>, usize) {
    let mut found = Vec::new();
    let mut accepted = 0;
    for text in texts {
        let Ok(ours) = parser(text) else { continue };
        accepted += 1;
        match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => {
                let reference: Vec<String> = resource
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect();
                if ours != reference {
                    found.push(format!("ids {ours:?}, fluent-syntax {reference:?}"));
                }
            }
            Err((_, errors)) => found.push(format!(
                "accepted, but fluent-syntax finds {errors:?} in {:?}",
                text.chars().take(300).collect::<String>()
            )),
        }
    }
    (found, accepted)
}

#[test]
fn mutated_ftl_is_accepted_only_as_fluent_syntax_reads_it() {
    let texts = mutated_ftl();
    let (found, accepted) = ftl_disagreements(our_ftl, &texts);
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Both outcomes occur often enough for the comparison to mean something.
    let n = texts.len();
    assert!(
        accepted >= n / 10,
        "only {accepted} of {n} mutated files accepted"
    );
    assert!(
        accepted <= n * 9 / 10,
        "{accepted} of {n} mutated files accepted"
    );
}

#[test]
fn the_ftl_comparison_catches_planted_faults() {
    let texts = mutated_ftl();
    let planted: &[(&str, FtlParser)] = &[
        // A parser that reads past a broken brace.
        ("broken braces ignored", |t| {
            our_ftl(&t.replace(['{', '}'], ""))
        }),
        // A parser that loses the last message of a file.
        ("last message lost", |t| {
            our_ftl(t).map(|mut ids| {
                ids.pop();
                ids
            })
        }),
    ];
    for (what, parser) in planted {
        let (found, _) = ftl_disagreements(*parser, &texts);
        assert!(!found.is_empty(), "planted fault not caught: {what}");
    }
}

/// A locale with one file mutated is refused (the app falls back to
/// Swedish) or usable: never a panic.
#[test]
fn mutated_ftl_never_panics_the_catalog() {
    let mut rng = Rng(0x5eed_f711);
    for locale in Locale::ALL {
        let originals: Vec<String> = FTL_FILES
            .iter()
            .map(|f| read(&format!("locales/{}/{f}", locale.code())))
            .collect();
        for _ in 0..100 {
            let which = rng.below(originals.len());
            let sources: Vec<(&str, String)> = FTL_FILES
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let text = if i == which {
                        mutate(&mut rng, &originals[i])
                    } else {
                        originals[i].clone()
                    };
                    (*f, text)
                })
                .collect();
            if let Ok(catalog) =
                Catalog::from_sources(locale, &sources).and_then(Catalog::check_complete)
            {
                let _ = catalog.format("start-title", &[]);
            }
        }
    }
}

// --- Language codes -----------------------------------------------------------

fn tags() -> Vec<String> {
    let mut rng = Rng(0x1a2b_3c4d);
    let seeds = [
        "sv",
        "en-GB",
        "ar_SA",
        "fa-IR",
        "so",
        "ti-ER",
        "SV-se",
        "En",
        "AR-eg",
        "fa-Arab-AF",
        "ti_ER",
        "swe",
        "svx",
        "s",
        "",
        "-",
        "xx",
        "zz-Latn-DE",
        "en-SV",
        "ÅÄÖ",
        "عربي",
    ];
    let mut out: Vec<String> = seeds.iter().map(|s| s.to_string()).collect();
    for _ in 0..10_000 {
        let seed = seeds[rng.below(seeds.len())];
        out.push(mutate(&mut rng, seed));
    }
    out
}

type FromTag = fn(&str) -> Option<Locale>;

/// `from_tag` against a reference that does not share its code. A tag that
/// unic-langid reads as BCP 47 names a locale exactly when its language
/// subtag is that locale's code. Any other string (`navigator.languages`
/// and storage can hold anything) gives a locale only if the string
/// starts, in any case and after spaces, with that locale's code followed by
/// its end or a separator. Returns the disagreements and how many tags
/// unic-langid read.
fn tag_disagreements(from_tag: FromTag, tags: &[String]) -> (Vec<String>, usize) {
    let mut found = Vec::new();
    let mut read = 0;
    for tag in tags {
        let got = from_tag(tag);
        match LanguageIdentifier::from_str(tag) {
            Ok(id) => {
                read += 1;
                let want = Locale::ALL
                    .into_iter()
                    .find(|l| id.language.as_str() == l.code());
                if got != want {
                    found.push(format!("{tag:?}: {got:?}, BCP 47 says {want:?}"));
                }
            }
            Err(_) => {
                if let Some(l) = got {
                    let t = tag.trim_start();
                    let starts = t.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(l.code()));
                    let then = t.get(2..).unwrap_or("");
                    let ends =
                        then.is_empty() || then.starts_with(['-', '_']) || then.trim().is_empty();
                    if !(starts && ends) {
                        found.push(format!(
                            "{tag:?}: {l:?}, but it does not start with {}",
                            l.code()
                        ));
                    }
                }
            }
        }
    }
    (found, read)
}

#[test]
fn stored_and_linked_language_codes_follow_bcp_47() {
    let tags = tags();
    let (found, read) = tag_disagreements(Locale::from_tag, &tags);
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(read >= 500, "only {read} tags were valid BCP 47");
    // Spaces around a stored code are forgiven.
    assert_eq!(Locale::from_tag(" sv "), Some(Locale::Sv));
}

#[test]
fn the_language_code_comparison_catches_planted_faults() {
    let tags = tags();
    let planted: &[(&str, FromTag)] = &[
        ("case-sensitive", |t| {
            let primary = t.trim().split(['-', '_']).next()?;
            Locale::ALL.into_iter().find(|l| l.code() == primary)
        }),
        ("the first two letters only", |t| {
            let primary = t.trim().get(..2)?.to_ascii_lowercase();
            Locale::ALL.into_iter().find(|l| l.code() == primary)
        }),
        ("a region read as the language", |t| {
            let last = t.trim().rsplit(['-', '_']).next()?.to_ascii_lowercase();
            Locale::ALL.into_iter().find(|l| l.code() == last)
        }),
        ("underscore not a separator", |t| {
            let primary = t.trim().split('-').next()?.to_ascii_lowercase();
            Locale::ALL.into_iter().find(|l| l.code() == primary)
        }),
    ];
    for (what, from_tag) in planted {
        let (found, _) = tag_disagreements(*from_tag, &tags);
        assert!(!found.is_empty(), "planted fault not caught: {what}");
    }
}

// --- Service data -----------------------------------------------------------

/// What is wrong with an accepted file: serde's derive must read it to the
/// same data, and the lookup must find the municipalities it checks by
/// their code. serde reads through `serde_json::Value`, where a repeated
/// member keeps its last value as in the app's reader (the derive reading
/// the text directly refuses a repeated member instead).
fn accepted_data_problems(text: &str, data: &ServiceData, rng: &mut Rng) -> Vec<String> {
    let mut problems = Vec::new();
    let reference = serde_json::from_str::<serde_json::Value>(text)
        .and_then(serde_json::from_value::<ServiceData>);
    match reference {
        Ok(reference) if reference == *data => {}
        Ok(_) => problems.push("serde's derive reads other data".to_string()),
        Err(e) => problems.push(format!("serde's derive refuses it: {e}")),
    }
    for _ in 0..3 {
        let m = &data.municipalities[rng.below(data.municipalities.len())];
        let found = search(data, &m.code, 1);
        if found.first().map(|f| &f.code) != Some(&m.code) {
            problems.push(format!("{} ({}) not found by its code", m.name, m.code));
        }
    }
    problems
}

/// The characters of a JSON text, and the positions inside its string
/// values (not member names) that are not inside an escape.
fn string_positions(json: &str) -> (Vec<char>, Vec<usize>) {
    let chars: Vec<char> = json.chars().collect();
    let mut inside = Vec::new();
    let mut this_string = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in chars.iter().enumerate() {
        if in_string && !escaped && *c != '"' {
            this_string.push(i);
        }
        escaped = in_string && !escaped && *c == '\\';
        if *c == '"' && !escaped {
            in_string = !in_string;
            if !in_string {
                let name = chars[i + 1..].iter().find(|c| !c.is_whitespace()) == Some(&':');
                if !name {
                    inside.append(&mut this_string);
                }
                this_string.clear();
            }
        }
    }
    (chars, inside)
}

/// Edits inside one string of a JSON text: a character or an escape
/// inserted, or a character deleted. Most such files stay valid JSON; the
/// reader must then either refuse them (a code, a date or a name that no
/// longer holds) or read what serde's derive reads.
fn mutate_a_string(rng: &mut Rng, (chars, inside): &(Vec<char>, Vec<usize>)) -> String {
    let mut chars = chars.clone();
    let at = inside[rng.below(inside.len())];
    match rng.below(3) {
        0 if chars[at] != '\\' => {
            chars.remove(at);
        }
        _ => {
            let with = rng.pick(&["x", "Å", "\\u00e5", "\\n", "\\\"", " ", "ع", "\\/"]);
            chars.splice(at..at, with.chars());
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_service_data_is_refused_or_usable() {
    let mut rng = Rng(0xda7a_0001);
    let original = string_positions(&read("data/services.json"));
    let (mut accepted, mut refused) = (0, 0);
    for i in 0..900 {
        let text = if i % 3 == 0 {
            mutate_chars(&mut rng, original.0.clone())
        } else {
            mutate_a_string(&mut rng, &original)
        };
        match vagvisare_domain::services::parse(&text) {
            Ok(data) => {
                accepted += 1;
                let problems = accepted_data_problems(&text, &data, &mut rng);
                assert!(problems.is_empty(), "{}", problems.join("\n"));
            }
            Err(_) => refused += 1,
        }
    }
    // The damaging mutations must be refused, not half-loaded; the others
    // must read as serde's derive reads them. Both kinds are common (about
    // a third accepted with this seed), so the comparison means something.
    assert!(
        refused >= 150,
        "only {refused} of 900 mutated files refused"
    );
    assert!(
        accepted >= 150,
        "only {accepted} of 900 mutated files accepted"
    );
}

#[test]
fn the_accepted_data_check_catches_planted_faults() {
    let mut rng = Rng(0xda7a_0002);
    let original = read("data/services.json");
    let data = vagvisare_domain::services::parse(&original).unwrap();
    assert!(accepted_data_problems(&original, &data, &mut rng).is_empty());
    // The reader loses a municipality's county: serde's derive disagrees.
    let mut wrong = data.clone();
    wrong.municipalities[7].county.clear();
    assert!(!accepted_data_problems(&original, &wrong, &mut rng).is_empty());
    // A code the lookup cannot find.
    let mut unfindable = data.clone();
    for m in &mut unfindable.municipalities {
        m.code = format!("x{}", m.code);
    }
    assert!(!accepted_data_problems(&original, &unfindable, &mut rng).is_empty());
}
