//! The reference data (official codes, names, counties, seat points, land
//! borders) and the nearest alternatives computed from it.

use crate::inputs::{
    err, GenerateError, Inputs, CORRECTIONS_FILE, GRANNAR_FILE, KOMMUNER_EXTENDED_FILE,
    KOMMUNER_FILE,
};
use crate::tsv::read_csv;
use std::collections::{HashMap, HashSet};
use vagvisare_domain::services::Nearest;

/// A second alternative is listed when it is nearer than the first (which can
/// happen because a bordering municipality is preferred), or at most this many
/// kilometres further away than the first.
pub const SECOND_ALTERNATIVE_MARGIN_KM: f64 = 10.0;

/// Distances are rounded to this step (and are never below it).
pub const DISTANCE_STEP_KM: u32 = 5;

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

pub(crate) struct Reference {
    pub(crate) codes: Vec<String>,
    pub(crate) names: Vec<String>,
    pub(crate) counties: Vec<String>,
    pub(crate) lat: Vec<f64>,
    pub(crate) lon: Vec<f64>,
    pub(crate) seats: Vec<String>,
    pub(crate) index: HashMap<(String, String), usize>,
    pub(crate) borders: HashSet<(usize, usize)>,
}

impl Reference {
    pub(crate) fn parse(inputs: &Inputs) -> Result<Reference, GenerateError> {
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

        let ext = read_csv(
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

    pub(crate) fn find(&self, county: &str, name: &str, at: &str) -> Result<usize, GenerateError> {
        match self.index.get(&(county.to_string(), name.to_string())) {
            Some(&i) => Ok(i),
            None => err(format!(
                "{at}: {name:?} in {county:?} is not an official municipality in that county; \
                 add a correction to {CORRECTIONS_FILE}"
            )),
        }
    }

    pub(crate) fn by_name(&self, name: &str) -> Result<usize, GenerateError> {
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
    pub(crate) fn nearest(&self, from: usize, has: &[bool], named: Option<usize>) -> Vec<Nearest> {
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
