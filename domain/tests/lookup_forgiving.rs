//! Finding a municipality however people type it: "kommun" and "stad" after
//! the name, full-width letters, typos, the English "Gothenburg", and a word
//! for the UI when the query is in another script.

mod common;

use common::search::{data, first, names};
use common::Rng;
use vagvisare_domain::lookup::{fold, is_non_latin, search, swedish_order_key};
use vagvisare_domain::services::ServiceData;

/// The folded name without spaces, as typo matching compares it.
fn compact(name: &str) -> String {
    fold(name).chars().filter(|c| *c != ' ').collect()
}

#[test]
fn full_width_letters_fold_to_ascii() {
    assert_eq!(fold("ＭＡＬＭÖ"), "malmo");
    assert_eq!(fold("ｕｍｅå"), "umea");
    assert_eq!(fold("０１１４"), "0114");
    assert_eq!(fold("Ｍａｌｕｎｇ－Ｓäｌｅｎ"), "malung salen");
    assert_eq!(fold("！？（）"), "");
    let d = data();
    assert_eq!(first(&d, "ＭＡＬＭÖ").as_deref(), Some("Malmö"));
    assert_eq!(first(&d, "ｍａｌｍｏ").as_deref(), Some("Malmö"));
    assert_eq!(first(&d, "０１１４").as_deref(), Some("Upplands Väsby"));
    // Full width keeps the exact spelling's preference.
    assert_eq!(names(&d, "Ｈåｂｏ", 2), ["Håbo", "Habo"]);
}

/// A digit written in another script: `base` is the code point of its zero
/// (Arabic-Indic U+0660, Persian U+06F0, full width U+FF10).
fn in_digits(code: &str, base: u32) -> String {
    code.chars()
        .map(|c| char::from_u32(base + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

/// A municipality code typed on an Arabic or a Persian phone keyboard (the
/// hint shows 2425; the keyboard types ٢٤٢٥ or ۲۴۲۵) finds the same
/// municipality as the Latin digits: every code of the data, in every digit
/// form, and mixed.
#[test]
fn codes_in_arabic_indic_and_persian_digits_are_the_same_codes() {
    const ZEROS: [(&str, u32); 4] = [
        ("Latin", 0x30),
        ("Arabic-Indic", 0x0660),
        ("Persian", 0x06F0),
        ("full width", 0xFF10),
    ];
    for (script, zero) in ZEROS {
        for d in 0..10 {
            let typed = char::from_u32(zero + d).unwrap().to_string();
            assert_eq!(fold(&typed), d.to_string(), "{script} {d}");
        }
    }
    let d = data();
    assert_eq!(d.municipalities.len(), 290);
    for m in &d.municipalities {
        for (script, zero) in ZEROS {
            let typed = in_digits(&m.code, zero);
            let found = search(&d, &typed, 10);
            assert_eq!(
                found.first().map(|f| f.code.as_str()),
                Some(m.code.as_str()),
                "{} ({}) typed in {script} digits as {typed}",
                m.name,
                m.code
            );
        }
    }
    // Mixed: the first two digits from one keyboard, the rest from another.
    let mixed = format!("{}{}", in_digits("24", 0x0660), in_digits("25", 0x06F0));
    assert_eq!(first(&d, &mixed).as_deref(), Some("Dorotea"));
    assert_eq!(first(&d, " ۲۴۲۵ ").as_deref(), Some("Dorotea"));
    // The test can fail: digits of a script the search does not read
    // (Devanagari, U+0966) find nothing, as ٢٤٢٥ found nothing before.
    assert!(search(&d, &in_digits("2425", 0x0966), 10).is_empty());
}

#[test]
fn generic_words_are_ignored() {
    let d = data();
    assert_eq!(first(&d, "Umeå kommun").as_deref(), Some("Umeå"));
    assert_eq!(first(&d, "umea kommun").as_deref(), Some("Umeå"));
    assert_eq!(first(&d, "Umeå kommuns").as_deref(), Some("Umeå"));
    assert_eq!(first(&d, "Göteborgs stad").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "goteborgs stad").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "Malmö stad").as_deref(), Some("Malmö"));
    assert_eq!(first(&d, "Malmö Stad").as_deref(), Some("Malmö"));
    assert_eq!(first(&d, "Stockholms stad").as_deref(), Some("Stockholm"));
    assert_eq!(first(&d, "Borås stad").as_deref(), Some("Borås"));
    assert_eq!(first(&d, "Västerås stad").as_deref(), Some("Västerås"));
    assert_eq!(first(&d, "Kils kommun").as_deref(), Some("Kil"));
    assert_eq!(
        first(&d, "Upplands-Bro kommun").as_deref(),
        Some("Upplands-Bro")
    );
    assert_eq!(first(&d, "Lund municipality").as_deref(), Some("Lund"));
    assert_eq!(first(&d, "Municipality of Lund").as_deref(), Some("Lund"));
    assert_eq!(first(&d, "City of Gothenburg").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "Tromsø kommune"), None);
    assert_eq!(first(&d, "kommun Mora").as_deref(), Some("Mora"));
    // The exact spelling still wins behind a generic word.
    assert_eq!(names(&d, "Håbo kommun", 2), ["Håbo", "Habo"]);
    assert_eq!(names(&d, "Habo kommun", 2), ["Habo", "Håbo"]);
    // While "kommun" is being typed, the municipality stays found.
    for typed in ["Umeå k", "Umeå ko", "Umeå kom", "Umeå kommu"] {
        assert_eq!(first(&d, typed).as_deref(), Some("Umeå"), "{typed}");
    }
    assert_eq!(first(&d, "Göteborgs s").as_deref(), Some("Göteborg"));
}

#[test]
fn names_containing_generic_words_still_match() {
    let d = data();
    for name in [
        "Karlstad",
        "Halmstad",
        "Ystad",
        "Båstad",
        "Mariestad",
        "Strömstad",
        "Stenungsund",
        "Kristinehamn",
        "Upplands-Bro",
        "Staffanstorp",
        "Kungsbacka",
    ] {
        assert_eq!(first(&d, name).as_deref(), Some(name));
        assert_eq!(first(&d, &format!("{name} kommun")).as_deref(), Some(name));
    }
    // A query of only a generic word is searched as it is.
    let stad = names(&d, "stad", 20);
    assert!(stad.contains(&"Karlstad".to_string()), "{stad:?}");
    assert!(stad.contains(&"Halmstad".to_string()), "{stad:?}");
    assert_eq!(first(&d, "Karl stad").as_deref(), Some("Karlstad"));
    // "län" names a county and is not dropped.
    assert_eq!(first(&d, "Stockholms län"), None);
}

#[test]
fn typos() {
    let d = data();
    assert_eq!(first(&d, "Mölnadal").as_deref(), Some("Mölndal"));
    assert_eq!(first(&d, "molndla").as_deref(), Some("Mölndal"));
    assert_eq!(first(&d, "Sysseleback").as_deref(), Some("Torsby"));
    assert_eq!(first(&d, "Sysselbäck").as_deref(), Some("Torsby"));
    assert_eq!(first(&d, "Östersnd").as_deref(), Some("Östersund"));
    assert_eq!(first(&d, "Jönköpnig").as_deref(), Some("Jönköping"));
    assert_eq!(first(&d, "Helsingborgh").as_deref(), Some("Helsingborg"));
    assert_eq!(first(&d, "Hässelholm").as_deref(), Some("Hässleholm"));
    // Two edits in a long name.
    assert_eq!(first(&d, "Kristinhman").as_deref(), Some("Kristinehamn"));
    assert_eq!(first(&d, "Ornskoldsvk").as_deref(), Some("Örnsköldsvik"));
    // A word of a longer name.
    assert_eq!(first(&d, "goinje").as_deref(), Some("Östra Göinge"));
    // The beginning of a name, while it is being typed.
    assert_eq!(first(&d, "Sysslebak").as_deref(), Some("Torsby"));
    assert_eq!(first(&d, "Skelleft").as_deref(), Some("Skellefteå"));
    assert_eq!(first(&d, "Skeleft").as_deref(), Some("Skellefteå"));
    // Typos in queries behind generic words.
    assert_eq!(first(&d, "Mölnadal kommun").as_deref(), Some("Mölndal"));
    // A typo never beats a real match: "mora" is Mora, then Hedemora; Nora
    // (four letters) is not a typo away.
    assert_eq!(names(&d, "mora", 10), ["Mora", "Hedemora"]);
    // Too short for typos: four letters of a four-letter name are exact.
    assert_eq!(first(&d, "Nora").as_deref(), Some("Nora"));
    // Three letters are never matched with typos.
    assert!(search(&d, "xyz", 10).is_empty());
    // Nonsense stays nonsense.
    assert!(search(&d, "xyzzy", 10).is_empty());
    assert!(search(&d, "qqqqqqqqqq", 10).is_empty());
}

#[test]
fn typos_rank_after_real_matches() {
    let d = data();
    // "salem" is Salem, then Malung-Sälen, whose word "salen" is one edit
    // away.
    assert_eq!(names(&d, "salem", 10), ["Salem", "Malung-Sälen"]);
    // "kalma": Kalmar by prefix first, a typo match (if any) after.
    assert_eq!(first(&d, "kalma").as_deref(), Some("Kalmar"));
    // Whole-name typos before prefix typos: "molnd" is the beginning of
    // Mölndal, and a typo from the beginning of Mölnlycke (Härryda).
    assert_eq!(names(&d, "molnd", 10), ["Mölndal", "Härryda"]);
    // "Mölnadal" is one edit from Mölndal, and two from any beginning of
    // Mölnlycke: only Mölndal.
    assert_eq!(names(&d, "Mölnadal", 10), ["Mölndal"]);
    // A name containing the query beats a typo of another name: "orebo" is
    // part of Töreboda and one edit from Örebro.
    assert_eq!(names(&d, "orebo", 10), ["Töreboda", "Örebro"]);
}

#[test]
fn english_names() {
    let d = data();
    assert_eq!(first(&d, "gothenburg").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "Gothenburg").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "GOTHENBURG").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "gothen").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "Gotenburg").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "Gothenberg").as_deref(), Some("Göteborg"));
    assert_eq!(
        first(&d, "Gothenburg municipality").as_deref(),
        Some("Göteborg")
    );
    // English names that are the Swedish ones without diacritics.
    assert_eq!(first(&d, "Malmo").as_deref(), Some("Malmö"));
    assert_eq!(first(&d, "Vasteras").as_deref(), Some("Västerås"));
    assert_eq!(first(&d, "Umea").as_deref(), Some("Umeå"));
}

#[test]
fn ties_in_swedish_order() {
    let d = data();
    let sa = names(&d, "sa", 290);
    let at = |n: &str| {
        sa.iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n} in {sa:?}"))
    };
    assert!(at("Sala") < at("Säffle"), "{sa:?}");
    assert!(at("Sala") < at("Säter"), "{sa:?}");
    assert!(at("Salem") < at("Säffle"), "{sa:?}");
    assert!(at("Sandviken") < at("Säffle"), "{sa:?}");
    assert!(at("Säffle") < at("Säter"), "{sa:?}");
    assert!(at("Säter") < at("Sävsjö"), "{sa:?}");
    assert_eq!(sa[..3], ["Sala", "Salem", "Sandviken"]);

    let key = swedish_order_key;
    assert!(key("Sala") < key("Säffle"));
    assert!(key("Zinkgruvan") < key("Åre"));
    assert!(key("Åre") < key("Älvdalen"));
    assert!(key("Älvdalen") < key("Örebro"));
    assert!(key("Ödeshög") > key("Åtvidaberg"));
    assert_eq!(key("Café"), key("cafe"));
    assert_eq!(key("Müller"), key("myller"));
    assert_eq!(key("ÖREBRO"), key("örebro"));
    assert!(key("Dals-Ed") < key("Dalsed"));
}

#[test]
fn non_latin_queries() {
    assert!(is_non_latin("مالمو")); // Arabic
    assert!(is_non_latin("مالمو ")); // with a trailing space
    assert!(is_non_latin("ማልሞ")); // Ethiopic (Tigrinya, Amharic)
    assert!(is_non_latin("گوتنبرگ")); // Persian
    assert!(is_non_latin("Мальмё")); // Cyrillic
    assert!(is_non_latin("Μάλμε")); // Greek
    assert!(is_non_latin("マルメ")); // Katakana
    assert!(is_non_latin("马尔默")); // CJK
    assert!(is_non_latin("مالمو ١٢٣")); // with Arabic-Indic digits
    assert!(!is_non_latin("Malmö"));
    assert!(!is_non_latin("ＭＡＬＭÖ"));
    assert!(!is_non_latin("Malmö مالمو"));
    assert!(!is_non_latin("Łódź"));
    assert!(!is_non_latin(""));
    assert!(!is_non_latin("   "));
    assert!(!is_non_latin("0114"));
    assert!(!is_non_latin("١٢٣٤")); // Arabic-Indic digits only
    assert!(!is_non_latin("۱۲۳")); // Persian digits only
    assert!(!is_non_latin("؟،")); // Arabic punctuation only
    assert!(!is_non_latin("፡።")); // Ethiopic punctuation only
    assert!(!is_non_latin("!?-–…"));
    assert!(!is_non_latin("😀👍"));
    // A non-Latin query finds nothing, so the UI needs to explain.
    let d = data();
    assert!(search(&d, "مالمو", 10).is_empty());
    assert!(search(&d, "ማልሞ", 10).is_empty());
}

#[test]
fn every_exact_name_finds_itself_first() {
    let d = data();
    assert_eq!(d.municipalities.len(), 290);
    for m in &d.municipalities {
        for query in [
            m.name.clone(),
            m.name.to_uppercase(),
            format!("  {}  ", m.name),
            format!("{} kommun", m.name),
            m.code.clone(),
        ] {
            let found = search(&d, &query, 5);
            assert_eq!(
                found.first().map(|f| f.code.as_str()),
                Some(m.code.as_str()),
                "{query:?} should find {}",
                m.name
            );
        }
        // Without diacritics, the first is the municipality or one spelled
        // the same without them (only "habo" for Håbo, which finds Habo).
        let folded = fold(&m.name);
        let found = search(&d, &folded, 5);
        let first = found.first().expect("found");
        assert_eq!(fold(&first.name), folded, "{folded:?}");
        if first.code != m.code {
            assert_eq!((m.name.as_str(), first.name.as_str()), ("Håbo", "Habo"));
        }
    }
}

#[test]
fn nothing_for_nothing() {
    let d = data();
    for query in [
        "", " ", "   ", "\t\n", " - ", "--", "...", "!?", "()", "“”", "–", "！？", "\u{3000}",
        "\u{308}",
    ] {
        assert!(search(&d, query, 10).is_empty(), "{query:?}");
    }
}

/// One random edit of `s`: a deletion, an insertion, a substitution or a
/// swap of two different neighbours; never `s` itself.
fn misspell(s: &[char], rng: &mut Rng) -> Vec<char> {
    let letters: Vec<char> = ('a'..='z').collect();
    loop {
        let mut out = s.to_vec();
        match rng.below(4) {
            0 => {
                out.remove(rng.below(out.len()));
            }
            1 => out.insert(rng.below(out.len() + 1), letters[rng.below(26)]),
            2 => {
                let i = rng.below(out.len());
                out[i] = letters[rng.below(26)];
            }
            _ => {
                let i = rng.below(out.len() - 1);
                out.swap(i, i + 1);
            }
        }
        if out != s && !out.is_empty() {
            return out;
        }
    }
}

struct Tally {
    tried: usize,
    first: usize,
    misses: Vec<String>,
}

impl Tally {
    fn percent(&self) -> f64 {
        100.0 * self.first as f64 / self.tried as f64
    }
}

fn tally(d: &ServiceData, edits: usize, min_len: usize, per_name: usize, seed: u64) -> Tally {
    let mut rng = Rng(seed);
    let mut t = Tally {
        tried: 0,
        first: 0,
        misses: Vec::new(),
    };
    for m in &d.municipalities {
        let name: Vec<char> = compact(&m.name).chars().collect();
        if name.len() < min_len {
            continue;
        }
        for _ in 0..per_name {
            let mut typo = name.clone();
            for _ in 0..edits {
                typo = misspell(&typo, &mut rng);
            }
            if typo == name {
                continue;
            }
            let query: String = typo.iter().collect();
            t.tried += 1;
            let found = search(d, &query, 10);
            if found.first().map(|f| &f.code) == Some(&m.code) {
                t.first += 1;
            } else {
                let got: Vec<&str> = found.iter().take(3).map(|f| f.name.as_str()).collect();
                t.misses.push(format!("{query} ({}) → {got:?}", m.name));
            }
        }
    }
    t
}

/// Deterministic misspellings of every name of 5 letters or more (folded):
/// how often is the intended municipality first?
#[test]
fn generated_misspellings_find_the_intended_municipality() {
    let d = data();
    let one = tally(&d, 1, 5, 4, 0x5EED_0001);
    println!(
        "one edit, names of 5+ letters: {}/{} first = {:.1} %",
        one.first,
        one.tried,
        one.percent()
    );
    for miss in &one.misses {
        println!("  miss: {miss}");
    }
    let two = tally(&d, 2, 9, 4, 0x5EED_0002);
    println!(
        "two edits, names of 9+ letters: {}/{} first = {:.1} %",
        two.first,
        two.tried,
        two.percent()
    );
    for miss in &two.misses {
        println!("  miss: {miss}");
    }
    assert!(one.tried >= 500, "{}", one.tried);
    assert!(two.tried >= 200, "{}", two.tried);
    assert!(one.percent() >= 95.0, "{:.1} %", one.percent());
    assert!(two.percent() >= 95.0, "{:.1} %", two.percent());
}
