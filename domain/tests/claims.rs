//! `data/claims.tsv`: every claim the app makes to users about services,
//! phone lines, procedures and links, with its source and its status. This
//! keeps it whole and honest: every fact-stating message has a row, no row
//! says `checked` without a source dated 2022 or later, and the texts whose
//! only source is the 2021 report are exactly the ones the result page marks
//! as such (`domain::claims::FROM_2021`). How to re-check them is in
//! docs/claims.md.

use std::collections::{BTreeMap, BTreeSet};

use vagvisare_domain::claims::FROM_2021;
use vagvisare_domain::routing::{self, Contact, Link, Route, RULES};

const TSV: &str = include_str!("../../data/claims.tsv");

struct Row<'a> {
    claim: &'a str,
    ids: Vec<&'a str>,
    status: &'a str,
    source_date: &'a str,
    url: &'a str,
}

fn rows(tsv: &str) -> Vec<Row<'_>> {
    let mut lines = tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#'));
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("claim\tmessage_ids\tstatus\tsource\tsource_date\turl"),
        "{header}"
    );
    lines
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert!(c.len() >= 8, "{l}");
            Row {
                claim: c[0],
                ids: c[1]
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect(),
                status: c[2],
                source_date: c[4],
                url: c[5],
            }
        })
        .collect()
}

/// What the app states as fact about services, lines, procedures and links:
/// the routing table's reasons, steps and alternatives, its notes, the
/// routes' summaries, the lines and links it names.
fn fact_stating_ids() -> BTreeSet<&'static str> {
    let mut ids = BTreeSet::new();
    for r in RULES {
        ids.insert(r.reason_id);
        ids.extend(r.steps.iter().map(|s| s.text_id));
        ids.extend(r.alternatives.iter().map(|a| a.text_id));
    }
    ids.extend(routing::NOTE_IDS.iter().copied());
    ids.extend(Route::ALL.iter().map(|r| r.summary_id()));
    ids.extend(Contact::ALL.iter().map(|c| c.label_id()));
    ids.extend(Link::ALL.iter().map(|l| l.label_id()));
    ids
}

/// Whatever is wrong with the table, or nothing.
fn problems(rows: &[Row], needed: &BTreeSet<&str>, from_2021: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut covered = BTreeSet::new();
    let mut by_status: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for r in rows {
        match r.status {
            "checked" => {
                if r.source_date.get(..4).is_none_or(|y| y < "2022") {
                    out.push(format!(
                        "{}: checked, but the source is dated {}",
                        r.claim, r.source_date
                    ));
                }
            }
            "undated" => {
                let own = [
                    "https://arbetsformedlingen.se/",
                    "https://www.statenssc.se/",
                    "https://statenssc.se/",
                ];
                if r.source_date != "undated" || !own.iter().any(|o| r.url.starts_with(o)) {
                    out.push(format!(
                        "{}: undated must be the authority's own page",
                        r.claim
                    ));
                }
            }
            "2021" => {
                if !r.source_date.starts_with("2021") {
                    out.push(format!(
                        "{}: 2021, but the source is dated {}",
                        r.claim, r.source_date
                    ));
                }
            }
            other => out.push(format!(
                "{}: status {other} (checked, undated or 2021)",
                r.claim
            )),
        }
        if r.url.is_empty() || r.url == "-" {
            out.push(format!("{}: no address", r.claim));
        }
        for id in &r.ids {
            covered.insert(*id);
            by_status.entry(r.status).or_default().insert(id);
        }
    }
    for id in needed {
        if !covered.contains(id) {
            out.push(format!("{id}: a claim with no row in data/claims.tsv"));
        }
    }
    let marked: BTreeSet<&str> = from_2021.iter().copied().collect();
    let only_2021: BTreeSet<&str> = by_status
        .get("2021")
        .into_iter()
        .flatten()
        .copied()
        .filter(|id| needed.contains(id))
        .collect();
    for id in only_2021.difference(&marked) {
        out.push(format!(
            "{id}: rests on the 2021 report, but FROM_2021 does not mark it"
        ));
    }
    for id in marked.difference(&only_2021) {
        out.push(format!(
            "{id}: FROM_2021 marks it, but no 2021 row names it"
        ));
    }
    out
}

#[test]
fn every_claim_has_a_row_and_no_row_overstates_its_source() {
    let rows = rows(TSV);
    assert!(rows.len() > 40, "{} rows", rows.len());
    let problems = problems(&rows, &fact_stating_ids(), FROM_2021);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every id the table names exists in Swedish (a renamed message would
/// leave its row pointing at nothing).
#[test]
fn every_id_in_the_table_exists() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/sv");
    let text: String = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for r in rows(TSV) {
        for id in r.ids {
            assert!(
                text.contains(&format!("\n{id} =")) || text.starts_with(&format!("{id} =")),
                "{}: {id}",
                r.claim
            );
        }
    }
}

/// Planted faults: a claim with no row, a `checked` row with a 2021 source,
/// an unknown status and a 2021 claim the page does not mark are all caught.
#[test]
fn the_checks_catch_planted_faults() {
    let tsv = "claim\tmessage_ids\tstatus\tsource\tsource_date\turl\tchecked_on\tnote\n\
        a\tstep-x\tchecked\tAF\t2021-10-01\thttps://arbetsformedlingen.se/\t2026-12-07\t-\n\
        b\tstep-y\tchanged\tAF\t2024-01-01\thttps://arbetsformedlingen.se/\t2026-12-07\t-\n\
        c\tstep-z\t2021\tAF\t2021-10-01\thttps://arbetsformedlingen.se/\t2026-12-07\t-\n";
    let needed: BTreeSet<&str> = ["step-x", "step-y", "step-z", "step-w"].into();
    let found = problems(&rows(tsv), &needed, &[]).join("\n");
    for expected in [
        "a: checked, but the source is dated 2021-10-01",
        "b: status changed",
        "step-w: a claim with no row",
        "step-z: rests on the 2021 report, but FROM_2021 does not mark it",
    ] {
        assert!(found.contains(expected), "{expected} not in:\n{found}");
    }
}
