//! Kiosk mode for the self-service computers at service offices (§4.5.1):
//! after a period without input the visitor is asked whether they need more
//! time; without an answer within a minute the visit is wiped. The timing is
//! plain arithmetic here, so WCAG 2.2.1 (timing adjustable: the warning, and
//! as many extensions as wanted) and 2.2.6 (timeouts: the warning says data
//! will be lost) are tested on the host; the browser only reads the clock.

/// Idle time before the warning when the setting does not say: 3 minutes.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;
/// How long the warning waits for an answer (WCAG 2.2.1 asks for at least 20 s).
pub const WARNING_SECONDS: u32 = 60;
/// The range a deployment may choose for the idle time.
pub const IDLE_RANGE: std::ops::RangeInclusive<u32> = 30..=3600;

/// What `?kiosk=` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Kiosk mode, warning after this many idle seconds.
    On(u32),
    Off,
}

/// `"1"` (the default idle time), a number of seconds in [`IDLE_RANGE`], or
/// `"0"` to switch off; anything else is ignored.
pub fn parse_setting(value: &str) -> Option<Setting> {
    match value {
        "0" => Some(Setting::Off),
        "1" => Some(Setting::On(DEFAULT_IDLE_SECONDS)),
        _ => value
            .parse::<u32>()
            .ok()
            .filter(|s| IDLE_RANGE.contains(s))
            .map(Setting::On),
    }
}

/// The value of `kiosk=` in a query string, if any (the last one wins).
pub fn setting_in_query(search: &str) -> Option<Setting> {
    search
        .trim_start_matches('?')
        .split('&')
        .rev()
        .filter_map(|pair| pair.strip_prefix("kiosk="))
        .find_map(parse_setting)
}

/// Where a visit stands after `idle_ms` without input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Active,
    /// The warning is showing; the visit is wiped after `seconds_left`.
    Warning {
        seconds_left: u32,
    },
    /// Time is up: wipe the visit.
    Expired,
}

pub fn phase(idle_ms: u64, idle_seconds: u32) -> Phase {
    let idle = idle_ms / 1000;
    let warn_at = u64::from(idle_seconds);
    let end_at = warn_at + u64::from(WARNING_SECONDS);
    if idle < warn_at {
        Phase::Active
    } else if idle < end_at {
        Phase::Warning {
            seconds_left: (end_at - idle) as u32,
        }
    } else {
        Phase::Expired
    }
}
