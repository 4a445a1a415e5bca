//! The two table formats of the inputs: the transcribed appendices and the
//! project's own tables are tab-separated with `#` comments; the reference
//! data is comma-separated without quoting.

use crate::inputs::{err, GenerateError};

/// Reads a tab-separated file: `#` lines and empty lines are skipped, the
/// first other line must be `header`. Returns (line number, fields).
pub(crate) fn read_tsv(
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

/// Reads the named `columns` of a simple comma-separated file (no quoting)
/// whose first line is a header naming at least those columns. Returns
/// (line number, the columns' fields in the order asked).
pub(crate) fn read_csv(
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
            None => return err(format!("{file}: no column {c:?} in the header")),
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
            return err(format!(
                "{file} line {}: expected {} fields, found {}",
                i + 1,
                header.len(),
                fields.len()
            ));
        }
        rows.push((
            i + 1,
            wanted.iter().map(|&w| fields[w].to_string()).collect(),
        ));
    }
    Ok(rows)
}
