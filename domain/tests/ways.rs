//! The promise that no route requires a voice call, made stronger for 2026:
//! every answer offers at least one way forward that needs neither a call
//! nor the chat (which rarely answers), over every reachable answer set; and
//! every answer whose steps rest on a call or the chat says that it can be
//! hard to get through.

use vagvisare_domain::flow;
use vagvisare_domain::routing::{self, Outcome, Way};

/// The promise for one answer, or what breaks it.
fn check(o: &Outcome) -> Result<(), String> {
    if !o.ways().any(Way::without_call_or_chat) {
        return Err(format!(
            "{}: every way forward is a call or the chat: {:?}",
            o.rule,
            o.ways().collect::<Vec<_>>()
        ));
    }
    let rests_on_calls = o
        .steps
        .iter()
        .any(|s| matches!(s.way, Way::Call | Way::Chat));
    if rests_on_calls != o.notes.contains(&"note-hard-to-reach") {
        return Err(format!("{}: the note on getting through", o.rule));
    }
    Ok(())
}

#[test]
fn every_answer_has_a_way_without_a_call_or_the_chat() {
    let answers = flow::reachable_answers();
    assert!(answers.len() > 100);
    for a in &answers {
        check(&routing::route(a)).unwrap();
    }
}

/// Planted faults: an answer whose only ways are a call and the chat, and
/// one that rests on a call without saying it can be hard to get through.
#[test]
fn the_check_catches_an_answer_of_calls_and_chat_only() {
    let a = flow::reachable_answers()
        .into_iter()
        .find(|a| routing::route(a).route == routing::Route::Remote)
        .unwrap();
    let mut o = routing::route(&a);
    check(&o).unwrap();
    o.alternatives
        .retain(|x| matches!(x.way, Way::Call | Way::Chat | Way::Info));
    o.steps
        .retain(|x| matches!(x.way, Way::Call | Way::Chat | Way::Info));
    assert!(check(&o)
        .unwrap_err()
        .contains("every way forward is a call or the chat"));
    let mut quiet = routing::route(&a);
    quiet.notes.retain(|n| *n != "note-hard-to-reach");
    assert!(check(&quiet).unwrap_err().contains("getting through"));
}
