//! Folding text for tolerant comparison, shared by the search
//! ([`crate::lookup`]) and the data generator, which folds locality names
//! the same way when it writes them. Its own module so that neither of the
//! two imports the other.

/// Folds text for tolerant comparison: lower case, diacritics removed
/// (å, ä → a; ö, ø → o; é → e; ü → u; ...), and every run of spaces, hyphens
/// and other punctuation turned into one space, trimmed. Full-width Latin
/// letters, digits and punctuation (U+FF01–U+FF5E), and Arabic-Indic and
/// Persian digits, count as their ASCII counterparts.
///
/// `fold("  Malung-Sälen ")` is `"malung salen"`; `fold("ÖSTERSUND")` is
/// `"ostersund"`; `fold("ＭＡＬＭÖ")` is `"malmo"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars().map(narrow) {
        // Most of what is folded is ASCII: a short way for it.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if !out.is_empty() && pending_space {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            } else {
                pending_space = true;
            }
            continue;
        }
        let c = lower(c);
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

/// Full-width forms (U+FF01–U+FF5E, what East Asian input methods type) as
/// their ASCII counterparts: 'Ｍ' is 'M', '５' is '5', '！' is '!'. Digits
/// typed on an Arabic keyboard (Arabic-Indic, U+0660–U+0669: ٢٤٢٥) or a
/// Persian one (U+06F0–U+06F9: ۲۴۲۵) are the ASCII digits too, so a
/// municipality code is found whichever digits the phone types.
pub(crate) fn narrow(c: char) -> char {
    match c as u32 {
        n @ 0xFF01..=0xFF5E => char::from_u32(n - 0xFEE0).unwrap_or(c),
        n @ 0x0660..=0x0669 => char::from_u32(n - 0x0660 + 0x30).unwrap_or(c),
        n @ 0x06F0..=0x06F9 => char::from_u32(n - 0x06F0 + 0x30).unwrap_or(c),
        _ => c,
    }
}

/// Lower case for Latin letters: ASCII, Latin-1 and Latin Extended-A, which
/// cover every municipality and locality name and what people type for them.
/// Anything else is returned as it is; `tests/data_lookup.rs` checks it
/// against std over that whole range.
///
/// std's `char::to_lowercase` carries tables for all of Unicode, for letters
/// no name here has: in its place the pages chunk (where the search runs)
/// grew by 11.8 KB raw, 5.2 KB brotli, measured 2026-12-02 in the release
/// split build. The first view does not use either.
pub fn lower(c: char) -> char {
    let n = c as u32;
    let shifted = |by: u32| char::from_u32(n + by).unwrap_or(c);
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => shifted(32),
        // Latin Extended-A pairs capitals with the next code point.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n.is_multiple_of(2) => shifted(1),
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
pub(crate) fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x00..=0x7F => c.is_ascii_alphanumeric(),
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        0x2000..=0x206F | 0x3000..=0x303F | 0xFF00..=0xFF0F => false,
        _ => true,
    }
}

/// Combining diacritical marks, so decomposed input ("a" + U+0308) folds like
/// precomposed input ("ä").
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}
