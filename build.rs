//! Embeds the ids of every Swedish message, so the app can tell a complete
//! locale from a truncated or half-deployed one and fall back to Swedish
//! instead of showing gaps; and checks and embeds the deployment settings of
//! `config/site.toml`.
use std::{env, fs, path::Path};

/// The settings file and its keys, in the order `src/site.rs` declares them.
const SITE_FILE: &str = "config/site.toml";
const SITE_KEYS: [&str; 3] = ["operator", "contact_email", "contact_url"];

/// Reads `config/site.toml`. Only `key = "value"` lines and comments: three
/// strings do not need a TOML crate in the build, and a narrow format gives
/// narrow errors. Every error names the file, the line and the field.
fn site_settings() -> [String; 3] {
    println!("cargo:rerun-if-changed={SITE_FILE}");
    let text = fs::read_to_string(SITE_FILE)
        .unwrap_or_else(|e| panic!("{SITE_FILE}: cannot read the deployment settings: {e}"));
    let mut values: [Option<String>; 3] = Default::default();
    for (i, line) in text.lines().enumerate() {
        let at = format!("{SITE_FILE} line {}", i + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            panic!("{at}: expected key = \"value\"");
        };
        let key = key.trim();
        let Some(k) = SITE_KEYS.iter().position(|k| *k == key) else {
            panic!(
                "{at}: unknown field {key:?} (known: {})",
                SITE_KEYS.join(", ")
            );
        };
        let value = value.trim();
        let Some(value) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
            panic!("{at}: {key} must be a string in double quotes");
        };
        if value.contains(['"', '\\']) || value.chars().any(char::is_control) {
            panic!("{at}: {key} may not contain quotes, backslashes or control characters");
        }
        if values[k].replace(value.to_string()).is_some() {
            panic!("{at}: {key} is set twice");
        }
    }
    let [operator, email, url] = values.map(Option::unwrap_or_default);
    if operator.chars().count() > 200 {
        panic!("{SITE_FILE}: operator is longer than 200 characters");
    }
    if !email.is_empty() {
        let ok = email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        }) && !email.contains(|c: char| c.is_whitespace() || "<>()[],;:?&#%/".contains(c));
        if !ok {
            panic!(
                "{SITE_FILE}: contact_email {email:?} is not an e-mail address (name@example.se)"
            );
        }
    }
    if !url.is_empty()
        && (!url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(|c: char| c.is_whitespace() || "<>'`".contains(c)))
    {
        panic!("{SITE_FILE}: contact_url {url:?} is not an https:// web address");
    }
    if operator.is_empty() && !(email.is_empty() && url.is_empty()) {
        panic!("{SITE_FILE}: operator is empty, but a contact is set: say whose contact it is");
    }
    [operator, email, url]
}

fn main() {
    let [operator, email, url] = site_settings();
    let site = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("site.rs");
    fs::write(
        site,
        format!(
            "/// From `{SITE_FILE}`, checked by build.rs.\npub const SITE: Site = Site {{ operator: {operator:?}, contact_email: {email:?}, contact_url: {url:?} }};\n"
        ),
    )
    .expect("writable");

    println!("cargo:rerun-if-changed=locales/sv");
    let mut ids = Vec::new();
    let mut files: Vec<_> = fs::read_dir("locales/sv")
        .expect("locales/sv exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        // boot.ftl is read only by the prerender at build time (index.html).
        .filter(|p| !p.ends_with("boot.ftl"))
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
