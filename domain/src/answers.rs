//! The jobseeker's answers, as plain data.
//!
//! Every answer has a stable URL key (so a link can be bookmarked, shared by
//! service-office staff or restored after a reload) and a Fluent label id (so
//! the same answer can be shown in any of the six locales). The keys are part
//! of the public URL format: never rename one without a redirect. Adding an
//! option is one row of its enum, and its label in each `flow.ftl`.

/// One radio option of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnswerOption {
    /// The URL value, also the value of the radio input.
    pub value: &'static str,
    pub label_id: &'static str,
    pub hint_id: Option<&'static str>,
}

/// An answer picked from a fixed list of radio options: what a question row
/// in [`crate::flow::QUESTIONS`] needs to know about its answer type.
/// `OPTIONS` is data, built at compile time from the enum's own `key`,
/// `label_id` and `hint_id`, so the table of questions links no code for the
/// options (the first view's budget is tight, see docs/performance.md).
pub trait Choice: Copy + PartialEq + 'static {
    /// The options, in the order they are shown.
    const ALL: &'static [Self];
    const OPTIONS: &'static [AnswerOption];
    /// The URL value, also the radio input's value.
    fn key(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

/// `OPTIONS` from `ALL` and the enum's const `key`, `label_id`, `hint_id`.
macro_rules! choice {
    ($t:ty, $n:expr) => {
        impl Choice for $t {
            const ALL: &'static [Self] = <$t>::ALL;
            const OPTIONS: &'static [AnswerOption] = &{
                let mut out = [AnswerOption {
                    value: "",
                    label_id: "",
                    hint_id: None,
                }; $n];
                let mut i = 0;
                while i < $n {
                    let c = <$t>::ALL[i];
                    out[i] = AnswerOption {
                        value: <$t>::key(&c),
                        label_id: <$t>::label_id(&c),
                        hint_id: <$t>::hint_id(&c),
                    };
                    i += 1;
                }
                out
            };
            fn key(self) -> &'static str {
                <$t>::key(&self)
            }
        }
    };
}
/// An answer enum, one row per option: the variant and its URL key, in the
/// order the options are shown; it is a [`Choice`], so a question row can
/// hold it. The label id is derived from the key
/// (`{prefix}{key}`), and so is the hint id of an option marked `hint`
/// (`{prefix}{key}-hint`); `domain/tests/flow_messages.rs` checks that every
/// one is in `locales/sv/flow.ftl`.
macro_rules! answer_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident, labels $prefix:literal {
            $($(#[$vmeta:meta])* $variant:ident = $key:literal $(($hint:ident))?,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// In the order the options are shown.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub const fn key(&self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|e| e.key() == key)
            }

            pub const fn label_id(&self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, $key),)*
                }
            }

            pub const fn hint_id(&self) -> Option<&'static str> {
                match self {
                    $($name::$variant => answer_enum!(@hint $prefix, $key $(, $hint)?),)*
                }
            }
        }

        choice!($name, $name::ALL.len());
    };
    (@hint $prefix:literal, $key:literal) => { None };
    (@hint $prefix:literal, $key:literal, hint) => { Some(concat!($prefix, $key, "-hint")) };
}

answer_enum! {
    /// What the person wants to get done. The list follows the errands in the
    /// brief's "What decides the route"; `Other` exists so that nobody is
    /// forced to pick a wrong errand and gets a wrong route. The most common
    /// errands come first (registering and the activity report concern nearly
    /// every jobseeker, §4.3.1), `Other` last. Hints only where the label
    /// alone could be misread: a hint on every option would make a ten-option
    /// list too long on a phone.
    pub enum Errand, labels "errand-" {
        Register = "register",
        ActivityReport = "activity-report",
        FindJobs = "find-jobs" (hint),
        Planning = "planning" (hint),
        Forms = "forms",
        Guidance = "guidance",
        Disability = "disability",
        Etablering = "etablering",
        /// People often know the service by name (Bilaga 3), not as "a provider".
        Provider = "provider" (hint),
        Other = "other",
    }
}

answer_enum! {
    /// "Don't know" is a real answer: many people are unsure whether what they
    /// have counts as e-legitimation, and routing must not guess in their favour.
    pub enum ELegitimation, labels "eid-" {
        Yes = "yes",
        No = "no",
        DontKnow = "dont-know",
    }
}

impl ELegitimation {
    /// Only a confident "yes" opens the e-legitimation routes: sending someone
    /// who is unsure to a log-in page is the dead end the brief forbids.
    pub fn is_yes(self) -> bool {
        match self {
            ELegitimation::Yes => true,
            ELegitimation::No | ELegitimation::DontKnow => false,
        }
    }
}

answer_enum! {
    /// How well the person manages the web services.
    pub enum DigitalSkill, labels "digital-" {
        Alone = "alone",
        WithHelp = "with-help",
        NotAtAll = "not-at-all",
    }
}

/// The municipality is optional: the route does not depend on it, only the
/// local places shown with the route do, so refusing to answer must never
/// block the result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MunicipalityAnswer {
    Skipped,
    /// A municipality code (kommunkod): exactly four ASCII digits. Whether the
    /// code exists is checked by the app against the data, which can change
    /// without recompiling this crate.
    Code(String),
}

impl MunicipalityAnswer {
    /// URL value for [`MunicipalityAnswer::Skipped`].
    pub const SKIP_KEY: &'static str = "skip";

    pub fn key(&self) -> &str {
        match self {
            MunicipalityAnswer::Skipped => Self::SKIP_KEY,
            MunicipalityAnswer::Code(code) => code,
        }
    }

    /// Accepts only the canonical forms so that a URL has one spelling.
    pub fn from_key(key: &str) -> Option<Self> {
        if key == Self::SKIP_KEY {
            Some(MunicipalityAnswer::Skipped)
        } else if is_municipality_code(key) {
            Some(MunicipalityAnswer::Code(key.to_string()))
        } else {
            None
        }
    }

    /// Shown on check-your-answers when the question was skipped; a code is
    /// shown by its municipality name, which only the app's data knows.
    pub const fn skipped_label_id() -> &'static str {
        "municipality-skipped"
    }

    /// The label of the button or link that skips the question.
    pub fn skip_action_id() -> &'static str {
        "municipality-skip"
    }
}

/// Four ASCII digits, the shape of a Swedish municipality code.
pub fn is_municipality_code(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Label ids for the two yes/no questions (language support, adaptations).
pub const YES_LABEL_ID: &str = "answer-yes";
pub const NO_LABEL_ID: &str = "answer-no";

/// URL values for the yes/no questions.
pub const fn bool_key(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

pub fn bool_from_key(key: &str) -> Option<bool> {
    match key {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Everything the person has told us. `None` means "not answered yet" or "not
/// asked for this errand": `Answers::prune` (in [`crate::flow`]) keeps the
/// two the same by dropping answers that can no longer matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub errand: Option<Errand>,
    pub e_legitimation: Option<ELegitimation>,
    pub digital: Option<DigitalSkill>,
    pub language_support: Option<bool>,
    pub adaptations: Option<bool>,
    pub municipality: Option<MunicipalityAnswer>,
    /// The person pressed Continue on check-your-answers. Kept separate from
    /// the answers so that changing an answer can send them back to check.
    pub confirmed: bool,
}

/// The yes/no questions.
impl Choice for bool {
    const ALL: &'static [Self] = &[true, false];
    const OPTIONS: &'static [AnswerOption] = &[
        AnswerOption {
            value: bool_key(true),
            label_id: YES_LABEL_ID,
            hint_id: None,
        },
        AnswerOption {
            value: bool_key(false),
            label_id: NO_LABEL_ID,
            hint_id: None,
        },
    ];
    fn key(self) -> &'static str {
        bool_key(self)
    }
    fn from_key(key: &str) -> Option<Self> {
        bool_from_key(key)
    }
}
