//! The generator refuses inputs it cannot account for.

mod common;

use common::inputs;
use vagvisare_data_gen::{self as generate, haversine_km, round_distance, Inputs};

fn error_of(inputs: &Inputs) -> String {
    match generate::build(inputs) {
        Ok(_) => panic!("the generator accepted bad input"),
        Err(e) => e.to_string(),
    }
}

fn without_correction(printed: &str) -> Inputs {
    let mut i = inputs();
    i.corrections = i
        .corrections
        .lines()
        .filter(|l| !l.contains(&format!("\t{printed}\t")))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(
        i.corrections,
        inputs().corrections,
        "{printed} was in the table"
    );
    i
}

#[test]
fn every_uncorrected_error_is_caught() {
    for (printed, expected) in [
        ("Norrköping", "\"Norrköping\" in \"Stockholms län\""),
        ("Mölnadal", "\"Mölnadal\""),
        ("Värgårda", "\"Värgårda\""),
        ("Norrbottnens län", "\"Norrbottnens län\""),
        ("Västerbottnens län", "\"Västerbottnens län\""),
        ("Norrbotten län", "\"Norrbotten län\""),
    ] {
        let e = error_of(&without_correction(printed));
        assert!(e.contains(expected), "{e}");
        assert!(e.contains("not an official municipality"), "{e}");
    }
}

#[test]
fn a_correction_that_changes_nothing_is_an_error() {
    let mut i = inputs();
    i.corrections
        .push_str("2\tmunicipality\t*\tNorrköpping\tNorrköping\ttypo that is not in the report\n");
    assert!(error_of(&i).contains("changed no row"));
    // "both" must change a row in each appendix (Sysseleback is only in Bilaga 2).
    let mut i = inputs();
    i.corrections = i.corrections.replace(
        "2\tcomment\t*\tSysseleback",
        "both\tcomment\t*\tSysseleback",
    );
    assert!(error_of(&i).contains("Bilaga 1"));
}

#[test]
fn unknown_comments_and_forms_are_errors() {
    let mut i = inputs();
    i.bilaga1 = i
        .bilaga1
        .replacen("Boden\tPlanerat 2022 - 2023", "Boden\tPlanerat 2024", 1);
    assert!(error_of(&i).contains("unknown Bilaga 1 comment"));

    let mut i = inputs();
    i.bilaga2 = i
        .bilaga2
        .replacen("Samarbetslösning\t-", "Mobilt kontor\t-", 1);
    assert!(error_of(&i).contains("unknown form of presence"));
}

#[test]
fn malformed_sources_are_errors() {
    let mut i = inputs();
    i.bilaga2 = i
        .bilaga2
        .replacen("Kiruna\tArbetsförmedlingskontor\t", "Kiruna\t", 1);
    assert!(error_of(&i).contains("tab-separated fields"));

    let mut i = inputs();
    i.bilaga1 = i.bilaga1.replacen("Län\tRegion", "Lan\tRegion", 1);
    assert!(error_of(&i).contains("header"));

    let mut i = inputs();
    i.kommuner
        .push_str("0114,Upplands Väsby,01,Stockholms län,59.5,17.9\n");
    assert!(error_of(&i).contains("appears twice"));

    // The comma-separated reader: a column missing from the header, a row
    // of the wrong length, a quoted field.
    let mut i = inputs();
    i.kommuner_extended = i.kommuner_extended.replacen(",seat,", ",sete,", 1);
    assert!(error_of(&i).contains("no column \"seat\""));
    let mut i = inputs();
    i.grannar.push_str("0114\n");
    assert!(error_of(&i).contains("expected 2 fields, found 1"));
    let mut i = inputs();
    i.kommuner
        .push_str("9999,\"Ny, kommun\",01,Stockholms län,59.5,17.9\n");
    assert!(error_of(&i).contains("quoted fields are not supported"));
}

#[test]
fn distances() {
    // Stockholm–Göteborg is about 400 km in a straight line.
    let d = haversine_km(59.3293, 18.0686, 57.7089, 11.9746);
    assert!((390.0..410.0).contains(&d), "{d}");
    assert_eq!(haversine_km(60.0, 15.0, 60.0, 15.0), 0.0);
    assert_eq!(round_distance(0.0), 5);
    assert_eq!(round_distance(2.4), 5);
    assert_eq!(round_distance(7.4), 5);
    assert_eq!(round_distance(7.6), 10);
    assert_eq!(round_distance(42.0), 40);
    assert_eq!(round_distance(f64::NAN), 5);
}
