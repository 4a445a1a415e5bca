//! The six languages Vägvisaren speaks: Swedish (the source, and what
//! service-office staff read) plus the five languages of Arbetsförmedlingen's
//! introduction-programme phone line (report §4.4).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Sv,
    En,
    Ar,
    Fa,
    So,
    Ti,
}

impl Locale {
    /// Order of the language picker: Swedish first, then the phone line's order.
    pub const ALL: [Locale; 6] = [
        Locale::Sv,
        Locale::En,
        Locale::Ar,
        Locale::Fa,
        Locale::So,
        Locale::Ti,
    ];

    /// The fallback when a locale cannot be loaded: staff can always read it.
    pub const SOURCE: Locale = Locale::Sv;

    pub fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Fa => "fa",
            Locale::So => "so",
            Locale::Ti => "ti",
        }
    }

    /// Accepts a bare code or a BCP 47 tag such as `sv-SE` or `fa-IR`, in any
    /// case, because `navigator.languages` gives tags, not our codes.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Fluent id of the language's own name (autonym) in `locales/languages.ftl`.
    pub fn autonym_id(self) -> &'static str {
        match self {
            Locale::Sv => "autonym-sv",
            Locale::En => "autonym-en",
            Locale::Ar => "autonym-ar",
            Locale::Fa => "autonym-fa",
            Locale::So => "autonym-so",
            Locale::Ti => "autonym-ti",
        }
    }
}

/// Picks the first supported language in the browser's preference list.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
    preferred
        .into_iter()
        .find_map(Locale::from_tag)
        .unwrap_or(Locale::SOURCE)
}
