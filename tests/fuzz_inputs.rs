//! Every parser that reads untrusted input ends in a sensible state, never a
//! panic (with `panic = "abort"` a panic blanks the page): FTL files as
//! downloaded, stored preferences, and the service-data JSON. Inputs are real
//! files mutated by a small deterministic PRNG, so failures reproduce.
#![cfg(not(target_arch = "wasm32"))]

use vagvisare::i18n::catalog::{Catalog, FTL_FILES};
use vagvisare::i18n::Locale;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

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
fn mutate(rng: &mut XorShift, input: &str) -> String {
    let mut s: Vec<char> = input.chars().collect();
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

#[test]
fn mutated_ftl_never_panics() {
    let mut rng = XorShift(0x5eed_f710);
    for locale in Locale::ALL {
        let originals: Vec<String> = FTL_FILES
            .iter()
            .map(|f| read(&format!("locales/{}/{f}", locale.code())))
            .collect();
        for _ in 0..250 {
            let which = rng.below(originals.len());
            let sources: Vec<(&str, String)> = FTL_FILES
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    (
                        *f,
                        if i == which {
                            mutate(&mut rng, &originals[i])
                        } else {
                            originals[i].clone()
                        },
                    )
                })
                .collect();
            // Either refused (then the app falls back to Swedish) or usable.
            if let Ok(catalog) =
                Catalog::from_sources(locale, &sources).and_then(Catalog::check_complete)
            {
                let _ = catalog.format("start-title", &[]);
            }
        }
    }
}

#[test]
fn stored_and_linked_language_codes_never_panic() {
    let mut rng = XorShift(0x1a2b_3c4d);
    let seeds = [
        "sv",
        "en-GB",
        "ar_SA",
        "fa-IR",
        "so",
        "ti-ER",
        "",
        "-",
        "xx",
        "zz-Latn-DE",
        "ÅÄÖ",
        "عربي",
    ];
    for _ in 0..10_000 {
        let seed = seeds[rng.below(seeds.len())];
        let s = mutate(&mut rng, seed);
        // A tag names a locale exactly when its primary subtag is that
        // locale's code, in any case, with or without a region.
        let primary = s
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let expected = Locale::ALL.into_iter().find(|l| l.code() == primary);
        assert_eq!(Locale::from_tag(&s), expected, "{s:?}");
    }
    assert_eq!(Locale::from_tag("sv-SE"), Some(Locale::Sv));
    assert_eq!(Locale::from_tag("zz"), None);
}

#[test]
fn mutated_service_data_never_panics() {
    let mut rng = XorShift(0xda7a_0001);
    let original = read("data/services.json");
    let mut refused = 0;
    for _ in 0..3_000 {
        match vagvisare_domain::services::parse(&mutate(&mut rng, &original)) {
            Ok(data) => assert!(!data.municipalities.is_empty()),
            Err(_) => refused += 1,
        }
    }
    // Many mutations only change text inside strings and stay valid; the
    // damaging ones must be refused, not half-loaded.
    assert!(
        refused > 300,
        "only {refused} of 3000 mutated files refused"
    );
}
