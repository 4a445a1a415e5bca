//! The whole app state in the URL: the answers in the **fragment**
//! (`#errand=register&…`), the preferences a server may see in the query
//! (`?lang=ar&page=about&staff=1`).
//!
//! Browsers never send the fragment in a request, so the answers — a
//! disability, a need for language support — stay in this browser's address
//! bar and history and reach no server's access log, however often the page
//! is reloaded, bookmarked or opened from a QR code. Keeping every answer in
//! the URL means the browser's Back button, a reload
//! on a flaky rural connection, a bookmark, and a link that service-office
//! staff hand to the next visitor all just work, with nothing stored on a
//! shared computer. The format is canonical — keys sorted (as in GOV.UK smart
//! answers' ADR 002), only answers that matter — so that one state has one
//! URL and `parse(to_query(s))` gives back the same state.
//!
//! Parsing is forgiving: URLs are typed, truncated by chat apps and edited by
//! hand, so unknown keys and invalid values are dropped rather than rejected.

use crate::answers::Answers;
use crate::flow::{self, Question};
use crate::locale::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    Flow,
    About,
    /// The staff overview of the routes.
    Overview,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlState {
    pub page: Page,
    pub answers: Answers,
    /// A question shown on purpose (via Back or a Change link) instead of the
    /// next unanswered one. Only kept when the question can be reached with
    /// the answers given, so a URL cannot skip ahead.
    pub step: Option<Question>,
    /// The code of one of [`Locale::ALL`]; `None` means "use the browser's
    /// or stored choice".
    pub lang: Option<String>,
    /// Staff mode (service-office staff assisting a visitor).
    pub staff: bool,
}

impl Page {
    /// The pages that have a `?page=` of their own (the start page and the
    /// flow are told apart by the answers): the parser, the canonical form
    /// and the tests iterate this, so a new page is one row here.
    pub const NAMED: &'static [Page] = &[Page::About, Page::Overview];

    /// Its `?page=` value, for the pages in [`Page::NAMED`].
    pub fn key(self) -> Option<&'static str> {
        match self {
            Page::About => Some("about"),
            Page::Overview => Some("overview"),
            Page::Start | Page::Flow => None,
        }
    }

    pub fn from_key(key: &str) -> Option<Page> {
        Page::NAMED.iter().copied().find(|p| p.key() == Some(key))
    }
}

impl Default for UrlState {
    fn default() -> Self {
        UrlState {
            page: Page::Start,
            answers: Answers::default(),
            step: None,
            lang: None,
            staff: false,
        }
    }
}

/// Keys that carry what a person answered: they live only in the fragment.
pub fn is_answer_key(key: &str) -> bool {
    key == "confirmed" || key == "step" || Question::ALL.iter().any(|q| q.key() == key)
}

/// Whether a query string (the part a server sees) carries an answer: an old
/// link from before the answers moved to the fragment. The app then rewrites
/// the address at once, so it leaves the address bar and the history.
pub fn query_has_answers(search: &str) -> bool {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter_map(|pair| percent_decode(pair.split('=').next().unwrap_or("")))
        .any(|k| is_answer_key(&k))
}

/// Reads an address's query and fragment (`?lang=sv#errand=forms`), or
/// either alone, with or without the leading `?`/`#`. An answer in the query
/// (an old link) counts as well. Never panics; the last valid value of a
/// repeated key wins, the fragment's after the query's.
pub fn parse(address: &str) -> UrlState {
    let address = address.strip_prefix('?').unwrap_or(address);
    let (search, fragment) = address.split_once('#').unwrap_or((address, ""));
    let joined = format!("{search}&{fragment}");
    let query = joined.as_str();
    let mut a = Answers::default();
    let mut step = None;
    let mut lang = None;
    let mut staff = false;
    let mut page = None;
    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = match pair.split_once('=') {
            Some((k, v)) => (k, v),
            None => (pair, ""),
        };
        let (Some(k), Some(v)) = (percent_decode(k), percent_decode(v)) else {
            continue;
        };
        let v = v.as_str();
        if let Some(q) = Question::from_key(&k) {
            // An invalid value is dropped; relevance is settled by the
            // prune below, once every key is read.
            let _ = a.put(q, v);
            continue;
        }
        match k.as_str() {
            "confirmed" if v == "1" => a.confirmed = true,
            "step" => set_if(&mut step, Question::from_key(v)),
            "lang" => {
                let lower = v.to_ascii_lowercase();
                if is_lang_code(&lower) {
                    lang = Some(lower);
                }
            }
            "staff" if v == "1" => staff = true,
            "page" => set_if(&mut page, Page::from_key(v)),
            _ => {}
        }
    }
    a.prune();
    let step = step.filter(|q| flow::is_reachable(*q, &a));
    let page = page.unwrap_or(if a.errand.is_some() || step.is_some() {
        Page::Flow
    } else {
        Page::Start
    });
    UrlState {
        page,
        answers: a,
        step,
        lang,
        staff,
    }
}

/// Exactly a language's code (`ar`, not `ar-SA`): one state, one URL.
fn is_lang_code(code: &str) -> bool {
    Locale::ALL.iter().any(|l| l.code() == code)
}

fn set_if<T>(slot: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *slot = value;
    }
}

/// The canonical address suffix for a state: the preferences as a query, the
/// answers as a fragment, each with its keys sorted, irrelevant answers
/// pruned: `"?lang=sv#errand=forms&step=eid"`, `"#step=errand"`, `"?lang=ar"`,
/// or `""` for the plain start page.
///
/// A flow page with nothing answered and no step is written as
/// `?step=errand`, so that the first question has a URL of its own and is
/// not confused with the start page.
pub fn to_query(s: &UrlState) -> String {
    let mut a = s.answers.clone();
    a.prune();
    let step = s.step.filter(|q| flow::is_reachable(*q, &a));
    let step = match (s.page, step, a.errand) {
        (Page::Flow, None, None) => Some(Question::Errand),
        (Page::Flow | Page::Start | Page::About | Page::Overview, step, _) => step,
    };
    let mut pairs: Vec<(&'static str, String)> = Vec::new();
    for q in Question::ALL {
        if let Some(v) = a.value_key(*q) {
            pairs.push((q.key(), v));
        }
    }
    if a.confirmed {
        pairs.push(("confirmed", "1".into()));
    }
    if let Some(l) = &s.lang {
        let l = l.to_ascii_lowercase();
        if is_lang_code(&l) {
            pairs.push(("lang", l));
        }
    }
    if let Some(page) = s.page.key() {
        pairs.push(("page", page.into()));
    }
    if s.staff {
        pairs.push(("staff", "1".into()));
    }
    if let Some(q) = step {
        pairs.push(("step", q.key().into()));
    }
    // Keep this after every push: the canonical form depends on it.
    crate::small_sort::sort_by(&mut pairs, |x, y| x.0.cmp(y.0));
    let join = |answers: bool| {
        pairs
            .iter()
            .filter(|(k, _)| is_answer_key(k) == answers)
            .map(|(k, v)| format!("{}={}", k, percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    };
    let (query, fragment) = (join(false), join(true));
    let mut out = String::new();
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query);
    }
    if !fragment.is_empty() {
        out.push('#');
        out.push_str(&fragment);
    }
    out
}

/// The state a visitor's own phone should open from the QR code or the
/// printed handout: the answers and the visitor's language, never staff mode.
pub fn for_visitor(s: &UrlState) -> UrlState {
    UrlState {
        staff: false,
        ..s.clone()
    }
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space and `%XX` a
/// byte. `None` for a malformed escape or bytes that are not UTF-8, so the
/// pair is dropped instead of half-read.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hi = hex(*bytes.get(i + 1)?)?;
                let lo = hex(*bytes.get(i + 2)?)?;
                out.push(hi << 4 | lo);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes everything but unreserved characters (RFC 3986). Every value the
/// app writes is already unreserved; this only guards future values.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
