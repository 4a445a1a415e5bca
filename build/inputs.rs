//! What build.rs reads, checked: the deployment settings of
//! `config/site.toml` and the message ids of the Swedish FTL files. A module
//! of its own so `tests/build_inputs.rs` can call it with every error planted.
//!
//! Settings: only `key = "value"` lines and comments: three strings do not
//! need a TOML crate in the build, and a narrow format gives narrow errors.
//! Every error names the file, the line (where there is one) and the field.

pub const SITE_FILE: &str = "config/site.toml";
/// The keys, in the order `src/site.rs` declares them.
pub const SITE_KEYS: [&str; 3] = ["operator", "contact_email", "contact_url"];

/// `[operator, contact_email, contact_url]`, or what is wrong.
pub fn parse(text: &str) -> Result<[String; 3], String> {
    let mut values: [Option<String>; 3] = Default::default();
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
    let [operator, email, url] = values.map(Option::unwrap_or_default);
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
    Ok([operator, email, url])
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
