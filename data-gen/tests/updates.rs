//! The dated updates on top of the 2021 baseline: what they change, and the
//! generator refusing every kind of bad row with file, line and reason.

mod common;

use common::inputs;
use vagvisare_data_gen::{self as generate, Inputs, UPDATES_FILE};
use vagvisare_domain::services::{Change, ServiceData, Standing};

fn data() -> ServiceData {
    generate::build(&inputs()).unwrap()
}

/// The nine municipalities whose last service office Statens servicecenter
/// closed in 2025 (its decision of 2025-04-10), with the last day open.
const CLOSED_2025: &[(&str, &str)] = &[
    ("Arvika", "2025-05-30"),
    ("Bollnäs", "2025-06-13"),
    ("Filipstad", "2025-05-30"),
    ("Kungälv", "2025-05"),
    ("Landskrona", "2025-06-13"),
    ("Lindesberg", "2025-05-30"),
    ("Motala", "2025-05-30"),
    ("Simrishamn", "2025-03"),
    ("Åmål", "2025-05-30"),
];

#[test]
fn the_nine_closures_of_2025_are_closed_with_date_and_source() {
    let data = data();
    for (name, date) in CLOSED_2025 {
        let m = data.municipality_by_name(name).unwrap();
        assert!(!m.service_offices.is_empty(), "{name}");
        for o in &m.service_offices {
            assert_eq!(o.now, Standing::Closed, "{name}");
            let u = o.standing_update(&data).expect("closed by an update");
            assert_eq!(u.change, Change::Closed);
            assert_eq!(u.date.as_deref(), Some(*date), "{name}");
            assert_eq!(u.publisher, "Statens servicecenter", "{name}");
            assert_eq!(u.source_date, "2025-04-10", "{name}");
        }
        assert!(!m.has_service_office(), "{name}");
        assert_eq!(m.offices_to_offer().count(), 0, "{name}");
        assert!(
            !m.nearest_service_office.is_empty(),
            "{name} gets an alternative"
        );
    }
}

#[test]
fn norrkoping_and_vaxjo_lost_one_office_each_and_keep_another() {
    let data = data();
    for name in ["Norrköping", "Växjö"] {
        let m = data.municipality_by_name(name).unwrap();
        assert_eq!(m.offices(Standing::Closed).count(), 1, "{name}");
        assert!(m.has_service_office(), "{name}");
        assert!(m.nearest_service_office.is_empty(), "{name}");
    }
    let vaxjo = data.municipality_by_name("Växjö").unwrap();
    let araby = vaxjo.offices(Standing::Closed).next().unwrap();
    assert_eq!(araby.place.as_deref(), Some("Araby"));
}

#[test]
fn no_closed_office_is_ever_offered_and_alternatives_are_open() {
    // The result page (whatever the route) and the staff overview offer
    // exactly `offices_to_offer` and the nearest lists.
    let data = data();
    for m in &data.municipalities {
        for o in m.offices_to_offer() {
            assert!(o.now.may_be_offered(), "{}", m.name);
            assert_ne!(o.now, Standing::Closed, "{}", m.name);
        }
        for n in m.nearest_service_office.iter() {
            let target = data.municipality(&n.code).unwrap();
            assert!(target.has_service_office(), "{} -> {}", m.name, n.name);
        }
        for n in m.nearest_presence.iter() {
            let target = data.municipality(&n.code).unwrap();
            assert!(target.has_ready_presence(), "{} -> {}", m.name, n.name);
        }
        assert_eq!(
            m.nearest_service_office.is_empty(),
            m.has_service_office(),
            "{}",
            m.name
        );
    }
}

#[test]
fn nearest_lists_are_sorted_by_distance() {
    let data = data();
    let mut pairs = 0;
    for m in &data.municipalities {
        for list in [&m.nearest_service_office, &m.nearest_presence] {
            for w in list.windows(2) {
                assert!(
                    w[0].distance_km <= w[1].distance_km,
                    "{}: {:?}",
                    m.name,
                    list
                );
                pairs += 1;
            }
        }
    }
    assert!(pairs > 50, "the lists have pairs to compare ({pairs})");
}

#[test]
fn every_municipality_whose_only_presence_is_pending_has_an_alternative() {
    let data = data();
    let pending_only: Vec<_> = data
        .municipalities
        .iter()
        .filter(|m| m.has_presence() && !m.has_ready_presence())
        .collect();
    assert_eq!(pending_only.len(), 6, "the six of §4.5.2");
    for m in pending_only {
        assert!(!m.nearest_presence.is_empty(), "{}", m.name);
    }
}

#[test]
fn openings_and_low_confidence_leads() {
    let data = data();
    // Laholm: planned in 2021, opened on 31 May 2022 (Laholms Tidning).
    let laholm = data.municipality_by_name("Laholm").unwrap();
    let o = &laholm.service_offices[0];
    assert_eq!(o.now, Standing::Opened);
    assert_eq!(
        o.standing_update(&data).unwrap().date.as_deref(),
        Some("2022-05-31")
    );
    // Åre's planned office opened in Järpen.
    let are = data.municipality_by_name("Åre").unwrap();
    assert_eq!(are.service_offices[0].place.as_deref(), Some("Järpen"));
    // Järfälla's office is not in the report at all.
    let jarfalla = data.municipality_by_name("Järfälla").unwrap();
    assert!(jarfalla.has_service_office());
    // Boden opened in June 2023 (Norrländska Socialdemokraten, medium).
    let boden = data.municipality_by_name("Boden").unwrap();
    assert_eq!(boden.offices(Standing::Opened).count(), 1);
    assert_eq!(
        boden.service_offices[0]
            .standing_update(&data)
            .unwrap()
            .date
            .as_deref(),
        Some("2023-06")
    );
    // Nordmaling's opening is only a low-confidence lead (the source is
    // undated): still unconfirmed, and no update is applied there.
    let nordmaling = data.municipality_by_name("Nordmaling").unwrap();
    assert_eq!(nordmaling.offices(Standing::Unconfirmed).count(), 1);
    assert!(data
        .updates
        .iter()
        .all(|u| u.code.as_deref() != Some("2401")));
    // The overview's "changed since 2021" and its newest date.
    assert!(boden.changed_since_report());
    assert!(!nordmaling.changed_since_report());
    let arvika = data.municipality_by_name("Arvika").unwrap();
    assert_eq!(arvika.newest_change(&data), Some("2025-05-30"));
}

// ---------------------------------------------------------------------------
// Bad rows

const GOOD_ROW: &str = "1784\tArvika\tArvika\tclosed\t2025-05-30\tStatens servicecenter\tBeslut om att elva servicekontor avvecklas\t2025-04-10\thttps://statenssc.se/nyheter/nyhetsarkiv/2025-04-10-beslut-om-att-elva-servicekontor-avvecklas\thigh\t-";

/// The inputs with the Arvika closure row replaced by `row`.
fn with_row(row: &str) -> Inputs {
    let mut i = inputs();
    assert!(
        i.updates.contains(GOOD_ROW),
        "the Arvika row is in the table"
    );
    i.updates = i.updates.replace(GOOD_ROW, row);
    i
}

fn refused(inputs: &Inputs) -> String {
    match generate::build(inputs) {
        Ok(_) => panic!("the generator accepted a bad updates row"),
        Err(e) => e.to_string(),
    }
}

fn line_of(inputs: &Inputs, needle: &str) -> usize {
    inputs
        .updates
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

#[test]
fn every_kind_of_bad_row_is_refused_with_file_line_and_reason() {
    let field = |k: usize, v: &str| {
        let mut f: Vec<&str> = GOOD_ROW.split('\t').collect();
        f[k] = v;
        f.join("\t")
    };
    let cases: Vec<(String, &str)> = vec![
        (field(0, "9999"), "is not a municipality code"),
        (field(1, "Arvicka"), "not \"Arvicka\""),
        (field(3, "shut"), "is not one of"),
        (field(4, "2099-01-01"), "is in the future"),
        (field(7, "2099-01"), "is in the future"),
        (field(4, "2025-02-30"), "is not YYYY-MM-DD"),
        (field(4, "2020-01-01"), "before the report"),
        (field(5, "-"), "needs its source"),
        (field(6, "-"), "needs its source"),
        (field(8, "-"), "needs its source"),
        (field(7, "-"), "needs its source's date"),
        (field(8, "statenssc.se"), "is not a web address"),
        (field(9, "sure"), "confidence"),
        (field(10, "Karlstad"), "detail"),
        (field(2, "-"), "only an opening"),
        (field(2, "Glava"), "no office \"Glava\" in Arvika"),
    ];
    for (row, reason) in cases {
        let i = with_row(&row);
        let e = refused(&i);
        let line = line_of(&i, &row);
        assert!(e.contains(UPDATES_FILE), "{e}");
        assert!(e.contains(&format!("line {line}")), "line {line}: {e}");
        assert!(e.contains(reason), "{reason:?} in {e}");
    }
}

#[test]
fn contradicting_rows_are_refused() {
    // Closing the same office twice.
    let i = with_row(&format!("{GOOD_ROW}\n{GOOD_ROW}"));
    let e = refused(&i);
    assert!(e.contains("already closed"), "{e}");
    assert!(
        e.contains(&format!("(line {})", line_of(&i, GOOD_ROW))),
        "{e}"
    );
    // Opening an office that is open.
    let e = refused(&with_row(&format!(
        "{GOOD_ROW}\n0180\tStockholm\tKista\topened\t2022-01\tX\tY\t2022-01\thttps://x.se/\thigh\t-"
    )));
    assert!(e.contains("already"), "{e}");
    // A change dated before the office's previous one.
    let fewer_days = GOOD_ROW.replace("\tclosed\t", "\tfewer_days\t");
    let earlier = GOOD_ROW.replace("2025-05-30", "2024-05-30");
    let e = refused(&with_row(&format!("{fewer_days}\n{earlier}")));
    assert!(e.contains("before the office's change"), "{e}");
}

/// Ludvika: closed, and a reopening announced without a date. Never
/// offered until a row says it opened; the nearest open offices are given.
#[test]
fn a_reopening_announced_is_not_an_office_to_go_to() {
    let data = data();
    let ludvika = data.municipality("2085").unwrap();
    let office = ludvika
        .service_offices
        .iter()
        .find(|o| o.now == Standing::ReopeningAnnounced);
    let office = office.expect("Ludvika's office: reopening announced");
    let update = office.standing_update(&data).unwrap();
    assert_eq!(update.change, Change::ReopeningAnnounced);
    assert_eq!(
        (update.date.as_deref(), update.publisher.as_str()),
        (None, "Arbetet")
    );
    assert!(!ludvika.has_service_office());
    assert!(!ludvika.nearest_service_office.is_empty());
}

#[test]
fn a_reopening_needs_a_closed_office_and_may_be_followed_by_the_opening() {
    let reopening = GOOD_ROW.replace("\tclosed\t", "\treopening_announced\t");
    // Announced for an office that is open.
    let e = refused(&with_row(&reopening));
    assert!(e.contains("Arvika in Arvika is not closed"), "{e}");
    // Closed, to reopen, then opened: open again.
    let opened = GOOD_ROW
        .replace("\tclosed\t", "\topened\t")
        .replace("2025-05-30", "2025-09-01");
    let data = generate::build(&with_row(&format!("{GOOD_ROW}\n{reopening}\n{opened}"))).unwrap();
    let arvika = data.municipality("1784").unwrap();
    assert!(arvika.has_service_office(), "{:?}", arvika.service_offices);
}

#[test]
fn the_checked_date_is_required_and_not_in_the_future() {
    let mut i = inputs();
    i.updates = i
        .updates
        .lines()
        .filter(|l| !l.starts_with("# checked:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(refused(&i).contains("# checked:"));
    let mut i = inputs();
    i.updates = i
        .updates
        .replace("# checked: ", "# checked: 2099-01-01\n# was: ");
    assert!(refused(&i).contains("in the future"));
}

/// The clock's date (the binary's default "today") is read right; the
/// tests themselves never use the clock (`common::inputs`).
#[test]
fn days_since_1970_are_civil_dates() {
    for (days, date) in [
        (0, "1970-01-01"),
        (-1, "1969-12-31"),
        (59, "1970-03-01"),
        (11_016, "2000-02-29"),
        (19_782, "2024-02-29"),
        (20_818, "2026-12-31"),
        (47_541, "2100-03-01"),
    ] {
        assert_eq!(generate::civil_date(days), date, "{days}");
    }
    let today = generate::today();
    assert_eq!(
        generate::parse_date(&today),
        Some(generate::Precision::Day),
        "{today}"
    );
}

/// The date the tests run as is the table's `# checked:` date, whatever
/// the clock says; a row dated after it is refused as in the future.
#[test]
fn the_tests_run_as_of_the_checked_date() {
    let i = inputs();
    assert_eq!(
        generate::checked_date(&i.updates).as_deref(),
        Some(i.today.as_str())
    );
    let mut later = inputs();
    later.today = "2099-01-01".to_string();
    assert!(generate::build(&later).is_ok());
    let mut earlier = inputs();
    earlier.today = "2025-06-01".to_string();
    let e = generate::build(&earlier).unwrap_err().to_string();
    assert!(e.contains("is in the future"), "{e}");
}
