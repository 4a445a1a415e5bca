//! build.rs's checks of what it reads (`build/inputs.rs`), each error
//! planted: the deployment settings the README promises to refuse, and
//! the FTL id reader that decides which messages a locale must have.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/inputs.rs"]
mod inputs;

use inputs::{message_ids, parse};

#[test]
fn the_shipped_settings_are_accepted() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(inputs::SITE_FILE),
    )
    .unwrap();
    parse(&text).expect("config/site.toml is valid");
}

#[test]
fn good_settings_are_read_in_order() {
    let text = "# a comment\noperator = \"Kommun X\"\n\ncontact_email = \"a@b.se\"\ncontact_url = \"https://b.se/x\"\n";
    assert_eq!(
        parse(text).unwrap(),
        ["Kommun X", "a@b.se", "https://b.se/x"].map(String::from)
    );
    assert_eq!(parse("").unwrap(), ["", "", ""].map(String::from));
}

/// Each planted fault is refused, with a message naming what is wrong.
#[test]
fn every_error_is_refused_with_its_reason() {
    let long = format!("operator = \"{}\"", "x".repeat(201));
    let cases: &[(&str, &str)] = &[
        ("operator \"X\"", "line 1: expected key = \"value\""),
        ("owner = \"X\"", "unknown field \"owner\""),
        ("operator = X", "operator must be a string in double quotes"),
        ("operator = \"a\\\\b\"", "may not contain quotes"),
        (
            "operator = \"X\"\noperator = \"Y\"",
            "line 2: operator is set twice",
        ),
        (&long, "longer than 200 characters"),
        (
            "operator = \"X\"\ncontact_email = \"nobody\"",
            "is not an e-mail address",
        ),
        (
            "operator = \"X\"\ncontact_email = \"a@b\"",
            "is not an e-mail address",
        ),
        (
            "operator = \"X\"\ncontact_email = \"a b@c.se\"",
            "is not an e-mail address",
        ),
        (
            "operator = \"X\"\ncontact_url = \"http://b.se\"",
            "is not an https:// web address",
        ),
        (
            "operator = \"X\"\ncontact_url = \"https://\"",
            "is not an https:// web address",
        ),
        (
            "operator = \"X\"\ncontact_url = \"https://b.se/<x>\"",
            "is not an https:// web address",
        ),
        (
            "contact_email = \"a@b.se\"",
            "operator is empty, but a contact is set",
        ),
    ];
    for (text, expected) in cases {
        let err = parse(text).expect_err(text);
        assert!(err.contains(expected), "{text:?}: {err}");
        assert!(err.starts_with(inputs::SITE_FILE), "{err}");
    }
}

#[test]
fn message_ids_are_read_in_every_form_fluent_allows() {
    let ftl = "# comment\nplain = A\ntight=B\nspaced   =   C\nmulti =\n    { $n ->\n       *[other] x = y\n    }\n-term = T\n## group\n   indented = not a message\nwith_under-score2 = D\n";
    assert_eq!(
        message_ids(ftl),
        ["plain", "tight", "spaced", "multi", "with_under-score2"]
    );
}
