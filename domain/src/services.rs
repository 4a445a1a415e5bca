//! The service data: which service offices (Bilaga 1) and which forms of
//! presence for booked meetings (Bilaga 2) exist in each of Sweden's 290
//! municipalities, plus the nearest alternative where a municipality has none.
//!
//! The app fetches `data/services.json` at run time and reads it with
//! [`parse`], which validates everything and never panics. The file itself is
//! made from the transcribed appendices in `data/source/` and the reference
//! data in `data/reference/` by the `vagvisare-data-gen` crate (`data-gen/`,
//! `make data`), build tooling the app never links; it calls [`validate`] on
//! what it writes.

use serde::{Deserialize, Serialize};

use crate::json::Json;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The version of the JSON format. Bump it when a field changes meaning or is
/// removed; the app refuses files with another version.
pub const SCHEMA_VERSION: u32 = 2;

/// Everything in `data/services.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceData {
    pub schema_version: u32,
    /// The source to show to users, e.g.
    /// "Arbetsförmedlingen, Likvärdig service i hela landet, 2021-10-01".
    pub source: String,
    /// The date of the source, "2021-10-01".
    pub source_date: String,
    /// Credits for every source the file is made from, including the
    /// required GeoNames credit line.
    pub generated_from: Vec<String>,
    /// The day `data/source/updates.tsv` was last checked against its
    /// sources, "2026-12-01".
    pub updates_checked: String,
    /// The changes since the report that a source supports (confidence high
    /// or medium), in the order they were applied. Offices refer to them by
    /// index.
    pub updates: Vec<Update>,
    /// All municipalities, sorted by code.
    pub municipalities: Vec<Municipality>,
}

/// One municipality (kommun) and the local places in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Municipality {
    /// The official four-digit code, e.g. "0114".
    pub code: String,
    /// The official name without "kommun", e.g. "Upplands Väsby".
    pub name: String,
    /// The official county name, e.g. "Stockholms län".
    pub county: String,
    /// The rows of Bilaga 1 for this municipality (existing, opening and
    /// planned service offices), in the order of the appendix.
    pub service_offices: Vec<ServiceOffice>,
    /// The rows of Bilaga 2 for this municipality, in the order of the appendix.
    pub presence: Vec<Presence>,
    /// Nearest municipalities with an existing service office. Filled in when
    /// this municipality has none (planned offices do not count yet).
    pub nearest_service_office: Vec<Nearest>,
    /// Nearest municipalities with a ready form of presence for booked
    /// meetings. Filled in when this municipality has no presence, or when its
    /// only presence is still pending ("Lösning klar senare i år").
    pub nearest_presence: Vec<Nearest>,
    /// Other names people may search for: places named in the appendices
    /// ("Sveg", "Vivalla", "Kista", ...) and the municipal seat when its name
    /// differs from the municipality's ("Åkersberga", "Märsta", ...).
    pub localities: Vec<String>,
}

/// A state service office (Statens servicecenter) where jobseekers can walk
/// in without booking: a row of Bilaga 1, or one a later source says opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceOffice {
    /// What the report said in 2021.
    pub status: OfficeStatus,
    /// The part of the municipality, when the appendix or the update names
    /// one (e.g. "Sveg", "Vivalla", "Kungsholmen", "Järpen").
    pub place: Option<String>,
    /// The appendix comment verbatim (after correction); "" where it printed
    /// "-" or the office is not in the report.
    pub note: String,
    /// What is known now, after the dated updates.
    pub now: Standing,
    /// Indices into [`ServiceData::updates`] of the changes to this office,
    /// oldest first.
    pub updates: Vec<usize>,
}

/// Whether a service office exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeStatus {
    /// Open in October 2021.
    Existing,
    /// Decided in 2020 and opening between November 2021 and April 2022
    /// ("Nytt servicekontor <month year> <place> (beslutades 2020)"); the
    /// month is in the note. The report counts these among the 120 offices.
    Opening,
    /// One of the 28 new offices planned for 2022–2023 ("Planerat 2022 - 2023").
    Planned,
    /// Not in the report: a later source says it opened.
    NotInReport,
}

/// What is known of a service office today: the report plus the dated
/// updates. Nobody knows that an office is open *today* (the app has no
/// opening hours), so there is no "open" here, only what the sources say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// In the report (existing, or decided and opening), no later change known.
    AsInReport,
    /// A source says it opened (the report planned it, or did not list it).
    Opened,
    /// A source says it is to close; it may already have closed.
    ClosureAnnounced,
    /// A source says it closed. Never offered as a place to go.
    Closed,
    /// A source says it closed and is to open again, without saying when
    /// (Ludvika, 2025). Not offered until a source says it has opened:
    /// nobody should travel on an announcement.
    ReopeningAnnounced,
    /// Planned in 2021 for 2022–2023; no source confirms it opened.
    Unconfirmed,
}

impl Standing {
    /// Every standing, in the order a list of offices reads: those to go
    /// to, then what changed, then what was only planned.
    pub const ALL: [Standing; 6] = [
        Standing::AsInReport,
        Standing::Opened,
        Standing::Closed,
        Standing::ReopeningAnnounced,
        Standing::ClosureAnnounced,
        Standing::Unconfirmed,
    ];

    /// Whether the office may be offered as a place to go.
    pub fn may_be_offered(self) -> bool {
        matches!(self, Standing::AsInReport | Standing::Opened)
    }
}

/// A change since the report, with its source (one row of
/// `data/source/updates.tsv` that a source supports).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Update {
    /// The municipality's code; `None` for a national service.
    pub code: Option<String>,
    /// The office's place (or the service's name); `None` when the source
    /// does not say where.
    pub place: Option<String>,
    pub change: Change,
    /// When it took effect: "2025-05-30", "2023-01", or `None` if the source
    /// gives no date.
    pub date: Option<String>,
    /// Who published the source, e.g. "Statens servicecenter".
    pub publisher: String,
    /// The source's title, as published.
    pub title: String,
    /// The source's date, "2025-04-10" or "2023-01".
    pub source_date: String,
    /// For a move, the new place.
    pub detail: Option<String>,
}

/// The kinds of change the updates table records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Opened,
    Closed,
    Moved,
    FewerDays,
    ClosureAnnounced,
    ReopeningAnnounced,
    ServiceEnded,
}

impl Change {
    /// Every kind, with its name in the table and the JSON.
    pub const ALL: [(Change, &'static str); 7] = [
        (Change::Opened, "opened"),
        (Change::Closed, "closed"),
        (Change::Moved, "moved"),
        (Change::FewerDays, "fewer_days"),
        (Change::ClosureAnnounced, "closure_announced"),
        (Change::ReopeningAnnounced, "reopening_announced"),
        (Change::ServiceEnded, "service_ended"),
    ];

    pub fn name(self) -> &'static str {
        Change::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("")
    }

    pub fn from_name(name: &str) -> Option<Change> {
        Change::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(c, _)| *c)
    }

    /// The standing an office has after this change, if it changes it.
    pub fn standing(self) -> Option<Standing> {
        match self {
            Change::Opened => Some(Standing::Opened),
            Change::Closed => Some(Standing::Closed),
            Change::ClosureAnnounced => Some(Standing::ClosureAnnounced),
            Change::ReopeningAnnounced => Some(Standing::ReopeningAnnounced),
            Change::Moved | Change::FewerDays | Change::ServiceEnded => None,
        }
    }
}

impl Update {
    /// The date to sort and show a change by: when it took effect, or else
    /// the source's date.
    pub fn known_date(&self) -> Option<&str> {
        Some(self.date.as_deref().unwrap_or(&self.source_date))
    }
}

impl ServiceOffice {
    /// The update that gave the office its standing (opened, closed, closure
    /// announced), if any: the newest such change.
    pub fn standing_update<'a>(&self, data: &'a ServiceData) -> Option<&'a Update> {
        self.updates
            .iter()
            .rev()
            .filter_map(|&i| data.updates.get(i))
            .find(|u| u.change.standing().is_some())
    }

    /// The other changes (moved, fewer opening days), oldest first.
    pub fn other_updates<'a>(&'a self, data: &'a ServiceData) -> impl Iterator<Item = &'a Update> {
        self.updates
            .iter()
            .filter_map(|&i| data.updates.get(i))
            .filter(|u| u.change.standing().is_none())
    }
}

/// One row of Bilaga 2: a way Arbetsförmedlingen can hold booked in-person
/// meetings in the municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    pub form: PresenceForm,
    /// True for "Lösning klar senare i år": agreed but not ready in October 2021.
    pub pending: bool,
    /// The place, when the appendix names one (e.g. "Sveg", "Sysslebäck").
    pub place: Option<String>,
    /// The appendix comment verbatim (after correction); "" where it printed "-".
    pub note: String,
}

/// The form of local presence in Bilaga 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresenceForm {
    /// "Arbetsförmedlingskontor – Fast bemannat kontor": an office with staff
    /// based there.
    FixedOffice,
    /// "Arbetsförmedlingskontor – Kontor vi reser till": an office staff
    /// travel to for booked meetings.
    TravelledToOffice,
    /// "Samarbetslösning": meetings in premises shared with the municipality
    /// and/or Statens servicecenter.
    Collaboration,
}

/// A nearby municipality that has what this one lacks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nearest {
    pub code: String,
    pub name: String,
    /// Straight-line distance between the two municipal seats, rounded to the
    /// nearest 5 km (at least 5). Not a travel distance or time.
    pub distance_km: u32,
    /// True when the report itself names this alternative (§4.6: Orsa → Mora,
    /// Eda → Arvika, Vimmerby → Hultsfred).
    pub named_in_report: bool,
    /// True when the two municipalities share a land border.
    pub shares_border: bool,
}

/// Why a data file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    /// Not JSON, or not the shape this version of the app expects.
    Malformed(String),
    /// A file made for another version of the format.
    WrongSchema { found: u32, expected: u32 },
    /// Well-formed, but the content contradicts itself.
    Invalid(String),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Malformed(msg) => write!(f, "the service data is malformed: {msg}"),
            DataError::WrongSchema { found, expected } => write!(
                f,
                "the service data has schema version {found}, but this app reads version {expected}"
            ),
            DataError::Invalid(msg) => write!(f, "the service data is invalid: {msg}"),
        }
    }
}

impl std::error::Error for DataError {}

/// Totals over the whole data set, as the report counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    pub municipalities: usize,
    /// Municipalities with at least one Bilaga 2 row (pending ones included,
    /// as the report counts them): 211.
    pub with_presence: usize,
    /// 79.
    pub without_presence: usize,
    /// Bilaga 2 rows by form (rows, not municipalities).
    pub fixed_offices: usize,
    pub travelled_to_offices: usize,
    pub collaborations: usize,
    /// Bilaga 2 rows marked "Lösning klar senare i år".
    pub pending_presence: usize,
    /// Bilaga 1 rows by status.
    pub existing_offices: usize,
    pub opening_offices: usize,
    pub planned_offices: usize,
    /// Municipalities with an existing or opening service office in the report.
    pub with_service_office: usize,
    /// Municipalities whose only service offices in the report are planned ones.
    pub with_only_planned_service_office: usize,
    /// Offices by what is known now, after the updates.
    pub closed_offices: usize,
    pub opened_offices: usize,
    pub unconfirmed_offices: usize,
    /// Municipalities with an office that may be offered now.
    pub with_service_office_now: usize,
}

impl ServiceData {
    /// The municipality with this four-digit code.
    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.code == code)
    }

    /// The municipality with exactly this official name.
    pub fn municipality_by_name(&self, name: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.name == name)
    }

    /// Counts over the whole data set (see [`Totals`]).
    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            municipalities: self.municipalities.len(),
            ..Totals::default()
        };
        for m in &self.municipalities {
            if m.has_presence() {
                t.with_presence += 1;
            } else {
                t.without_presence += 1;
            }
            let in_report = |s: OfficeStatus| m.service_offices.iter().any(|o| o.status == s);
            if in_report(OfficeStatus::Existing) || in_report(OfficeStatus::Opening) {
                t.with_service_office += 1;
            } else if in_report(OfficeStatus::Planned) {
                t.with_only_planned_service_office += 1;
            }
            if m.has_service_office() {
                t.with_service_office_now += 1;
            }
            for p in &m.presence {
                match p.form {
                    PresenceForm::FixedOffice => t.fixed_offices += 1,
                    PresenceForm::TravelledToOffice => t.travelled_to_offices += 1,
                    PresenceForm::Collaboration => t.collaborations += 1,
                }
                if p.pending {
                    t.pending_presence += 1;
                }
            }
            for o in &m.service_offices {
                match o.status {
                    OfficeStatus::Existing => t.existing_offices += 1,
                    OfficeStatus::Opening => t.opening_offices += 1,
                    OfficeStatus::Planned => t.planned_offices += 1,
                    OfficeStatus::NotInReport => {}
                }
                match o.now {
                    Standing::Closed | Standing::ReopeningAnnounced => t.closed_offices += 1,
                    Standing::Opened => t.opened_offices += 1,
                    Standing::Unconfirmed => t.unconfirmed_offices += 1,
                    Standing::AsInReport | Standing::ClosureAnnounced => {}
                }
            }
        }
        t
    }
}

impl Municipality {
    /// Any form of presence for booked meetings, pending ones included (this
    /// is how the report counts its 211 municipalities).
    pub fn has_presence(&self) -> bool {
        !self.presence.is_empty()
    }

    /// A form of presence that was ready in October 2021.
    pub fn has_ready_presence(&self) -> bool {
        self.presence.iter().any(|p| !p.pending)
    }

    /// A service office that may be offered as a place to go: in the report
    /// or opened since, and not known to be closed or closing.
    pub fn has_service_office(&self) -> bool {
        self.service_offices.iter().any(|o| o.now.may_be_offered())
    }

    /// The service offices with this standing, in the order of the data.
    pub fn offices(&self, now: Standing) -> impl Iterator<Item = &ServiceOffice> {
        self.service_offices.iter().filter(move |o| o.now == now)
    }

    /// The offices that may be offered as places to go.
    pub fn offices_to_offer(&self) -> impl Iterator<Item = &ServiceOffice> {
        self.service_offices
            .iter()
            .filter(|o| o.now.may_be_offered())
    }

    /// The newest dated change to any office here, if any ("2025-05-30").
    pub fn newest_change<'a>(&self, data: &'a ServiceData) -> Option<&'a str> {
        self.service_offices
            .iter()
            .flat_map(|o| o.updates.iter())
            .filter_map(|&i| data.updates.get(i))
            .filter_map(Update::known_date)
            .max()
    }

    /// Whether a source records a change here since the report.
    pub fn changed_since_report(&self) -> bool {
        self.service_offices.iter().any(|o| !o.updates.is_empty())
    }
}

/// Reads and validates `services.json`. Never panics, whatever the input.
pub fn parse(json: &str) -> Result<ServiceData, DataError> {
    let value = Json::parse(json)
        .map_err(|e| DataError::Malformed(format!("{} at byte {}", e.reason, e.offset)))?;
    if !matches!(value, Json::Object(_)) {
        return Err(DataError::Malformed(
            "the top level is not an object".into(),
        ));
    }
    // Read the version first, so a file of another version is reported as
    // such even when its shape has changed.
    let found = match value.get("schema_version") {
        Some(Json::Number(Some(n))) => u32::try_from(*n).unwrap_or(u32::MAX),
        Some(_) => {
            return Err(DataError::Malformed(
                "schema_version is not a whole number".into(),
            ))
        }
        None => return Err(DataError::Malformed("schema_version is missing".into())),
    };
    if found != SCHEMA_VERSION {
        return Err(DataError::WrongSchema {
            found,
            expected: SCHEMA_VERSION,
        });
    }
    let data = decode::service_data(&value)?;
    validate(&data)?;
    Ok(data)
}

/// From JSON values to the types above, with the path of whatever is wrong.
/// Unknown members are ignored and a missing or null optional is `None`, as
/// serde's derive does (the generator still writes with serde;
/// `tests/json.rs` reads the shipped file both ways).
mod decode {
    use super::*;

    type Out<T> = Result<T, DataError>;

    fn malformed<T>(path: &str, what: &str) -> Out<T> {
        Err(DataError::Malformed(format!("{path}: {what}")))
    }

    fn field<'a>(object: &'a Json, key: &str, path: &str) -> Out<&'a Json> {
        if !matches!(object, Json::Object(_)) {
            return malformed(path, "expected an object");
        }
        match object.get(key) {
            Some(v) => Ok(v),
            None => malformed(path, &format!("missing `{key}`")),
        }
    }

    fn text(object: &Json, key: &str, path: &str) -> Out<String> {
        match field(object, key, path)? {
            Json::String(s) => Ok(s.clone()),
            _ => malformed(path, &format!("`{key}` is not a string")),
        }
    }

    fn optional_text(object: &Json, key: &str, path: &str) -> Out<Option<String>> {
        match object.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(_) => malformed(path, &format!("`{key}` is not a string")),
        }
    }

    fn flag(object: &Json, key: &str, path: &str) -> Out<bool> {
        match field(object, key, path)? {
            Json::Bool(b) => Ok(*b),
            _ => malformed(path, &format!("`{key}` is not true or false")),
        }
    }

    fn whole_number(object: &Json, key: &str, path: &str) -> Out<u32> {
        match field(object, key, path)? {
            Json::Number(Some(n)) => {
                u32::try_from(*n).or_else(|_| malformed(path, &format!("`{key}` is too large")))
            }
            _ => malformed(path, &format!("`{key}` is not a whole number")),
        }
    }

    fn list<T>(
        object: &Json,
        key: &str,
        path: &str,
        item: impl Fn(&Json, &str) -> Out<T>,
    ) -> Out<Vec<T>> {
        match field(object, key, path)? {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| item(v, &format!("{path}.{key}[{i}]")))
                .collect(),
            _ => malformed(path, &format!("`{key}` is not a list")),
        }
    }

    fn string_item(v: &Json, path: &str) -> Out<String> {
        match v {
            Json::String(s) => Ok(s.clone()),
            _ => malformed(path, "not a string"),
        }
    }

    pub(super) fn service_data(v: &Json) -> Out<ServiceData> {
        let p = "services.json";
        Ok(ServiceData {
            schema_version: whole_number(v, "schema_version", p)?,
            source: text(v, "source", p)?,
            source_date: text(v, "source_date", p)?,
            generated_from: list(v, "generated_from", p, string_item)?,
            updates_checked: text(v, "updates_checked", p)?,
            updates: list(v, "updates", p, update)?,
            municipalities: list(v, "municipalities", p, municipality)?,
        })
    }

    fn index_item(v: &Json, path: &str) -> Out<usize> {
        match v {
            Json::Number(Some(n)) => usize::try_from(*n).or_else(|_| malformed(path, "too large")),
            _ => malformed(path, "not a whole number"),
        }
    }

    fn update(v: &Json, p: &str) -> Out<Update> {
        let change = text(v, "change", p)?;
        let Some(change) = Change::from_name(&change) else {
            return malformed(p, &format!("unknown change `{change}`"));
        };
        Ok(Update {
            code: optional_text(v, "code", p)?,
            place: optional_text(v, "place", p)?,
            change,
            date: optional_text(v, "date", p)?,
            publisher: text(v, "publisher", p)?,
            title: text(v, "title", p)?,
            source_date: text(v, "source_date", p)?,
            detail: optional_text(v, "detail", p)?,
        })
    }

    fn municipality(v: &Json, p: &str) -> Out<Municipality> {
        Ok(Municipality {
            code: text(v, "code", p)?,
            name: text(v, "name", p)?,
            county: text(v, "county", p)?,
            service_offices: list(v, "service_offices", p, service_office)?,
            presence: list(v, "presence", p, presence)?,
            nearest_service_office: list(v, "nearest_service_office", p, nearest)?,
            nearest_presence: list(v, "nearest_presence", p, nearest)?,
            localities: list(v, "localities", p, string_item)?,
        })
    }

    fn service_office(v: &Json, p: &str) -> Out<ServiceOffice> {
        let status = match text(v, "status", p)?.as_str() {
            "existing" => OfficeStatus::Existing,
            "opening" => OfficeStatus::Opening,
            "planned" => OfficeStatus::Planned,
            "not_in_report" => OfficeStatus::NotInReport,
            other => return malformed(p, &format!("unknown status `{other}`")),
        };
        let now = match text(v, "now", p)?.as_str() {
            "as_in_report" => Standing::AsInReport,
            "opened" => Standing::Opened,
            "closure_announced" => Standing::ClosureAnnounced,
            "closed" => Standing::Closed,
            "reopening_announced" => Standing::ReopeningAnnounced,
            "unconfirmed" => Standing::Unconfirmed,
            other => return malformed(p, &format!("unknown standing `{other}`")),
        };
        Ok(ServiceOffice {
            status,
            place: optional_text(v, "place", p)?,
            note: text(v, "note", p)?,
            now,
            updates: list(v, "updates", p, index_item)?,
        })
    }

    fn presence(v: &Json, p: &str) -> Out<Presence> {
        let form = match text(v, "form", p)?.as_str() {
            "fixed_office" => PresenceForm::FixedOffice,
            "travelled_to_office" => PresenceForm::TravelledToOffice,
            "collaboration" => PresenceForm::Collaboration,
            other => return malformed(p, &format!("unknown form `{other}`")),
        };
        Ok(Presence {
            form,
            pending: flag(v, "pending", p)?,
            place: optional_text(v, "place", p)?,
            note: text(v, "note", p)?,
        })
    }

    fn nearest(v: &Json, p: &str) -> Out<Nearest> {
        Ok(Nearest {
            code: text(v, "code", p)?,
            name: text(v, "name", p)?,
            distance_km: whole_number(v, "distance_km", p)?,
            named_in_report: flag(v, "named_in_report", p)?,
            shares_border: flag(v, "shares_border", p)?,
        })
    }
}

/// Checks that the data is consistent. [`parse`] calls it; the generator
/// calls it before writing.
pub fn validate(data: &ServiceData) -> Result<(), DataError> {
    let invalid = |msg: String| Err(DataError::Invalid(msg));
    if data.schema_version != SCHEMA_VERSION {
        return Err(DataError::WrongSchema {
            found: data.schema_version,
            expected: SCHEMA_VERSION,
        });
    }
    if data.source.trim().is_empty() {
        return invalid("source is empty".into());
    }
    if data.source_date.trim().is_empty() {
        return invalid("source_date is empty".into());
    }
    if data.municipalities.is_empty() {
        return invalid("there are no municipalities".into());
    }

    let mut by_code: BTreeMap<&str, &Municipality> = BTreeMap::new();
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for m in &data.municipalities {
        if m.code.len() != 4 || !m.code.bytes().all(|b| b.is_ascii_digit()) {
            return invalid(format!("code '{}' is not four digits", m.code));
        }
        if m.name.trim().is_empty() {
            return invalid(format!("municipality {} has no name", m.code));
        }
        if m.county.trim().is_empty() {
            return invalid(format!("municipality {} has no county", m.code));
        }
        if by_code.insert(m.code.as_str(), m).is_some() {
            return invalid(format!("code {} appears more than once", m.code));
        }
        if !names.insert(m.name.as_str()) {
            return invalid(format!("name '{}' appears more than once", m.name));
        }
        for place in m
            .service_offices
            .iter()
            .filter_map(|o| o.place.as_deref())
            .chain(m.presence.iter().filter_map(|p| p.place.as_deref()))
            .chain(m.localities.iter().map(String::as_str))
        {
            if place.trim().is_empty() {
                return invalid(format!("{} has an empty place or locality name", m.name));
            }
        }
    }

    if data.updates_checked.trim().is_empty() {
        return invalid("updates_checked is empty".into());
    }
    for (i, u) in data.updates.iter().enumerate() {
        if u.publisher.trim().is_empty() || u.title.trim().is_empty() || u.source_date.is_empty() {
            return invalid(format!("update {i} has no source"));
        }
        if u.code.is_none() != (u.change == Change::ServiceEnded) {
            return invalid(format!("update {i}: only a national service has no code"));
        }
    }
    for m in &data.municipalities {
        for o in &m.service_offices {
            check_standing(m, o, data)?;
        }
    }

    for m in &data.municipalities {
        check_nearest(
            m,
            &m.nearest_service_office,
            "nearest_service_office",
            &by_code,
            Municipality::has_service_office,
        )?;
        check_nearest(
            m,
            &m.nearest_presence,
            "nearest_presence",
            &by_code,
            Municipality::has_ready_presence,
        )?;
        if !m.has_service_office() && m.nearest_service_office.is_empty() {
            return invalid(format!(
                "{} has no service office and no nearest_service_office",
                m.name
            ));
        }
        if !m.has_ready_presence() && m.nearest_presence.is_empty() {
            return invalid(format!(
                "{} has no ready presence and no nearest_presence",
                m.name
            ));
        }
    }
    Ok(())
}

/// An office's standing must follow from the report and its updates, so a
/// hand-edited file cannot call a closed office open.
fn check_standing(
    m: &Municipality,
    o: &ServiceOffice,
    data: &ServiceData,
) -> Result<(), DataError> {
    let what = || format!("{} ({})", m.name, o.place.as_deref().unwrap_or(&m.name));
    let mut expected = match o.status {
        OfficeStatus::Existing | OfficeStatus::Opening => Some(Standing::AsInReport),
        OfficeStatus::Planned => Some(Standing::Unconfirmed),
        OfficeStatus::NotInReport => None,
    };
    for &i in &o.updates {
        let Some(u) = data.updates.get(i) else {
            return Err(DataError::Invalid(format!(
                "{}: update {i} does not exist",
                what()
            )));
        };
        if u.code.as_deref() != Some(m.code.as_str()) {
            return Err(DataError::Invalid(format!(
                "{}: update {i} is for another municipality",
                what()
            )));
        }
        if let Some(s) = u.change.standing() {
            expected = Some(s);
        }
    }
    if expected != Some(o.now) {
        return Err(DataError::Invalid(format!(
            "{}: standing {:?} does not follow from the report and the updates",
            what(),
            o.now
        )));
    }
    Ok(())
}

fn check_nearest(
    m: &Municipality,
    list: &[Nearest],
    field: &str,
    by_code: &BTreeMap<&str, &Municipality>,
    target_has_it: fn(&Municipality) -> bool,
) -> Result<(), DataError> {
    let mut seen = BTreeSet::new();
    for n in list {
        let Some(target) = by_code.get(n.code.as_str()) else {
            return Err(DataError::Invalid(format!(
                "{}.{field} refers to unknown code '{}'",
                m.name, n.code
            )));
        };
        if target.code == m.code {
            return Err(DataError::Invalid(format!(
                "{}.{field} refers to itself",
                m.name
            )));
        }
        if target.name != n.name {
            return Err(DataError::Invalid(format!(
                "{}.{field}: code {} is '{}', not '{}'",
                m.name, n.code, target.name, n.name
            )));
        }
        if !target_has_it(target) {
            return Err(DataError::Invalid(format!(
                "{}.{field} points to {}, which does not have one",
                m.name, target.name
            )));
        }
        if n.distance_km == 0 {
            return Err(DataError::Invalid(format!(
                "{}.{field}: distance to {} is 0",
                m.name, target.name
            )));
        }
        if !seen.insert(n.code.as_str()) {
            return Err(DataError::Invalid(format!(
                "{}.{field} lists {} twice",
                m.name, target.name
            )));
        }
    }
    Ok(())
}
