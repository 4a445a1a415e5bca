//! Embeds the ids of every Swedish message, file by file, so the app can
//! tell a complete locale from a truncated or half-deployed one and fall
//! back to Swedish instead of showing gaps; and checks and embeds the
//! deployment settings of `config/site.toml` (`build/inputs.rs`,
//! which the tests call with every error planted): who runs it, and the
//! localStorage keys of its base path (`VV_BASE_PATH` overrides the file's,
//! as it does for xtask).
use std::{env, fs, path::Path};

#[path = "build/inputs.rs"]
mod inputs;

use inputs::SITE_FILE;

fn main() {
    println!("cargo:rerun-if-changed={SITE_FILE}");
    println!("cargo:rerun-if-changed=build/inputs.rs");
    println!("cargo:rerun-if-env-changed={}", inputs::BASE_PATH_ENV);
    let text = fs::read_to_string(SITE_FILE)
        .unwrap_or_else(|e| panic!("{SITE_FILE}: cannot read the deployment settings: {e}"));
    let settings = inputs::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let base_path =
        inputs::effective_base_path(&settings, env::var(inputs::BASE_PATH_ENV).ok().as_deref())
            .unwrap_or_else(|e| panic!("{e}"));
    let inputs::Settings {
        operator,
        contact_email: email,
        contact_url: url,
        ..
    } = settings;
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    // The preferences' keys, per deployment (see `inputs::storage_prefix`).
    let prefix = inputs::storage_prefix(&base_path);
    fs::write(
        Path::new(&out_dir).join("storage_keys.rs"),
        format!(
            "// From the base path {base_path:?}, by build.rs.\nconst LANG_KEY: &str = \"{prefix}.lang\";\nconst STAFF_KEY: &str = \"{prefix}.staff\";\nconst KIOSK_KEY: &str = \"{prefix}.kiosk\";\n"
        ),
    )
    .expect("writable");
    fs::write(
        Path::new(&out_dir).join("site.rs"),
        format!(
            "/// From `{SITE_FILE}`, checked by build.rs.\npub const SITE: Site = Site {{ operator: {operator:?}, contact_email: {email:?}, contact_url: {url:?} }};\n"
        ),
    )
    .expect("writable");

    println!("cargo:rerun-if-changed=locales/sv");
    let mut files: Vec<_> = fs::read_dir("locales/sv")
        .expect("locales/sv exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        // boot.ftl is read only by the prerender at build time (index.html).
        .filter(|p| !p.ends_with("boot.ftl"))
        .collect();
    files.sort();
    let mut entries = Vec::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let ids = inputs::message_ids(&fs::read_to_string(&file).expect("readable"));
        let name = file.file_name().and_then(|n| n.to_str()).expect("a name");
        entries.push(format!("({name:?}, &{ids:?})"));
    }
    fs::write(
        Path::new(&out_dir).join("required_ids.rs"),
        format!(
            "/// Each Swedish FTL file and its message ids.\npub const REQUIRED_IDS: &[(&str, &[&str])] = &[{}];\n",
            entries.join(", ")
        ),
    )
    .expect("writable");
}
