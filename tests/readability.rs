//! Lättläst (easy-to-read) variants stay easy to read: over every message
//! of each variant (`Locale::is_easy_to_read`), measured as a reader meets
//! it (variables filled with typical values, every variant of a select
//! expression), the LIX readability index and the average sentence length
//! stay under the limits below, no sentence is longer than the stated
//! maximum, and the word lists the criteria exclude (passive forms,
//! abbreviations, numbers written as words) do not occur. The figures are
//! written in locales/README.md, which this test keeps current.
//!
//! LIX (läsbarhetsindex, Björnsson 1968) = words per sentence + the
//! percentage of long words (more than six letters). It was made for
//! Swedish. The criteria are Myndigheten för tillgängliga medier's (MTM)
//! lättläst criteria, as locales/README.md states them. A number does not
//! make a text easy to read: the variant is not reviewed by a lättläst
//! editor, nor tested with readers (locales/README.md says so).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use vagvisare::i18n::Locale;

/// The limits (locales/README.md, "Lättläst svenska").
const MAX_LIX: f64 = 25.0;
const MAX_AVERAGE_WORDS: f64 = 10.0;
/// No sentence longer than this many words.
const MAX_SENTENCE_WORDS: usize = 15;

/// What a variable stands for when the text is read: a typical value of
/// each (a long municipality name, a date, a publisher). A new variable
/// needs a line here.
const SAMPLES: &[(&str, &str)] = &[
    ("municipality", "Östersund"),
    ("place", "Östersund"),
    ("first", "Östersund"),
    ("second", "Krokom"),
    ("date", "1 oktober 2021"),
    ("source_date", "1 oktober 2021"),
    ("publisher", "Statens servicecenter"),
    ("operator", "Arbetsförmedlingen"),
    ("source", "Arbetsförmedlingens rapport"),
    ("km", "20"),
    ("count", "3"),
    ("number", "2"),
    ("total", "5"),
    ("day", "1"),
    ("year", "2021"),
    ("title", "Vilken kommun bor du i?"),
    ("route", "Gå till ett servicekontor"),
    ("phone", "0771-416 416"),
    ("etablering_phone", "0771-860 100"),
];

/// Passive forms (the s-passive and the participle of the sentences the
/// ordinary Swedish used them in): a word list, not a grammar check.
const PASSIVE: &[&str] = &[
    "skickas",
    "visas",
    "tas",
    "sparas",
    "hanteras",
    "bekräftats",
    "bekräftat",
    "ersattes",
    "besvarade",
    "testas",
    "körs",
    "kontrolleras",
    "bedöms",
    "hållas",
    "hålls",
    "ändrats",
    "ställts",
    "angetts",
    "anges",
    "räknas",
    "räknade",
    "öppnas",
    "stängs",
    "används",
    "erbjuds",
    "kallas",
    "listas",
    "listat",
    "märkt",
    "hämtas",
    "granskats",
    "gjorts",
    "skrevs",
    "togs",
    "fattas",
    "göras",
    "görs",
    "behövs",
];

/// Abbreviations (the criteria: write words in full).
const ABBREVIATIONS: &[&str] = &[
    "t.ex.", "bl.a.", "km", "ca", "osv", "dvs", "m.m.", "JO", "s.k.", "fr.o.m.", "st",
];

/// Numbers written as words (the criteria: digits). "en" and "ett" are
/// also articles, so they stay.
const NUMBER_WORDS: &[&str] = &[
    "två",
    "tre",
    "fyra",
    "fem",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "fjorton",
    "femton",
    "tjugo",
    "trettio",
    "hundra",
    "tusen",
    "tredje",
    "fjärde",
    "femte",
    "fjortonde",
    "hälften",
];

/// The words, sentences and long words of a set of texts.
#[derive(Default, Debug)]
struct Figures {
    words: usize,
    sentences: usize,
    long: usize,
    /// The longest sentence: (words, message id, text).
    longest: (usize, String, String),
}

impl Figures {
    fn average(&self) -> f64 {
        self.words as f64 / self.sentences as f64
    }
    fn lix(&self) -> f64 {
        self.average() + 100.0 * self.long as f64 / self.words as f64
    }
}

/// Each message of an FTL file as (id, the text a reader meets): comments
/// dropped, `{ $x }` filled from [`SAMPLES`], each variant of a select
/// expression on its own line.
fn texts(ftl: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![];
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            if let Some(last) = out.last_mut() {
                last.1.push('\n');
                last.1.push_str(line.trim());
            }
        } else if let Some((id, value)) = line.split_once(" =") {
            out.push((id.trim().to_string(), value.trim().to_string()));
        }
    }
    out.into_iter()
        .map(|(id, value)| {
            let text = value
                .lines()
                .map(|l| reader_line(&id, l))
                .collect::<Vec<_>>()
                .join("\n");
            (id, text)
        })
        .collect()
}

/// One line of a message as read: a select's opening (`{ $x ->`), a
/// variant's key (`[day]`, `*[other]`) and closing braces removed,
/// placeables filled in.
fn reader_line(id: &str, line: &str) -> String {
    let mut l = line.trim();
    if let Some(rest) = l.strip_prefix('*') {
        l = rest;
    }
    if l.starts_with('[') {
        l = l.split_once(']').map_or("", |(_, rest)| rest);
    }
    let mut out = String::new();
    let mut rest = l;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let inner_end = rest[open..].find('}').map(|e| open + e);
        let inner = &rest[open + 1..inner_end.unwrap_or(rest.len())];
        let inner = inner.trim();
        if let Some(var) = inner.strip_prefix('$') {
            let var = var.trim();
            if !var.ends_with("->") {
                let sample = SAMPLES
                    .iter()
                    .find(|(name, _)| *name == var)
                    .unwrap_or_else(|| panic!("{id}: no sample for ${var} in SAMPLES"))
                    .1;
                out.push_str(sample);
            }
        } else if let Some(literal) = inner.strip_prefix('"') {
            out.push_str(literal.trim_end_matches('"'));
        }
        match inner_end {
            Some(e) => rest = &rest[e + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    // A line that only closed a select ends no sentence of its own.
    out.trim_start_matches('}').trim().to_string()
}

/// The sentences of a text: ended by . ! ? : followed by a space or the
/// end, and by a line break (a variant, a list item's end).
fn sentences(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push(std::mem::take(&mut current));
            continue;
        }
        current.push(c);
        let next = chars.get(i + 1);
        if matches!(c, '.' | '!' | '?' | ':') && next.is_none_or(|n| n.is_whitespace()) {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter().filter(|s| !words(s).is_empty()).collect()
}

/// The words of a sentence: runs between spaces, punctuation at either
/// end removed; a run with no letter or digit ("–", "…") is no word.
fn words(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// A long word has more than six letters (digits are no letters).
fn is_long(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 6
}

fn measure(messages: &[(String, String)]) -> Figures {
    let mut f = Figures::default();
    for (id, text) in messages {
        for s in sentences(text) {
            let w = words(&s);
            f.words += w.len();
            f.long += w.iter().filter(|w| is_long(w)).count();
            f.sentences += 1;
            if w.len() > f.longest.0 {
                f.longest = (w.len(), id.clone(), s.trim().to_string());
            }
        }
    }
    f
}

/// Every word the lists exclude, as "id: word".
fn excluded_words(messages: &[(String, String)]) -> Vec<String> {
    let mut out = vec![];
    for (id, text) in messages {
        for s in sentences(text) {
            for raw in s.split_whitespace() {
                let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                let bare = w.trim_end_matches('.');
                let lower = bare.to_lowercase();
                if PASSIVE.contains(&lower.as_str()) {
                    out.push(format!("{id}: passive \"{bare}\""));
                }
                if ABBREVIATIONS.contains(&w) {
                    out.push(format!("{id}: abbreviation \"{w}\""));
                } else if ABBREVIATIONS.contains(&bare) {
                    out.push(format!("{id}: abbreviation \"{bare}\""));
                }
                if NUMBER_WORDS.contains(&lower.as_str()) {
                    out.push(format!("{id}: number as a word \"{bare}\""));
                }
            }
        }
    }
    out
}

/// Everything that breaks the limits, as sentences a person can act on.
fn problems(f: &Figures, messages: &[(String, String)]) -> Vec<String> {
    let mut out = vec![];
    if f.lix() > MAX_LIX {
        out.push(format!("LIX {:.1} > {MAX_LIX}", f.lix()));
    }
    if f.average() > MAX_AVERAGE_WORDS {
        out.push(format!(
            "{:.1} words a sentence > {MAX_AVERAGE_WORDS}",
            f.average()
        ));
    }
    if f.longest.0 > MAX_SENTENCE_WORDS {
        out.push(format!(
            "longest sentence {} words > {MAX_SENTENCE_WORDS}: {}: \"{}\"",
            f.longest.0, f.longest.1, f.longest.2
        ));
    }
    out.extend(excluded_words(messages));
    out
}

/// Every message of a locale, every file the build reads (boot.ftl too).
fn locale_texts(locale: Locale) -> Vec<(String, String)> {
    vagvisare::prerender::build_ftl_files()
        .flat_map(|file| texts(&common::read(&common::ftl_path(locale, file))))
        .collect()
}

fn easy_locales() -> Vec<Locale> {
    Locale::ALL
        .into_iter()
        .filter(|l| l.is_easy_to_read())
        .collect()
}

#[test]
fn every_easy_to_read_variant_is_within_the_limits_and_the_readme_says_its_figures() {
    let easy = easy_locales();
    assert!(!easy.is_empty(), "Locale::ALL has an easy-to-read variant");
    let readme = common::read(&common::root().join("locales/README.md"));
    for locale in easy {
        let messages = locale_texts(locale);
        let f = measure(&messages);
        println!(
            "{}: {} messages, {} sentences, {} words, {:.1} words a sentence, {:.1} % long words, LIX {:.1}, longest sentence {} words ({})",
            locale.code(),
            messages.len(),
            f.sentences,
            f.words,
            f.average(),
            100.0 * f.long as f64 / f.words as f64,
            f.lix(),
            f.longest.0,
            f.longest.1
        );
        let p = problems(&f, &messages);
        assert!(p.is_empty(), "{}:\n{}", locale.code(), p.join("\n"));
        // The README's figures are the measured ones.
        for figure in [
            format!("LIX {:.1}", f.lix()),
            format!("{:.1} words a sentence", f.average()),
            format!("longest sentence {} words", f.longest.0),
        ] {
            assert!(
                readme.contains(&figure),
                "locales/README.md should say \"{figure}\" for {} (the measured figure)",
                locale.code()
            );
        }
    }
}

#[test]
fn the_check_fails_on_a_planted_long_passive_sentence() {
    let locale = easy_locales()[0];
    let mut messages = locale_texts(locale);
    messages.push((
        "planted".into(),
        "Dina svar skickas inte till Arbetsförmedlingen eller till någon annan myndighet \
         som handlägger ärenden om arbete och studier i hela Sverige."
            .into(),
    ));
    let p = problems(&measure(&messages), &messages);
    assert!(
        p.iter()
            .any(|p| p.starts_with("longest sentence 21 words") && p.contains("planted")),
        "{p:?}"
    );
    assert!(
        p.contains(&"planted: passive \"skickas\"".to_string()),
        "{p:?}"
    );
}

#[test]
fn the_check_fails_on_ordinary_swedish_and_on_abbreviations_and_number_words() {
    // Ordinary Swedish (klarspråk, not lättläst) is above the LIX limit:
    // the limit can fail.
    let sv = locale_texts(Locale::SOURCE);
    let f = measure(&sv);
    println!(
        "sv: LIX {:.1}, {:.1} words a sentence, longest sentence {} words ({})",
        f.lix(),
        f.average(),
        f.longest.0,
        f.longest.1
    );
    assert!(f.lix() > MAX_LIX, "Swedish LIX {:.1}", f.lix());
    let planted = vec![(
        "planted".to_string(),
        "Avståndet är t.ex. 20 km. Det tar tre månader.".to_string(),
    )];
    let p = excluded_words(&planted);
    assert_eq!(
        p,
        [
            "planted: abbreviation \"t.ex.\"",
            "planted: abbreviation \"km\"",
            "planted: number as a word \"tre\""
        ],
    );
}

#[test]
fn the_reader_sees_every_variant_and_the_variables_filled_in() {
    let ftl = "# $precision (String) - day or none; $date (String) - a date.\n\
               x =\n    { $precision ->\n        [day] Stängde den { $date }.\n       *[none] Har stängt.\n    } Källa: { $publisher }.\n";
    let t = texts(ftl);
    assert_eq!(
        t,
        [(
            "x".to_string(),
            "\n\nStängde den 1 oktober 2021.\nHar stängt.\nKälla: Statens servicecenter."
                .to_string()
        )]
    );
    let f = measure(&t);
    // "Stängde den 1 oktober 2021" | "Har stängt" | "Källa:" | "Statens
    // servicecenter": long are Stängde, oktober, Statens, servicecenter.
    assert_eq!((f.sentences, f.words, f.long), (4, 10, 4));
}
