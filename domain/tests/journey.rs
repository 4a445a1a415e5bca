//! The journey over every reachable answer set: walking forward with
//! Continue reaches check-your-answers then the result; Back walks the same
//! path in reverse to the start page; every Change link opens its question
//! and returns; the "Question N of M" count never says a number it takes
//! back.

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
        for q in &path {
            assert_eq!(journey::screen(&s), Screen::Question(*q), "{done:?}");
            let value = done.value_key(*q).unwrap();
            s = via_url(&journey::answer(&s, *q, &value).unwrap());
        }
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
}

/// The count a progress function shows, checked along every forward walk
/// and on every question opened again by Back, Change or a link, with the
/// answers before and after it in place: the number is the position on the
/// path; a total is never less than the questions already passed plus those
/// left, and "1 of 1" is never shown; on the way forward a total, once
/// shown, never changes or goes away. The first fault found, as text.
fn check_progress(progress: impl Fn(&UrlState, Question) -> Progress) -> Result<(), String> {
    for done in flow::reachable_answers() {
        let path = flow::path(&done);
        let check = |s: &UrlState, i: usize, q: Question, how: &str| -> Result<Progress, String> {
            let p = progress(s, q);
            let at = format!("{done:?}, {q:?} ({how})");
            if p.number != i + 1 {
                return Err(format!("{at}: question {} shown as {}", i + 1, p.number));
            }
            if p.number == 1 && p.total == Some(1) {
                return Err(format!("{at}: \"1 of 1\" on the first question"));
            }
            if let Some(total) = p.total {
                let left = path.len() - i;
                if total < p.number - 1 + left {
                    return Err(format!(
                        "{at}: total {total} with question {} and {left} left to answer",
                        p.number
                    ));
                }
            }
            Ok(p)
        };
        // Forward, as Continue leads.
        let mut s = journey::begin();
        let mut shown: Option<usize> = None;
        for (i, q) in path.iter().enumerate() {
            let p = check(&s, i, *q, "forward")?;
            match (shown, p.total) {
                (Some(before), Some(now)) if now < before => {
                    return Err(format!(
                        "{done:?}: the total went from {before} down to {now} at {q:?}"
                    ));
                }
                (Some(before), Some(now)) if now > before => {
                    return Err(format!(
                        "{done:?}: the total went from {before} up to {now} at {q:?}"
                    ));
                }
                (Some(before), None) => {
                    return Err(format!(
                        "{done:?}: the total {before} was taken back at {q:?}"
                    ));
                }
                _ => {}
            }
            shown = p.total.or(shown);
            let value = done.value_key(*q).unwrap();
            s = via_url(&journey::answer(&s, *q, &value).unwrap());
        }
        // Each question opened again with every answer in place.
        for (i, q) in path.iter().enumerate() {
            let opened = via_url(&journey::change(&flow_state(done.clone()), *q));
            check(&opened, i, *q, "opened again")?;
        }
    }
    Ok(())
}

#[test]
fn the_question_count_never_takes_a_number_back() {
    check_progress(journey::progress).unwrap();
    // And it is exact: a total shown is the number asked in the end.
    for done in flow::reachable_answers() {
        let path = flow::path(&done);
        for q in &path {
            let opened = journey::change(&flow_state(done.clone()), *q);
            if let Some(total) = journey::progress(&opened, *q).total {
                assert_eq!(total, path.len(), "{done:?} at {q:?}");
            }
        }
    }
    // The first question, whose answer decides the path: no total.
    assert_eq!(
        journey::progress(&journey::begin(), Question::Errand),
        Progress {
            number: 1,
            total: None
        }
    );
}

/// Planted faults: the counts this project once showed, which the check
/// must refuse.
#[test]
fn the_count_check_catches_a_count_that_is_taken_back() {
    // The path so far as the total: "1 of 1", then 6, then 5.
    let path_so_far = |s: &UrlState, q: Question| {
        let path = flow::path(&s.answers);
        let number = path.iter().position(|p| *p == q).map_or(1, |i| i + 1);
        Progress {
            number,
            total: Some(path.len().max(number)),
        }
    };
    let err = check_progress(path_so_far).unwrap_err();
    assert!(err.contains("1 of 1"), "{err}");
    // The largest total still possible: 6, then 5 once e-legitimation is
    // "no", with nothing to say why.
    let largest = |s: &UrlState, q: Question| {
        let real = journey::progress(s, q);
        let mut before = s.answers.clone();
        for p in &flow::path(&s.answers)[real.number - 1..] {
            before.clear(*p);
        }
        let most = flow::completions(&before)
            .iter()
            .map(|c| flow::path(c).len())
            .max();
        Progress {
            total: most,
            ..real
        }
    };
    let err = check_progress(largest).unwrap_err();
    assert!(err.contains("down to"), "{err}");
    // A total that counts only what is next.
    let too_few = |s: &UrlState, q: Question| {
        let real = journey::progress(s, q);
        Progress {
            total: Some(real.number + 1),
            ..real
        }
    };
    let err = check_progress(too_few).unwrap_err();
    assert!(err.contains("left to answer"), "{err}");
}
