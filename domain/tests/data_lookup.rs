//! Finding a municipality from what a person types.

mod common;

use common::search::{data, first, names};
use vagvisare_domain::lookup::{fold, search};

#[test]
fn fold_is_tolerant() {
    assert_eq!(fold("Malung-Sälen"), "malung salen");
    assert_eq!(fold("  ÖSTERSUND \n"), "ostersund");
    assert_eq!(fold("Umeå"), "umea");
    assert_eq!(fold("Upplands  -  Bro"), "upplands bro");
    assert_eq!(fold("Zürich Café"), "zurich cafe");
    assert_eq!(fold("O\u{308}stersund"), "ostersund");
    assert_eq!(fold("Jönköping"), fold("JONKOPING"));
    assert_eq!(fold(""), "");
    assert_eq!(fold(" - "), "");
}

#[test]
fn codes_and_names() {
    let d = data();
    assert_eq!(first(&d, "0114").as_deref(), Some("Upplands Väsby"));
    assert_eq!(first(&d, " 2361 ").as_deref(), Some("Härjedalen"));
    assert_eq!(first(&d, "Östersund").as_deref(), Some("Östersund"));
    assert_eq!(first(&d, "ostersund").as_deref(), Some("Östersund"));
    assert_eq!(first(&d, "ÖSTERSUND").as_deref(), Some("Östersund"));
    assert_eq!(first(&d, "  göteborg ").as_deref(), Some("Göteborg"));
    assert_eq!(first(&d, "malung").as_deref(), Some("Malung-Sälen"));
    assert_eq!(first(&d, "malung salen").as_deref(), Some("Malung-Sälen"));
    assert_eq!(first(&d, "Malung-Sälen").as_deref(), Some("Malung-Sälen"));
    assert_eq!(first(&d, "malungsalen").as_deref(), Some("Malung-Sälen"));
    assert_eq!(first(&d, "salen").as_deref(), Some("Malung-Sälen"));
    assert_eq!(first(&d, "upplands bro").as_deref(), Some("Upplands-Bro"));
    assert_eq!(first(&d, "dals ed").as_deref(), Some("Dals-Ed"));
    assert_eq!(first(&d, "goinge").as_deref(), Some("Östra Göinge"));
    assert_eq!(first(&d, "O\u{308}rebro").as_deref(), Some("Örebro"));
}

#[test]
fn exact_spelling_wins_over_folded() {
    let d = data();
    // Håbo (Uppsala län) and Habo (Jönköpings län) fold to the same text.
    assert_eq!(names(&d, "Håbo", 2), ["Håbo", "Habo"]);
    assert_eq!(names(&d, "habo", 2), ["Habo", "Håbo"]);
}

#[test]
fn localities() {
    let d = data();
    assert_eq!(first(&d, "Sveg").as_deref(), Some("Härjedalen"));
    assert_eq!(first(&d, "Hammarstrand").as_deref(), Some("Ragunda"));
    assert_eq!(first(&d, "Vivalla").as_deref(), Some("Örebro"));
    assert_eq!(first(&d, "Kista").as_deref(), Some("Stockholm"));
    assert_eq!(first(&d, "kista").as_deref(), Some("Stockholm"));
    assert_eq!(first(&d, "Sysslebäck").as_deref(), Some("Torsby"));
    assert_eq!(first(&d, "syssleback").as_deref(), Some("Torsby"));
    assert_eq!(first(&d, "Märsta").as_deref(), Some("Sigtuna"));
    assert_eq!(first(&d, "arlanda").as_deref(), Some("Sigtuna"));
    assert_eq!(first(&d, "Åkersberga").as_deref(), Some("Österåker"));
    assert_eq!(first(&d, "visby").as_deref(), Some("Gotland"));
    assert_eq!(first(&d, "Rosengård").as_deref(), Some("Malmö"));
}

#[test]
fn ranking_order() {
    let d = data();
    // Exact name, then name prefix, then a later word, then part of a name.
    assert_eq!(names(&d, "sala", 2), ["Sala", "Uppsala"]);
    assert_eq!(names(&d, "sal", 3), ["Sala", "Salem", "Malung-Sälen"]);
    // Name prefix before locality prefix: Kungsbacka and Kungsör, then
    // Stockholm (Kungsholmen); Kungälv does not start with "kungs".
    let kungs = names(&d, "kungs", 10);
    assert_eq!(kungs[..2], ["Kungsbacka", "Kungsör"]);
    assert!(kungs.contains(&"Stockholm".to_string()));
    assert!(kungs.iter().position(|n| n == "Stockholm") > Some(1));
    // Norrköping and the corrected Norrtälje are both found by "norr".
    let norr = names(&d, "norr", 10);
    assert!(norr.contains(&"Norrköping".to_string()));
    assert!(norr.contains(&"Norrtälje".to_string()));
    // A code beats everything.
    assert_eq!(names(&d, "0581", 5), ["Norrköping"]);
}

#[test]
fn empty_and_limits() {
    let d = data();
    assert!(search(&d, "", 10).is_empty());
    assert!(search(&d, "   ", 10).is_empty());
    assert!(search(&d, " - ", 10).is_empty());
    assert!(search(&d, "stockholm", 0).is_empty());
    assert!(search(&d, "xyzzy", 10).is_empty());
    assert_eq!(search(&d, "a", 5).len(), 5);
}

/// A one-letter query is too short for typos: it finds exactly the
/// municipalities with the letter in their name or a locality, each once,
/// names beginning with it first, each group in Swedish alphabetical order
/// (as `search` documents), and a smaller limit cuts that list short
/// without reordering it.
#[test]
fn a_one_letter_query_finds_every_name_with_it_in_order() {
    use std::collections::BTreeSet;
    use vagvisare_domain::lookup::swedish_order_key;
    let d = data();
    let all: Vec<&str> = search(&d, "a", 1000)
        .iter()
        .map(|m| m.code.as_str())
        .collect();
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "a municipality twice");
    let expected: BTreeSet<&str> = d
        .municipalities
        .iter()
        .filter(|m| {
            std::iter::once(&m.name)
                .chain(&m.localities)
                .any(|n| fold(n).contains('a'))
        })
        .map(|m| m.code.as_str())
        .collect();
    assert_eq!(unique, expected);
    assert!(
        expected.len() < d.municipalities.len(),
        "every name has an a"
    );
    // Names that begin with the letter, alphabetically, then the rest.
    let by_code = |code: &str| d.municipalities.iter().find(|m| m.code == code).unwrap();
    let starts = |code: &str| fold(&by_code(code).name).starts_with('a');
    let prefixed = all.iter().take_while(|c| starts(c)).count();
    assert!(prefixed >= 10, "only {prefixed} names begin with a");
    assert!(
        all[prefixed..].iter().all(|c| !starts(c)),
        "a name beginning with a comes late"
    );
    let keys: Vec<Vec<u32>> = all[..prefixed]
        .iter()
        .map(|c| swedish_order_key(&by_code(c).name))
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "names beginning with a out of order"
    );
    for limit in [1, 5, prefixed, prefixed + 7] {
        let cut: Vec<&str> = search(&d, "a", limit)
            .iter()
            .map(|m| m.code.as_str())
            .collect();
        assert_eq!(cut, all[..limit], "limit {limit}");
    }
}

/// `lower` is std's lower case wherever it claims to handle letters, and
/// leaves everything else alone.
#[test]
fn lower_agrees_with_std_for_latin_letters() {
    use vagvisare_domain::fold::lower;
    for n in (0..=0x17Fu32).chain([0x1E9E]) {
        let Some(c) = char::from_u32(n) else { continue };
        let std: Vec<char> = c.to_lowercase().collect();
        if c == 'İ' {
            // std gives "i" plus a combining dot, which fold drops anyway.
            assert_eq!(lower(c), 'i');
        } else {
            assert_eq!(vec![lower(c)], std, "U+{n:04X} {c}");
        }
    }
    for c in ['Ա', 'Ω', 'Ж', 'ع', 'ሀ', '中'] {
        assert_eq!(lower(c), c);
    }
    // Every name in the data folds as with std's full tables.
    let data = data();
    for m in &data.municipalities {
        for name in std::iter::once(&m.name).chain(&m.localities) {
            let with_std: String = name.chars().flat_map(char::to_lowercase).collect();
            let ours: String = name.chars().map(lower).collect();
            assert_eq!(ours, with_std, "{name}");
        }
    }
}
