//! Finding a municipality from what a person types: a code, a name, part of a
//! name, or a locality ("Sveg", "Kista"), with or without Swedish letters.

use crate::services::{Municipality, ServiceData};

/// Folds text for tolerant comparison: lower case, diacritics removed
/// (å, ä → a; ö, ø → o; é → e; ü → u; ...), and every run of spaces, hyphens
/// and other punctuation turned into one space, trimmed.
///
/// `fold("  Malung-Sälen ")` is `"malung salen"`; `fold("ÖSTERSUND")` is
/// `"ostersund"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().map(lower) {
        if is_combining_mark(c) {
            continue;
        }
        let folded: &str = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'ā' | 'ą' => "a",
            'æ' => "ae",
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'ü' | 'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' => "u",
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => "i",
            'ý' | 'ÿ' => "y",
            'ç' | 'ć' | 'č' => "c",
            'ñ' | 'ń' | 'ň' => "n",
            'ś' | 'š' => "s",
            'ź' | 'ż' | 'ž' => "z",
            'ł' => "l",
            'ř' => "r",
            'ď' => "d",
            'ť' => "t",
            'ð' => "d",
            'þ' => "th",
            'ß' => "ss",
            _ => {
                if is_word_char(c) {
                    if !out.is_empty() && pending_space {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.push(c);
                } else {
                    pending_space = true;
                }
                continue;
            }
        };
        if !out.is_empty() && pending_space {
            out.push(' ');
        }
        pending_space = false;
        out.push_str(folded);
    }
    out
}

/// Combining diacritical marks, so decomposed input ("a" + U+0308) folds like
/// precomposed input ("ä").
/// Lower case for Latin letters: ASCII, Latin-1 and Latin Extended-A, which
/// cover every municipality and locality name and what people type for them.
/// Anything else is returned as it is. (std's `to_lowercase` carries tables
/// for all of Unicode, about 12 KB of the app's download, for letters no
/// name here has.)
pub fn lower(c: char) -> char {
    let n = c as u32;
    let shifted = |by: u32| char::from_u32(n + by).unwrap_or(c);
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => shifted(32),
        // Latin Extended-A pairs capitals with the next code point.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 0 => shifted(1),
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => shifted(1),
        0x130 => 'i',
        0x178 => 'ÿ',
        0x1E9E => 'ß',
        _ => c,
    }
}

/// Letters and digits of any script count as part of a word; ASCII and
/// Latin-1 punctuation and symbols, general punctuation and CJK
/// punctuation separate words.
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x00..=0x7F => c.is_ascii_alphanumeric(),
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        0x2000..=0x206F | 0x3000..=0x303F | 0xFF00..=0xFF0F => false,
        _ => true,
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Folded text without spaces, so "malung salen", "malung-sälen" and
/// "malungsalen" all compare equal.
fn compact(folded: &str) -> String {
    folded.chars().filter(|c| *c != ' ').collect()
}

/// How well a municipality matches; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Code,
    /// The name itself, ignoring case only ("Håbo" prefers Håbo to Habo).
    ExactName,
    /// The name, ignoring case, diacritics, spaces and hyphens.
    FoldedName,
    NamePrefix,
    ExactLocality,
    NameWordPrefix,
    LocalityPrefix,
    NameSubstring,
    LocalitySubstring,
}

fn rank(m: &Municipality, query: &str, q: &str) -> Option<Rank> {
    if m.code == query {
        return Some(Rank::Code);
    }
    if m.name.chars().map(lower).eq(query.chars().map(lower)) {
        return Some(Rank::ExactName);
    }
    let folded_name = fold(&m.name);
    let name = compact(&folded_name);
    if name == q {
        return Some(Rank::FoldedName);
    }
    if name.starts_with(q) {
        return Some(Rank::NamePrefix);
    }
    let localities: Vec<String> = m.localities.iter().map(|l| compact(&fold(l))).collect();
    if localities.iter().any(|l| l == q) {
        return Some(Rank::ExactLocality);
    }
    // "salen" finds Malung-Sälen, "goinge" finds Östra Göinge.
    if folded_name
        .split(' ')
        .any(|word| !word.is_empty() && compact(word).starts_with(q))
    {
        return Some(Rank::NameWordPrefix);
    }
    if localities.iter().any(|l| l.starts_with(q)) {
        return Some(Rank::LocalityPrefix);
    }
    if name.contains(q) {
        return Some(Rank::NameSubstring);
    }
    if localities.iter().any(|l| l.contains(q)) {
        return Some(Rank::LocalitySubstring);
    }
    None
}

/// Up to `limit` municipalities matching `query`, best first: exact code,
/// exact name (as typed, then folded), name prefix, exact locality, a later word of the name, locality
/// prefix, part of the name, part of a locality. Ties are sorted by folded
/// name. Case, diacritics, hyphens, spaces and surrounding whitespace do not
/// matter. An empty query (or one with no letters or digits) finds nothing.
pub fn search<'a>(data: &'a ServiceData, query: &str, limit: usize) -> Vec<&'a Municipality> {
    let trimmed = query.trim();
    let q = compact(&fold(trimmed));
    if q.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut hits: Vec<(Rank, String, &Municipality)> = data
        .municipalities
        .iter()
        .filter_map(|m| rank(m, trimmed, &q).map(|r| (r, fold(&m.name), m)))
        .collect();
    crate::small_sort::sort_by(&mut hits, |a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.code.cmp(&b.2.code))
    });
    hits.into_iter().take(limit).map(|(_, _, m)| m).collect()
}
