//! Finding a municipality from what a person types: a code, a name, part of a
//! name, or a locality ("Sveg", "Kista"), with or without Swedish letters,
//! in full-width letters, with "kommun" or "stad" after it ("Göteborgs
//! stad"), with a typo ("Mölnadal"), or by its English name ("Gothenburg").
//!
//! `search` runs on every keystroke, in WebAssembly on cheap phones, over the
//! 290 municipalities and their localities; typo matching is a bounded edit
//! distance that gives up as soon as the budget is spent. How long searches
//! take on the host: `cargo run -p vagvisare-domain --example search_timing
//! --release` (`domain/examples/search_timing.rs`; it prints, asserts nothing).

pub use crate::fold::fold;
use crate::fold::{is_combining_mark, is_word_char, lower, narrow};
use crate::services::{Municipality, ServiceData};

/// Folded text without spaces, so "malung salen", "malung-sälen" and
/// "malungsalen" all compare equal.
fn compact(folded: &str) -> String {
    folded.chars().filter(|c| *c != ' ').collect()
}

/// The text as typed, lower case and full-width letters narrowed, but with
/// its diacritics, and without spaces and punctuation: what `ExactName`
/// compares, so "Håbo" prefers Håbo to Habo.
fn exact_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .map(narrow)
        .map(lower)
        .filter(|c| is_word_char(*c) || is_combining_mark(*c))
}

/// The words of `s` as `exact_chars` keeps them, split where `fold` puts a
/// space: "Göteborgs  stad" is `["göteborgs", "stad"]`.
fn exact_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in s.chars().map(narrow).map(lower) {
        if is_word_char(c) || is_combining_mark(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Words people write around a municipality's name that are not part of it,
/// folded: "Umeå kommun", "Göteborgs stad", "Lund municipality", "City of
/// Gothenburg", Norwegian and Danish "kommune". Only whole words of the query
/// are dropped, so "Karlstad" and "Halmstad" keep their "stad". "län" is not
/// here: it names a county ("Stockholms län" is not Stockholm).
const GENERIC_WORDS: [&str; 7] = [
    "kommun",
    "kommuns",
    "kommune",
    "stad",
    "stads",
    "municipality",
    "city",
];

/// Generic words that may be followed by "of", which then goes too.
const GENERIC_BEFORE_OF: [&str; 2] = ["city", "municipality"];

/// Names in other languages that differ from the Swedish name once folded,
/// as (folded name, municipality code). Of the largest cities, only Göteborg
/// has an English name of its own: "Gothenburg", the title of the English
/// Wikipedia article and the form the city and the Swedish Institute
/// (sweden.se) use in English. Stockholm, Malmö, Uppsala, Västerås, Örebro,
/// Linköping, Helsingborg, Jönköping, Norrköping, Lund, Umeå and the other
/// cities are written in English as in Swedish, with or without the
/// diacritics, which `fold` already removes. The old German "Gotenburg" is
/// one edit from "gothenburg" and found as a typo.
const EXONYMS: [(&str, &str); 1] = [("gothenburg", "1480")];

/// One reading of the query: as typed, or with the generic words dropped,
/// or with a genitive "s" dropped as well ("Göteborgs stad" → "göteborg").
struct Variant {
    /// The kept words' `exact_chars`, joined.
    exact: String,
    /// The kept words folded and joined without spaces.
    folded: String,
    /// `folded` as chars, for the edit distance.
    chars: Vec<char>,
}

impl Variant {
    fn new(words: &[(String, String)]) -> Variant {
        let exact: String = words.iter().map(|(e, _)| e.as_str()).collect();
        let folded: String = words.iter().map(|(_, f)| f.as_str()).collect();
        let chars = folded.chars().collect();
        Variant {
            exact,
            folded,
            chars,
        }
    }
}

/// The readings of a query, the one as typed first. Empty when the query has
/// no letters or digits.
fn variants(query: &str) -> Vec<Variant> {
    // Each word as typed (lower case) and folded; words that fold to nothing
    // (a lone combining mark) are dropped.
    let words: Vec<(String, String)> = exact_words(query)
        .into_iter()
        .map(|w| {
            let f = compact(&fold(&w));
            (w, f)
        })
        .filter(|(_, f)| !f.is_empty())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Variant::new(&words)];
    let mut kept: Vec<(String, String)> = Vec::with_capacity(words.len());
    // Indices in `kept` of words followed by a generic word, which may be
    // genitives ("Göteborgs stad"; in "Umeå kommuns" the genitive is on the
    // generic word itself).
    let mut before_generic: Vec<usize> = Vec::new();
    let mut stripped = false;
    let mut i = 0;
    while i < words.len() {
        let f = words[i].1.as_str();
        let last = i + 1 == words.len();
        let generic = GENERIC_WORDS.contains(&f);
        // While "Umeå kommun" is being typed, "Umeå k" and "Umeå kom" should
        // still find Umeå: a last word that begins a generic word goes too.
        let typing_generic = last
            && i > 0
            && !generic
            && GENERIC_WORDS
                .iter()
                .any(|g| g.len() > f.len() && g.starts_with(f));
        if generic || typing_generic {
            stripped = true;
            if !kept.is_empty() && !before_generic.contains(&(kept.len() - 1)) {
                before_generic.push(kept.len() - 1);
            }
            if GENERIC_BEFORE_OF.contains(&f) && words.get(i + 1).is_some_and(|w| w.1 == "of") {
                i += 1;
            }
        } else {
            kept.push(words[i].clone());
        }
        i += 1;
    }
    if !stripped || kept.is_empty() {
        return out;
    }
    out.push(Variant::new(&kept));
    let mut genitive = false;
    for &k in &before_generic {
        let (exact, folded) = &mut kept[k];
        if folded.len() > 2 && folded.ends_with('s') {
            folded.pop();
            if exact.ends_with('s') {
                exact.pop();
            }
            genitive = true;
        }
    }
    if genitive {
        out.push(Variant::new(&kept));
    }
    out
}

/// What a typo was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    /// The name, one of its words, or its English name.
    Name,
    /// A locality or one of its words.
    Locality,
}

/// How well a municipality matches; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Code,
    /// The name itself, ignoring case, spaces and punctuation only ("Håbo"
    /// prefers Håbo to Habo).
    ExactName,
    /// The name or its English name, ignoring case, diacritics, spaces and
    /// hyphens.
    FoldedName,
    NamePrefix,
    ExactLocality,
    NameWordPrefix,
    LocalityPrefix,
    NameSubstring,
    LocalitySubstring,
    /// Within the typo budget of a whole name or locality (or one of their
    /// words): fewer edits first, then names before localities.
    Typo {
        edits: u8,
        of: Field,
    },
    /// Within the typo budget of the beginning of a name or locality, for
    /// queries of 5 letters or more: "Sysslebak" finds Torsby.
    TypoPrefix {
        edits: u8,
        of: Field,
    },
}

/// Queries shorter than this (folded, without spaces) are not matched with
/// typos: too many names are a typo away from "sal".
const MIN_TYPO_QUERY: usize = 4;
/// Queries shorter than this are not matched with typos against the
/// beginning of names.
const MIN_TYPO_PREFIX_QUERY: usize = 5;

/// Edits allowed in a name (or query, for prefixes) of `len` letters: none
/// below 5, one up to 8, two from 9.
fn typo_budget(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Reused buffers for the edit distance, so a search allocates them once.
#[derive(Default)]
struct Scratch {
    target: Vec<char>,
    rows: [Vec<u8>; 3],
}

/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent
/// transpositions: insert, delete, substitute, swap two neighbours) from
/// `query` to the whole of `target`, and the least distance from `query` to a
/// proper prefix of `target`; each `None` when over `max`. Only the diagonal
/// band of width `max` either side is computed, and it stops as soon as two
/// rows in a row are over `max`.
fn bounded_distances(
    query: &[char],
    target: &[char],
    max: u8,
    rows: &mut [Vec<u8>; 3],
) -> (Option<u8>, Option<u8>) {
    let (n, m) = (query.len(), target.len());
    let over = max + 1;
    let band = max as usize;
    // Values are capped at `over`: enough to tell "within budget" from not.
    let cap = |v: usize| v.min(over as usize) as u8;
    for row in rows.iter_mut() {
        row.clear();
        row.resize(m + 1, over);
    }
    let [before, prev, cur] = rows;
    for (j, cell) in prev.iter_mut().enumerate() {
        *cell = cap(j);
    }
    let mut prev_min = 0;
    for i in 1..=n {
        cur.fill(over);
        cur[0] = cap(i);
        let lo = i.saturating_sub(band).max(1);
        let hi = (i + band).min(m);
        let mut row_min = cur[0];
        for j in lo..=hi {
            let same = query[i - 1] == target[j - 1];
            let mut v = (prev[j - 1] + u8::from(!same))
                .min(prev[j] + 1)
                .min(cur[j - 1] + 1);
            if i > 1 && j > 1 && query[i - 1] == target[j - 2] && query[i - 2] == target[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            let v = v.min(over);
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min >= over && prev_min >= over {
            return (None, None);
        }
        prev_min = row_min;
        std::mem::swap(before, prev);
        std::mem::swap(prev, cur);
    }
    // After the last swap the final row is in `prev`.
    let within = |v: u8| (v <= max).then_some(v);
    let whole = within(prev[m]);
    let prefix = prev[..m].iter().copied().min().and_then(within);
    (whole, prefix)
}

/// A bit for each ASCII letter and digit, one shared by everything else.
fn letter_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 1 << 63,
    }
}

/// The best typo rank of `q` against one name or locality (already folded,
/// without spaces), if any.
fn typo_rank(q: &Variant, target: &str, of: Field, scratch: &mut Scratch) -> Option<Rank> {
    let n = q.chars.len();
    let m = if target.is_ascii() {
        target.len()
    } else {
        target.chars().count()
    };
    let whole_budget = if n.abs_diff(m) <= typo_budget(m) as usize {
        typo_budget(m)
    } else {
        0
    };
    let prefix_budget = if n >= MIN_TYPO_PREFIX_QUERY && m + (typo_budget(n) as usize) > n {
        typo_budget(n)
    } else {
        0
    };
    let max = whole_budget.max(prefix_budget);
    if max == 0 {
        return None;
    }
    // A cheap lower bound first: every letter of the query that the target
    // lacks altogether costs an edit of its own (a swap only moves letters the
    // target has), so most names are ruled out without the table.
    let mut letters = 0u64;
    scratch.target.clear();
    scratch
        .target
        .extend(target.chars().inspect(|c| letters |= letter_bit(*c)));
    let missing = q
        .chars
        .iter()
        .filter(|c| letters & letter_bit(**c) == 0)
        .count();
    if missing > max as usize {
        return None;
    }
    let (whole, prefix) = bounded_distances(&q.chars, &scratch.target, max, &mut scratch.rows);
    if let Some(edits) = whole.filter(|e| *e <= whole_budget) {
        return Some(Rank::Typo { edits, of });
    }
    prefix
        .filter(|e| *e <= prefix_budget)
        .map(|edits| Rank::TypoPrefix { edits, of })
}

/// A name or locality folded (words separated by spaces) and without spaces.
struct Folded {
    words: String,
    compact: String,
}

impl Folded {
    fn new(s: &str) -> Folded {
        let words = fold(s);
        let compact = compact(&words);
        Folded { words, compact }
    }

    /// The whole, and each word when there are several: "Östra Göinge" is
    /// "ostragoinge", "ostra" and "goinge".
    fn typo_targets(&self) -> impl Iterator<Item = &str> {
        let several = self.words.contains(' ');
        std::iter::once(self.compact.as_str()).chain(self.words.split(' ').filter(move |_| several))
    }
}

fn exact_rank(
    m: &Municipality,
    name: &Folded,
    exonyms: &[&str],
    localities: &[Folded],
    v: &Variant,
) -> Option<Rank> {
    let q = v.folded.as_str();
    if m.code == q {
        return Some(Rank::Code);
    }
    if exact_chars(&m.name).eq(v.exact.chars()) {
        return Some(Rank::ExactName);
    }
    if name.compact == q || exonyms.contains(&q) {
        return Some(Rank::FoldedName);
    }
    if name.compact.starts_with(q) || exonyms.iter().any(|e| e.starts_with(q)) {
        return Some(Rank::NamePrefix);
    }
    if localities.iter().any(|l| l.compact == q) {
        return Some(Rank::ExactLocality);
    }
    // "salen" finds Malung-Sälen, "goinge" finds Östra Göinge.
    if name.words.split(' ').any(|word| word.starts_with(q)) {
        return Some(Rank::NameWordPrefix);
    }
    if localities.iter().any(|l| l.compact.starts_with(q)) {
        return Some(Rank::LocalityPrefix);
    }
    if name.compact.contains(q) {
        return Some(Rank::NameSubstring);
    }
    if localities.iter().any(|l| l.compact.contains(q)) {
        return Some(Rank::LocalitySubstring);
    }
    None
}

fn rank(m: &Municipality, variants: &[Variant], scratch: &mut Scratch) -> Option<Rank> {
    let name = Folded::new(&m.name);
    let exonyms: Vec<&str> = EXONYMS
        .iter()
        .filter(|(_, code)| *code == m.code)
        .map(|(e, _)| *e)
        .collect();
    let localities: Vec<Folded> = m.localities.iter().map(|l| Folded::new(l)).collect();
    let exact = variants
        .iter()
        .filter_map(|v| exact_rank(m, &name, &exonyms, &localities, v))
        .min();
    if exact.is_some() {
        return exact;
    }
    let mut best: Option<Rank> = None;
    for v in variants {
        if v.chars.len() < MIN_TYPO_QUERY || v.chars.iter().all(char::is_ascii_digit) {
            continue;
        }
        let names = name
            .typo_targets()
            .chain(exonyms.iter().copied())
            .map(|t| (t, Field::Name));
        let places = localities
            .iter()
            .flat_map(Folded::typo_targets)
            .map(|t| (t, Field::Locality));
        for (target, of) in names.chain(places) {
            if let Some(r) = typo_rank(v, target, of, scratch) {
                best = Some(best.map_or(r, |b| b.min(r)));
            }
        }
    }
    best
}

/// A sort key for Swedish alphabetical order, as in the staff overview: å, ä
/// and ö after z (æ as ä, ø as ö), é and the other e's as e, á, à and â as a,
/// ü as y, spaces and hyphens before digits before letters, anything else
/// after. Case does not matter.
pub fn swedish_order_key(s: &str) -> Vec<u32> {
    s.chars()
        .map(lower)
        .map(|c| match c {
            ' ' | '-' => 1,
            '0'..='9' => 10 + (c as u32 - '0' as u32),
            'á' | 'à' | 'â' => 100,
            'é' | 'è' | 'ê' | 'ë' => 100 + ('e' as u32 - 'a' as u32),
            'ü' => 100 + ('y' as u32 - 'a' as u32),
            'a'..='z' => 100 + (c as u32 - 'a' as u32),
            'å' => 200,
            'ä' | 'æ' => 201,
            'ö' | 'ø' => 202,
            other => 1000 + other as u32,
        })
        .collect()
}

/// Up to `limit` municipalities matching `query`, best first: exact code,
/// exact name (as typed, then folded, or the English "Gothenburg"), name
/// prefix, exact locality, a later word of the name, locality prefix, part of
/// the name, part of a locality; then, only for municipalities none of those
/// found and queries of 4 letters or more, names and localities a typo away
/// (one edit for 5–8 letters, two for 9 or more; fewer edits first), then the
/// beginning of names and localities a typo away (queries of 5 letters or
/// more). Ties are in Swedish alphabetical order. Case, diacritics, hyphens,
/// spaces, full-width letters and surrounding whitespace do not matter, nor do
/// "kommun", "stad" and the like around the name. An empty query (or one with
/// no letters or digits) finds nothing.
pub fn search<'a>(data: &'a ServiceData, query: &str, limit: usize) -> Vec<&'a Municipality> {
    if limit == 0 {
        return Vec::new();
    }
    let variants = variants(query);
    if variants.is_empty() {
        return Vec::new();
    }
    let mut scratch = Scratch::default();
    let mut hits: Vec<(Rank, Vec<u32>, &Municipality)> = data
        .municipalities
        .iter()
        .filter_map(|m| {
            rank(m, &variants, &mut scratch).map(|r| (r, swedish_order_key(&m.name), m))
        })
        .collect();
    crate::small_sort::sort_by(&mut hits, |a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.code.cmp(&b.2.code))
    });
    hits.into_iter().take(limit).map(|(_, _, m)| m).collect()
}

/// Whether the query has letters and none of them is Latin: "مالمو" (Arabic
/// or Persian), "ማልሞ" (Ethiopic), "Мальмё". The list uses the Swedish names
/// in Latin letters, which the app can then say. Digits, punctuation,
/// symbols and emoji are not letters, so a query of only those is not
/// non-Latin. Decided by Unicode blocks rather than std's tables, which
/// would add to the app's download.
pub fn is_non_latin(query: &str) -> bool {
    let mut other = false;
    for c in query.chars() {
        match letter_kind(c) {
            LetterKind::Latin => return false,
            LetterKind::Other => other = true,
            LetterKind::None => {}
        }
    }
    other
}

enum LetterKind {
    Latin,
    Other,
    None,
}

fn letter_kind(c: char) -> LetterKind {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => LetterKind::Latin,
        0x00..=0xBF | 0xD7 | 0xF7 => LetterKind::None,
        // Latin-1 letters, Latin Extended-A and -B, IPA.
        0xC0..=0x2AF => LetterKind::Latin,
        // Spacing modifiers and combining marks.
        0x2B0..=0x36F => LetterKind::None,
        // Latin Extended Additional, -C, -D, -E; full-width Latin.
        0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F => LetterKind::Latin,
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => LetterKind::Latin,
        // Digits, punctuation and marks inside other scripts' blocks: Greek,
        // Armenian and Hebrew punctuation, Arabic punctuation, marks and
        // Arabic-Indic and Persian digits, Devanagari danda and digits,
        // Ethiopic punctuation and numbers.
        0x37E | 0x387 | 0x483..=0x489 | 0x55A..=0x55F | 0x589..=0x58A => LetterKind::None,
        0x591..=0x5C7 | 0x5F3..=0x5F4 => LetterKind::None,
        0x600..=0x61F | 0x64B..=0x66D | 0x670 | 0x6D4 | 0x6D6..=0x6ED | 0x6F0..=0x6F9 => {
            LetterKind::None
        }
        0x964..=0x96F | 0x1360..=0x137C => LetterKind::None,
        // Combining marks, general punctuation, symbols, arrows, maths,
        // technical, box drawing, dingbats, supplemental punctuation.
        0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x2000..=0x2BFF | 0x2E00..=0x2E7F => LetterKind::None,
        // CJK punctuation, private use, variation selectors, vertical and
        // small forms, half-width and full-width punctuation and digits,
        // specials.
        0x3000..=0x303F | 0xE000..=0xF8FF | 0xFE00..=0xFE6F => LetterKind::None,
        0xFF00..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFF0..=0xFFFF => LetterKind::None,
        // Emoji, symbols and tags in the supplementary planes.
        0x1F000..=0x1FFFF | 0xE0000..=0x10FFFF => LetterKind::None,
        // Greek, Cyrillic, Arabic, Ethiopic, CJK and every other script.
        _ => LetterKind::Other,
    }
}
