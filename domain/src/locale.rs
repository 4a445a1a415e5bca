//! The languages Vägvisaren speaks: Swedish (the source, and what
//! service-office staff read), Lättläst svenska (easy-to-read Swedish, a
//! second variant of Swedish chosen like a language), and the five
//! languages of Arbetsförmedlingen's introduction-programme phone line
//! (report §4.4).
//!
//! The one list of languages: the URL format, the app, its Fluent layer and
//! the tests all iterate [`Locale::ALL`]. Adding a language starts here.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Sv,
    /// Lättläst svenska: the same messages as Swedish, written to the
    /// easy-to-read criteria (locales/README.md). Swedish to the browser
    /// and the screen reader (`lang="sv"`); its own texts to the app.
    SvEasy,
    En,
    Ar,
    Fa,
    So,
    Ti,
}

impl Locale {
    /// Order of the language picker: Swedish first, Lättläst beside it,
    /// then the phone line's order.
    pub const ALL: [Locale; 7] = [
        Locale::Sv,
        Locale::SvEasy,
        Locale::En,
        Locale::Ar,
        Locale::Fa,
        Locale::So,
        Locale::Ti,
    ];

    /// The fallback when a locale cannot be loaded: staff can always read it.
    pub const SOURCE: Locale = Locale::Sv;

    /// The app's own id of the language: in the address (`?lang=`), the
    /// folder under `locales/`, the stored choice and `data-locale`. A BCP 47
    /// tag; Lättläst's is private use (`-x-`), since BCP 47 has no subtag for
    /// easy-to-read. What the document says it is written in is [`Locale::lang`].
    pub fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::SvEasy => "sv-x-lattlast",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Fa => "fa",
            Locale::So => "so",
            Locale::Ti => "ti",
        }
    }

    /// The language the text is in, for the `lang` attribute: what a screen
    /// reader picks its voice by, and what `:lang()` and hyphenation follow.
    /// Lättläst is Swedish (`sv`); every other language its own code.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::SvEasy => "sv",
            other => other.code(),
        }
    }

    /// Written to the lättläst (easy-to-read) criteria: `tests/readability.rs`
    /// measures these, and the CSS gives them short lines.
    pub fn is_easy_to_read(self) -> bool {
        matches!(self, Locale::SvEasy)
    }

    /// True for a variant that shares its language with another locale (so
    /// `lang` cannot tell them apart: `data-locale` does).
    pub fn is_variant(self) -> bool {
        self.lang() != self.code()
    }

    /// The tag of the CLDR locale whose rules and data the language follows
    /// (plural rules, the browser's `Intl`): the language itself
    /// ([`Locale::lang`]); a language CLDR files under another tag (Dari is
    /// `fa-AF`) says so here.
    pub fn cldr_tag(self) -> &'static str {
        self.lang()
    }

    /// Accepts one of our codes exactly (any case), else a bare language
    /// code or a BCP 47 tag such as `sv-SE` or `fa-IR` by its primary
    /// subtag, because `navigator.languages` gives tags, not our codes.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if let Some(l) = Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(tag))
        {
            return Some(l);
        }
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
    }

    /// The ISO 15924 code of the language's script: what the fonts must
    /// cover (the e2e glyph checks, the CSS line heights).
    pub fn script(self) -> &'static str {
        match self {
            Locale::Sv | Locale::SvEasy | Locale::En | Locale::So => "Latn",
            Locale::Ar | Locale::Fa => "Arab",
            Locale::Ti => "Ethi",
        }
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The CLDR cardinal plural category of a whole number, which picks a
    /// variant such as `[one]` in a Fluent select expression. Only integers
    /// occur (counts, kilometres), so the rules' decimal operands drop out;
    /// `tests/ftl_conformance.rs` checks these against CLDR's data.
    pub fn plural_category(self) -> fn(u32) -> &'static str {
        fn one_if_one(n: u32) -> &'static str {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        fn one_if_zero_or_one(n: u32) -> &'static str {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        fn arabic(n: u32) -> &'static str {
            match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            }
        }
        match self {
            // sv, en, so: one is n = 1 (with no visible decimals).
            Locale::Sv | Locale::SvEasy | Locale::En | Locale::So => one_if_one,
            // fa: i = 0 or n = 1; ti: n = 0..1.
            Locale::Fa | Locale::Ti => one_if_zero_or_one,
            Locale::Ar => arabic,
        }
    }

    /// The zero of the digits the language's texts are written in: Persian
    /// digits (۰–۹) in Persian, Western digits in every other language (the
    /// Arabic texts write 2021, not ٢٠٢١). Numbers and dates the app writes
    /// use the same digits as the text around them.
    pub fn zero_digit(self) -> char {
        match self {
            Locale::Fa => '\u{06F0}',
            Locale::Sv | Locale::SvEasy | Locale::En | Locale::Ar | Locale::So | Locale::Ti => '0',
        }
    }

    /// `n` written in the language's digits ([`Locale::zero_digit`]),
    /// without grouping: a day or a year.
    pub fn digits(self, n: u32) -> String {
        let zero = self.zero_digit() as u32;
        n.to_string()
            .chars()
            .map(|c| char::from_u32(zero + (c as u32 - '0' as u32)).unwrap_or(c))
            .collect()
    }

    /// Fluent id of the language's own name (autonym) in `locales/languages.ftl`.
    pub fn autonym_id(self) -> &'static str {
        match self {
            Locale::Sv => "autonym-sv",
            Locale::SvEasy => "autonym-sv-x-lattlast",
            Locale::En => "autonym-en",
            Locale::Ar => "autonym-ar",
            Locale::Fa => "autonym-fa",
            Locale::So => "autonym-so",
            Locale::Ti => "autonym-ti",
        }
    }
}

/// A locale's texts come in two parts, so the first view downloads only
/// what it shows: the frame and the start page (fetched before the app
/// mounts), and every other page's texts, fetched beside the pages chunk
/// that draws those pages. The app's catalog, the boot script's preloads
/// and the service worker's precache all follow this table (the build
/// stamps the lists into the two scripts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    FirstView,
    Pages,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::FirstView, Part::Pages];

    /// The FTL files of this part, under `locales/<lang>/`.
    pub const fn files(self) -> &'static [&'static str] {
        match self {
            Part::FirstView => &["shell.ftl"],
            Part::Pages => &["pages.ftl", "flow.ftl", "staff.ftl"],
        }
    }

    /// The part a file belongs to; a file of neither (boot.ftl, read only by
    /// the build) counts as the first view's.
    pub fn of(file: &str) -> Part {
        if Part::Pages.files().contains(&file) {
            Part::Pages
        } else {
            Part::FirstView
        }
    }
}

/// Every FTL file a locale has that the app fetches, the first view's first.
pub const FTL_FILES: [&str; 4] = ["shell.ftl", "pages.ftl", "flow.ftl", "staff.ftl"];

/// The FTL file only the build reads: index.html carries its texts (the
/// note when the app cannot start, the `<noscript>` page).
pub const BOOT_FTL: &str = "boot.ftl";

/// Picks the first supported language in the browser's preference list.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
    preferred
        .into_iter()
        .find_map(Locale::from_tag)
        .unwrap_or(Locale::SOURCE)
}
