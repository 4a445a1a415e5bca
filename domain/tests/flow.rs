//! The flow engine: every path ends in exactly one outcome, the routing table
//! says what the brief's table says, and the invariants that keep anybody
//! from a dead end hold for every reachable answer set. The invariants and
//! the one-row-per-answer-set rule are functions of the table, so that they
//! also run over tables broken on purpose and are seen to fail.

mod common;

use std::collections::BTreeSet;

use common::brief;

use vagvisare_domain::answers::{Answers, DigitalSkill, ELegitimation, Errand, MunicipalityAnswer};
use vagvisare_domain::flow::{
    self, is_relevant, path, previous_question, InvalidAnswer, Question, QUESTIONS,
};
use vagvisare_domain::graph;
use vagvisare_domain::journey::{next_node, Node};
use vagvisare_domain::routing::{
    self, Alternative, Contact, Link, LocalNeed, Route, RuleSpec, Step, Way, FALLBACK, RULES,
};

/// Walks the flow from empty answers through every option of every question
/// asked, checking each step on the way.
#[test]
fn every_path_reaches_check_answers_then_one_outcome() {
    fn walk(a: Answers, asked: Vec<Question>, finished: &mut usize) {
        match next_node(&a) {
            Node::Question(q) => {
                assert!(!asked.contains(&q), "{q:?} asked twice: {asked:?}");
                assert!(is_relevant(q, &a));
                let values: Vec<String> = match q {
                    Question::Municipality => {
                        assert!(q.options().is_empty());
                        vec!["skip".into(), "0180".into()]
                    }
                    _ => {
                        let opts = q.options();
                        assert!(!opts.is_empty());
                        opts.iter().map(|o| o.value.to_string()).collect()
                    }
                };
                for v in values {
                    let mut next = a.clone();
                    next.set(q, &v).unwrap();
                    assert!(q.is_answered(&next), "{q:?}={v} did not stick");
                    let mut asked = asked.clone();
                    asked.push(q);
                    walk(next, asked, finished);
                }
            }
            Node::CheckAnswers => {
                assert!(!a.confirmed);
                assert_eq!(path(&a), asked, "path differs from the questions asked");
                assert_eq!(*asked.last().unwrap(), Question::Municipality);
                let mut confirmed = a.clone();
                confirmed.confirmed = true;
                match next_node(&confirmed) {
                    // The outcome the brief's table gives for the answers
                    // given on the way (stated in `common/brief.rs`, not
                    // read from `RULES`).
                    Node::Outcome(o) => {
                        assert_eq!(o.route, brief::primary_route(&confirmed), "{confirmed:?}");
                        let offered: Vec<Route> = o.alternatives.iter().map(|x| x.route).collect();
                        for r in brief::alternatives(&confirmed) {
                            assert!(
                                offered.contains(&r),
                                "{confirmed:?}: no {r:?} in {offered:?}"
                            );
                        }
                        *finished += 1;
                    }
                    other => panic!("confirmed answers gave {other:?}, not an outcome"),
                }
            }
            Node::Outcome(o) => panic!("outcome {o:?} without check-your-answers"),
        }
    }
    let mut finished = 0;
    walk(Answers::default(), Vec::new(), &mut finished);
    assert_eq!(finished, flow::reachable_answers().len());
    assert!(finished > 100, "only {finished} answer sets");
}

fn answers(
    errand: Errand,
    eid: Option<ELegitimation>,
    digital: Option<DigitalSkill>,
    lang: bool,
    adapt: Option<bool>,
) -> Answers {
    // `..default()` covers a question added later (then answered below).
    #[allow(clippy::needless_update)]
    let mut a = Answers {
        errand: Some(errand),
        e_legitimation: eid,
        digital,
        language_support: Some(lang),
        adaptations: adapt,
        municipality: Some(MunicipalityAnswer::Skipped),
        confirmed: true,
        ..Answers::default()
    };
    let before = a.clone();
    a.prune();
    assert_eq!(a, before, "test answers must be relevant");
    // A question these cases do not name (one added later) gets its first
    // option; a case that needs another answer to it names it.
    while let Some(q) = flow::next_question(&a) {
        a.set(q, q.options()[0].value).unwrap();
    }
    assert!(flow::is_complete(&a), "test answers must be complete");
    a
}

/// The brief's routing table, row by row, including the "when it changes"
/// column. Each case: answers → (rule, primary route, alternative routes that
/// must be offered).
#[test]
fn routing_table_row_by_row() {
    use DigitalSkill::{Alone, NotAtAll, WithHelp};
    use ELegitimation::{DontKnow, No, Yes};
    use Errand::*;
    use Route as R;
    #[rustfmt::skip]
    let cases: Vec<(Answers, &str, Route, Vec<Route>)> = vec![
        // register: digital; no/unsure e-legitimation or digital ≠ alone → service office.
        (answers(Register, Some(Yes), Some(Alone), false, Some(false)), "register-digital", R::Digital, vec![R::Remote, R::ServiceOffice]),
        (answers(Register, Some(No), None, false, Some(false)), "register-no-eid", R::ServiceOffice, vec![R::Remote]),
        (answers(Register, Some(DontKnow), None, false, Some(false)), "register-no-eid", R::ServiceOffice, vec![R::Remote]),
        (answers(Register, Some(Yes), Some(WithHelp), false, Some(false)), "register-with-help", R::ServiceOffice, vec![R::Remote]),
        (answers(Register, Some(Yes), Some(NotAtAll), false, Some(false)), "register-with-help", R::ServiceOffice, vec![R::Remote]),
        // activity report: Mina sidor; no e-legitimation or digital ≠ alone → service office.
        (answers(ActivityReport, Some(Yes), Some(Alone), false, Some(false)), "activity-report-digital", R::Digital, vec![R::Remote]),
        (answers(ActivityReport, Some(No), None, false, Some(false)), "activity-report-no-eid", R::ServiceOffice, vec![R::Remote]),
        (answers(ActivityReport, Some(DontKnow), None, false, Some(false)), "activity-report-no-eid", R::ServiceOffice, vec![R::Remote]),
        (answers(ActivityReport, Some(Yes), Some(WithHelp), false, Some(false)), "activity-report-with-help", R::ServiceOffice, vec![R::Remote]),
        // find jobs: digital; digital ≠ alone → service office.
        (answers(FindJobs, None, Some(Alone), false, Some(false)), "find-jobs-digital", R::Digital, vec![R::Remote]),
        (answers(FindJobs, None, Some(WithHelp), false, Some(false)), "find-jobs-with-help", R::ServiceOffice, vec![R::Remote]),
        (answers(FindJobs, None, Some(NotAtAll), false, Some(false)), "find-jobs-with-help", R::ServiceOffice, vec![R::Remote]),
        // planning: remote; digital alternative only with e-legitimation + alone.
        (answers(Planning, Some(Yes), Some(Alone), false, Some(false)), "planning-remote-with-digital", R::Remote, vec![R::Digital, R::ServiceOffice]),
        (answers(Planning, Some(Yes), Some(WithHelp), false, Some(false)), "planning-remote", R::Remote, vec![R::ServiceOffice]),
        (answers(Planning, Some(No), None, false, Some(false)), "planning-remote", R::Remote, vec![R::ServiceOffice]),
        // forms: service office; remote to ask which form.
        (answers(Forms, None, None, false, Some(false)), "forms-service-office", R::ServiceOffice, vec![R::Remote]),
        // guidance: digital; not at all → remote.
        (answers(Guidance, None, Some(Alone), false, Some(false)), "guidance-digital", R::Digital, vec![R::Remote]),
        (answers(Guidance, None, Some(WithHelp), false, Some(false)), "guidance-digital", R::Digital, vec![R::Remote]),
        (answers(Guidance, None, Some(NotAtAll), false, Some(false)), "guidance-remote", R::Remote, vec![]),
        // disability: booked meeting, remote alternative.
        (answers(Disability, None, None, false, None), "disability-booked-meeting", R::BookedMeeting, vec![R::Remote]),
        (answers(Disability, None, None, true, None), "disability-booked-meeting", R::BookedMeeting, vec![R::Remote]),
        // etablering: remote; not at all or adaptations → booked meeting.
        (answers(Etablering, None, Some(Alone), true, Some(false)), "etablering-remote-language", R::Remote, vec![R::BookedMeeting, R::ServiceOffice]),
        (answers(Etablering, None, Some(WithHelp), false, Some(false)), "etablering-remote", R::Remote, vec![R::BookedMeeting, R::ServiceOffice]),
        (answers(Etablering, None, Some(NotAtAll), true, Some(false)), "etablering-booked-meeting-language", R::BookedMeeting, vec![R::Remote, R::ServiceOffice]),
        (answers(Etablering, None, Some(Alone), true, Some(true)), "etablering-booked-meeting-language", R::BookedMeeting, vec![R::Remote, R::ServiceOffice]),
        (answers(Etablering, None, Some(NotAtAll), false, Some(false)), "etablering-booked-meeting", R::BookedMeeting, vec![R::Remote, R::ServiceOffice]),
        (answers(Etablering, None, Some(Alone), false, Some(true)), "etablering-booked-meeting", R::BookedMeeting, vec![R::Remote, R::ServiceOffice]),
        // provider: meeting with the provider; remote for decisions.
        (answers(Provider, None, None, false, Some(false)), "provider-meeting", R::ProviderMeeting, vec![R::Remote]),
        // other: remote; alone → digital information first.
        (answers(Other, None, Some(Alone), false, Some(false)), "other-digital", R::Digital, vec![R::Remote, R::ServiceOffice]),
        (answers(Other, None, Some(WithHelp), false, Some(false)), "other-remote", R::Remote, vec![R::ServiceOffice]),
        (answers(Other, None, Some(NotAtAll), false, Some(false)), "other-remote", R::Remote, vec![R::ServiceOffice]),
    ];
    let mut rules_seen = BTreeSet::new();
    for (a, rule, route, alts) in cases {
        let o = routing::route(&a);
        assert_eq!(o.rule, rule, "{a:?}");
        assert_eq!(o.route, route, "{a:?}");
        let offered: Vec<Route> = o.alternatives.iter().map(|x| x.route).collect();
        for r in alts {
            assert!(
                offered.contains(&r),
                "{rule}: alternative {r:?} missing, got {offered:?}"
            );
        }
        rules_seen.insert(rule);
    }
    let all: BTreeSet<&str> = RULES
        .iter()
        .filter(|r| r.errand.is_some())
        .map(|r| r.name)
        .collect();
    assert_eq!(rules_seen, all, "every rule needs a row in this test");
}

/// The invariants that keep anybody from a dead end, over every reachable
/// answer set, for the outcomes `rules` gives (the real [`RULES`], or a
/// table broken on purpose). Each problem starts with the name of the
/// invariant it breaks.
fn invariant_problems(rules: &[RuleSpec]) -> Vec<String> {
    let mut problems = Vec::new();
    for a in flow::reachable_answers() {
        let spec = routing::rule_in(rules, &a);
        let o = routing::outcome(spec, &a);
        let ctx = format!("{a:?} → {}", o.rule);
        let mut check = |holds: bool, invariant: &str| {
            if !holds {
                problems.push(format!("{invariant}: {ctx}"));
            }
        };

        // Nobody who cannot (or cannot without help and e-legitimation) use
        // the web is sent to the web.
        let no_eid = matches!(
            a.e_legitimation,
            Some(ELegitimation::No | ELegitimation::DontKnow)
        );
        if a.digital == Some(DigitalSkill::NotAtAll)
            || (a.digital == Some(DigitalSkill::WithHelp) && no_eid)
            || (no_eid
                && a.errand
                    .is_some_and(|e| matches!(e, Errand::Register | Errand::ActivityReport)))
        {
            check(o.route != Route::Digital, "sent to the web");
        }

        // A way that needs neither e-legitimation nor travel: remote with a line.
        let remote_contacts: Vec<Option<Contact>> = o
            .alternatives
            .iter()
            .filter(|x| x.route == Route::Remote)
            .map(|x| x.contact)
            .chain((o.route == Route::Remote).then(|| o.steps.iter().find_map(|s| s.contact)))
            .collect();
        check(
            remote_contacts
                .iter()
                .any(|c| matches!(c, Some(Contact::JobseekerLine | Contact::EtableringLine))),
            "no remote route with a jobseeker phone line",
        );
        check(
            std::iter::once(o.route)
                .chain(o.alternatives.iter().map(|x| x.route))
                .any(|r| !r.needs_e_legitimation() && !r.needs_travel()),
            "every route needs e-legitimation or travel",
        );
        // The introduction programme's line for those who asked for
        // language support, the jobseekers' line for the others.
        if a.errand == Some(Errand::Etablering) {
            let (line, not) = if a.language_support == Some(true) {
                (Contact::EtableringLine, Contact::JobseekerLine)
            } else {
                (Contact::JobseekerLine, Contact::EtableringLine)
            };
            check(
                o.contacts.contains(&line) && !o.contacts.contains(&not),
                "etablering's phone line does not follow language support",
            );
        }

        // Remote appears as primary or alternative.
        check(
            o.route == Route::Remote || o.alternatives.iter().any(|x| x.route == Route::Remote),
            "no remote route",
        );
        check(!o.steps.is_empty(), "no steps");
        check(
            o.alternatives.iter().all(|x| x.route != o.route),
            "an alternative repeats the primary",
        );

        // Staff-only and employer lines are never shown to a jobseeker.
        check(
            !o.contacts.contains(&Contact::StaffLine)
                && !o.contacts.contains(&Contact::EmployerLine),
            "a staff or employer line",
        );

        // The local facts fit the routes offered.
        let routes: Vec<Route> = std::iter::once(o.route)
            .chain(o.alternatives.iter().map(|x| x.route))
            .collect();
        check(
            match o.local {
                LocalNeed::ServiceOffices => routes.contains(&Route::ServiceOffice),
                LocalNeed::BookedMeetingPresence => routes.contains(&Route::BookedMeeting),
                // The municipality is asked, so it must matter.
                LocalNeed::None => false,
            },
            "the local facts do not fit the routes",
        );
        if o.route == Route::ServiceOffice {
            check(
                o.local == LocalNeed::ServiceOffices,
                "the local facts do not fit the routes",
            );
        }
        if o.route == Route::BookedMeeting {
            check(
                o.local == LocalNeed::BookedMeetingPresence,
                "the local facts do not fit the routes",
            );
        }

        // Cross-cutting notes.
        let language = a.language_support == Some(true);
        let adaptations = a.adaptations == Some(true);
        check(
            o.notes.contains(&"note-language-support") == language
                && o.notes.contains(&"note-adaptations-tell") == adaptations
                && o.notes.contains(&"note-adaptations-sign-language") == adaptations,
            "a cross-cutting note missing or extra",
        );

        // A way forward that needs no voice call: the chat, a service office,
        // the web services or the provider (§4.4, §4.5.1, §4.5.3).
        let ways: Vec<Way> = o
            .steps
            .iter()
            .map(|s| s.way)
            .chain(o.alternatives.iter().map(|x| x.way))
            .collect();
        check(
            ways.iter().any(|w| w.without_a_call()),
            "every way forward is a phone call",
        );
        // A step or alternative with a phone number is a call, and a call
        // always has its number.
        check(
            o.steps
                .iter()
                .map(|s| (s.way, s.contact))
                .chain(o.alternatives.iter().map(|x| (x.way, x.contact)))
                .all(|(way, contact)| (way == Way::Call) == contact.is_some()),
            "a call without a number, or a number without a call",
        );
        // Disability or rehabilitation: the chat and a service office besides
        // the phone.
        if a.errand == Some(Errand::Disability) {
            check(
                ways.contains(&Way::Chat) && ways.contains(&Way::Visit),
                "disability without the chat and a service office",
            );
        }
        // People with protected personal data cannot use the digital
        // services (§4.3.1, fn 26): every digital route says so.
        check(
            o.notes.contains(&"note-protected-identity") == (o.route == Route::Digital),
            "the protected-identity note does not follow the digital route",
        );

        // Contacts list exactly the lines used, once each.
        let used: BTreeSet<Contact> = o
            .steps
            .iter()
            .filter_map(|s| s.contact)
            .chain(o.alternatives.iter().filter_map(|x| x.contact))
            .collect();
        check(
            used.len() == o.contacts.len() && o.contacts.iter().all(|c| used.contains(c)),
            "the contacts are not the lines used",
        );
    }
    problems
}

#[test]
fn invariants_hold_for_every_reachable_answer_set() {
    let problems = invariant_problems(RULES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every reachable answer set is covered by exactly one row of `rules`
/// besides the fallback, so the first matching row is the only one: the
/// order of the rows never decides a route, the fallback never reaches
/// anybody who answered every question, and every row is reached. Each
/// problem starts with what is wrong.
fn table_problems(rules: &[RuleSpec]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut reached = BTreeSet::new();
    for a in flow::reachable_answers() {
        let matching: Vec<&str> = rules
            .iter()
            .filter(|r| r.errand.is_some() && r.matches(&a))
            .map(|r| r.name)
            .collect();
        match matching[..] {
            [one] => {
                if routing::rule_in(rules, &a).name != one {
                    problems.push(format!("not the matching row: {a:?}"));
                }
                reached.insert(one);
            }
            _ => problems.push(format!("not exactly one row: {a:?}: {matching:?}")),
        }
    }
    let names: BTreeSet<&str> = rules.iter().map(|r| r.name).collect();
    if names.len() != rules.len() {
        problems.push("two rows share a name".to_string());
    }
    let routed: BTreeSet<&str> = rules
        .iter()
        .filter(|r| r.errand.is_some())
        .map(|r| r.name)
        .collect();
    for never in routed.difference(&reached) {
        problems.push(format!("a row is never reached: {never}"));
    }
    // The fallback is the last row, the only one without an errand.
    if rules.last().map(|r| r.name) != Some(FALLBACK.name)
        || rules.iter().filter(|r| r.errand.is_none()).count() != 1
    {
        problems.push("the fallback is not the last row and the only one without an errand".into());
    }
    for r in rules {
        if r.cites.is_empty() || r.steps.is_empty() {
            problems.push(format!("cites nothing or has no steps: {}", r.name));
        }
    }
    problems
}

#[test]
fn exactly_one_row_holds_for_every_reachable_answer_set() {
    let problems = table_problems(RULES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checks above on tables broken on purpose, one fault each: each
/// must be reported by the check that exists for it.
#[test]
fn the_routing_checks_catch_planted_faults() {
    fn with(name: &str, change: impl Fn(&mut Vec<RuleSpec>, usize)) -> Vec<RuleSpec> {
        let mut rules = RULES.to_vec();
        let i = rules.iter().position(|r| r.name == name).unwrap();
        change(&mut rules, i);
        rules
    }
    let reports = |problems: Vec<String>, what: &str| {
        assert!(
            problems.iter().any(|p| p.starts_with(what)),
            "planted fault not reported as {what:?}; got {problems:?}"
        );
    };
    // A row removed: its answers fall through to the fallback.
    let removed = with("register-no-eid", |r, i| {
        r.remove(i);
    });
    reports(table_problems(&removed), "not exactly one row");
    // A row repeated: two rows hold, and two share a name.
    let repeated = with("forms-service-office", |r, i| r.insert(i, r[i]));
    reports(table_problems(&repeated), "not exactly one row");
    reports(table_problems(&repeated), "two rows share a name");
    // Someone without e-legitimation sent only to the web.
    let web_only = with("register-no-eid", |r, i| {
        r[i].route = Route::Digital;
        r[i].steps = &[Step {
            text_id: "step-register-online",
            contact: None,
            link: Some(Link::ArbetsformedlingenSe),
            way: Way::Online,
        }];
        r[i].alternatives = &[];
    });
    reports(invariant_problems(&web_only), "sent to the web");
    reports(
        invariant_problems(&web_only),
        "no remote route with a jobseeker phone line",
    );
    // A rule whose only ways are calls: the service office reached by phone.
    let calls_only = with("guidance-remote", |r, i| {
        r[i].alternatives = &[Alternative {
            route: Route::ServiceOffice,
            text_id: "alt-service-office-contact",
            contact: Some(Contact::JobseekerLine),
            link: None,
            way: Way::Call,
        }];
    });
    reports(
        invariant_problems(&calls_only),
        "every way forward is a phone call",
    );
    // The introduction programme's line for everybody.
    let one_line = with("etablering-remote", |r, i| {
        r[i].steps = r[r
            .iter()
            .position(|x| x.name == "etablering-remote-language")
            .unwrap()]
        .steps;
    });
    reports(
        invariant_problems(&one_line),
        "etablering's phone line does not follow language support",
    );
}

/// Incomplete answers (never shown: the flow routes only complete ones)
/// take the fallback, which sends nobody to the web.
#[test]
fn route_handles_incomplete_answers_cautiously() {
    assert_eq!(routing::route(&Answers::default()).rule, FALLBACK.name);
    let a = Answers {
        errand: Some(Errand::Register),
        ..Answers::default()
    };
    let o = routing::route(&a);
    assert_eq!(o.rule, FALLBACK.name);
    assert_eq!(o.route, Route::Remote);
    assert!(o.contacts.contains(&Contact::JobseekerLine));
    assert!(o
        .alternatives
        .iter()
        .any(|x| x.route == Route::ServiceOffice));
    assert!(o.alternatives.iter().all(|x| x.route != Route::Digital));
}

#[test]
fn relevance_per_errand() {
    use Question as Q;
    let p = |e: Errand, eid: Option<ELegitimation>| {
        let a = Answers {
            errand: Some(e),
            e_legitimation: eid,
            ..Answers::default()
        };
        path(&a)
    };
    // Register with e-legitimation is asked everything, in the table's order.
    let all = Question::ALL.to_vec();
    assert_eq!(path(&Answers::default()), vec![Q::Errand]);
    assert_eq!(p(Errand::Register, None), all);
    assert_eq!(p(Errand::Register, Some(ELegitimation::Yes)), all);
    assert_eq!(
        p(Errand::Register, Some(ELegitimation::No)),
        vec![
            Q::Errand,
            Q::ELegitimation,
            Q::LanguageSupport,
            Q::Adaptations,
            Q::Municipality
        ]
    );
    assert_eq!(
        p(Errand::ActivityReport, Some(ELegitimation::DontKnow)),
        vec![
            Q::Errand,
            Q::ELegitimation,
            Q::LanguageSupport,
            Q::Adaptations,
            Q::Municipality
        ]
    );
    assert_eq!(p(Errand::Planning, Some(ELegitimation::Yes)), all);
    for e in [
        Errand::FindJobs,
        Errand::Guidance,
        Errand::Etablering,
        Errand::Other,
    ] {
        assert_eq!(
            p(e, None),
            vec![
                Q::Errand,
                Q::Digital,
                Q::LanguageSupport,
                Q::Adaptations,
                Q::Municipality
            ],
            "{e:?}"
        );
    }
    for e in [Errand::Forms, Errand::Provider] {
        assert_eq!(
            p(e, None),
            vec![
                Q::Errand,
                Q::LanguageSupport,
                Q::Adaptations,
                Q::Municipality
            ],
            "{e:?}"
        );
    }
    assert_eq!(
        p(Errand::Disability, None),
        vec![Q::Errand, Q::LanguageSupport, Q::Municipality]
    );
}

#[test]
fn set_clear_prune_and_back_links() {
    let mut a = Answers::default();
    assert_eq!(
        a.set(Question::ELegitimation, "yes"),
        Err(InvalidAnswer::NotRelevant)
    );
    assert_eq!(
        a.set(Question::Errand, "nope"),
        Err(InvalidAnswer::UnknownValue)
    );
    a.set(Question::Errand, "register").unwrap();
    a.set(Question::ELegitimation, "yes").unwrap();
    a.set(Question::Digital, "alone").unwrap();
    a.set(Question::LanguageSupport, "no").unwrap();
    a.set(Question::Adaptations, "yes").unwrap();
    assert_eq!(
        a.set(Question::Municipality, "123"),
        Err(InvalidAnswer::UnknownValue)
    );
    assert_eq!(
        a.set(Question::Municipality, "18x0"),
        Err(InvalidAnswer::UnknownValue)
    );
    a.set(Question::Municipality, "0180").unwrap();
    assert_eq!(next_node(&a), Node::CheckAnswers);
    a.confirmed = true;
    assert!(matches!(next_node(&a), Node::Outcome(_)));

    // Setting the same value keeps the confirmation; a change resets it.
    a.set(Question::LanguageSupport, "no").unwrap();
    assert!(a.confirmed);
    a.set(Question::LanguageSupport, "yes").unwrap();
    assert!(!a.confirmed);

    // Changing the errand drops answers that no longer matter.
    a.set(Question::Errand, "forms").unwrap();
    assert_eq!(a.e_legitimation, None);
    assert_eq!(a.digital, None);
    assert_eq!(a.language_support, Some(true));
    assert_eq!(a.value_key(Question::Municipality).as_deref(), Some("0180"));

    // Losing e-legitimation drops the digital answer.
    let mut b = Answers::default();
    b.set(Question::Errand, "register").unwrap();
    b.set(Question::ELegitimation, "yes").unwrap();
    b.set(Question::Digital, "alone").unwrap();
    b.set(Question::ELegitimation, "no").unwrap();
    assert_eq!(b.digital, None);
    assert_eq!(
        previous_question(Question::LanguageSupport, &b),
        Some(Question::ELegitimation)
    );
    assert_eq!(previous_question(Question::Errand, &b), None);

    // Clearing the errand clears everything.
    b.clear(Question::Errand);
    assert_eq!(b, Answers::default());

    assert_eq!(
        a.value_label_id(Question::Errand),
        Some(Errand::Forms.label_id())
    );
    let mut c = Answers::default();
    c.set(Question::Errand, "forms").unwrap();
    c.set(Question::Municipality, "skip").unwrap();
    assert_eq!(
        c.value_label_id(Question::Municipality),
        Some(MunicipalityAnswer::skipped_label_id())
    );
}

#[test]
fn keys_round_trip() {
    for e in Errand::ALL {
        assert_eq!(Errand::from_key(e.key()), Some(*e));
    }
    for e in ELegitimation::ALL {
        assert_eq!(ELegitimation::from_key(e.key()), Some(*e));
    }
    for d in DigitalSkill::ALL {
        assert_eq!(DigitalSkill::from_key(d.key()), Some(*d));
    }
    for q in Question::ALL {
        assert_eq!(Question::from_key(q.key()), Some(*q));
    }
    assert_eq!(Errand::from_key("Register"), None);
    assert_eq!(
        MunicipalityAnswer::from_key("skip"),
        Some(MunicipalityAnswer::Skipped)
    );
    assert_eq!(
        MunicipalityAnswer::from_key("٠١٨٠"),
        None,
        "non-ASCII digits"
    );
}

/// The questions table: rows in the order of the variants (so
/// `Question::spec` can index), keys unique, and every message id derived
/// from the key as `q-{key}-title|hint|error|check`.
#[test]
fn questions_table_rows_follow_their_keys() {
    for (i, row) in QUESTIONS.iter().enumerate() {
        assert_eq!(row.question as usize, i, "{}: row out of order", row.key);
        assert_eq!(Question::ALL[i], row.question);
        assert_eq!(row.question.spec().key, row.key);
        let stem = row.key.replace('_', "-");
        assert_eq!(row.ids.title, format!("q-{stem}-title"));
        assert_eq!(row.ids.hint, format!("q-{stem}-hint"));
        assert_eq!(row.ids.error, format!("q-{stem}-error"));
        assert_eq!(row.ids.check, format!("q-{stem}-check"));
        // Every URL value of every option is read back as itself.
        for o in row.question.options() {
            let mut a = Answers::default();
            a.put(row.question, o.value).unwrap();
            assert_eq!(a.value_key(row.question).as_deref(), Some(o.value));
            assert_eq!(a.value_label_id(row.question), Some(o.label_id));
        }
    }
    let keys: BTreeSet<&str> = QUESTIONS.iter().map(|q| q.key).collect();
    assert_eq!(keys.len(), QUESTIONS.len(), "two questions share a key");
}

#[test]
fn contacts_and_links_are_the_reports() {
    assert_eq!(Contact::JobseekerLine.display(), "0771-416 416");
    assert_eq!(Contact::JobseekerLine.tel_href(), "tel:+46771416416");
    assert_eq!(Contact::EtableringLine.display(), "0771-860 100");
    assert_eq!(Contact::EtableringLine.tel_href(), "tel:+46771860100");
    assert_eq!(Contact::EmployerLine.tel_href(), "tel:+46771508508");
    assert_eq!(Contact::StaffLine.tel_href(), "tel:+46771717717");
    for c in Contact::ALL {
        let digits: String = c.display().chars().filter(char::is_ascii_digit).collect();
        assert_eq!(c.tel_href(), format!("tel:+46{}", &digits[1..]));
    }
    for l in routing::Link::ALL {
        let h = l.href();
        assert!(h.starts_with("https://"));
        assert_eq!(h.matches('/').count(), 2, "{h}: only site roots");
    }
}

#[test]
fn mermaid_golden() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/flow.mmd");
    let got = graph::mermaid();
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if got != want {
        if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
            std::fs::write(path, &got).expect("write docs/flow.mmd");
        } else {
            panic!(
                "docs/flow.mmd is out of date with graph::mermaid().\n\
                 Update it with: UPDATE_GOLDEN=1 cargo test -p vagvisare-domain --test flow mermaid_golden"
            );
        }
    }
}
