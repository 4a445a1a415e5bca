//! The input files, read into memory, and the errors the generator reports.
//! "Today" is an input too: an update dated later is refused, so the
//! generator's outcome depends on the date, and the tests pass a fixed one.

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

/// Why the data could not be generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateError(pub String);

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GenerateError {}

pub(crate) fn err<T>(msg: impl Into<String>) -> Result<T, GenerateError> {
    Err(GenerateError(msg.into()))
}

/// The contents of the input files.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inputs {
    pub bilaga1: String,
    pub bilaga2: String,
    pub corrections: String,
    pub updates: String,
    /// Today's date, "2026-12-01": an update dated later is refused. The
    /// binary takes it from the clock (or `--today`); tests pass a fixed
    /// date.
    pub today: String,
    pub kommuner: String,
    pub kommuner_extended: String,
    pub grannar: String,
}

impl Inputs {
    /// Reads the input files from a `data/` folder, as of `today`
    /// ("2026-12-01").
    pub fn read_from(data_dir: &Path, today: &str) -> Result<Inputs, GenerateError> {
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
            today: today.to_string(),
            kommuner: read(KOMMUNER_FILE)?,
            kommuner_extended: read(KOMMUNER_EXTENDED_FILE)?,
            grannar: read(GRANNAR_FILE)?,
        })
    }
}

/// Today's date in UTC, "2026-12-01", from the system clock: for the
/// binary only, never for a test.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_date((secs / 86_400) as i64)
}

/// The date `days` days after 1970-01-01, "2026-12-01" (civil-from-days,
/// after Howard Hinnant; a date crate for one conversion is not worth it).
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
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
