//! The question flow, as data (in the style of GOV.UK smart answers).
//!
//! The flow is one table, [`QUESTIONS`]: one row per question, in the order
//! they are asked, with its URL key, its message ids (derived from the key),
//! its relevance rule and where its answer lives. Everything else — the next
//! page, "Question 2 of 5", the back link, check-your-answers, pruning a
//! hand-edited URL — is derived from that table (see [`crate::journey`]), so
//! the pages can never disagree about the flow.
//!
//! # Which questions each errand asks, and why
//!
//! The principle is "ask only what can change the answer for the answers
//! given so far". The answer is the whole result page: the route, its
//! reason and steps, the alternatives, and the notes.
//!
//! | errand | e-legitimation | digital | language support | adaptations |
//! |---|---|---|---|---|
//! | register | yes | only if e-legitimation = yes | yes | yes |
//! | activity report | yes | only if e-legitimation = yes | yes | yes |
//! | find jobs / profile | – | yes | yes | yes |
//! | planning or a decision | yes | only if e-legitimation = yes | yes | yes |
//! | forms or certificates | – | – | yes | yes |
//! | career or study guidance | – | yes | yes | yes |
//! | disability / rehabilitation | – | – | yes | – |
//! | etablering | – | yes | yes | yes |
//! | provider's service | – | – | yes | yes |
//! | something else | – | yes | yes | yes |
//!
//! * **E-legitimation** matters only where the digital route logs in to Mina
//!   sidor: registering (§4.3.1), the activity report (Mina sidor, §4.3.1) and
//!   following one's case in Mina sidor (the planning errand's digital
//!   alternative). Platsbanken and the digital career guidance are open.
//! * **Digital** is asked after e-legitimation and only when the answer was a
//!   confident yes: without e-legitimation those errands go to a service office
//!   whatever the digital skill, so the question would be wasted.
//! * **Language support** is asked for every errand. It always changes the
//!   result: it adds the note that service offices have a phone line to
//!   Arbetsförmedlingen for visitors who need language support (§4.4), and for
//!   etablering it also switches the phone line to 0771-860 100 (§4.4).
//! * **Adaptations** is asked for every errand except disability. It adds the
//!   notes on telling Arbetsförmedlingen what you need, booked meetings after a
//!   needs assessment and sign-language webinars (§4.3.1, §4.5.2), and for
//!   etablering it turns the route into a booked meeting. The disability
//!   errand's own steps already say all of that, so asking would change nothing.
//! * **Municipality** is asked last for every errand and may be skipped: it
//!   never changes the route, only the local places shown with it.

pub use crate::answers::AnswerOption;
use crate::answers::{Answers, Choice, DigitalSkill, ELegitimation, Errand, MunicipalityAnswer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Errand,
    ELegitimation,
    Digital,
    LanguageSupport,
    Adaptations,
    Municipality,
}

/// Why [`Answers::set`] refused a value. The app answers both the same way
/// (show the question's error message), but tests and logs can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidAnswer {
    /// Not one of the question's values (or not a 4-digit municipality code).
    UnknownValue,
    /// The question is not part of the flow for the answers given so far.
    NotRelevant,
}

impl std::fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvalidAnswer::UnknownValue => f.write_str("unknown answer value"),
            InvalidAnswer::NotRelevant => f.write_str("question not relevant for these answers"),
        }
    }
}

impl std::error::Error for InvalidAnswer {}

/// The Fluent ids of a question, derived from its key by `question_ids!`:
/// `q-{key}-title|hint|error|check`, with the key's `_` written `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionIds {
    /// The legend of the fieldset, phrased as the question itself.
    pub title: &'static str,
    pub hint: &'static str,
    /// The message for the error summary and the inline error when nothing
    /// (or nothing valid) was chosen.
    pub error: &'static str,
    /// A short noun for check-your-answers rows and the hidden text of their
    /// "Change" links, where the full question would be too long.
    pub check: &'static str,
}

/// `question_ids!("language-support")`: the ids of one question. A test
/// checks that the stem is the row's key.
macro_rules! question_ids {
    ($stem:literal) => {
        QuestionIds {
            title: concat!("q-", $stem, "-title"),
            hint: concat!("q-", $stem, "-hint"),
            error: concat!("q-", $stem, "-error"),
            check: concat!("q-", $stem, "-check"),
        }
    };
}

/// Where a question's answer lives in [`Answers`], and its options. Built
/// by `choice_slot!` for a radio question; written out for the
/// municipality, which is a search.
///
/// The options are data, not code, and the label of an answer is found
/// among them: the start page links this table, so every function in it
/// lands in the first view's download.
#[derive(Clone, Copy)]
pub struct AnswerSlot {
    /// The radio options. Empty for the municipality, which is a search over
    /// data this crate does not own.
    pub options: &'static [AnswerOption],
    /// An answer that is not among the radio options: skipping the
    /// municipality. Its label is what check-your-answers shows.
    pub other: Option<AnswerOption>,
    /// The URL value of the current answer.
    pub value: for<'a> fn(&'a Answers) -> Option<&'a str>,
    /// Stores a URL value; `false` (and nothing stored) when it is not one.
    pub put: fn(&mut Answers, &str) -> bool,
    pub clear: fn(&mut Answers),
}

/// The slot of a radio question whose answer is `Answers::$field`, an
/// `Option` of a [`Choice`].
macro_rules! choice_slot {
    ($field:ident: $t:ty) => {
        AnswerSlot {
            options: <$t as Choice>::OPTIONS,
            other: None,
            value: |a| a.$field.map(Choice::key),
            put: |a, v| match <$t as Choice>::from_key(v) {
                Some(x) => {
                    a.$field = Some(x);
                    true
                }
                None => false,
            },
            clear: |a| a.$field = None,
        }
    };
}

/// One row per question: everything the flow knows about it.
#[derive(Clone, Copy)]
pub struct QuestionSpec {
    pub question: Question,
    /// The URL key. Part of the public URL format: never rename one.
    pub key: &'static str,
    pub ids: QuestionIds,
    /// Whether the question can still change the result for this errand and
    /// the answers so far (see the module docs for why). Reads only answers
    /// to earlier questions, so a forward pass is enough to prune.
    pub relevant: fn(Errand, &Answers) -> bool,
    pub slot: AnswerSlot,
}

fn always(_: Errand, _: &Answers) -> bool {
    true
}

/// The questions, in the order they are asked. Route-deciding questions come
/// first; the municipality comes last because it is optional and only
/// decides which local places are shown. Adding a question: a variant of
/// [`Question`], a field in [`Answers`] (with a [`Choice`] enum), one row
/// here, its messages in `flow.ftl`, and the tests.
pub const QUESTIONS: &[QuestionSpec] = &[
    QuestionSpec {
        question: Question::Errand,
        key: "errand",
        ids: question_ids!("errand"),
        relevant: always,
        slot: choice_slot!(errand: Errand),
    },
    QuestionSpec {
        question: Question::ELegitimation,
        key: "eid",
        ids: question_ids!("eid"),
        relevant: |e, _| errand_uses_e_legitimation(e),
        slot: choice_slot!(e_legitimation: ELegitimation),
    },
    QuestionSpec {
        question: Question::Digital,
        key: "digital",
        ids: question_ids!("digital"),
        // While e-legitimation is unanswered, the digital question counts as
        // relevant, so the path lists it; the count shows no total until
        // e-legitimation is answered (`journey::progress`).
        relevant: |e, a| {
            errand_uses_digital(e)
                && (!errand_uses_e_legitimation(e)
                    || a.e_legitimation.is_none_or(ELegitimation::is_yes))
        },
        slot: choice_slot!(digital: DigitalSkill),
    },
    QuestionSpec {
        question: Question::LanguageSupport,
        key: "language_support",
        ids: question_ids!("language-support"),
        relevant: always,
        slot: choice_slot!(language_support: bool),
    },
    QuestionSpec {
        question: Question::Adaptations,
        key: "adaptations",
        ids: question_ids!("adaptations"),
        relevant: |e, _| e != Errand::Disability,
        slot: choice_slot!(adaptations: bool),
    },
    QuestionSpec {
        question: Question::Municipality,
        key: "municipality",
        ids: question_ids!("municipality"),
        relevant: always,
        slot: AnswerSlot {
            options: &[],
            // A code is shown by its municipality's name, from the data.
            other: Some(AnswerOption {
                value: MunicipalityAnswer::SKIP_KEY,
                label_id: MunicipalityAnswer::skipped_label_id(),
                hint_id: None,
            }),
            value: |a| a.municipality.as_ref().map(MunicipalityAnswer::key),
            put: |a, v| match MunicipalityAnswer::from_key(v) {
                Some(m) => {
                    a.municipality = Some(m);
                    true
                }
                None => false,
            },
            clear: |a| a.municipality = None,
        },
    },
];

impl Question {
    /// The order in which questions are asked: the order of [`QUESTIONS`].
    pub const ALL: &'static [Question] = &{
        let mut all = [Question::Errand; QUESTIONS.len()];
        let mut i = 0;
        while i < QUESTIONS.len() {
            all[i] = QUESTIONS[i].question;
            i += 1;
        }
        all
    };

    /// This question's row. The rows are in the order of the variants (a
    /// test checks it), so this is an index, not a search.
    pub fn spec(self) -> &'static QuestionSpec {
        &QUESTIONS[self as usize]
    }

    pub fn key(&self) -> &'static str {
        self.spec().key
    }

    pub fn from_key(key: &str) -> Option<Self> {
        QUESTIONS.iter().find(|q| q.key == key).map(|q| q.question)
    }

    /// The legend of the fieldset, phrased as the question itself.
    pub fn title_id(&self) -> &'static str {
        self.spec().ids.title
    }

    pub fn hint_id(&self) -> Option<&'static str> {
        Some(self.spec().ids.hint)
    }

    /// The message for the error summary and the inline error when nothing
    /// (or nothing valid) was chosen.
    pub fn error_id(&self) -> &'static str {
        self.spec().ids.error
    }

    /// A short noun for check-your-answers rows and the hidden text of their
    /// "Change" links, where the full question would be too long.
    pub fn check_label_id(&self) -> &'static str {
        self.spec().ids.check
    }

    /// The radio options. Empty for the municipality, which is a search over
    /// data this crate does not own.
    pub fn options(&self) -> &'static [AnswerOption] {
        self.spec().slot.options
    }

    /// Whether [`Answers`] holds an answer to this question.
    pub fn is_answered(&self, a: &Answers) -> bool {
        (self.spec().slot.value)(a).is_some()
    }
}

/// Errands whose digital route logs in with e-legitimation (see the module docs).
fn errand_uses_e_legitimation(e: Errand) -> bool {
    match e {
        Errand::Register | Errand::ActivityReport | Errand::Planning => true,
        Errand::FindJobs
        | Errand::Forms
        | Errand::Guidance
        | Errand::Disability
        | Errand::Etablering
        | Errand::Provider
        | Errand::Other => false,
    }
}

/// Errands whose route or alternatives depend on digital skill.
fn errand_uses_digital(e: Errand) -> bool {
    match e {
        Errand::Register
        | Errand::ActivityReport
        | Errand::Planning
        | Errand::FindJobs
        | Errand::Guidance
        | Errand::Etablering
        | Errand::Other => true,
        Errand::Forms | Errand::Disability | Errand::Provider => false,
    }
}

/// Whether `q` can still change the result, given the answers so far: until
/// the errand is known only the errand question is; then the row's rule.
pub fn is_relevant(q: Question, a: &Answers) -> bool {
    match a.errand {
        None => q == Question::Errand,
        Some(errand) => (q.spec().relevant)(errand, a),
    }
}

/// The questions this person is (or will be) asked, in order.
pub fn path(a: &Answers) -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| is_relevant(*q, a))
        .collect()
}

/// True when every question on the path has an answer.
pub fn is_complete(a: &Answers) -> bool {
    path(a).iter().all(|q| q.is_answered(a))
}

/// The first unanswered question on the path; `None` when every question
/// this person is asked has an answer (then check-your-answers, see
/// [`crate::journey::next_node`]).
pub fn next_question(a: &Answers) -> Option<Question> {
    path(a).into_iter().find(|q| !q.is_answered(a))
}

/// The question before `q` on the path, for the back link. `None` for the
/// first question (the back link then goes to the start page).
pub fn previous_question(q: Question, a: &Answers) -> Option<Question> {
    let p = path(a);
    let i = p.iter().position(|x| *x == q)?;
    i.checked_sub(1).map(|j| p[j])
}

/// True when `q` is on the path and every question before it is answered:
/// the only questions a URL may open directly, so that nobody lands on a
/// question whose meaning depends on an answer they never gave.
pub fn is_reachable(q: Question, a: &Answers) -> bool {
    let p = path(a);
    match p.iter().position(|x| *x == q) {
        Some(i) => p[..i].iter().all(|x| x.is_answered(a)),
        None => false,
    }
}

impl Answers {
    /// Records an answer from a form or URL value. Changing an answer sends
    /// the person back through check-your-answers (an unchanged answer keeps
    /// the confirmation), and drops answers that the change made irrelevant.
    pub fn set(&mut self, q: Question, value: &str) -> Result<(), InvalidAnswer> {
        if !is_relevant(q, self) {
            return Err(InvalidAnswer::NotRelevant);
        }
        let before = self.clone();
        self.put(q, value)?;
        if *self != before {
            self.confirmed = false;
        }
        self.prune();
        Ok(())
    }

    /// Stores a value without asking whether the question is relevant, and
    /// without pruning: for reading a URL, whose keys come in any order.
    /// Call [`Answers::prune`] when every value is in.
    pub fn put(&mut self, q: Question, value: &str) -> Result<(), InvalidAnswer> {
        if (q.spec().slot.put)(self, value) {
            Ok(())
        } else {
            Err(InvalidAnswer::UnknownValue)
        }
    }

    /// Forgets one answer (and anything that depended on it).
    pub fn clear(&mut self, q: Question) {
        (q.spec().slot.clear)(self);
        self.prune();
    }

    /// The URL value of the current answer to `q`.
    pub fn value_key(&self, q: Question) -> Option<String> {
        self.value(q).map(str::to_string)
    }

    /// The label id to show for the current answer on check-your-answers.
    /// `None` for a municipality code: its name comes from the app's data.
    pub fn value_label_id(&self, q: Question) -> Option<&'static str> {
        let slot = q.spec().slot;
        let value = (slot.value)(self)?;
        slot.options
            .iter()
            .chain(&slot.other)
            .find(|o| o.value == value)
            .map(|o| o.label_id)
    }

    /// The URL value of the current answer to `q`, borrowed.
    pub fn value(&self, q: Question) -> Option<&str> {
        (q.spec().slot.value)(self)
    }

    /// Drops answers to questions that are not relevant any more, so that a
    /// stale answer (from a changed errand or a hand-edited URL) can never
    /// steer the route, and resets `confirmed` while anything is missing.
    pub fn prune(&mut self) {
        for q in Question::ALL {
            if !is_relevant(*q, self) {
                (q.spec().slot.clear)(self);
            }
        }
        if !is_complete(self) {
            self.confirmed = false;
        }
    }
}

/// Every complete, confirmed answer set the flow can produce, found by walking
/// the flow from empty answers. The municipality is represented by `Skipped`
/// and one code, since the code never changes the route. Used by the graph
/// and by tests; small (a few hundred sets).
pub fn reachable_answers() -> Vec<Answers> {
    completions(&Answers::default())
}

/// Every complete, confirmed answer set that answering the open questions
/// of `from` can produce (the walk of [`reachable_answers`], started from
/// these answers).
pub fn completions(from: &Answers) -> Vec<Answers> {
    let mut out = Vec::new();
    each_completion(from, &mut |done| {
        out.push(done.clone());
        true
    });
    out
}

/// How many questions a person with these answers is asked in all, when
/// every way of answering the questions still open gives the same number;
/// `None` while an answer still to come can change it (the errand, or
/// e-legitimation for the errands that ask about it). What "Question 2 of
/// 5" may promise ([`crate::journey::progress`]). Stops at the first
/// completion that differs, so it is cheap on every question page.
pub fn known_path_len(a: &Answers) -> Option<usize> {
    let mut seen = None;
    let same = each_completion(a, &mut |done| {
        let n = path(done).len();
        *seen.get_or_insert(n) == n
    });
    if same {
        seen
    } else {
        None
    }
}

/// Walks every way of answering the open questions of `a`, depth first,
/// calling `visit` with each complete, confirmed answer set until it
/// returns `false`; returns whether it never did. The municipality is
/// walked as `Skipped` and one code, since the code never changes the
/// route.
fn each_completion(a: &Answers, visit: &mut dyn FnMut(&Answers) -> bool) -> bool {
    let Some(q) = next_question(a) else {
        return visit(&Answers {
            confirmed: true,
            ..a.clone()
        });
    };
    // A search has no options: skipping and one code stand for every
    // answer.
    let options = q.options();
    let values: Vec<&str> = if options.is_empty() {
        vec![MunicipalityAnswer::SKIP_KEY, "0180"]
    } else {
        options.iter().map(|o| o.value).collect()
    };
    for v in values {
        let mut next = a.clone();
        if next.set(q, v).is_ok() && !each_completion(&next, visit) {
            return false;
        }
    }
    true
}
