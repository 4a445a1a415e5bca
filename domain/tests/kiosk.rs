//! Kiosk timing: warning after the idle time, a minute to answer, then wipe.

use vagvisare_domain::kiosk::{
    parse_setting, phase, setting_in_query, Phase, Setting, DEFAULT_IDLE_SECONDS, IDLE_RANGE,
    WARNING_SECONDS,
};

#[test]
fn the_setting_is_one_zero_or_seconds_in_range() {
    assert_eq!(parse_setting("1"), Some(Setting::On(DEFAULT_IDLE_SECONDS)));
    assert_eq!(parse_setting("0"), Some(Setting::Off));
    assert_eq!(parse_setting("120"), Some(Setting::On(120)));
    for bad in ["", "yes", "-5", "29", "3601", "1.5", "99999999999"] {
        assert_eq!(parse_setting(bad), None, "{bad:?}");
    }
    assert_eq!(setting_in_query("?lang=sv&kiosk=90"), Some(Setting::On(90)));
    assert_eq!(setting_in_query("?kiosk=1&kiosk=0"), Some(Setting::Off));
    assert_eq!(setting_in_query("?lang=sv"), None);
}

#[test]
fn warning_then_expiry_for_every_allowed_idle_time() {
    for idle in [*IDLE_RANGE.start(), DEFAULT_IDLE_SECONDS, *IDLE_RANGE.end()] {
        let ms = |s: u32| u64::from(s) * 1000;
        assert_eq!(phase(0, idle), Phase::Active);
        assert_eq!(phase(ms(idle) - 1, idle), Phase::Active);
        assert_eq!(
            phase(ms(idle), idle),
            Phase::Warning {
                seconds_left: WARNING_SECONDS
            }
        );
        assert_eq!(
            phase(ms(idle + WARNING_SECONDS) - 1, idle),
            Phase::Warning { seconds_left: 1 }
        );
        assert_eq!(phase(ms(idle + WARNING_SECONDS), idle), Phase::Expired);
    }
    // WCAG 2.2.1: at least 20 seconds to answer the warning.
    const { assert!(WARNING_SECONDS >= 20) };
}
