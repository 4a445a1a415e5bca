//! `source/updates.tsv`: the dated, sourced changes since the report,
//! checked row by row and applied on top of the corrected appendices.

use crate::inputs::{err, GenerateError, Inputs, UPDATES_FILE};
use crate::reference::Reference;
use crate::tsv::read_tsv;
use vagvisare_domain::services::{Change, OfficeStatus, ServiceOffice, Standing, Update};

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

/// The report's date: no change in the updates table can be older.
const REPORT_DATE: &str = "2021-10-01";

/// Reads `updates.tsv`, checks every row (also the low-confidence ones, which
/// are kept for the record but never applied) and applies the others, in file
/// order, to the offices. Returns the applied updates and the "checked" date.
pub(crate) fn apply_updates(
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
                    // An office whose reopening was announced may open again.
                    let reopens = list[k].now == Standing::ReopeningAnnounced;
                    if !reopens && (open || list[k].now != Standing::AsInReport) {
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
                // A reopening is announced for a closed office; every other
                // change is for one that is not closed.
                let open: Vec<usize> = matches
                    .iter()
                    .copied()
                    .filter(|&k| {
                        (list[k].now == Standing::Closed) == (change == Change::ReopeningAnnounced)
                    })
                    .collect();
                match (open.as_slice(), matches.first()) {
                    ([k], _) => *k,
                    ([], Some(&k)) => {
                        let state = if change == Change::ReopeningAnnounced {
                            "not closed"
                        } else {
                            "already closed"
                        };
                        return err(format!(
                            "{at}: {place} in {name} is {state}{}",
                            since_line(last_line[m][k])
                        ));
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

/// The date of the last `# checked: YYYY-MM-DD` line of the updates table,
/// as written (not yet checked to be a date): the day the rows were last
/// checked against their sources.
pub fn checked_date(updates: &str) -> Option<String> {
    updates
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("# checked:"))
        .map(|d| d.trim().to_string())
}
