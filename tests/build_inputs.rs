//! build.rs's checks of what it reads (`build/inputs.rs`), each error
//! planted: the deployment settings docs/deploying.md promises to refuse
//! (the base path among them, which xtask reads with the same module), and
//! the FTL id reader that decides which messages a locale must have.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/inputs.rs"]
mod inputs;

use inputs::{
    cache_prefix, check_base_path, effective_base_path, message_ids, parse, storage_prefix,
    Settings,
};

fn settings(operator: &str, email: &str, url: &str, base_path: &str) -> Settings {
    Settings {
        operator: operator.into(),
        contact_email: email.into(),
        contact_url: url.into(),
        base_path: base_path.into(),
    }
}

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
    let text = "# a comment\noperator = \"Kommun X\"\n\ncontact_email = \"a@b.se\"\ncontact_url = \"https://b.se/x\"\nbase_path = \"/vagvisaren/\"\n";
    assert_eq!(
        parse(text).unwrap(),
        settings("Kommun X", "a@b.se", "https://b.se/x", "/vagvisaren/")
    );
    // Without a base path: the root of the host.
    assert_eq!(parse("").unwrap(), settings("", "", "", "/"));
}

#[test]
fn base_paths_that_work_as_addresses_are_accepted() {
    for path in ["/", "/vagvisaren/", "/tjanster/vagvisaren-2/", "/a_b/C9/"] {
        check_base_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}

/// Each kind of base path that would break an address, a script string,
/// a cache name or nginx's configuration is refused, saying why.
#[test]
fn every_bad_base_path_is_refused_with_its_reason() {
    let long = format!("/{}/", "a".repeat(99));
    let cases: &[(&str, &str)] = &[
        ("", "must start and end with \"/\""),
        ("vagvisaren/", "must start and end with \"/\""),
        ("/vagvisaren", "must start and end with \"/\""),
        ("https://example.se/vagvisaren/", "must start and end"),
        ("//", "empty segment"),
        ("/a//b/", "empty segment"),
        ("/../", "may hold only"),
        ("/./", "may hold only"),
        ("/väg/", "may hold only"),
        ("/a b/", "may hold only"),
        ("/a'b/", "may hold only"),
        ("/a?b=1/", "may hold only"),
        ("/a#b/", "may hold only"),
        ("/a%20b/", "may hold only"),
        ("/a.b/", "may hold only"),
        (&long, "longer than 100 characters"),
    ];
    for (path, expected) in cases {
        let err = check_base_path(path).expect_err(path);
        assert!(err.contains(expected), "{path:?}: {err}");
        // In the file, with the file's name in front.
        let err = parse(&format!("base_path = \"{path}\"")).expect_err(path);
        assert!(
            err.starts_with(inputs::SITE_FILE) && err.contains(expected),
            "{err}"
        );
    }
}

#[test]
fn the_environment_overrides_the_base_path_and_is_checked_the_same_way() {
    let file = settings("", "", "", "/");
    assert_eq!(effective_base_path(&file, None).unwrap(), "/");
    assert_eq!(
        effective_base_path(&file, Some("/vagvisaren/")).unwrap(),
        "/vagvisaren/"
    );
    let err = effective_base_path(&file, Some("/vagvisaren")).unwrap_err();
    assert!(err.starts_with("VV_BASE_PATH: base_path"), "{err}");
}

/// Two deployments on one host never share a storage key or a cache: no
/// prefix is a prefix of another's that a build id could complete.
#[test]
fn storage_keys_and_cache_names_differ_per_base_path() {
    assert_eq!(storage_prefix("/"), "vagvisaren", "the root keeps its keys");
    assert_eq!(storage_prefix("/vagvisaren/"), "vagvisaren/vagvisaren");
    assert_eq!(
        cache_prefix("/"),
        "vagvisaren-",
        "the root keeps its caches"
    );
    assert_eq!(cache_prefix("/vagvisaren/"), "vagvisaren-/vagvisaren/");
    let bases = [
        "/",
        "/a/",
        "/a/b/",
        "/ab/",
        "/vagvisaren/",
        "/vagvisaren-2/",
    ];
    for a in bases {
        for b in bases.iter().filter(|b| **b != a) {
            let key = |base| format!("{}.lang", storage_prefix(base));
            assert_ne!(key(a), key(b));
            // sw.js counts a cache as its own when its name is the prefix
            // and then a build id, which has no '/'.
            let theirs = format!("{}0123456789abcdef", cache_prefix(b));
            let mine = cache_prefix(a);
            let counted = theirs.starts_with(&mine) && !theirs[mine.len()..].contains('/');
            assert!(!counted, "{a} would count {theirs} as its own");
        }
    }
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
