//! The journey through the pages: which screen an address shows, and where
//! each thing a person can do on it leads — Continue, Back, Change, "See my
//! result" — as pure functions from one [`UrlState`] to the next.
//!
//! The app renders the [`Screen`] and pushes the states these functions
//! return; it decides nothing about the journey itself, so it cannot
//! disagree with the flow. The tests walk every reachable answer set through
//! them (`domain/tests/journey.rs`).
//!
//! The preferences in the state (language, staff mode) are the app's: these
//! functions keep them as they are, or, where the journey leaves for the
//! start page, drop them for the app to fill in again.

use crate::answers::Answers;
use crate::flow::{self, InvalidAnswer, Question};
use crate::routing::{self, Outcome};
use crate::url_state::{self, Page, UrlState};

/// What the flow shows next for these answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Question(Question),
    CheckAnswers,
    Outcome(Outcome),
}

/// The first unanswered relevant question; when none is left,
/// check-your-answers until the person confirms; then the outcome.
pub fn next_node(a: &Answers) -> Node {
    match flow::next_question(a) {
        Some(q) => Node::Question(q),
        None if !a.confirmed => Node::CheckAnswers,
        None => Node::Outcome(routing::route(a)),
    }
}

/// Which page to show: a pure function of the URL state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// A page with a `?page=` of its own (`Page::NAMED`): About, the
    /// overview. A new one needs no change here.
    Page(Page),
    Question(Question),
    CheckAnswers,
    Result(Box<Outcome>),
}

pub fn screen(s: &UrlState) -> Screen {
    match s.page {
        Page::Start => return Screen::Start,
        Page::Flow => {}
        named => return Screen::Page(named),
    }
    // A question shown on purpose (Back, Change) rather than the next one.
    if let Some(q) = s.step {
        if flow::is_relevant(q, &s.answers) {
            return Screen::Question(q);
        }
    }
    match next_node(&s.answers) {
        Node::Question(q) => Screen::Question(q),
        Node::CheckAnswers => Screen::CheckAnswers,
        Node::Outcome(o) => Screen::Result(Box::new(o)),
    }
}

/// "Question 2 of 5", or "Question 2" while the total is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    /// How many questions this person is asked in all; `None` while an
    /// answer still to be given on or after this page can change it.
    pub total: Option<usize>,
}

/// Where `q` stands on this person's path. A screen reader reads the count
/// in the page's title and the question's group name, so it must never say
/// a number it later takes back: the total is shown only once no answer
/// still to give can change it (`flow::known_path_len` of the answers
/// before `q`), and is then exact. So it never shrinks or grows on the way
/// forward, is never less than the questions left, and the first question,
/// whose answer decides the path, reads "Question 1" (tested over every
/// answer set in `domain/tests/journey.rs`). The same page shows the same
/// count however it was reached (forward, Back, Change or a link).
pub fn progress(s: &UrlState, q: Question) -> Progress {
    let path = flow::path(&s.answers);
    let number = path.iter().position(|p| *p == q).map_or(1, |i| i + 1);
    // The answers this page cannot change: those before it on the path
    // (relevance reads only earlier answers, so forgetting this one and
    // the later ones leaves the path up to here as it is).
    let mut before = s.answers.clone();
    for p in &path[number - 1..] {
        before.clear(*p);
    }
    Progress {
        number,
        total: flow::known_path_len(&before),
    }
}

/// The first question, with a URL of its own (Start on the start page).
pub fn begin() -> UrlState {
    UrlState {
        page: Page::Flow,
        step: Some(Question::Errand),
        ..UrlState::default()
    }
}

/// A page outside the journey (the start page, About, the staff overview):
/// the answers are left behind.
pub fn page(page: Page) -> UrlState {
    UrlState {
        page,
        ..UrlState::default()
    }
}

/// Continue on a question: records the answer and moves on to whatever the
/// flow asks next. An unchanged answer keeps the confirmation (so Change,
/// then Continue without changing, returns to where the person was); a
/// changed one sends them back through check-your-answers, and answers the
/// change made irrelevant are dropped (see [`Answers::set`]).
pub fn answer(s: &UrlState, q: Question, value: &str) -> Result<UrlState, InvalidAnswer> {
    let mut next = s.clone();
    next.answers.set(q, value)?;
    next.step = None;
    next.page = Page::Flow;
    Ok(next)
}

/// A Change link on check-your-answers: that question, with the answers
/// kept and the confirmation withdrawn.
pub fn change(s: &UrlState, q: Question) -> UrlState {
    let mut next = s.clone();
    next.step = Some(q);
    next.answers.confirmed = false;
    next
}

/// "See my result" on check-your-answers.
pub fn confirm(s: &UrlState) -> UrlState {
    let mut next = s.clone();
    next.answers.confirmed = true;
    next.step = None;
    next
}

/// The page before this one in the journey (not the browser's history,
/// which may lead out of the app when someone opened a shared link). `None`
/// on the start page.
pub fn back(s: &UrlState) -> Option<UrlState> {
    let path = flow::path(&s.answers);
    let mut prev = s.clone();
    prev.step = None;
    match screen(s) {
        Screen::Start => None,
        Screen::Page(_) => Some(UrlState::default()),
        Screen::Question(q) => match path.iter().position(|p| *p == q)? {
            0 => Some(UrlState::default()),
            i => {
                prev.step = Some(path[i - 1]);
                Some(prev)
            }
        },
        Screen::CheckAnswers => {
            prev.step = path.last().copied();
            Some(prev)
        }
        Screen::Result(_) => {
            prev.answers.confirmed = false;
            Some(prev)
        }
    }
}

/// The address of a state, as a link's `href`: `./` for the plain start
/// page, which has no query of its own.
pub fn href(s: &UrlState) -> String {
    let q = url_state::to_query(s);
    if q.is_empty() {
        "./".to_string()
    } else {
        q
    }
}

/// One row of check-your-answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckRow {
    pub question: Question,
    /// The URL value of the answer (a municipality code is shown by name,
    /// which only the app's data knows).
    pub value: String,
    /// The answer's label, or `None` for a municipality code.
    pub label_id: Option<&'static str>,
    /// Where the row's Change link leads.
    pub change: UrlState,
}

/// Every answer on the path, in the order asked, each with its Change link.
pub fn check_rows(s: &UrlState) -> Vec<CheckRow> {
    flow::path(&s.answers)
        .into_iter()
        .map(|q| CheckRow {
            question: q,
            value: s.answers.value_key(q).unwrap_or_default(),
            label_id: s.answers.value_label_id(q),
            change: change(s, q),
        })
        .collect()
}
