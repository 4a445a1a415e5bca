//! The rows of the appendices as printed: Bilaga 1's comments become service
//! offices, Bilaga 2's forms and comments become presence, and the places
//! they name become localities to search by.

use crate::inputs::{err, GenerateError};
use std::collections::HashMap;
use vagvisare_domain::fold::fold;
use vagvisare_domain::services::{OfficeStatus, Presence, PresenceForm, ServiceOffice, Standing};

pub(crate) const BILAGA1_HEADER: &[&str] = &["Län", "Region", "Kommun", "Eventuell kommentar"];
pub(crate) const BILAGA2_HEADER: &[&str] = &[
    "Län",
    "Region",
    "Kommun",
    "Form av lokal närvaro",
    "Eventuell kommentar",
];

/// Places named in the appendices that are not localities people would search
/// for ("City" and "Centrum" are parts of town, Föreningsgatan is a street).
const NOT_LOCALITIES: &[&str] = &["City", "Centrum", "Föreningsgatan"];

/// Appendix comments whose place is not simply the words after the prefix.
const PLACE_OVERRIDES: &[(&str, &str)] = &[
    // Arbetsförmedlingen's office for the aviation sector, at Arlanda airport.
    ("Fast bemannat kontor Luftfart Arlanda", "Arlanda"),
];

pub(crate) fn check_region(
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

pub(crate) fn office_from_comment(comment: &str, at: &str) -> Result<ServiceOffice, GenerateError> {
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

pub(crate) fn presence_from_row(
    form: &str,
    comment: &str,
    at: &str,
) -> Result<Presence, GenerateError> {
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
pub(crate) fn localities(name: &str, places: &[String], seat: &str) -> Vec<String> {
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
