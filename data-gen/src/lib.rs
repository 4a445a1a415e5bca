//! Builds Vägvisaren's service data ([`ServiceData`]) from the transcribed
//! appendices, the corrections table and the reference data. The
//! `generate-data` binary writes the result to `data/services.json`
//! (`make data`, which runs `cargo run -p vagvisare-data-gen --bin
//! generate-data`); the tests call [`build`] to check that the committed
//! file is up to date. Build tooling, in its own crate: the app links only
//! `vagvisare-domain`, which reads the file, and never this crate or
//! serde_json.
//!
//! Inputs (paths relative to the `data/` folder):
//! * `source/bilaga1_servicekontor.tsv`: Bilaga 1, exactly as printed;
//! * `source/bilaga2_forbokade_moten.tsv`: Bilaga 2, exactly as printed;
//! * `source/corrections.tsv`: every correction, applied here and nowhere else;
//! * `source/updates.tsv`: the dated, sourced changes since the report,
//!   applied on top of the corrected appendices;
//! * `reference/kommuner.csv`: official codes, names, counties, seat points;
//! * `reference/kommuner_extended.csv`: only its `seat` column is used;
//! * `reference/grannar.csv`: pairs of municipalities sharing a land border;
//! * today's date ([`Inputs::today`]): an update dated later is refused.
//!
//! The modules, in the order the build uses them: [`inputs`] (the files,
//! the errors), `tsv` (the table readers), [`corrections`], `appendix`
//! (the appendix rows), [`reference`] (codes, borders, the nearest
//! alternatives), [`updates`], `json` (the text written), and [`generate`],
//! which puts them together.

mod appendix;
pub mod corrections;
pub mod generate;
pub mod inputs;
mod json;
pub mod reference;
mod tsv;
pub mod updates;

pub use corrections::{Appendix, AppliedCorrection, Correction, Field};
pub use generate::{
    build, build_json, build_report, BuildReport, GEONAMES_CREDIT, NAMED_IN_REPORT, SOURCE,
    SOURCE_DATE,
};
pub use inputs::{
    civil_date, default_data_dir, today, GenerateError, Inputs, BILAGA1_FILE, BILAGA2_FILE,
    CORRECTIONS_FILE, GRANNAR_FILE, KOMMUNER_EXTENDED_FILE, KOMMUNER_FILE, OUTPUT_FILE,
    UPDATES_FILE,
};
pub use json::to_json;
pub use reference::{haversine_km, round_distance, DISTANCE_STEP_KM, SECOND_ALTERNATIVE_MARGIN_KM};
pub use updates::{checked_date, parse_date, Precision};
pub use vagvisare_domain::services::ServiceData;
