//! `source/corrections.tsv`: every correction of the printed appendices,
//! applied here and nowhere else, and counted, so that a correction that
//! changes nothing is an error.

use crate::inputs::{err, GenerateError, CORRECTIONS_FILE};
use crate::tsv::read_tsv;

const CORRECTIONS_HEADER: &[&str] = &[
    "appendix",
    "field",
    "only_in_county",
    "printed",
    "corrected",
    "reason",
];

/// Which appendix a correction applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appendix {
    Bilaga1,
    Bilaga2,
    Both,
}

impl Appendix {
    pub(crate) fn covers(self, n: u8) -> bool {
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

pub(crate) fn parse_corrections(text: &str) -> Result<Vec<Correction>, GenerateError> {
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

/// Applies the corrections to one row; `comment` is the index of the comment
/// column. Counts the rows each correction changed.
pub(crate) fn correct(
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
