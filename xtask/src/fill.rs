//! The placeholders the build fills in its copies of the sources: among
//! them the lists the scripts that run before the wasm need
//! (`src/boot-head.js`, `public/sw.js`), written from the domain's own
//! tables, so no script keeps a copy of the languages or the text files.

use vagvisare_domain::locale::{Locale, Part, FTL_FILES};

/// A JavaScript array of string literals: `['sv', 'en']`.
fn js_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = items.into_iter().map(|s| format!("'{s}'")).collect();
    format!("[{}]", quoted.join(", "))
}

fn locales() -> String {
    js_list(Locale::ALL.iter().map(|l| l.code()))
}

/// `text` with `marker` (which must occur exactly once) replaced.
pub fn fill_once(text: &str, marker: &str, with: &str) -> Result<String, String> {
    match text.matches(marker).count() {
        1 => Ok(text.replacen(marker, with, 1)),
        n => Err(format!("expected `{marker}` once, found it {n} times")),
    }
}

/// Each marker (a quoted placeholder such as `'__LOCALES__'`) must occur
/// exactly once.
fn fill(script: &str, lists: &[(&str, String)]) -> Result<String, String> {
    let mut out = script.to_string();
    for (marker, list) in lists {
        out = fill_once(&out, marker, list)?;
    }
    Ok(out)
}

/// The head's boot script: the languages, which are right-to-left, the
/// texts of the first view and of the other pages, and the deployment's
/// storage keys (`storage_prefix`: see `build/inputs.rs`), the same that
/// build.rs gives the app.
pub fn boot_head(script: &str, storage_prefix: &str) -> Result<String, String> {
    fill(
        script,
        &[
            ("'__LANG_KEY__'", format!("'{storage_prefix}.lang'")),
            ("'__STAFF_KEY__'", format!("'{storage_prefix}.staff'")),
            ("'__LOCALES__'", locales()),
            (
                "'__RTL__'",
                js_list(Locale::ALL.iter().filter(|l| l.is_rtl()).map(|l| l.code())),
            ),
            (
                "'__FIRST_VIEW_FTL__'",
                js_list(Part::FirstView.files().iter().copied()),
            ),
            (
                "'__PAGES_FTL__'",
                js_list(Part::Pages.files().iter().copied()),
            ),
        ],
    )
}

/// The service worker: every language's texts, to precache.
pub fn worker(script: &str) -> Result<String, String> {
    fill(
        script,
        &[
            ("'__LOCALES__'", locales()),
            ("'__FTL_FILES__'", js_list(FTL_FILES)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// src/boot-head.js sets the document's `lang` from the code alone (the
    /// part before a private-use `-x-`): that must be `Locale::lang`.
    #[test]
    fn the_boot_scripts_lang_rule_is_the_domains() {
        for l in Locale::ALL {
            assert_eq!(l.code().split("-x-").next(), Some(l.lang()), "{l:?}");
        }
        assert!(
            Locale::ALL.iter().any(|l| l.is_variant()),
            "a variant is listed (Lättläst), so the rule is exercised"
        );
    }

    #[test]
    fn every_list_is_written_once_and_a_missing_marker_is_an_error() {
        let boot = boot_head(
            "a='__LOCALES__';b='__RTL__';c='__FIRST_VIEW_FTL__';d='__PAGES_FTL__';e='__LANG_KEY__';f='__STAFF_KEY__';",
            "vagvisaren/x",
        )
        .unwrap();
        assert!(
            boot.contains("e='vagvisaren/x.lang';f='vagvisaren/x.staff';"),
            "{boot}"
        );
        // Every language, Swedish first; the right-to-left ones; the files.
        let codes: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
        assert!(boot.contains(&format!("a={};", js_list(codes))), "{boot}");
        assert!(boot.starts_with("a=['sv', "), "{boot}");
        let rtl: Vec<&str> = Locale::ALL
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.code())
            .collect();
        assert!(
            !rtl.is_empty() && boot.contains(&format!("b={};", js_list(rtl))),
            "{boot}"
        );
        assert!(boot.contains("c=['shell.ftl'];"), "{boot}");
        assert!(!boot.contains("__"), "{boot}");
        assert!(worker("const LOCALES = '__LOCALES__';").is_err());
        assert!(boot_head(
            "'__LOCALES__' '__LOCALES__' '__RTL__' '__FIRST_VIEW_FTL__' '__PAGES_FTL__' '__LANG_KEY__' '__STAFF_KEY__'",
            "vagvisaren"
        )
        .is_err());
    }
}
