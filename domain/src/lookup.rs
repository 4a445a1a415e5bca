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
    for c in s.chars().flat_map(char::to_lowercase) {
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
                if c.is_alphanumeric() {
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
    if m.name.to_lowercase() == query.to_lowercase() {
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
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.code.cmp(&b.2.code))
    });
    hits.into_iter().take(limit).map(|(_, _, m)| m).collect()
}
