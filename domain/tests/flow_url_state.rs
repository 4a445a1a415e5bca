//! The URL format: canonical, forgiving, and total (never panics).

mod common;

use common::Rng;

use vagvisare_domain::answers::{Answers, DigitalSkill, ELegitimation, Errand, MunicipalityAnswer};
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::locale::Locale;
use vagvisare_domain::url_state::{
    for_visitor, parse, query_has_answers, to_query, Page, UrlState,
};

#[test]
fn empty_is_the_start_page() {
    for q in ["", "?", "&&", "?foo=bar", "?errand=", "?page=flow"] {
        let s = parse(q);
        assert_eq!(s, UrlState::default(), "{q:?}");
        assert_eq!(to_query(&s), "", "{q:?}");
    }
}

#[test]
fn round_trip_with_sorted_keys() {
    let q = "?staff=1&step=digital&municipality=0180&errand=register&eid=yes&lang=ar&digital=alone&language_support=no&adaptations=yes";
    let s = parse(q);
    assert_eq!(s.page, Page::Flow);
    assert_eq!(s.answers.errand, Some(Errand::Register));
    assert_eq!(s.answers.e_legitimation, Some(ELegitimation::Yes));
    assert_eq!(s.answers.digital, Some(DigitalSkill::Alone));
    assert_eq!(s.answers.language_support, Some(false));
    assert_eq!(s.answers.adaptations, Some(true));
    assert_eq!(
        s.answers.municipality,
        Some(MunicipalityAnswer::Code("0180".into()))
    );
    assert_eq!(s.step, Some(Question::Digital));
    assert_eq!(s.lang.as_deref(), Some("ar"));
    assert!(s.staff);
    let canonical = to_query(&s);
    assert_eq!(
        canonical,
        "?lang=ar&staff=1#adaptations=yes&digital=alone&eid=yes&errand=register&language_support=no&municipality=0180&step=digital"
    );
    assert_eq!(parse(&canonical), s);
    assert_eq!(parse(canonical.trim_start_matches('?')), s);
    // Each part has its keys sorted.
    for part in canonical[1..].split('#') {
        let keys: Vec<&str> = part
            .split('&')
            .map(|p| p.split('=').next().unwrap())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }
}

#[test]
fn confirmed_needs_a_complete_path() {
    let s = parse("?errand=forms&language_support=no&adaptations=no&municipality=skip&confirmed=1");
    assert!(s.answers.confirmed);
    assert_eq!(
        to_query(&s),
        "#adaptations=no&confirmed=1&errand=forms&language_support=no&municipality=skip"
    );
    let s = parse("?errand=forms&language_support=no&confirmed=1");
    assert!(!s.answers.confirmed);
    assert!(!to_query(&s).contains("confirmed"));
}

#[test]
fn invalid_values_and_unknown_keys_are_dropped() {
    let s = parse("?errand=register&eid=maybe&digital=ALONE&lang=de&staff=yes&municipality=123&page=nope&x=1&step=nowhere");
    assert_eq!(s.answers.errand, Some(Errand::Register));
    assert_eq!(s.answers.e_legitimation, None);
    assert_eq!(s.answers.digital, None);
    assert_eq!(s.answers.municipality, None);
    assert_eq!(s.lang, None);
    assert!(!s.staff);
    assert_eq!(s.step, None);
    assert_eq!(s.page, Page::Flow);
    assert_eq!(to_query(&s), "#errand=register");
}

#[test]
fn irrelevant_answers_are_pruned() {
    // Forms never asks about e-legitimation or digital skill.
    let s = parse("?errand=forms&eid=yes&digital=alone&adaptations=no");
    assert_eq!(s.answers.e_legitimation, None);
    assert_eq!(s.answers.digital, None);
    assert_eq!(to_query(&s), "#adaptations=no&errand=forms");
    // Without e-legitimation, registering does not ask about digital skill.
    let s = parse("?errand=register&eid=no&digital=alone");
    assert_eq!(s.answers.digital, None);
    // Disability does not ask about adaptations.
    let s = parse("?errand=disability&adaptations=yes");
    assert_eq!(s.answers.adaptations, None);
    // No errand: nothing else survives.
    let s = parse("?eid=yes&language_support=yes&municipality=0180");
    assert_eq!(s.answers, Answers::default());
    assert_eq!(s.page, Page::Start);
}

#[test]
fn step_only_when_reachable() {
    assert_eq!(parse("?step=errand").step, Some(Question::Errand));
    assert_eq!(parse("?step=errand").page, Page::Flow);
    assert_eq!(parse("?step=municipality").step, None);
    // Cannot skip e-legitimation.
    assert_eq!(parse("?errand=register&step=language_support").step, None);
    assert_eq!(
        parse("?errand=register&eid=no&step=language_support").step,
        Some(Question::LanguageSupport)
    );
    // Not on this errand's path.
    assert_eq!(parse("?errand=forms&step=eid").step, None);
}

#[test]
fn pages_lang_and_encoding() {
    assert_eq!(parse("?page=about").page, Page::About);
    assert_eq!(to_query(&parse("page=about")), "?page=about");
    assert_eq!(parse("?page=overview&staff=1").page, Page::Overview);
    let s = parse("?page=about&errand=forms");
    assert_eq!(s.page, Page::About);
    assert_eq!(to_query(&s), "?page=about#errand=forms");
    assert_eq!(parse("?lang=FA").lang.as_deref(), Some("fa"));
    assert_eq!(
        parse("?%65rrand=%72egister").answers.errand,
        Some(Errand::Register)
    );
    assert_eq!(parse("?errand=register%").answers.errand, None);
    assert_eq!(parse("?errand=register%zz").answers.errand, None);
    assert_eq!(parse("?errand=%FF").answers.errand, None);
    // Last valid value wins.
    assert_eq!(
        parse("?errand=forms&errand=register").answers.errand,
        Some(Errand::Register)
    );
    assert_eq!(
        parse("?errand=forms&errand=bogus").answers.errand,
        Some(Errand::Forms)
    );
    // A flow page with nothing chosen still has its own URL.
    let s = UrlState {
        page: Page::Flow,
        ..UrlState::default()
    };
    assert_eq!(to_query(&s), "#step=errand");
}

const KEYS: &[&str] = &[
    "adaptations",
    "confirmed",
    "digital",
    "eid",
    "errand",
    "lang",
    "language_support",
    "municipality",
    "page",
    "staff",
    "step",
    "x",
    "",
    "ERRAND",
    "errand%3D",
];
const VALUES: &[&str] = &[
    "yes",
    "no",
    "dont-know",
    "alone",
    "with-help",
    "not-at-all",
    "register",
    "activity-report",
    "find-jobs",
    "planning",
    "forms",
    "guidance",
    "disability",
    "etablering",
    "provider",
    "other",
    "skip",
    "0180",
    "2480",
    "018",
    "01800",
    "1",
    "0",
    "about",
    "overview",
    "sv",
    "en",
    "ar",
    "fa",
    "so",
    "ti",
    "errand",
    "eid",
    "digital",
    "language_support",
    "adaptations",
    "municipality",
    "",
    "%",
    "%2",
    "%zz",
    "%FF",
    "%C3%A4",
    "+",
    "ä",
    "ትግርኛ",
    "فارسی",
    "=",
    "&",
    "?",
];
const NOISE: &[&str] = &[
    "?", "&", "=", "%", "+", "#", "a", "1", "ä", "\u{202e}", "\0", " ", "%2", "%41",
];

/// Values that fit a key, from the code's own lists (the questions' options,
/// the languages), so a new option or language is fuzzed without an edit.
fn valid_values(key: &str) -> Vec<String> {
    if let Some(q) = Question::from_key(key) {
        let options: Vec<String> = q.options().iter().map(|o| o.value.to_string()).collect();
        if options.is_empty() {
            // The municipality is a search: skipping, and two codes.
            return vec!["skip".into(), "0180".into(), "2480".into()];
        }
        return options;
    }
    match key {
        "confirmed" | "staff" => vec!["1".into()],
        "page" => Page::NAMED
            .iter()
            .filter_map(|p| p.key())
            .map(String::from)
            .collect(),
        "lang" => Locale::ALL
            .iter()
            .map(|l| l.code().to_string())
            .chain(["AR".to_string()])
            .collect(),
        "step" => Question::ALL.iter().map(|q| q.key().to_string()).collect(),
        _ => Vec::new(),
    }
}

fn random_query(rng: &mut Rng, seeds: &[String]) -> String {
    let mut s = String::new();
    if rng.below(2) == 0 {
        s.push('?');
    }
    match rng.below(4) {
        // A real, complete URL, shuffled and mutated below.
        3 => {
            let seed = &seeds[rng.below(seeds.len())];
            let mut pairs: Vec<&str> = seed.trim_start_matches('?').split('&').collect();
            for i in (1..pairs.len()).rev() {
                pairs.swap(i, rng.below(i + 1));
            }
            s.push_str(&pairs.join("&"));
        }
        // Plausible pairs.
        0 | 1 => {
            for i in 0..rng.below(12) {
                if i > 0 {
                    s.push('&');
                }
                let key = rng.pick(KEYS);
                s.push_str(key);
                if rng.below(8) != 0 {
                    s.push('=');
                }
                // Mostly a value that fits the key, so that deep states
                // (complete paths, steps, confirmed) are generated too.
                let fitting = valid_values(key);
                let fitting: Vec<&str> = fitting.iter().map(String::as_str).collect();
                if !fitting.is_empty() && rng.below(3) != 0 {
                    s.push_str(rng.pick(&fitting));
                } else {
                    s.push_str(rng.pick(VALUES));
                }
            }
        }
        // Pure noise.
        _ => {
            for _ in 0..rng.below(40) {
                s.push_str(rng.pick(NOISE));
            }
        }
    }
    // Mutate: insert noise, or cut anywhere on a char boundary.
    if rng.below(3) == 0 && !s.is_empty() {
        let mut cut = rng.below(s.len() + 1);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        if rng.below(2) == 0 {
            s.truncate(cut);
        } else {
            s.insert_str(cut, rng.pick(NOISE));
        }
    }
    s
}

#[test]
fn fuzz_parse_never_panics_and_is_idempotent() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let seeds: Vec<String> = flow::reachable_answers()
        .into_iter()
        .map(|answers| {
            to_query(&UrlState {
                page: Page::Flow,
                answers,
                step: None,
                lang: Some("ti".into()),
                staff: true,
            })
        })
        .collect();
    let mut non_trivial = 0;
    let mut confirmed = 0;
    for _ in 0..12_000 {
        let q = random_query(&mut rng, &seeds);
        let s = parse(&q);
        let canonical = to_query(&s);
        let again = parse(&canonical);
        assert_eq!(again, s, "query {q:?} → {canonical:?}");
        assert_eq!(to_query(&again), canonical, "query {q:?}");
        if s.answers.confirmed {
            confirmed += 1;
        }
        if !canonical.is_empty() {
            non_trivial += 1;
            assert!(canonical.starts_with('?') || canonical.starts_with('#'));
            // The answers never reach the part a server sees.
            let search = canonical.split('#').next().unwrap_or("");
            assert!(!query_has_answers(search), "{canonical:?}");
        }
    }
    assert!(
        non_trivial > 2_000,
        "the generator rarely makes valid state: {non_trivial}"
    );
    assert!(
        confirmed > 20,
        "the generator rarely completes a path: {confirmed}"
    );
}

#[test]
fn answers_live_in_the_fragment_and_old_query_links_still_work() {
    // An old link with the answers in the query reads the same as the new
    // form, and its canonical address carries them in the fragment only.
    let old = "?errand=forms&language_support=yes&adaptations=yes&lang=ar";
    assert!(query_has_answers(old));
    let s = parse(old);
    let canonical = to_query(&s);
    assert_eq!(
        canonical,
        "?lang=ar#adaptations=yes&errand=forms&language_support=yes"
    );
    assert_eq!(parse(&canonical), s);
    assert!(!query_has_answers(canonical.split('#').next().unwrap()));
    // Preferences alone are not answers; an encoded answer key is.
    assert!(!query_has_answers("?lang=sv&page=about&staff=1"));
    assert!(query_has_answers("?%65rrand=forms"));
    assert!(query_has_answers("?confirmed=1"));
    // The visitor's view drops staff mode and keeps the language.
    let staff = parse("?lang=ti&staff=1#errand=forms");
    let visitor = for_visitor(&staff);
    assert_eq!(to_query(&visitor), "?lang=ti#errand=forms");
}
