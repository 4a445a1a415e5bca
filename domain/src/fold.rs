//! Folding text for tolerant comparison, shared by the search
//! ([`crate::lookup`]) and the data generator, which folds locality names
//! the same way when it writes them. Its own module so that neither of the
//! two imports the other.

/// Folds text for tolerant comparison: lower case, diacritics removed, and
/// every run of spaces, hyphens and other punctuation turned into one space,
/// trimmed. Full-width Latin letters, digits and punctuation (U+FF01–U+FF5E),
/// and Arabic-Indic and Persian digits, count as their ASCII counterparts.
///
/// The letters of Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F,
/// the range [`lower`] handles) fold to what Unicode's canonical
/// decomposition (NFD) gives without its combining marks: å, ä → a; ö → o;
/// é → e; ü → u; ş → s; ğ → g. NFD leaves some letters whole; they fold to
/// the usual Latin transliteration, as people type them without the letter:
/// æ → ae, œ → oe, ĳ → ij, ß → ss, þ → th, ð and đ → d, ø → o, ł → l, ħ → h,
/// ŧ → t, ı → i, ŀ → l, ŉ → n, ſ → s; ĸ and ŋ have none and stay as they are.
/// A combining mark after any letter is dropped, so decomposed input ("a" +
/// U+0308) folds like precomposed input ("ä"). Letters beyond that range
/// (Latin Extended-B's ș and ț, Vietnamese ơ) are kept whole when
/// precomposed. `tests/fold.rs` checks all of this against the
/// `unicode-normalization` crate, letter by letter.
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
        let folded: &str = match latin(c) {
            Some(f) => f,
            None => {
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

/// U+00C0–U+017F folded, one byte per code point: a letter is its base
/// letter; `A`, `O`, `I`, `T` and `S` stand for "ae", "oe", "ij", "th" and
/// "ss"; a space means "not folded here" (× and ÷ separate words, ĸ and ŋ
/// stay as they are).
const LATIN: &str = concat!(
    "aaaaaaAceeeeiiii", // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "dnooooo ouuuuyTS", // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "aaaaaaAceeeeiiii", // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "dnooooo ouuuuyTy", // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "aaaaaaccccccccdd", // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "ddeeeeeeeeeegggg", // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "gggghhhhiiiiiiii", // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "iiIIjjkk lllllll", // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "lllnnnnnnn  oooo", // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "ooOOrrrrrrssssss", // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "ssttttttuuuuuuuu", // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "uuuuwwyyyzzzzzzs", // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
);
const _: () = assert!(LATIN.len() == 0x180 - 0xC0);

/// What `c` folds to if it is in U+00C0–U+017F and folded there.
fn latin(c: char) -> Option<&'static str> {
    let i = (c as usize).checked_sub(0xC0)?;
    Some(match *LATIN.as_bytes().get(i)? {
        b' ' => return None,
        b'A' => "ae",
        b'O' => "oe",
        b'I' => "ij",
        b'T' => "th",
        b'S' => "ss",
        _ => &LATIN[i..=i],
    })
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
