//! The jobseeker's answers, as plain data.
//!
//! Every answer has a stable URL key (so a link can be bookmarked, shared by
//! service-office staff or restored after a reload) and a Fluent label id (so
//! the same answer can be shown in any of the six locales). The keys are part
//! of the public URL format: never rename one without a redirect.

/// What the person wants to get done. The list follows the errands in the
/// brief's "What decides the route"; `Other` exists so that nobody is forced
/// to pick a wrong errand and gets a wrong route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Errand {
    Register,
    ActivityReport,
    FindJobs,
    Planning,
    Forms,
    Guidance,
    Disability,
    Etablering,
    Provider,
    Other,
}

impl Errand {
    /// In the order the options are shown: the most common errands first
    /// (registering and the activity report concern nearly every jobseeker,
    /// §4.3.1), `Other` last.
    pub const ALL: &'static [Errand] = &[
        Errand::Register,
        Errand::ActivityReport,
        Errand::FindJobs,
        Errand::Planning,
        Errand::Forms,
        Errand::Guidance,
        Errand::Disability,
        Errand::Etablering,
        Errand::Provider,
        Errand::Other,
    ];

    pub const fn key(&self) -> &'static str {
        match self {
            Errand::Register => "register",
            Errand::ActivityReport => "activity-report",
            Errand::FindJobs => "find-jobs",
            Errand::Planning => "planning",
            Errand::Forms => "forms",
            Errand::Guidance => "guidance",
            Errand::Disability => "disability",
            Errand::Etablering => "etablering",
            Errand::Provider => "provider",
            Errand::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|e| e.key() == key)
    }

    pub const fn label_id(&self) -> &'static str {
        match self {
            Errand::Register => "errand-register",
            Errand::ActivityReport => "errand-activity-report",
            Errand::FindJobs => "errand-find-jobs",
            Errand::Planning => "errand-planning",
            Errand::Forms => "errand-forms",
            Errand::Guidance => "errand-guidance",
            Errand::Disability => "errand-disability",
            Errand::Etablering => "errand-etablering",
            Errand::Provider => "errand-provider",
            Errand::Other => "errand-other",
        }
    }

    /// Hints only where the label alone could be misread; a hint on every
    /// option would make a ten-option list too long on a phone.
    pub const fn hint_id(&self) -> Option<&'static str> {
        match self {
            Errand::FindJobs => Some("errand-find-jobs-hint"),
            Errand::Planning => Some("errand-planning-hint"),
            // People often know the service by name (Bilaga 3), not as "a provider".
            Errand::Provider => Some("errand-provider-hint"),
            Errand::Register
            | Errand::ActivityReport
            | Errand::Forms
            | Errand::Guidance
            | Errand::Disability
            | Errand::Etablering
            | Errand::Other => None,
        }
    }
}

/// "Don't know" is a real answer: many people are unsure whether what they
/// have counts as e-legitimation, and routing must not guess in their favour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ELegitimation {
    Yes,
    No,
    DontKnow,
}

impl ELegitimation {
    pub const ALL: &'static [ELegitimation] = &[
        ELegitimation::Yes,
        ELegitimation::No,
        ELegitimation::DontKnow,
    ];

    pub const fn key(&self) -> &'static str {
        match self {
            ELegitimation::Yes => "yes",
            ELegitimation::No => "no",
            ELegitimation::DontKnow => "dont-know",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|e| e.key() == key)
    }

    pub const fn label_id(&self) -> &'static str {
        match self {
            ELegitimation::Yes => "eid-yes",
            ELegitimation::No => "eid-no",
            ELegitimation::DontKnow => "eid-dont-know",
        }
    }

    pub const fn hint_id(&self) -> Option<&'static str> {
        None
    }

    /// Only a confident "yes" opens the e-legitimation routes: sending someone
    /// who is unsure to a log-in page is the dead end the brief forbids.
    pub fn is_yes(self) -> bool {
        match self {
            ELegitimation::Yes => true,
            ELegitimation::No | ELegitimation::DontKnow => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DigitalSkill {
    Alone,
    WithHelp,
    NotAtAll,
}

impl DigitalSkill {
    pub const ALL: &'static [DigitalSkill] = &[
        DigitalSkill::Alone,
        DigitalSkill::WithHelp,
        DigitalSkill::NotAtAll,
    ];

    pub const fn key(&self) -> &'static str {
        match self {
            DigitalSkill::Alone => "alone",
            DigitalSkill::WithHelp => "with-help",
            DigitalSkill::NotAtAll => "not-at-all",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|d| d.key() == key)
    }

    pub const fn label_id(&self) -> &'static str {
        match self {
            DigitalSkill::Alone => "digital-alone",
            DigitalSkill::WithHelp => "digital-with-help",
            DigitalSkill::NotAtAll => "digital-not-at-all",
        }
    }

    pub const fn hint_id(&self) -> Option<&'static str> {
        None
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
/// options (the first view's budget is tight, see README "First paint").
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
choice!(Errand, Errand::ALL.len());
choice!(ELegitimation, ELegitimation::ALL.len());
choice!(DigitalSkill, DigitalSkill::ALL.len());

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
