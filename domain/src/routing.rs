//! The routing policy: which service route a person should use, and why.
//!
//! One table, [`RULES`]: one row per rule, saying when it applies, the
//! route, the reason, the steps, the alternatives and the report sections it
//! rests on. Every fact in a row's texts comes from the cited sections of
//! Arbetsförmedlingen's report "Likvärdig service i hela landet" (2021-10-01).
//! [`route`] takes the first row whose `when` column holds; the last row,
//! [`FALLBACK`], holds for any answers and takes the cautious reading (the
//! phone line tells people the right way, §4.4). The tests check, over every
//! reachable answer set, that exactly one row other than the fallback holds,
//! so the order of the rows never decides a route and the fallback is never
//! shown to anybody who answered every question.
//!
//! Deliberate additions to the brief's table (each only adds a way forward,
//! never removes one): a service office is also offered as the last
//! alternative where the table lists only remote and the service office does
//! that errand (§4.5.1: it helps people use the web services, activity-report,
//! use self-service computers, and puts them in contact with an employment
//! officer), and for provider participants, who otherwise would have no
//! in-person fallback shown for their municipality.

use crate::answers::{Answers, Errand};
use crate::flow::Question;

/// The service routes (servicevägar). `ProviderMeeting` is kept apart from
/// `BookedMeeting` because the person contacts their provider, not
/// Arbetsförmedlingen (§4.5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    Digital,
    Remote,
    ServiceOffice,
    BookedMeeting,
    ProviderMeeting,
}

impl Route {
    pub const ALL: &'static [Route] = &[
        Route::Digital,
        Route::Remote,
        Route::ServiceOffice,
        Route::BookedMeeting,
        Route::ProviderMeeting,
    ];

    /// A stable name for graphs, CSS classes and tests.
    pub fn key(&self) -> &'static str {
        match self {
            Route::Digital => "digital",
            Route::Remote => "remote",
            Route::ServiceOffice => "service-office",
            Route::BookedMeeting => "booked-meeting",
            Route::ProviderMeeting => "provider-meeting",
        }
    }

    pub fn title_id(&self) -> &'static str {
        match self {
            Route::Digital => "route-digital-title",
            Route::Remote => "route-remote-title",
            Route::ServiceOffice => "route-service-office-title",
            Route::BookedMeeting => "route-booked-meeting-title",
            Route::ProviderMeeting => "route-provider-meeting-title",
        }
    }

    pub fn summary_id(&self) -> &'static str {
        match self {
            Route::Digital => "route-digital-summary",
            Route::Remote => "route-remote-summary",
            Route::ServiceOffice => "route-service-office-summary",
            Route::BookedMeeting => "route-booked-meeting-summary",
            Route::ProviderMeeting => "route-provider-meeting-summary",
        }
    }

    /// Conservative: the digital route is treated as needing e-legitimation
    /// even where a page is open (Platsbanken), so that it never counts as
    /// the fallback for someone without one.
    pub fn needs_e_legitimation(&self) -> bool {
        match self {
            Route::Digital => true,
            Route::Remote
            | Route::ServiceOffice
            | Route::BookedMeeting
            | Route::ProviderMeeting => false,
        }
    }

    /// Conservative: booked meetings may also be held by phone or video
    /// (§4.5.2), but nobody can count on that in advance.
    pub fn needs_travel(&self) -> bool {
        match self {
            Route::ServiceOffice | Route::BookedMeeting | Route::ProviderMeeting => true,
            Route::Digital | Route::Remote => false,
        }
    }
}

/// Phone lines named in the report. The app renders them as `tel:` links next
/// to the step text, so the texts never need to spell out a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Contact {
    /// 0771-416 416, for jobseekers (§4.4).
    JobseekerLine,
    /// 0771-860 100, for people in the introduction programme; service in
    /// Arabic, English, Persian, Somali and Tigrinya (§4.4).
    EtableringLine,
    /// 0771-508 508, for employers (§4.4). Not used by any jobseeker route.
    EmployerLine,
    /// 0771-717 717, for staff at authorities, municipalities and a-kassor
    /// (§5.1). Only the staff mode shows it: it is not a line for jobseekers.
    StaffLine,
}

impl Contact {
    pub const ALL: &'static [Contact] = &[
        Contact::JobseekerLine,
        Contact::EtableringLine,
        Contact::EmployerLine,
        Contact::StaffLine,
    ];

    /// The number as the report writes it.
    pub fn display(&self) -> &'static str {
        match self {
            Contact::JobseekerLine => "0771-416 416",
            Contact::EtableringLine => "0771-860 100",
            Contact::EmployerLine => "0771-508 508",
            Contact::StaffLine => "0771-717 717",
        }
    }

    /// International form, so the link also works from a foreign phone.
    pub fn tel_href(&self) -> &'static str {
        match self {
            Contact::JobseekerLine => "tel:+46771416416",
            Contact::EtableringLine => "tel:+46771860100",
            Contact::EmployerLine => "tel:+46771508508",
            Contact::StaffLine => "tel:+46771717717",
        }
    }

    pub fn label_id(&self) -> &'static str {
        match self {
            Contact::JobseekerLine => "contact-jobseeker-line",
            Contact::EtableringLine => "contact-etablering-line",
            Contact::EmployerLine => "contact-employer-line",
            Contact::StaffLine => "contact-staff-line",
        }
    }
}

/// Web addresses. Only site roots that appear in the seeds: deep links would
/// be guesses, and a broken link is a dead end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Link {
    ArbetsformedlingenSe,
    ArbetsformedlingenPlay,
    DigitalaJag,
}

impl Link {
    pub const ALL: &'static [Link] = &[
        Link::ArbetsformedlingenSe,
        Link::ArbetsformedlingenPlay,
        Link::DigitalaJag,
    ];

    pub fn href(&self) -> &'static str {
        match self {
            Link::ArbetsformedlingenSe => "https://arbetsformedlingen.se",
            Link::ArbetsformedlingenPlay => "https://arbetsformedlingenplay.se",
            Link::DigitalaJag => "https://www.digitalajag.se",
        }
    }

    pub fn label_id(&self) -> &'static str {
        match self {
            Link::ArbetsformedlingenSe => "link-arbetsformedlingen-se",
            Link::ArbetsformedlingenPlay => "link-arbetsformedlingen-play",
            Link::DigitalaJag => "link-digitala-jag",
        }
    }
}

/// How a step or an alternative moves the errand forward, so the promise
/// "no route needs a voice call" can be checked over every answer set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Way {
    /// A phone call.
    Call,
    /// Written contact in the chat on Arbetsförmedlingen's website (§4.4).
    Chat,
    /// Walking into a service office, no booking (§4.5.1).
    Visit,
    /// Doing the errand in the web services.
    Online,
    /// Contact with the provider of a service (§4.5.3).
    Provider,
    /// Information or preparation; not a way of its own.
    Info,
}

impl Way {
    /// A way forward for someone who cannot or will not make a voice call.
    pub fn without_a_call(self) -> bool {
        matches!(self, Way::Chat | Way::Visit | Way::Online | Way::Provider)
    }

    /// A way forward that needs neither a voice call nor the chat, which
    /// rarely answers (nine in ten attempts unanswered, November 2023–
    /// November 2024, by Arbetsförmedlingen's own account to JO).
    pub fn without_call_or_chat(self) -> bool {
        self.without_a_call() && self != Way::Chat
    }
}

impl Outcome {
    /// Every way forward the answer offers: its steps' and its alternatives'.
    pub fn ways(&self) -> impl Iterator<Item = Way> + '_ {
        self.steps
            .iter()
            .map(|s| s.way)
            .chain(self.alternatives.iter().map(|a| a.way))
    }
}

/// One thing to do next. The contact or link is rendered beside the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    pub text_id: &'static str,
    pub contact: Option<Contact>,
    pub link: Option<Link>,
    pub way: Way,
}

/// Another route that also works for this person, with one sentence on when
/// or how to use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Alternative {
    pub route: Route,
    pub text_id: &'static str,
    pub contact: Option<Contact>,
    pub link: Option<Link>,
    pub way: Way,
}

/// Which local facts the result page looks up for the municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LocalNeed {
    /// Service offices in the municipality (Bilaga 1), or the nearest one.
    ServiceOffices,
    /// The form of booked-meeting presence (Bilaga 2), or the nearest one.
    BookedMeetingPresence,
    None,
}

/// The result page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub route: Route,
    pub reason_id: &'static str,
    pub steps: Vec<Step>,
    pub alternatives: Vec<Alternative>,
    /// Every phone line named in the steps and alternatives, first use first.
    pub contacts: Vec<Contact>,
    /// Cross-cutting notes (language support, adaptations).
    pub notes: Vec<&'static str>,
    pub local: LocalNeed,
    /// The rule's name (see [`RULES`]).
    pub rule: &'static str,
}

/// "This question has one of these URL values." A row applies when any of
/// its conjunctions holds; an empty list means "always, for this errand".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cond {
    pub question: Question,
    pub values: &'static [&'static str],
}

/// One row of the routing table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSpec {
    pub name: &'static str,
    /// `None` only for [`FALLBACK`], which holds for any errand.
    pub errand: Option<Errand>,
    /// Disjunction of conjunctions of [`Cond`]s, in URL values, so that the
    /// table reads like the brief. Empty means "always, for this errand".
    pub when: &'static [&'static [Cond]],
    pub route: Route,
    pub reason_id: &'static str,
    pub steps: &'static [Step],
    pub alternatives: &'static [Alternative],
    pub local: LocalNeed,
    /// Report sections the row rests on.
    pub cites: &'static str,
}

impl RuleSpec {
    /// Whether the `when` column holds for these answers.
    pub fn matches(&self, a: &Answers) -> bool {
        self.errand.is_none_or(|e| a.errand == Some(e))
            && (self.when.is_empty()
                || self.when.iter().any(|conj| {
                    conj.iter()
                        .all(|c| a.value(c.question).is_some_and(|v| c.values.contains(&v)))
                }))
    }

    /// The `when` column in words, for the graph.
    pub fn when_text(&self) -> String {
        if self.when.is_empty() {
            return "always".to_string();
        }
        let bracket = self.when.len() > 1;
        self.when
            .iter()
            .map(|conj| {
                let s = conj
                    .iter()
                    .map(|c| format!("{} = {}", c.question.key(), c.values.join("/")))
                    .collect::<Vec<_>>()
                    .join(" and ");
                if bracket && conj.len() > 1 {
                    format!("({s})")
                } else {
                    s
                }
            })
            .collect::<Vec<_>>()
            .join(" OR ")
    }
}

// --- Building blocks for the table -------------------------------------------

const fn step(text_id: &'static str, way: Way) -> Step {
    Step {
        text_id,
        contact: None,
        link: None,
        way,
    }
}

/// Information or preparation.
const fn text(text_id: &'static str) -> Step {
    step(text_id, Way::Info)
}

const fn call(text_id: &'static str, contact: Contact) -> Step {
    Step {
        contact: Some(contact),
        ..step(text_id, Way::Call)
    }
}

/// Doing the errand on the web.
const fn web(text_id: &'static str, link: Link) -> Step {
    Step {
        link: Some(link),
        ..step(text_id, Way::Online)
    }
}

/// A link to read or watch, not a way of its own.
const fn web_info(text_id: &'static str, link: Link) -> Step {
    Step {
        link: Some(link),
        ..step(text_id, Way::Info)
    }
}

const fn alt(route: Route, text_id: &'static str) -> Alternative {
    Alternative {
        route,
        text_id,
        contact: None,
        link: None,
        way: match route {
            Route::ServiceOffice => Way::Visit,
            Route::ProviderMeeting => Way::Provider,
            Route::Digital => Way::Online,
            Route::Remote | Route::BookedMeeting => Way::Info,
        },
    }
}

const fn alt_call(route: Route, text_id: &'static str, contact: Contact) -> Alternative {
    Alternative {
        contact: Some(contact),
        way: Way::Call,
        ..alt(route, text_id)
    }
}

const fn alt_web(route: Route, text_id: &'static str, link: Link) -> Alternative {
    Alternative {
        link: Some(link),
        way: Way::Online,
        ..alt(route, text_id)
    }
}

/// The chat on Arbetsförmedlingen's website, as an alternative.
const fn alt_chat(text_id: &'static str) -> Alternative {
    Alternative {
        link: Some(Link::ArbetsformedlingenSe),
        way: Way::Chat,
        ..alt(Route::Remote, text_id)
    }
}

const fn c(question: Question, values: &'static [&'static str]) -> Cond {
    Cond { question, values }
}

use Contact::{EtableringLine, JobseekerLine};
use Link::{ArbetsformedlingenPlay, ArbetsformedlingenSe, DigitalaJag};

// Conditions, in URL values.
const EID_YES: Cond = c(Question::ELegitimation, &["yes"]);
const EID_NOT_YES: Cond = c(Question::ELegitimation, &["no", "dont-know"]);
const DIGITAL_ALONE: Cond = c(Question::Digital, &["alone"]);
const DIGITAL_NOT_ALONE: Cond = c(Question::Digital, &["with-help", "not-at-all"]);
const DIGITAL_AT_LEAST_WITH_HELP: Cond = c(Question::Digital, &["alone", "with-help"]);
const DIGITAL_NOT_AT_ALL: Cond = c(Question::Digital, &["not-at-all"]);
const LANGUAGE_YES: Cond = c(Question::LanguageSupport, &["yes"]);
const LANGUAGE_NO: Cond = c(Question::LanguageSupport, &["no"]);
const ADAPTATIONS_YES: Cond = c(Question::Adaptations, &["yes"]);
const ADAPTATIONS_NO: Cond = c(Question::Adaptations, &["no"]);

// Steps used by several rules.
/// §4.5.1: spontaneous visits, no booking.
const VISIT_SERVICE_OFFICE: Step = step("step-visit-service-office", Way::Visit);
/// §4.4: the national line for jobseekers.
const CALL_JOBSEEKER_LINE: Step = call("step-call-jobseeker-line", JobseekerLine);
/// §4.4: "per telefon eller chatt"; the chat is on the website.
const CHAT: Step = Step {
    link: Some(ArbetsformedlingenSe),
    ..step("step-chat", Way::Chat)
};
/// §4.3.2: Arbetsförmedlingen encourages new customers to use Digitalajag.se.
const LEARN_DIGITAL: Step = web_info("step-learn-digital", DigitalaJag);
/// §4.5.2: the need for a booked meeting is assessed in direct contact.
const NEEDS_ASSESSMENT: Step = text("step-needs-assessment");
/// §4.5.2: booked personal meetings are offered mainly by phone or video link.
const MEETING_BY_PHONE_OR_VIDEO: Step = text("step-meeting-by-phone-or-video");

// Alternatives used by several rules.
/// §4.4: the national line, for questions of an informative kind.
const ALT_REMOTE_QUESTIONS: Alternative =
    alt_call(Route::Remote, "alt-remote-questions", JobseekerLine);
/// §4.5.1: help with the web services, and contact with an employment officer when needed.
const ALT_SERVICE_OFFICE_CONTACT: Alternative =
    alt(Route::ServiceOffice, "alt-service-office-contact");
/// §4.5.1: help with the web services and self-service computers.
const ALT_SERVICE_OFFICE_WEB_HELP: Alternative =
    alt(Route::ServiceOffice, "alt-service-office-web-help");

/// The routing table. Read it next to the brief's "Routing policy" table:
/// the rows are in the same order, one or more rows per errand.
pub const RULES: &[RuleSpec] = &[
    // ---- Register as jobseeker -------------------------------------------------
    // §4.3.1: >90 % register and book their first meeting digitally, which
    // needs e-legitimation.
    RuleSpec {
        name: "register-digital",
        errand: Some(Errand::Register),
        when: &[&[EID_YES, DIGITAL_ALONE]],
        route: Route::Digital,
        reason_id: "reason-register-digital",
        steps: &[
            web("step-register-online", ArbetsformedlingenSe),
            text("step-register-book-first-meeting"),
        ],
        alternatives: &[
            ALT_REMOTE_QUESTIONS,
            alt(Route::ServiceOffice, "alt-service-office-register"),
        ],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    // §4.3.1: without e-legitimation, send the registration form and identify
    // at a visit; §4.5.1: service offices help people register.
    RuleSpec {
        name: "register-no-eid",
        errand: Some(Errand::Register),
        when: &[&[EID_NOT_YES]],
        route: Route::ServiceOffice,
        reason_id: "reason-register-no-eid",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-register-identify-in-person"),
            web("step-register-send-form", ArbetsformedlingenSe),
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    // §4.5.1: staff help you register and use the web services.
    RuleSpec {
        name: "register-with-help",
        errand: Some(Errand::Register),
        when: &[&[EID_YES, DIGITAL_NOT_ALONE]],
        route: Route::ServiceOffice,
        reason_id: "reason-register-with-help",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-register-staff-help"),
            LEARN_DIGITAL,
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1, §4.3.2",
    },
    // ---- Activity report -------------------------------------------------------
    // §4.3.1: about 97 % activity-report digitally, in Mina sidor.
    RuleSpec {
        name: "activity-report-digital",
        errand: Some(Errand::ActivityReport),
        when: &[&[EID_YES, DIGITAL_ALONE]],
        route: Route::Digital,
        reason_id: "reason-activity-report-digital",
        steps: &[
            web("step-log-in-mina-sidor", ArbetsformedlingenSe),
            text("step-activity-report-online"),
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS, ALT_SERVICE_OFFICE_WEB_HELP],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    // §4.5.1: service offices help you activity-report. "Don't know" is
    // treated as "no": Mina sidor needs a log-in.
    RuleSpec {
        name: "activity-report-no-eid",
        errand: Some(Errand::ActivityReport),
        when: &[&[EID_NOT_YES]],
        route: Route::ServiceOffice,
        reason_id: "reason-activity-report-no-eid",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-activity-report-staff-help"),
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    RuleSpec {
        name: "activity-report-with-help",
        errand: Some(Errand::ActivityReport),
        when: &[&[EID_YES, DIGITAL_NOT_ALONE]],
        route: Route::ServiceOffice,
        reason_id: "reason-activity-report-with-help",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-activity-report-staff-help"),
            LEARN_DIGITAL,
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1, §4.3.2",
    },
    // ---- Find jobs / profile ---------------------------------------------------
    // §4.3.1: Platsbanken gives the same ads wherever you live; Mina profiler
    // can be used whether or not you are registered, with e-mailed matches.
    RuleSpec {
        name: "find-jobs-digital",
        errand: Some(Errand::FindJobs),
        when: &[&[DIGITAL_ALONE]],
        route: Route::Digital,
        reason_id: "reason-find-jobs-digital",
        steps: &[
            web("step-platsbanken", ArbetsformedlingenSe),
            text("step-mina-profiler"),
            text("step-job-alerts"),
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS, ALT_SERVICE_OFFICE_WEB_HELP],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    // §4.5.1: self-service computers and help at service offices.
    RuleSpec {
        name: "find-jobs-with-help",
        errand: Some(Errand::FindJobs),
        when: &[&[DIGITAL_NOT_ALONE]],
        route: Route::ServiceOffice,
        reason_id: "reason-find-jobs-with-help",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-service-office-computers"),
            LEARN_DIGITAL,
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1, §4.3.2",
    },
    // ---- Planning or a decision ------------------------------------------------
    // §4.4: planning calls and decisions are handled remotely (260 000
    // planning calls via the national lines Jan–Aug 2021); §4.3.1: you can
    // follow your case in Mina sidor.
    RuleSpec {
        name: "planning-remote-with-digital",
        errand: Some(Errand::Planning),
        when: &[&[EID_YES, DIGITAL_ALONE]],
        route: Route::Remote,
        reason_id: "reason-planning-remote",
        steps: &[CALL_JOBSEEKER_LINE, CHAT, text("step-have-decision-ready")],
        alternatives: &[
            alt_web(
                Route::Digital,
                "alt-digital-mina-sidor",
                ArbetsformedlingenSe,
            ),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::ServiceOffices,
        cites: "§4.4, §4.3.1, §4.5.1",
    },
    RuleSpec {
        name: "planning-remote",
        errand: Some(Errand::Planning),
        when: &[&[EID_NOT_YES], &[EID_YES, DIGITAL_NOT_ALONE]],
        route: Route::Remote,
        reason_id: "reason-planning-remote",
        steps: &[CALL_JOBSEEKER_LINE, CHAT, text("step-have-decision-ready")],
        alternatives: &[ALT_SERVICE_OFFICE_CONTACT],
        local: LocalNeed::ServiceOffices,
        cites: "§4.4, §4.5.1",
    },
    // ---- Forms or certificates -------------------------------------------------
    // §4.5.1: get, fill in and hand in forms and certificates, no booking.
    RuleSpec {
        name: "forms-service-office",
        errand: Some(Errand::Forms),
        when: &[],
        route: Route::ServiceOffice,
        reason_id: "reason-forms-service-office",
        steps: &[
            VISIT_SERVICE_OFFICE,
            text("step-forms-get-fill-in"),
            text("step-forms-hand-in"),
        ],
        alternatives: &[alt_call(
            Route::Remote,
            "alt-remote-which-form",
            JobseekerLine,
        )],
        local: LocalNeed::ServiceOffices,
        cites: "§4.5.1, §4.4",
    },
    // ---- Career or study guidance ----------------------------------------------
    // §4.3.1: digital career guidance, translated into several languages,
    // with the option to book a personal remote meeting about the results.
    RuleSpec {
        name: "guidance-digital",
        errand: Some(Errand::Guidance),
        when: &[&[DIGITAL_AT_LEAST_WITH_HELP]],
        route: Route::Digital,
        reason_id: "reason-guidance-digital",
        steps: &[
            web("step-guidance-online", ArbetsformedlingenSe),
            text("step-guidance-book-remote-meeting"),
        ],
        alternatives: &[ALT_REMOTE_QUESTIONS, ALT_SERVICE_OFFICE_WEB_HELP],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.5.1",
    },
    // §4.4: personal remote meetings by phone.
    RuleSpec {
        name: "guidance-remote",
        errand: Some(Errand::Guidance),
        when: &[&[DIGITAL_NOT_AT_ALL]],
        route: Route::Remote,
        reason_id: "reason-guidance-remote",
        steps: &[CALL_JOBSEEKER_LINE, text("step-guidance-ask")],
        alternatives: &[ALT_SERVICE_OFFICE_CONTACT],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.4, §4.5.1",
    },
    // ---- Disability / rehabilitation -------------------------------------------
    // §4.5.2: booked meetings are mainly for people who need a lot of support,
    // often in work-oriented rehabilitation; the need is assessed in direct
    // contact; they are held mainly by phone or video. §4.3.1: webinar series
    // on work-oriented rehabilitation and sign-language webinars on Play.
    RuleSpec {
        name: "disability-booked-meeting",
        errand: Some(Errand::Disability),
        when: &[],
        route: Route::BookedMeeting,
        reason_id: "reason-disability-booked-meeting",
        steps: &[
            call("step-call-tell-needs", JobseekerLine),
            NEEDS_ASSESSMENT,
            MEETING_BY_PHONE_OR_VIDEO,
            web_info("step-play-webinars", ArbetsformedlingenPlay),
            text("step-play-sign-language"),
        ],
        // No one is left with only a phone call: the chat and a service
        // office (whose staff put you in contact with an employment officer)
        // are ways in writing or in person.
        alternatives: &[
            alt_chat("alt-chat-tell-needs"),
            ALT_SERVICE_OFFICE_CONTACT,
            alt_call(Route::Remote, "alt-remote-informative", JobseekerLine),
        ],
        local: LocalNeed::BookedMeetingPresence,
        cites: "§4.5.2, §4.3.1, §4.4, §4.5.1",
    },
    // ---- Introduction programme (etablering) -----------------------------------
    // §4.4: 0771-860 100 serves people in the programme in Arabic, English,
    // Persian, Somali and Tigrinya; §4.5.2: booked meetings are often for
    // people in the programme, after a needs assessment.
    RuleSpec {
        name: "etablering-remote-language",
        errand: Some(Errand::Etablering),
        when: &[&[DIGITAL_AT_LEAST_WITH_HELP, LANGUAGE_YES, ADAPTATIONS_NO]],
        route: Route::Remote,
        reason_id: "reason-etablering-remote-language",
        steps: &[
            call("step-call-etablering-line", EtableringLine),
            text("step-etablering-line-who"),
        ],
        alternatives: &[
            alt_call(
                Route::BookedMeeting,
                "alt-booked-meeting-ask",
                EtableringLine,
            ),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::BookedMeetingPresence,
        cites: "§4.4, §4.5.2, §4.5.1",
    },
    RuleSpec {
        name: "etablering-remote",
        errand: Some(Errand::Etablering),
        when: &[&[DIGITAL_AT_LEAST_WITH_HELP, LANGUAGE_NO, ADAPTATIONS_NO]],
        route: Route::Remote,
        reason_id: "reason-etablering-remote",
        steps: &[CALL_JOBSEEKER_LINE, CHAT],
        alternatives: &[
            alt_call(
                Route::BookedMeeting,
                "alt-booked-meeting-ask",
                JobseekerLine,
            ),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::BookedMeetingPresence,
        cites: "§4.4, §4.5.2, §4.5.1",
    },
    RuleSpec {
        name: "etablering-booked-meeting-language",
        errand: Some(Errand::Etablering),
        when: &[
            &[DIGITAL_NOT_AT_ALL, LANGUAGE_YES],
            &[ADAPTATIONS_YES, LANGUAGE_YES],
        ],
        route: Route::BookedMeeting,
        reason_id: "reason-etablering-booked-meeting",
        steps: &[
            call("step-call-ask-meeting-etablering", EtableringLine),
            NEEDS_ASSESSMENT,
            MEETING_BY_PHONE_OR_VIDEO,
        ],
        alternatives: &[
            alt_call(
                Route::Remote,
                "alt-remote-etablering-language",
                EtableringLine,
            ),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::BookedMeetingPresence,
        cites: "§4.5.2, §4.4, §4.5.1",
    },
    RuleSpec {
        name: "etablering-booked-meeting",
        errand: Some(Errand::Etablering),
        when: &[
            &[DIGITAL_NOT_AT_ALL, LANGUAGE_NO],
            &[ADAPTATIONS_YES, LANGUAGE_NO],
        ],
        route: Route::BookedMeeting,
        reason_id: "reason-etablering-booked-meeting",
        steps: &[
            call("step-call-ask-meeting", JobseekerLine),
            NEEDS_ASSESSMENT,
            MEETING_BY_PHONE_OR_VIDEO,
        ],
        alternatives: &[
            alt_call(Route::Remote, "alt-remote-questions", JobseekerLine),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::BookedMeetingPresence,
        cites: "§4.5.2, §4.4, §4.5.1",
    },
    // ---- Taking part in a provider's service -----------------------------------
    // §4.5.3: participants get support mainly through the provider, who also
    // offers booked meetings; Arbetsförmedlingen stays responsible (decisions).
    // Bilaga 3 names the services; Stöd och matchning ended in December 2021
    // (data/source/updates.tsv), so the texts name Rusta och matcha.
    RuleSpec {
        name: "provider-meeting",
        errand: Some(Errand::Provider),
        when: &[],
        route: Route::ProviderMeeting,
        reason_id: "reason-provider-meeting",
        steps: &[
            step("step-contact-provider", Way::Provider),
            text("step-provider-remote"),
            text("step-decisions-arbetsformedlingen"),
        ],
        alternatives: &[
            alt_call(Route::Remote, "alt-remote-decisions", JobseekerLine),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::ServiceOffices,
        cites: "§4.5.3, Bilaga 3, §4.4, §4.5.1",
    },
    // ---- Something else / don't know -------------------------------------------
    // §4.3.1: the website is the primary channel; §4.4: the national line
    // handles questions of an informative or orienting kind.
    RuleSpec {
        name: "other-digital",
        errand: Some(Errand::Other),
        when: &[&[DIGITAL_ALONE]],
        route: Route::Digital,
        reason_id: "reason-other-digital",
        steps: &[web("step-read-online", ArbetsformedlingenSe), CHAT],
        alternatives: &[
            alt_call(Route::Remote, "alt-remote-right-way", JobseekerLine),
            ALT_SERVICE_OFFICE_CONTACT,
        ],
        local: LocalNeed::ServiceOffices,
        cites: "§4.3.1, §4.4, §4.5.1",
    },
    OTHER_REMOTE,
    FALLBACK,
];

/// Another errand, for someone not confident alone online: the national
/// line tells them the right way (§4.4), a service office helps in person
/// (§4.5.1). A row of its own because [`FALLBACK`] gives the same answer.
const OTHER_REMOTE: RuleSpec = RuleSpec {
    name: "other-remote",
    errand: Some(Errand::Other),
    when: &[&[DIGITAL_NOT_ALONE]],
    route: Route::Remote,
    reason_id: "reason-other-remote",
    steps: &[CALL_JOBSEEKER_LINE, text("step-describe-errand")],
    alternatives: &[ALT_SERVICE_OFFICE_CONTACT],
    local: LocalNeed::ServiceOffices,
    cites: "§4.4, §4.5.1",
};

/// The last row of [`RULES`]: any answers no other row covers. Only
/// incomplete answers get here (the tests prove that every reachable answer
/// set has its own row), and they take the cautious reading — no
/// e-legitimation, no confidence with digital services — so the fallback
/// sends nobody to the web: the national line tells people the right way
/// (§4.4), and a service office helps in person (§4.5.1).
pub const FALLBACK: RuleSpec = RuleSpec {
    name: "fallback-remote",
    errand: None,
    when: &[],
    ..OTHER_REMOTE
};

/// The row that decides the route for these answers: the first that holds.
pub fn rule_for(a: &Answers) -> &'static RuleSpec {
    rule_in(RULES, a)
}

/// The first row of `rules` that holds for these answers, or [`FALLBACK`]:
/// [`rule_for`] over any table, so that the tests can run the invariants
/// over a table they broke on purpose and see them fail.
pub fn rule_in<'a>(rules: &'a [RuleSpec], a: &Answers) -> &'a RuleSpec {
    rules.iter().find(|r| r.matches(a)).unwrap_or(&FALLBACK)
}

/// The notes every outcome gets from the cross-cutting answers.
///
/// Language support (§4.4): service offices have a phone line to
/// Arbetsförmedlingen for visitors who need language support. Interpreters
/// are not promised: remote interpreting is still being developed.
///
/// Adaptations (§4.3.1, §4.5.2): tell what you need when you call; booked
/// meetings exist after a needs assessment (left out when the route already
/// is a booked meeting, to say it once); some webinars are in sign language.
///
/// Protected personal data (§4.3.1, footnote 26): people with skyddade
/// personuppgifter cannot be handled in the digital services, so a digital
/// route says so and points to the phone. The app never asks about it.
///
/// Reaching Arbetsförmedlingen: where the steps rest on a call or the chat,
/// the answer says that it can be hard to get through, with Arbetsförmedlingen's
/// own figures (to JO, November 2023–November 2024: 45 % of calls and nine in
/// ten chat attempts unanswered), and what to do then: a service office,
/// whose staff can put a visitor in touch with an employment officer
/// (§4.5.1).
fn notes(a: &Answers, spec: &RuleSpec) -> Vec<&'static str> {
    let route = spec.route;
    let mut notes = Vec::new();
    if spec
        .steps
        .iter()
        .any(|s| matches!(s.way, Way::Call | Way::Chat))
    {
        notes.push("note-hard-to-reach");
    }
    if route == Route::Digital {
        notes.push("note-protected-identity");
    }
    if a.language_support == Some(true) {
        notes.push("note-language-support");
    }
    if a.adaptations == Some(true) {
        notes.push("note-adaptations-tell");
        if route != Route::BookedMeeting {
            notes.push("note-adaptations-booked-meeting");
        }
        notes.push("note-adaptations-sign-language");
    }
    notes
}

/// The outcome for these answers.
pub fn route(a: &Answers) -> Outcome {
    outcome(rule_for(a), a)
}

/// The outcome one row gives for these answers.
pub fn outcome(spec: &RuleSpec, a: &Answers) -> Outcome {
    let mut contacts = Vec::new();
    let used = spec
        .steps
        .iter()
        .filter_map(|s| s.contact)
        .chain(spec.alternatives.iter().filter_map(|x| x.contact));
    for c in used {
        if !contacts.contains(&c) {
            contacts.push(c);
        }
    }
    Outcome {
        route: spec.route,
        reason_id: spec.reason_id,
        steps: spec.steps.to_vec(),
        alternatives: spec.alternatives.to_vec(),
        contacts,
        notes: notes(a, spec),
        local: spec.local,
        rule: spec.name,
    }
}

/// Every note id [`route`] can emit, for the message catalogue test.
pub const NOTE_IDS: &[&str] = &[
    "note-hard-to-reach",
    "note-language-support",
    "note-adaptations-tell",
    "note-adaptations-booked-meeting",
    "note-adaptations-sign-language",
    "note-protected-identity",
];
