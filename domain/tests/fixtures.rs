//! `tests/fixtures.json`: what the browser and end-to-end tests need to know
//! about the app, written from the domain's own tables, so no test keeps a
//! copy of its own: the answer keys (`url_state::is_answer_key` over
//! `Question::ALL`), the questions and their options, the languages with
//! direction and script (`Locale::ALL`), the text files of each part
//! (`locale::Part`), the named pages (`Page::NAMED`), and named scenarios,
//! each a complete answer set checked against the flow, with the canonical
//! address of its result, its check page and each of its questions.
//!
//! A golden test like the flow graph's keeps the file current; after a change
//! to the flow, the routing or the data, rewrite it with
//! `UPDATE_GOLDEN=1 cargo test -p vagvisare-domain --test fixtures`.

use std::fmt::Write as _;

use vagvisare_domain::answers::{Answers, MunicipalityAnswer};
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::fold::fold;
use vagvisare_domain::locale::{Locale, Part};
use vagvisare_domain::routing;
use vagvisare_domain::services::{self, ServiceData};
use vagvisare_domain::url_state::{self, Page, UrlState};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures.json");

/// A journey the tests walk or open, by what the person answers. Only the
/// questions the flow asks for this errand may be named; the municipality
/// is a code (`None`: the person skips the question).
struct Scenario {
    name: &'static str,
    why: &'static str,
    answers: &'static [(&'static str, &'static str)],
    municipality: Option<&'static str>,
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "register-without-eid",
        why: "the most common way to a service office: registering without e-legitimation",
        answers: &[("errand", "register"), ("eid", "no"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("2380"),
    },
    Scenario {
        name: "register-without-eid-language",
        why: "the staff desk's visitor: as above, with language support",
        answers: &[("errand", "register"), ("eid", "no"), ("language_support", "yes"), ("adaptations", "no")],
        municipality: Some("2380"),
    },
    Scenario {
        name: "register-without-eid-kiruna",
        why: "a municipality far north with its own service office",
        answers: &[("errand", "register"), ("eid", "no"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("2584"),
    },
    Scenario {
        name: "register-without-eid-nynashamn",
        why: "a municipality with no service office and no booked meetings, its nearest office farther than 30 km",
        answers: &[("errand", "register"), ("eid", "no"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("0192"),
    },
    Scenario {
        name: "register-without-eid-arvika",
        why: "a result opened from a link where the service office closed in 2025: the bench's second result page (issue 26)",
        answers: &[("errand", "register"), ("eid", "no"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("1784"),
    },
    Scenario {
        name: "register-online",
        why: "the digital route",
        answers: &[("errand", "register"), ("eid", "yes"), ("digital", "alone"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("2380"),
    },
    Scenario {
        name: "etablering-language-dorotea",
        why: "the introduction programme with language support, in a municipality without a service office",
        answers: &[("errand", "etablering"), ("digital", "with-help"), ("language_support", "yes"), ("adaptations", "no")],
        municipality: Some("2425"),
    },
    Scenario {
        name: "etablering-alone-malung",
        why: "a municipality whose name has a hyphen and a place of its own",
        answers: &[("errand", "etablering"), ("digital", "alone"), ("language_support", "yes"), ("adaptations", "no")],
        municipality: Some("2023"),
    },
    Scenario {
        name: "forms-arvika",
        why: "a municipality whose service office closed in 2025",
        answers: &[("errand", "forms"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("1784"),
    },
    Scenario {
        name: "forms-ostersund",
        why: "forms at a service office that is open",
        answers: &[("errand", "forms"), ("language_support", "yes"), ("adaptations", "no")],
        municipality: Some("2380"),
    },
    Scenario {
        name: "forms-stockholm",
        why: "a city of several service offices in its districts",
        answers: &[("errand", "forms"), ("language_support", "no"), ("adaptations", "no")],
        municipality: Some("0180"),
    },
    Scenario {
        name: "forms-no-municipality",
        why: "the municipality question skipped",
        answers: &[("errand", "forms"), ("language_support", "no"), ("adaptations", "no")],
        municipality: None,
    },
    Scenario {
        name: "disability",
        why: "the answers a person would least want anyone to see",
        answers: &[("errand", "disability"), ("language_support", "yes")],
        municipality: Some("2380"),
    },
    Scenario {
        name: "disability-arvika",
        why: "the most sensitive answers where a service office closed: what a report of wrong information must not carry",
        answers: &[("errand", "disability"), ("language_support", "yes")],
        municipality: Some("1784"),
    },
    Scenario {
        name: "disability-orsa",
        why: "a municipality without a booked-meeting presence: the report itself points to Mora",
        answers: &[("errand", "disability"), ("language_support", "no")],
        municipality: Some("2034"),
    },
    Scenario {
        name: "disability-krokom",
        why: "a municipality whose only presence was still to come in 2021",
        answers: &[("errand", "disability"), ("language_support", "no")],
        municipality: Some("2309"),
    },
];

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(json_str).collect();
    format!("[{}]", items.join(", "))
}

fn data() -> ServiceData {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/services.json");
    services::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The address (fragment only) of a state on the flow.
fn address(answers: &Answers, step: Option<Question>) -> String {
    url_state::to_query(&UrlState {
        page: Page::Flow,
        answers: answers.clone(),
        step,
        ..UrlState::default()
    })
}

/// One scenario, checked against the flow: every named answer is asked for,
/// and the journey ends on a result. A question the flow asks that the
/// scenario does not name gets its first option, so a new question does not
/// break every scenario; name it to choose another.
fn scenario(s: &Scenario, data: &ServiceData) -> String {
    let mut answers = Answers::default();
    let mut questions = Vec::new();
    while let Some(q) = flow::next_question(&answers) {
        let value = if q == Question::Municipality {
            s.municipality.unwrap_or("skip")
        } else {
            s.answers
                .iter()
                .find(|(k, _)| *k == q.key())
                .map(|(_, v)| *v)
                .or_else(|| q.options().first().map(|o| o.value))
                .unwrap_or_else(|| panic!("{}: {} has no options", s.name, q.key()))
        };
        questions.push((q, address(&answers, None)));
        answers
            .set(q, value)
            .unwrap_or_else(|e| panic!("{}: {}={value}: {e:?}", s.name, q.key()));
    }
    let path = flow::path(&answers);
    for (key, _) in s.answers {
        let q = Question::from_key(key).unwrap_or_else(|| panic!("{}: no question {key}", s.name));
        assert!(
            path.contains(&q),
            "{}: the flow never asks {key} for these answers",
            s.name
        );
    }
    assert!(flow::is_complete(&answers), "{}", s.name);
    let check = address(&answers, None);
    answers.confirmed = true;
    let result = address(&answers, None);
    let outcome = routing::route(&answers);
    let municipality = match &answers.municipality {
        Some(MunicipalityAnswer::Code(code)) => {
            let m = data
                .municipality(code)
                .unwrap_or_else(|| panic!("{}: no municipality {code}", s.name));
            format!(
                "{{ \"code\": {}, \"name\": {}, \"typed\": {} }}",
                json_str(code),
                json_str(&m.name),
                json_str(&fold(&m.name).replace(' ', ""))
            )
        }
        _ => "null".to_string(),
    };
    let answer_pairs: Vec<String> = path
        .iter()
        .filter(|q| **q != Question::Municipality)
        .map(|q| {
            format!(
                "{}: {}",
                json_str(q.key()),
                json_str(&answers.value_key(*q).unwrap())
            )
        })
        .collect();
    let question_pairs: Vec<String> = questions
        .iter()
        .map(|(q, a)| format!("{}: {}", json_str(q.key()), json_str(a)))
        .collect();
    format!(
        "{}: {{\n      \"why\": {},\n      \"answers\": {{ {} }},\n      \"municipality\": {},\n      \"questions\": {{ {} }},\n      \"check\": {},\n      \"result\": {},\n      \"route\": {},\n      \"rule\": {}\n    }}",
        json_str(s.name),
        json_str(s.why),
        answer_pairs.join(", "),
        municipality,
        question_pairs.join(", "),
        json_str(&check),
        json_str(&result),
        json_str(outcome.route.key()),
        json_str(outcome.rule),
    )
}

fn fixtures() -> String {
    let data = data();
    let mut keys: Vec<&str> = Question::ALL.iter().map(|q| q.key()).collect();
    keys.extend(["confirmed", "step"]);
    assert!(keys.iter().all(|k| url_state::is_answer_key(k)));
    let questions: Vec<String> = Question::ALL
        .iter()
        .map(|q| {
            format!(
                "    {{ \"key\": {}, \"options\": {} }}",
                json_str(q.key()),
                json_list(q.options().iter().map(|o| o.value))
            )
        })
        .collect();
    let languages: Vec<String> = Locale::ALL
        .iter()
        .map(|l| {
            format!(
                "    {{ \"code\": {}, \"lang\": {}, \"dir\": {}, \"script\": {} }}",
                json_str(l.code()),
                json_str(l.lang()),
                json_str(l.dir()),
                json_str(l.script())
            )
        })
        .collect();
    let scenarios: Vec<String> = SCENARIOS
        .iter()
        .map(|s| format!("    {}", scenario(s, &data)))
        .collect();
    format!(
        "{{\n  \"_comment\": \"Generated by domain/tests/fixtures.rs from the domain's tables; do not edit. UPDATE_GOLDEN=1 cargo test -p vagvisare-domain --test fixtures\",\n  \"answerKeys\": {},\n  \"questions\": [\n{}\n  ],\n  \"languages\": [\n{}\n  ],\n  \"source\": {},\n  \"textFiles\": {{ \"firstView\": {}, \"pages\": {} }},\n  \"pages\": {},\n  \"scenarios\": {{\n{}\n  }}\n}}\n",
        json_list(keys),
        questions.join(",\n"),
        languages.join(",\n"),
        json_str(Locale::SOURCE.code()),
        json_list(Part::FirstView.files().iter().copied()),
        json_list(Part::Pages.files().iter().copied()),
        json_list(Page::NAMED.iter().filter_map(|p| p.key())),
        scenarios.join(",\n"),
    )
}

#[test]
fn fixtures_golden() {
    let got = fixtures();
    let want = std::fs::read_to_string(PATH).unwrap_or_default();
    if got != want {
        if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
            std::fs::write(PATH, &got).expect("write tests/fixtures.json");
        } else {
            panic!(
                "tests/fixtures.json is out of date with the domain.\n\
                 Update it with: UPDATE_GOLDEN=1 cargo test -p vagvisare-domain --test fixtures"
            );
        }
    }
}

/// The file is JSON a test can read (serde_json is the reference parser).
#[test]
fn fixtures_are_valid_json_with_every_language_and_key() {
    let v: serde_json::Value = serde_json::from_str(&fixtures()).expect("valid JSON");
    assert_eq!(v["languages"].as_array().unwrap().len(), Locale::ALL.len());
    assert_eq!(
        v["answerKeys"].as_array().unwrap().len(),
        Question::ALL.len() + 2
    );
    assert_eq!(v["scenarios"].as_object().unwrap().len(), SCENARIOS.len());
}

/// Planted fault: a scenario naming a question its errand never asks is
/// refused (the fixture would otherwise describe a journey that cannot be).
#[test]
#[should_panic(expected = "the flow never asks eid")]
fn a_scenario_the_flow_cannot_walk_is_refused() {
    let wrong = Scenario {
        name: "wrong",
        why: "",
        answers: &[
            ("errand", "etablering"),
            ("eid", "yes"),
            ("digital", "with-help"),
            ("language_support", "yes"),
            ("adaptations", "no"),
        ],
        municipality: None,
    };
    scenario(&wrong, &data());
}
