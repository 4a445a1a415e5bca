//! The module graph of the four crates has no cycles, and `src/browser/` is
//! a leaf. Rust compiles module cycles happily, so nothing else would notice
//! one: this reads every `src/**/*.rs`, `domain/src/**/*.rs`,
//! `data-gen/src/**/*.rs` and `xtask/src/*.rs` (`tests/common/graph.rs`), collects
//! the paths each file names through `crate::`, `super::` or a module a
//! `use` brought in (`use crate::ui;` … `ui::pages::state()`), resolves each
//! to the deepest module it reaches, and fails on a cycle — between files,
//! and between the top-level modules (`app`, `state`, `ui`, `i18n`,
//! `browser` …). The crate root (`lib.rs`, `main.rs`), which declares every module, is
//! left out, as are binaries (`main.rs`, `bin/`), which see the crate from
//! outside.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use common::graph::{crate_graph, edges, find_cycle, top_level, Module};

#[test]
fn the_app_modules_form_no_cycle_and_browser_is_a_leaf() {
    let graph = crate_graph("src");
    assert!(graph.len() > 40, "only {} modules found", graph.len());
    assert_eq!(find_cycle(&graph), None, "a cycle between files");
    assert_eq!(
        find_cycle(&top_level(&graph)),
        None,
        "a cycle between layers"
    );
    for (module, targets) in &graph {
        if module[0] == "browser" {
            let outside: Vec<&Module> = targets.iter().filter(|t| t[0] != "browser").collect();
            assert!(outside.is_empty(), "{module:?} imports {outside:?}");
        }
        // Nothing imports the root component; the state never imports pages.
        if module[0] != "app" {
            assert!(
                !targets.contains(&vec!["app".to_string()]),
                "{module:?} imports app"
            );
        }
        if module[0] == "state" {
            assert!(
                targets.iter().all(|t| t[0] != "ui"),
                "{module:?} imports ui"
            );
        }
    }
}

#[test]
fn the_domain_modules_form_no_cycle() {
    let graph = crate_graph("domain/src");
    assert!(graph.len() > 10, "only {} modules found", graph.len());
    assert_eq!(find_cycle(&graph), None, "a cycle between files");
    assert_eq!(
        find_cycle(&top_level(&graph)),
        None,
        "a cycle between modules"
    );
}

#[test]
fn the_data_generator_modules_form_no_cycle() {
    let graph = crate_graph("data-gen/src");
    assert!(graph.len() >= 8, "only {} modules found", graph.len());
    assert_eq!(find_cycle(&graph), None, "a cycle between files");
}

#[test]
fn the_build_driver_modules_form_no_cycle() {
    let graph = crate_graph("xtask/src");
    assert!(graph.len() >= 6, "only {} modules found", graph.len());
    assert_eq!(find_cycle(&graph), None, "a cycle between files");
}

/// A checker that cannot fail proves nothing: plant the cycles it must see.
#[test]
fn the_checker_finds_planted_cycles() {
    let m = |p: &str| -> Module { p.split("::").map(String::from).collect() };
    let files = |pairs: &[(&str, &str)]| -> BTreeMap<Module, String> {
        pairs.iter().map(|(p, t)| (m(p), t.to_string())).collect()
    };
    // Through a grouped import and a `super::` path.
    let planted = files(&[
        ("ui::shell", "use crate::{app::use_app, i18n};"),
        ("app", "fn f() { super::ui::shell::Shell }"),
        ("i18n", ""),
    ]);
    assert!(find_cycle(&edges(&planted)).is_some());
    // Through a module alias, between layers only.
    let planted = files(&[
        (
            "state::journey",
            "use crate::ui;\nfn f() { ui::pages::ensure() }",
        ),
        ("ui::pages", "use crate::state::chunk::Chunk;"),
        ("ui", ""),
        ("state::chunk", ""),
    ]);
    let graph = edges(&planted);
    assert_eq!(find_cycle(&graph), None);
    assert!(find_cycle(&top_level(&graph)).is_some());
    // The build driver's old cycle: the page took `sri` from the pipeline,
    // which builds the page.
    let planted = files(&[
        ("page", "use crate::pipeline::sri;"),
        ("pipeline", "use crate::page::{self, Assets, Integrity};"),
    ]);
    assert!(find_cycle(&edges(&planted)).is_some());
    // A comment or a string is not an import.
    let clean = files(&[
        (
            "a",
            "// use crate::b;\nconst S: &str = \"see crate::b\"; use crate::c::X;",
        ),
        ("b", "use crate::a::Y;"),
        ("c", ""),
    ]);
    assert_eq!(find_cycle(&edges(&clean)), None);
}
