//! The journey over every reachable answer set: walking forward with
//! Continue reaches check-your-answers then the result; Back walks the same
//! path in reverse to the start page; every Change link opens its question
//! and returns; the "Question N of M" count is the position on the path.

mod common;

use common::brief;
use vagvisare_domain::answers::Answers;
use vagvisare_domain::flow::{self, Question};
use vagvisare_domain::journey::{self, Progress, Screen};
use vagvisare_domain::url_state::{parse, to_query, Page, UrlState};

fn flow_state(answers: Answers) -> UrlState {
    UrlState {
        page: Page::Flow,
        answers,
        ..UrlState::default()
    }
}

/// What a link to this state opens: the state read back from its address.
fn via_url(s: &UrlState) -> UrlState {
    parse(&to_query(s))
}

#[test]
fn continue_walks_the_path_to_check_answers_then_the_result() {
    for done in flow::reachable_answers() {
        let path = flow::path(&done);
        let mut s = journey::begin();
        let mut last_total = usize::MAX;
        for (i, q) in path.iter().enumerate() {
            assert_eq!(journey::screen(&s), Screen::Question(*q), "{done:?}");
            let p = journey::progress(&s, *q);
            assert_eq!(p.number, i + 1, "{done:?} at {q:?}");
            assert!(p.number <= p.total, "{done:?} at {q:?}");
            // Once the errand is known, the count may shrink, never grow.
            if i > 1 {
                assert!(p.total <= last_total, "{done:?}: the count grew at {q:?}");
            }
            last_total = p.total;
            let value = done.value_key(*q).unwrap();
            s = via_url(&journey::answer(&s, *q, &value).unwrap());
        }
        assert_eq!(last_total, path.len(), "{done:?}");
        assert_eq!(journey::screen(&s), Screen::CheckAnswers, "{done:?}");
        let result = via_url(&journey::confirm(&s));
        assert_eq!(result.answers, done);
        // The result page shows the brief's route for the answers given on
        // the way (stated in `common/brief.rs`, not read from `RULES`).
        match journey::screen(&result) {
            Screen::Result(o) => assert_eq!(o.route, brief::primary_route(&done), "{done:?}"),
            other => panic!("{done:?}: confirmed answers showed {other:?}"),
        }
    }
}

#[test]
fn back_walks_the_path_in_reverse_to_the_start_page() {
    for done in flow::reachable_answers() {
        let path = flow::path(&done);
        let mut s = flow_state(done.clone());
        assert!(matches!(journey::screen(&s), Screen::Result(_)));
        s = via_url(&journey::back(&s).unwrap());
        assert_eq!(journey::screen(&s), Screen::CheckAnswers, "{done:?}");
        for q in path.iter().rev() {
            s = via_url(&journey::back(&s).unwrap());
            assert_eq!(journey::screen(&s), Screen::Question(*q), "{done:?}");
            // Going back never loses an answer.
            assert_eq!(s.answers.value_key(*q), done.value_key(*q));
        }
        s = via_url(&journey::back(&s).unwrap());
        assert_eq!(journey::screen(&s), Screen::Start, "{done:?}");
        assert_eq!(journey::back(&s), None);
    }
}

#[test]
fn every_change_link_opens_its_question_and_comes_back() {
    for done in flow::reachable_answers() {
        let check = flow_state(Answers {
            confirmed: false,
            ..done.clone()
        });
        let rows = journey::check_rows(&check);
        let questions: Vec<Question> = rows.iter().map(|r| r.question).collect();
        assert_eq!(questions, flow::path(&done), "one row per question asked");
        for row in rows {
            let q = row.question;
            assert_eq!(row.value, done.value_key(q).unwrap());
            assert_eq!(row.label_id, done.value_label_id(q));
            // The link's address and the click lead to the same state.
            assert_eq!(row.change, journey::change(&check, q));
            let opened = via_url(&row.change);
            assert_eq!(journey::screen(&opened), Screen::Question(q), "{done:?}");
            // Continue without changing: back to check-your-answers, as before.
            let same = via_url(&journey::answer(&opened, q, &row.value).unwrap());
            assert_eq!(
                journey::screen(&same),
                Screen::CheckAnswers,
                "{done:?} {q:?}"
            );
            assert_eq!(same.answers, check.answers);
            // Any other option: never straight to a result, and what no
            // longer applies is gone.
            for o in q.options() {
                let changed = via_url(&journey::answer(&opened, q, o.value).unwrap());
                assert!(!changed.answers.confirmed, "{done:?} {q:?}={}", o.value);
                let mut pruned = changed.answers.clone();
                pruned.prune();
                assert_eq!(pruned, changed.answers);
                assert!(!matches!(journey::screen(&changed), Screen::Result(_)));
            }
        }
    }
}

/// The confirmation rule, where the domain and the app once disagreed: an
/// unchanged answer keeps it, a changed one withdraws it.
#[test]
fn an_unchanged_answer_keeps_the_confirmation() {
    for done in flow::reachable_answers() {
        let result = flow_state(done.clone());
        for q in flow::path(&done) {
            let opened = UrlState {
                step: Some(q),
                ..result.clone()
            };
            let value = done.value_key(q).unwrap();
            let same = journey::answer(&opened, q, &value).unwrap();
            assert!(same.answers.confirmed, "{done:?} {q:?}");
            assert!(matches!(journey::screen(&same), Screen::Result(_)));
        }
    }
}

#[test]
fn pages_outside_the_journey() {
    assert_eq!(journey::screen(&UrlState::default()), Screen::Start);
    for &p in Page::NAMED {
        assert_eq!(journey::screen(&journey::page(p)), Screen::Page(p));
        assert_eq!(journey::back(&journey::page(p)), Some(UrlState::default()));
    }
    assert_eq!(journey::href(&UrlState::default()), "./");
    assert_eq!(journey::href(&journey::begin()), "#step=errand");
    assert_eq!(
        journey::progress(&journey::begin(), Question::Errand),
        Progress {
            number: 1,
            total: 1
        }
    );
}
