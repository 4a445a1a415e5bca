//! locales/sv/flow.ftl holds exactly the message ids the flow engine emits:
//! none missing (a missing id shows as a raw id to a jobseeker) and none
//! unused (an unused text drifts and still gets translated five times).

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
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

fn text_of(p: &Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => s.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    s.push_str(&format!("{{\"{value}\"}}"))
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    s.push_str(&format!("{{${}}}", id.name))
                }
                // Every variant's text (the place messages select on $precision or $names).
                Expression::Select { variants, .. } => {
                    for v in variants {
                        s.push_str(&text_of(&v.value));
                    }
                }
                other => panic!("unexpected placeable {other:?}"),
            },
        }
    }
    s
}

#[test]
fn flow_ftl_has_exactly_the_emitted_ids() {
    let res = fluent_syntax::parser::parse(FTL).unwrap_or_else(|(_, errs)| {
        panic!("flow.ftl has syntax errors: {errs:?}");
    });
    let mut in_ftl = BTreeSet::new();
    for entry in &res.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                assert!(in_ftl.insert(id), "{id} defined twice");
                assert!(
                    id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{id}: ids are lowercase with hyphens"
                );
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{id} has no value"));
                let text = text_of(value);
                assert!(!text.trim().is_empty(), "{id} is empty");
                // Phone numbers only as string-literal placeables, so that the
                // app can isolate them for right-to-left locales.
                for el in &value.elements {
                    if let PatternElement::TextElement { value } = el {
                        assert!(!value.contains("0771"), "{id}: bare phone number");
                    }
                }
                // Never promise interpreters (remote interpreting is still being developed, §4.4).
                assert!(
                    !text.to_lowercase().contains("tolk"),
                    "{id} mentions an interpreter"
                );
            }
            Entry::Junk { content } => panic!("junk in flow.ftl: {content:?}"),
            Entry::Term(t) => panic!("terms are not used in flow.ftl: -{}", t.id.name),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    let emitted = emitted_ids();
    let missing: Vec<_> = emitted.difference(&in_ftl).collect();
    let unused: Vec<_> = in_ftl.difference(&emitted).collect();
    assert!(
        missing.is_empty(),
        "ids missing from locales/sv/flow.ftl: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "ids in locales/sv/flow.ftl that the code never emits: {unused:?}"
    );
}
