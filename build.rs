//! Embeds the ids of every Swedish message, so the app can tell a complete
//! locale from a truncated or half-deployed one and fall back to Swedish
//! instead of showing gaps.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=locales/sv");
    let mut ids = Vec::new();
    let mut files: Vec<_> = fs::read_dir("locales/sv")
        .expect("locales/sv exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        for line in fs::read_to_string(&file).expect("readable").lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    ids.push(format!("{id:?}"));
                }
            }
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("required_ids.rs");
    fs::write(
        out,
        format!("pub const REQUIRED_IDS: &[&str] = &[{}];\n", ids.join(", ")),
    )
    .expect("writable");
}
