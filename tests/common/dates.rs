//! What a date the app writes must look like, shared by the host test
//! (`tests/locales.rs`) and the browser test (`tests/browser/dates.rs`):
//! 30 May 2025 (the day Arvika's service office closed) in the Gregorian
//! calendar, with the language's name for May, the day and the year in the
//! digits of the language's own texts and no other digits.

use vagvisare::i18n::Locale;

/// The zeros of the three digit sets the languages use: Western,
/// Arabic-Indic, Persian.
pub const ZEROS: [char; 3] = ['0', '\u{0660}', '\u{06F0}'];

/// `number` (ASCII digits) written with the digits that start at `zero`.
pub fn in_digits(number: &str, zero: char) -> String {
    number
        .chars()
        .map(|c| char::from_u32(zero as u32 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

/// The zero of the digits `text` writes the year 2021 in (each language's
/// footer names the report of 1 October 2021). Read from the text, not from
/// the code under test.
pub fn zero_of_text(text: &str) -> Option<char> {
    let found: Vec<char> = ZEROS
        .into_iter()
        .filter(|z| text.contains(&in_digits("2021", *z)))
        .collect();
    (found.len() == 1).then(|| found[0])
}

/// How a language writes what the app formats (`[forms]` of
/// locales/glossary.toml, kept with the language's other words, so a new
/// language adds its answers there and no test changes).
pub fn forms(kind: &str, locale: Locale) -> toml::Value {
    let glossary: toml::Table = include_str!("../../locales/glossary.toml")
        .parse()
        .expect("locales/glossary.toml parses");
    glossary["forms"][kind]
        .get(locale.code())
        .unwrap_or_else(|| panic!("locales/glossary.toml: no forms.{kind}.{}", locale.code()))
        .clone()
}

/// May, as each language's readers know the Gregorian month.
pub fn may(locale: Locale) -> Vec<String> {
    forms("may", locale)
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// What is wrong with `text` as 30 May 2025 (or, without `day`, as May
/// 2025) for a reader of `locale` whose texts use the digits from `zero`.
pub fn problems(locale: Locale, zero: char, text: &str, day: bool) -> Vec<String> {
    let mut problems = vec![];
    let parts: &[&str] = if day { &["30", "2025"] } else { &["2025"] };
    for part in parts {
        if !text.contains(&in_digits(part, zero)) {
            problems.push(format!("no {} in the text's digits", in_digits(part, zero)));
        }
    }
    let foreign: String = text
        .chars()
        .filter(|c| {
            ZEROS
                .iter()
                .any(|z| *z != zero && (*z as u32..*z as u32 + 10).contains(&(*c as u32)))
        })
        .collect();
    if !foreign.is_empty() {
        problems.push(format!("digits of another set: {foreign}"));
    }
    if !may(locale).iter().any(|m| text.contains(m.as_str())) {
        problems.push(format!("no Gregorian May ({:?})", may(locale)));
    }
    problems
}
