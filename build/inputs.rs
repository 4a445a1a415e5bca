//! What build.rs reads, checked: the deployment settings of
//! `config/site.toml` and the message ids of the Swedish FTL files. A module
//! of its own so `tests/build_inputs.rs` can call it with every error planted.
//!
//! Settings: only `key = "value"` lines and comments: four strings do not
//! need a TOML crate in the build, and a narrow format gives narrow errors.
//! Every error names the file, the line (where there is one) and the field.
//!
//! xtask reads the same file with this module for `base_path`, the path
//! the build is served under (asset addresses, the service worker's cache
//! names, the storage keys, the host headers).

// build.rs, xtask and tests/build_inputs.rs each use a part of this module.
#![allow(dead_code)]

pub const SITE_FILE: &str = "config/site.toml";
/// The keys: `src/site.rs`'s three, then the build's `base_path`.
pub const SITE_KEYS: [&str; 4] = ["operator", "contact_email", "contact_url", "base_path"];
/// Overrides `base_path` for one build (the sub-path tests build the same
/// sources for `/vagvisaren/` beside the default); checked the same way.
pub const BASE_PATH_ENV: &str = "VV_BASE_PATH";

/// The checked settings of `config/site.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub operator: String,
    pub contact_email: String,
    pub contact_url: String,
    /// `/`, or a path such as `/vagvisaren/`: starts and ends with `/`.
    pub base_path: String,
}

/// The settings, or what is wrong.
pub fn parse(text: &str) -> Result<Settings, String> {
    let mut values: [Option<String>; 4] = Default::default();
    for (i, line) in text.lines().enumerate() {
        let at = format!("{SITE_FILE} line {}", i + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("{at}: expected key = \"value\""));
        };
        let key = key.trim();
        let Some(k) = SITE_KEYS.iter().position(|k| *k == key) else {
            return Err(format!(
                "{at}: unknown field {key:?} (known: {})",
                SITE_KEYS.join(", ")
            ));
        };
        let value = value.trim();
        let Some(value) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
            return Err(format!("{at}: {key} must be a string in double quotes"));
        };
        if value.contains(['"', '\\']) || value.chars().any(char::is_control) {
            return Err(format!(
                "{at}: {key} may not contain quotes, backslashes or control characters"
            ));
        }
        if values[k].replace(value.to_string()).is_some() {
            return Err(format!("{at}: {key} is set twice"));
        }
    }
    let [operator, email, url, base_path] = values;
    let [operator, email, url] = [operator, email, url].map(Option::unwrap_or_default);
    // Not set: the root of the host, as before the setting existed.
    let base_path = base_path.unwrap_or_else(|| "/".into());
    check_base_path(&base_path).map_err(|e| format!("{SITE_FILE}: {e}"))?;
    if operator.chars().count() > 200 {
        return Err(format!(
            "{SITE_FILE}: operator is longer than 200 characters"
        ));
    }
    if !email.is_empty() && !is_email(&email) {
        return Err(format!(
            "{SITE_FILE}: contact_email {email:?} is not an e-mail address (name@example.se)"
        ));
    }
    if !url.is_empty()
        && (!url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(|c: char| c.is_whitespace() || "<>'`".contains(c)))
    {
        return Err(format!(
            "{SITE_FILE}: contact_url {url:?} is not an https:// web address"
        ));
    }
    if operator.is_empty() && !(email.is_empty() && url.is_empty()) {
        return Err(format!(
            "{SITE_FILE}: operator is empty, but a contact is set: say whose contact it is"
        ));
    }
    Ok(Settings {
        operator,
        contact_email: email,
        contact_url: url,
        base_path,
    })
}

/// A base path is `/`, or `/`-separated segments between a leading and a
/// trailing `/`, each of letters, digits, `-` and `_`: it goes into
/// addresses, JavaScript strings, HTML attributes, cache and storage names
/// and nginx's configuration (regular expressions among them) unescaped.
pub fn check_base_path(path: &str) -> Result<(), String> {
    let bad = |why: &str| {
        Err(format!(
            "base_path {path:?} {why} (\"/\" for the root of a host name, or e.g. \"/vagvisaren/\")"
        ))
    };
    if !path.starts_with('/') || !path.ends_with('/') {
        return bad("must start and end with \"/\"");
    }
    if path.len() > 100 {
        return bad("is longer than 100 characters");
    }
    if path == "/" {
        return Ok(());
    }
    for segment in path[1..path.len() - 1].split('/') {
        if segment.is_empty() {
            return bad("has an empty segment (\"//\")");
        }
        if !segment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return bad("may hold only letters a-z, digits, \"-\" and \"_\" between its slashes");
        }
    }
    Ok(())
}

/// What the names of this deployment's localStorage keys start with:
/// `vagvisaren` at the root of a host (`vagvisaren.lang`, as before the
/// setting existed), `vagvisaren/vagvisaren` under `/vagvisaren/`, so two
/// deployments on one origin never read each other's preferences.
pub fn storage_prefix(base_path: &str) -> String {
    format!("vagvisaren{}", base_path.trim_end_matches('/'))
}

/// What the names of this deployment's service-worker caches start with;
/// the build's id follows. `vagvisaren-` at the root of a host (as before
/// the setting existed), `vagvisaren-/vagvisaren/` under `/vagvisaren/`.
/// Cache Storage is shared by the whole origin: a worker counts as its own
/// only the caches whose name is this prefix and a build id (which has no
/// `/`), so no deployment deletes or reads another's.
pub fn cache_prefix(base_path: &str) -> String {
    match base_path {
        "/" => "vagvisaren-".into(),
        _ => format!("vagvisaren-{base_path}"),
    }
}

/// The base path a build uses: `VV_BASE_PATH` when it is set (checked like
/// the file's), else the file's.
pub fn effective_base_path(settings: &Settings, env: Option<&str>) -> Result<String, String> {
    match env {
        Some(path) => check_base_path(path)
            .map(|()| path.to_string())
            .map_err(|e| format!("{BASE_PATH_ENV}: {e}")),
        None => Ok(settings.base_path.clone()),
    }
}

fn is_email(email: &str) -> bool {
    email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
    }) && !email.contains(|c: char| c.is_whitespace() || "<>()[],;:?&#%/".contains(c))
}

/// The message ids an FTL file defines: an identifier at the start of a
/// line, then optional blanks and `=` (Fluent allows `id=value` too).
/// Terms (`-name`) are not messages and are left out.
pub fn message_ids(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter_map(|line| {
            let id_len = line
                .char_indices()
                .take_while(|(i, c)| {
                    if *i == 0 {
                        c.is_ascii_alphabetic()
                    } else {
                        c.is_ascii_alphanumeric() || *c == '-' || *c == '_'
                    }
                })
                .count();
            let rest = line[id_len..].trim_start_matches([' ', '\t']);
            (id_len > 0 && rest.starts_with('=')).then(|| line[..id_len].to_string())
        })
        .collect()
}
