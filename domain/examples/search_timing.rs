//! How long searches take on this machine, and how many results typo
//! queries give. Not a test: it asserts nothing, and a timing on a shared
//! machine would only be noise. Run it after a change to `lookup.rs`:
//!
//! ```text
//! cargo run -p vagvisare-domain --example search_timing --release
//! ```
//!
//! The app runs the same code in WebAssembly on phones, several times
//! slower than a host build; compare runs on one machine, not with figures
//! from another.

use std::time::Instant;
use vagvisare_domain::lookup::search;
use vagvisare_domain::services::{parse, ServiceData};

fn data() -> ServiceData {
    parse(include_str!("../../data/services.json")).expect("the committed data parses")
}

fn names(data: &ServiceData, query: &str, limit: usize) -> Vec<String> {
    search(data, query, limit)
        .into_iter()
        .map(|m| m.name.clone())
        .collect()
}

fn main() {
    let d = data();
    let queries = [
        "s",
        "sa",
        "sal",
        "sala",
        "göt",
        "Göteborg",
        "Mölnadal",
        "Sysseleback",
        "Umeå kommun",
        "Göteborgs stad",
        "gothenburg",
        "ＭＡＬＭÖ",
        "kristinhman",
        "xyzzy",
        "0114",
        "ornskoldsvk",
        "stockholm",
        "Helsingborgh",
        "Malung-Sälen",
        "qqqqqqqqqq",
    ];
    // Warm up.
    for q in &queries {
        std::hint::black_box(search(&d, q, 10));
    }
    let rounds = 100;
    let start = Instant::now();
    for _ in 0..rounds {
        for q in &queries {
            std::hint::black_box(search(&d, q, 10));
        }
    }
    let total = start.elapsed();
    let n = rounds * queries.len();
    println!(
        "{n} searches: {:.1} ms, {:.1} µs per search",
        total.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e6 / n as f64
    );
    // The slowest kind: a long query no name matches, so every name and
    // locality goes through the edit distance.
    let start = Instant::now();
    for _ in 0..2000 {
        std::hint::black_box(search(&d, "qwertyuiop", 10));
    }
    println!(
        "2000 searches for an unmatched 10-letter query: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    // How many results typo-only queries bring, to see they do not flood.
    for q in [
        "Mölnadal",
        "Sysseleback",
        "kristinhman",
        "Östersnd",
        "Skeleft",
        "gotenburg",
        "Hässelholm",
    ] {
        println!("{q}: {:?}", names(&d, q, 290));
    }
}
