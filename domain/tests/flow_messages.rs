//! locales/sv/flow.ftl holds exactly the message ids the flow engine emits:
//! none missing (a missing id shows as blank text: Swedish is the fallback
//! of every other language, and has nothing to fall back on) and none unused
//! (an unused text drifts and still gets translated five times); no text
//! takes a variable or promises an interpreter.
//!
//! Phone numbers are not checked here: no message carries one at all, in
//! any file or language (`tests/locales.rs`,
//! `no_message_carries_a_bare_phone_number`, with its planted faults); the
//! app renders each number as a link beside the text (`routing::Contact`).

mod common;

use std::collections::BTreeSet;

use common::ftl;
use vagvisare_domain::answers::{DigitalSkill, ELegitimation, Errand, MunicipalityAnswer};
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::routing::{self, Contact, Link, Route, RULES};

const FTL: &str = include_str!("../../locales/sv/flow.ftl");

fn emitted_ids() -> BTreeSet<&'static str> {
    let mut ids = BTreeSet::new();
    for e in Errand::ALL {
        ids.insert(e.label_id());
        ids.extend(e.hint_id());
    }
    for e in ELegitimation::ALL {
        ids.insert(e.label_id());
        ids.extend(e.hint_id());
    }
    for d in DigitalSkill::ALL {
        ids.insert(d.label_id());
        ids.extend(d.hint_id());
    }
    ids.insert(MunicipalityAnswer::skipped_label_id());
    ids.insert(MunicipalityAnswer::skip_action_id());
    for q in Question::ALL {
        ids.insert(q.title_id());
        ids.extend(q.hint_id());
        ids.insert(q.error_id());
        ids.insert(q.check_label_id());
        for o in q.options() {
            ids.insert(o.label_id);
            ids.extend(o.hint_id);
        }
    }
    for r in Route::ALL {
        ids.insert(r.title_id());
        ids.insert(r.summary_id());
    }
    for c in Contact::ALL {
        ids.insert(c.label_id());
    }
    for l in Link::ALL {
        ids.insert(l.label_id());
    }
    for r in RULES {
        ids.insert(r.reason_id);
        ids.extend(r.steps.iter().map(|s| s.text_id));
        ids.extend(r.alternatives.iter().map(|a| a.text_id));
    }
    ids.extend(routing::NOTE_IDS.iter().copied());
    ids.extend(vagvisare_domain::place::MESSAGE_IDS.iter().copied());
    // Every note the engine really emits is in NOTE_IDS.
    for a in flow::reachable_answers() {
        for n in routing::route(&a).notes {
            assert!(routing::NOTE_IDS.contains(&n), "{n} missing from NOTE_IDS");
        }
    }
    ids
}

/// What is wrong with flow FTL text against the ids the engine emits: ids
/// missing, ids unused, and messages that break the rules below.
fn problems(ftl: &str, emitted: &BTreeSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    // Parse errors, a message defined twice or without a value stop here.
    let messages = ftl::messages_in(ftl);
    for (id, m) in &messages {
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(format!("{id}: ids are lowercase with hyphens"));
        }
        if m.text.trim().is_empty() {
            problems.push(format!("{id} is empty"));
        }
        // The engine formats flow texts without arguments, but for the
        // place in the recommendation (domain::place), which names places.
        if !m.vars.is_empty() && !vagvisare_domain::place::MESSAGE_IDS.contains(&id.as_str()) {
            problems.push(format!("{id} takes variables {:?}", m.vars));
        }
        // Never promise interpreters (remote interpreting is still being
        // developed, §4.4).
        if m.text.to_lowercase().contains("tolk") {
            problems.push(format!("{id} mentions an interpreter"));
        }
    }
    let in_ftl: BTreeSet<&str> = messages.keys().map(String::as_str).collect();
    for id in emitted.difference(&in_ftl) {
        problems.push(format!("missing from flow.ftl: {id}"));
    }
    for id in in_ftl.difference(emitted) {
        problems.push(format!("in flow.ftl but never emitted: {id}"));
    }
    problems
}

#[test]
fn flow_ftl_has_exactly_the_emitted_ids() {
    let problems = problems(FTL, &emitted_ids());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_flow_text_check_catches_planted_faults() {
    let emitted = emitted_ids();
    let reports = |ftl: &str, emitted: &BTreeSet<&str>, what: &str| {
        let found = problems(ftl, emitted);
        assert!(
            found.iter().any(|p| p.contains(what)),
            "planted fault not reported as {what:?}: {found:?}"
        );
    };
    // An id the engine emits that the file lacks.
    let mut more = emitted.clone();
    more.insert("planted-new-step");
    reports(FTL, &more, "missing from flow.ftl: planted-new-step");
    // A text nobody emits.
    let unused = format!("{FTL}\nplanted-old-step = Ett gammalt steg.\n");
    reports(&unused, &emitted, "never emitted: planted-old-step");
    // An interpreter promised, a variable, an empty text.
    let mut planted = emitted.clone();
    planted.extend(["planted-a", "planted-b", "planted-c"]);
    let text = format!(
        "{FTL}\nplanted-a = Du får en Tolk på plats.\nplanted-b = Hej {{ $name }}!\nplanted-c = {{ \"\" }}\n"
    );
    reports(&text, &planted, "planted-a mentions an interpreter");
    reports(&text, &planted, "planted-b takes variables");
    reports(&text, &planted, "planted-c is empty");
}
