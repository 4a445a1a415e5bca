//! The files `make data` writes into the data folder: `services.json`, and
//! one document per municipality in `m/` (`services::municipality_path`),
//! each the full data's [`ServiceData::extract`] for that municipality,
//! validated as such before it is written. And the check that what is on
//! disk is exactly that (`generate-data --check`, the tests).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::inputs::{GenerateError, OUTPUT_FILE};
use crate::json::to_json;
use vagvisare_domain::services::{
    municipality_path, validate_scope, Scope, ServiceData, MUNICIPALITY_DIR,
};

/// One file to write: its path relative to the data folder ("services.json",
/// "m/2425.json") and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub text: String,
}

/// Every file the data folder gets from `data`: the full file first, then
/// each municipality's, by code.
pub fn output_files(data: &ServiceData) -> Result<Vec<OutputFile>, GenerateError> {
    let mut files = vec![OutputFile {
        path: OUTPUT_FILE.to_string(),
        text: to_json(data)?,
    }];
    for m in &data.municipalities {
        let one = data
            .extract(&m.code)
            .ok_or_else(|| GenerateError(format!("cannot extract {} ({})", m.name, m.code)))?;
        validate_scope(&one, Scope::One(&m.code))
            .map_err(|e| GenerateError(format!("the document for {} ({}): {e}", m.name, m.code)))?;
        files.push(OutputFile {
            path: municipality_path(&m.code),
            text: to_json(&one)?,
        });
    }
    Ok(files)
}

/// The `.json` files in the municipalities' folder, as paths relative to
/// the data folder.
fn municipality_files_on_disk(data_dir: &Path) -> BTreeSet<String> {
    fs::read_dir(data_dir.join(MUNICIPALITY_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .map(|name| format!("{MUNICIPALITY_DIR}/{name}"))
        .collect()
}

/// Writes every file, and removes any other `.json` in the municipalities'
/// folder (a municipality no longer in the data).
pub fn write_files(data_dir: &Path, files: &[OutputFile]) -> Result<(), GenerateError> {
    let wanted: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let folder = data_dir.join(MUNICIPALITY_DIR);
    fs::create_dir_all(&folder)
        .map_err(|e| GenerateError(format!("cannot create {}: {e}", folder.display())))?;
    for old in municipality_files_on_disk(data_dir) {
        if !wanted.contains(old.as_str()) {
            let path = data_dir.join(&old);
            fs::remove_file(&path)
                .map_err(|e| GenerateError(format!("cannot remove {}: {e}", path.display())))?;
        }
    }
    for f in files {
        let path = data_dir.join(&f.path);
        // Unchanged files are left alone (their modification time too).
        if fs::read_to_string(&path).is_ok_and(|t| t == f.text) {
            continue;
        }
        fs::write(&path, &f.text)
            .map_err(|e| GenerateError(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(())
}

/// What on disk differs from `files`: each path that is missing or stale,
/// and each `.json` in the municipalities' folder that should not be there.
/// Empty when the data folder is up to date.
pub fn stale_files(data_dir: &Path, files: &[OutputFile]) -> Vec<String> {
    let mut stale = Vec::new();
    for f in files {
        match fs::read_to_string(data_dir.join(&f.path)) {
            Ok(text) if text == f.text => {}
            Ok(_) => stale.push(format!("{} is stale", f.path)),
            Err(_) => stale.push(format!("{} is missing", f.path)),
        }
    }
    let wanted: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for extra in municipality_files_on_disk(data_dir) {
        if !wanted.contains(extra.as_str()) {
            stale.push(format!("{extra} should not be there"));
        }
    }
    stale
}
