//! The pictures (src/ui/picture.rs): every route has one, each its own;
//! each is a small decorative line drawing (no text, hidden from screen
//! readers, never focusable, scalable); and every step that needs
//! e-legitimation or a phone, read from the Swedish texts, shows that
//! picture, and no other step shows one.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::{ftl_path, messages};
use vagvisare::i18n::Locale;
use vagvisare::ui::picture::{of_route, of_step, Picture};
use vagvisare_domain::routing::Route;

/// The most bytes one drawing's path may have.
const MAX_PATH_BYTES: usize = 200;

#[test]
fn every_route_has_its_own_picture() {
    let pictures: Vec<Picture> = Route::ALL.iter().map(|r| of_route(*r)).collect();
    let distinct: BTreeSet<&str> = pictures.iter().map(|p| p.key()).collect();
    assert_eq!(
        distinct.len(),
        Route::ALL.len(),
        "two routes share a picture: {pictures:?}"
    );
    for p in pictures {
        assert!(Picture::ALL.contains(&p));
    }
}

/// What is wrong with a drawing's markup.
fn drawing_problems(key: &str, html: &str, path: &str) -> Vec<String> {
    let mut out = vec![];
    for needed in [
        "aria-hidden=\"true\"",
        "focusable=\"false\"",
        "viewBox=\"0 0 24 24\"",
        "class=\"pic\"",
    ] {
        if !html.contains(needed) {
            out.push(format!("{key}: no {needed}"));
        }
    }
    for banned in [
        "<text",
        "<title",
        "<desc",
        "fill=\"#",
        "stroke=\"#",
        "width=",
        "height=",
    ] {
        if html.contains(banned) {
            out.push(format!("{key}: has {banned}"));
        }
    }
    if path.len() > MAX_PATH_BYTES {
        out.push(format!(
            "{key}: path of {} bytes > {MAX_PATH_BYTES}",
            path.len()
        ));
    }
    if !path
        .chars()
        .all(|c| c.is_ascii_digit() || " .-MmHhVvLlAaZzCcSs".contains(c))
    {
        out.push(format!("{key}: path has something other than path data"));
    }
    out
}

#[test]
fn every_picture_is_a_small_decorative_line_drawing() {
    let mut problems = vec![];
    let mut total = 0;
    for p in Picture::ALL {
        problems.extend(drawing_problems(p.key(), p.html(), p.path()));
        total += p.path().len();
    }
    println!(
        "{} pictures, {total} bytes of path data",
        Picture::ALL.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Planted: a picture with a text and a colour of its own is refused.
    let bad = Picture::Web
        .html()
        .replace("<path", "<text>www</text><path stroke=\"#000\"");
    assert_eq!(
        drawing_problems("bad", &bad, Picture::Web.path()),
        ["bad: has <text", "bad: has stroke=\"#"]
    );
}

/// The picture each step must have, from its Swedish text: a step that
/// says e-legitimation shows the padlock, one that says to call the phone.
fn expected_step_picture(text: &str) -> Option<Picture> {
    if text.contains("e-legitimation") {
        Some(Picture::ELegitimation)
    } else if text.starts_with("Ring ") {
        Some(Picture::Phone)
    } else {
        None
    }
}

fn step_problems(
    steps: &[(String, String)],
    of_step: impl Fn(&str) -> Option<Picture>,
) -> Vec<String> {
    steps
        .iter()
        .filter_map(|(id, text)| {
            let (want, got) = (expected_step_picture(text), of_step(id));
            (want != got).then(|| format!("{id}: expected {want:?}, shows {got:?} (\"{text}\")"))
        })
        .collect()
}

#[test]
fn every_step_that_needs_e_legitimation_or_a_phone_shows_it() {
    let steps: Vec<(String, String)> = messages(&ftl_path(Locale::SOURCE, "flow.ftl"))
        .into_iter()
        .filter(|(id, _)| id.starts_with("step-"))
        .map(|(id, m)| (id, m.text.trim().to_string()))
        .collect();
    assert!(steps.len() > 20, "the steps were read");
    let problems = step_problems(&steps, of_step);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Planted: a new step that asks for e-legitimation without the picture.
    let mut planted = steps.clone();
    planted.push((
        "step-planted".into(),
        "Logga in med din e-legitimation.".into(),
    ));
    assert_eq!(step_problems(&planted, of_step).len(), 1);
}
