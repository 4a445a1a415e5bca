//! localStorage holds preferences only (language, staff mode, kiosk mode) — never an
//! answer. Every read tolerates a missing, blocked or corrupted store.
//!
//! The keys are per deployment, written by build.rs from the base path
//! (`config/site.toml`): `vagvisaren.lang`, `vagvisaren.staff` and
//! `vagvisaren.kiosk` at the root of a host, `vagvisaren/vagvisaren.lang`
//! and so on under `/vagvisaren/`, so two deployments on one origin never
//! share a preference. Constants, not computed from the address: that cost
//! 251 B brotli of the first view (measured 2026-12-07).

include!(concat!(env!("OUT_DIR"), "/storage_keys.rs"));

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok()?
}

fn set(key: &str, value: &str) {
    if let Some(s) = store() {
        let _ = s.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(s) = store() {
        let _ = s.remove_item(key);
    }
}

/// The stored language code, if it is one we know; a corrupted value is
/// removed so it cannot keep misleading the next visit.
pub fn language() -> Option<vagvisare_domain::locale::Locale> {
    let raw = get(LANG_KEY)?;
    let parsed = vagvisare_domain::locale::Locale::from_tag(&raw).filter(|l| l.code() == raw);
    if parsed.is_none() {
        remove(LANG_KEY);
    }
    parsed
}

pub fn set_language(locale: vagvisare_domain::locale::Locale) {
    set(LANG_KEY, locale.code());
}

pub fn staff_mode() -> bool {
    match get(STAFF_KEY).as_deref() {
        Some("1") => true,
        Some(_) => {
            remove(STAFF_KEY);
            false
        }
        None => false,
    }
}

pub fn set_staff_mode(on: bool) {
    if on {
        set(STAFF_KEY, "1");
    } else {
        remove(STAFF_KEY);
    }
}

/// Kiosk mode's idle seconds, if this computer is a kiosk; a corrupted
/// value is removed.
pub fn kiosk_mode() -> Option<u32> {
    let raw = get(KIOSK_KEY)?;
    match vagvisare_domain::kiosk::parse_setting(&raw) {
        Some(vagvisare_domain::kiosk::Setting::On(seconds)) => Some(seconds),
        _ => {
            remove(KIOSK_KEY);
            None
        }
    }
}

pub fn set_kiosk_mode(seconds: Option<u32>) {
    match seconds {
        Some(s) => set(KIOSK_KEY, &s.to_string()),
        None => remove(KIOSK_KEY),
    }
}

/// The browser's language preferences, best first.
pub fn navigator_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else {
        return vec![];
    };
    let list = w.navigator().languages();
    list.iter().filter_map(|v| v.as_string()).collect()
}
