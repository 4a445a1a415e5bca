//! The texts of a result whose claim rests only on Arbetsförmedlingen's
//! report of 2021: no later source confirms them (`data/claims.tsv`, status
//! `2021`; `domain/tests/claims.rs` keeps this list equal to the table). The
//! result page marks each of them as a fact from 2021, so nothing from 2021
//! is presented as checked today.

/// Message ids of reasons, steps, alternatives, notes, route summaries,
/// lines and links whose only source is the 2021 report.
pub const FROM_2021: &[&str] = &[
    "alt-booked-meeting-ask",
    "alt-digital-mina-sidor",
    "alt-remote-decisions",
    "alt-remote-etablering-language",
    "alt-service-office-register",
    "contact-employer-line",
    "contact-etablering-line",
    "contact-staff-line",
    "link-arbetsformedlingen-play",
    "link-digitala-jag",
    "note-adaptations-booked-meeting",
    "note-adaptations-sign-language",
    "note-adaptations-tell",
    "note-language-support",
    "reason-activity-report-digital",
    "reason-disability-booked-meeting",
    "reason-etablering-booked-meeting",
    "reason-etablering-remote",
    "reason-etablering-remote-language",
    "reason-forms-service-office",
    "reason-guidance-remote",
    "reason-planning-remote",
    "reason-provider-meeting",
    "reason-register-digital",
    "reason-register-with-help",
    "route-booked-meeting-summary",
    "route-provider-meeting-summary",
    "step-call-ask-meeting",
    "step-call-ask-meeting-etablering",
    "step-call-etablering-line",
    "step-call-tell-needs",
    "step-contact-provider",
    "step-decisions-arbetsformedlingen",
    "step-etablering-line-who",
    "step-forms-hand-in",
    "step-guidance-ask",
    "step-guidance-book-remote-meeting",
    "step-have-decision-ready",
    "step-job-alerts",
    "step-learn-digital",
    "step-meeting-by-phone-or-video",
    "step-mina-profiler",
    "step-needs-assessment",
    "step-play-sign-language",
    "step-play-webinars",
    "step-register-online",
    "step-register-staff-help",
];

/// Whether the page marks this text as a fact from 2021.
pub fn from_2021(id: &str) -> bool {
    FROM_2021.contains(&id)
}
