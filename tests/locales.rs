//! No language can silently break: every FTL file parses, every locale has
//! exactly Swedish's messages with the same variables, plurals are real
//! plurals, every message formats, and every id the code asks for exists
//! (and none is left unused).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::{ftl_path, messages, parse, read, root};
use vagvisare::i18n::catalog::{Catalog, FTL_FILES};
use vagvisare::i18n::{Arg, Locale};

/// Every FTL file of a language: the app's and boot.ftl, which only the
/// build reads (index.html's boot note and `<noscript>` page).
fn all_ftl_files() -> Vec<&'static str> {
    vagvisare::prerender::build_ftl_files().collect()
}

#[test]
fn every_locale_has_exactly_swedish_messages_with_the_same_variables() {
    let mut problems = vec![];
    for file in all_ftl_files() {
        let sv = messages(&ftl_path(Locale::Sv, file));
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Sv) {
            let path = ftl_path(locale, file);
            let other = messages(&path);
            for id in sv.keys().filter(|id| !other.contains_key(*id)) {
                problems.push(format!("{}/{file}: missing {id}", locale.code()));
            }
            for id in other.keys().filter(|id| !sv.contains_key(*id)) {
                problems.push(format!("{}/{file}: {id} is not in Swedish", locale.code()));
            }
            for (id, m) in &sv {
                if let Some(o) = other.get(id) {
                    if o.vars != m.vars {
                        problems.push(format!(
                            "{}/{file}: {id} uses {:?}, Swedish {:?}",
                            locale.code(),
                            o.vars,
                            m.vars
                        ));
                    }
                    if m.plural_keys.is_some() && o.plural_keys.is_none() {
                        problems.push(format!(
                            "{}/{file}: {id} must have plural variants",
                            locale.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// CLDR plural categories per language, so a count reads right: Arabic has
/// six, Persian and Tigrinya treat 0 as "one".
#[test]
fn plurals_cover_each_languages_categories() {
    let mut problems = vec![];
    for locale in Locale::ALL {
        let categories = plural_needs(locale);
        for file in all_ftl_files() {
            let found = messages(&ftl_path(locale, file));
            problems.extend(plural_problems(
                &found,
                &categories,
                &format!("{}/{file}", locale.code()),
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The CLDR categories each language's plural selectors must cover: every
/// category its own rule (`Locale::plural_category`, checked against CLDR
/// by tests/ftl_conformance.rs) gives some whole number.
fn plural_needs(locale: Locale) -> Vec<&'static str> {
    let rule = locale.plural_category();
    let mut needs: Vec<&str> = Vec::new();
    for n in 0..=1000 {
        if !needs.contains(&rule(n)) {
            needs.push(rule(n));
        }
    }
    needs
}

fn plural_problems(
    found: &BTreeMap<String, common::Message>,
    categories: &[&str],
    at: &str,
) -> Vec<String> {
    let mut problems = vec![];
    for (id, m) in found {
        if let Some(keys) = &m.plural_keys {
            for c in categories {
                if !keys.contains(*c) {
                    problems.push(format!("{at}: {id} lacks [{c}]"));
                }
            }
        }
    }
    problems
}

/// Planted fault: an Arabic plural on a selector other than `$count` that
/// lacks categories is caught (it once passed unseen).
#[test]
fn the_plural_check_catches_a_short_arabic_plural_on_any_number() {
    let ftl = "distance =\n    { $km ->\n        [one] كيلومتر واحد\n       *[other] { $km } كيلومتر\n    }\n";
    let arabic = &plural_needs(Locale::Ar);
    assert_eq!(
        arabic.len(),
        6,
        "zero, one, two, few, many, other: {arabic:?}"
    );
    let problems = plural_problems(&common::messages_in(ftl), arabic, "planted");
    assert!(
        problems.iter().any(|p| p.contains("distance lacks [few]")),
        "{problems:?}"
    );
    // A selector on words is not a plural.
    let words = "when =\n    { $precision ->\n        [day] a\n       *[none] b\n    }\n";
    assert!(plural_problems(&common::messages_in(words), arabic, "words").is_empty());
}

/// Every message of every locale formats, as the app does it, without errors — for counts that hit every plural category.
#[test]
fn every_message_formats_in_every_locale() {
    for locale in Locale::ALL {
        let sources: Vec<(&str, String)> = all_ftl_files()
            .into_iter()
            .map(|f| (f, read(&ftl_path(locale, f))))
            .collect();
        let catalog = Catalog::from_sources(locale, &sources)
            .unwrap_or_else(|e| panic!("{}: {e:?}", locale.code()));
        for file in all_ftl_files() {
            for (id, m) in messages(&ftl_path(locale, file)) {
                for n in [0, 1, 2, 3, 11, 100] {
                    let args: Vec<(&str, Arg)> = m
                        .vars
                        .iter()
                        .map(|v| match v.as_str() {
                            "count" | "km" | "number" | "total" => (v.as_str(), Arg::Number(n)),
                            other => (other, Arg::Text(format!("«{other}»"))),
                        })
                        .collect();
                    let text = catalog
                        .format(&id, &args)
                        .unwrap_or_else(|| panic!("{}: {id} does not format", locale.code()));
                    assert!(!text.trim().is_empty(), "{}: {id} is empty", locale.code());
                    assert!(
                        !text.contains(&id),
                        "{}: {id} shows its own id",
                        locale.code()
                    );
                }
            }
        }
    }
}

/// Messages that are names or addresses, the same in every language.
const SAME_EVERYWHERE: &[&str] = &[
    "product-name",
    "local-official-finder",
    "local-ssc-site",
    "a11y-digg-link",
    "link-arbetsformedlingen-se",
    "link-arbetsformedlingen-play",
    "link-digitala-jag",
];

/// The messages of `other` whose text is still the Swedish text.
fn swedish_left(
    sv: &BTreeMap<String, common::Message>,
    other: &BTreeMap<String, common::Message>,
    at: &str,
) -> Vec<String> {
    other
        .iter()
        .filter(|(id, m)| {
            let same = sv
                .get(*id)
                .is_some_and(|s| s.text.trim() == m.text.trim() && !m.text.trim().is_empty());
            same && !SAME_EVERYWHERE.contains(&id.as_str())
        })
        .map(|(id, m)| format!("{at}: {id} is still Swedish: {}", m.text.trim()))
        .collect()
}

/// Text that is the same as Swedish has not been translated, except names.
/// A variant written in Swedish (Lättläst) keeps a Swedish message that
/// already meets its criteria ("Börja", "Välj språk"): its own check is
/// `tests/readability.rs`.
#[test]
fn no_swedish_left_in_other_locales() {
    let mut problems = vec![];
    for file in all_ftl_files() {
        let sv = messages(&ftl_path(Locale::Sv, file));
        for locale in Locale::ALL
            .into_iter()
            .filter(|l| l.lang() != Locale::SOURCE.lang())
        {
            let at = format!("{}/{file}", locale.code());
            problems.extend(swedish_left(&sv, &messages(&ftl_path(locale, file)), &at));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Planted fault: a message left in Swedish is caught; a name is not.
#[test]
fn the_untranslated_check_catches_a_swedish_message() {
    let sv = common::messages_in("a = Ring Arbetsförmedlingen.\nproduct-name = Vägvisaren\n");
    let en = common::messages_in("a = Ring Arbetsförmedlingen.\nproduct-name = Vägvisaren\n");
    assert_eq!(swedish_left(&sv, &en, "en").len(), 1);
    let translated =
        common::messages_in("a = Call Arbetsförmedlingen.\nproduct-name = Vägvisaren\n");
    assert!(swedish_left(&sv, &translated, "en").is_empty());
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Ids the app's own code asks for: the literal first argument of `t`,
/// `t_args`, `t_plain`, `t_sv`, `t_sv_args`, `t_for`, the `id` of `<T id=…/>`, and
/// anything wrapped in `msg`.
fn ids_used_by_app() -> BTreeMap<String, PathBuf> {
    let mut files = vec![];
    rust_files(&root().join("src"), &mut files);
    let mut used = BTreeMap::new();
    for file in files {
        for id in ids_in_source(&read(&file)) {
            used.insert(id, file.clone());
        }
    }
    used
}

/// The message ids one source file asks for: literal arguments, and
/// arguments that are a `const NAME: &str` of the same file (its literal,
/// or the literal inside `msg(…)`), so a typo behind a constant is caught.
fn ids_in_source(text: &str) -> Vec<String> {
    let mut used = vec![];
    for call in [
        "t(",
        "t_args(",
        "t_plain(",
        "t_plain_args(",
        "t_sv(",
        "t_sv_args(",
        "t_for(",
        "msg(",
        "<T id=",
    ] {
        let mut rest = text;
        while let Some(pos) = rest.find(call) {
            let preceded_by_ident = rest[..pos]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[pos + call.len()..];
            if preceded_by_ident {
                continue;
            }
            let trimmed = rest.trim_start();
            if let Some(lit) = trimmed.strip_prefix('"') {
                if let Some(end) = lit.find('"') {
                    used.push(lit[..end].to_string());
                }
            } else {
                let name: String = trimmed
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if name.len() > 1 {
                    if let Some(lit) = const_literal(text, &name) {
                        used.push(lit);
                    }
                }
            }
        }
    }
    used
}

/// The string a `const NAME: &str = "…";` (or `= msg("…");`) holds.
fn const_literal(text: &str, name: &str) -> Option<String> {
    let decl = format!("const {name}: &str = ");
    let rest = &text[text.find(&decl)? + decl.len()..];
    let rest = rest.strip_prefix("msg(").unwrap_or(rest);
    let lit = rest.strip_prefix('"')?;
    Some(lit[..lit.find('"')?].to_string())
}

/// Planted fault: a message id reached through a constant with a typo is
/// found, and it is not in the catalog (it once passed unseen).
#[test]
fn the_id_check_catches_a_typo_behind_a_constant() {
    let source = r#"
        const HEADING: &str = "local-heding";
        const OTHER: &str = msg("local-intro");
        fn view() { view! { <T id=HEADING /> } ; i18n.t(OTHER); }
    "#;
    let ids = ids_in_source(source);
    assert!(ids.contains(&"local-heding".to_string()), "{ids:?}");
    assert!(ids.contains(&"local-intro".to_string()), "{ids:?}");
    let known: BTreeSet<String> = FTL_FILES
        .iter()
        .flat_map(|f| messages(&ftl_path(Locale::Sv, f)).into_keys())
        .collect();
    assert!(
        !known.contains("local-heding"),
        "the typo would be reported"
    );
}

#[test]
fn every_id_the_app_uses_exists_and_none_is_unused() {
    // flow.ftl belongs to the domain: domain/tests/flow_messages.rs checks it.
    // boot.ftl's ids are used by src/prerender.rs.
    let app_files: Vec<&str> = all_ftl_files()
        .into_iter()
        .filter(|f| *f != "flow.ftl")
        .collect();
    let mut defined = BTreeSet::new();
    for file in &app_files {
        defined.extend(messages(&ftl_path(Locale::Sv, file)).into_keys());
    }
    let flow: BTreeSet<String> = messages(&ftl_path(Locale::Sv, "flow.ftl"))
        .into_keys()
        .collect();
    let used = ids_used_by_app();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !defined.contains(*id) && !flow.contains(*id))
        .map(|(id, f)| format!("{id} (used in {})", f.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used but not defined:\n{}",
        missing.join("\n")
    );
    let unused: Vec<&String> = defined
        .iter()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "ids defined in {app_files:?} but never used: {unused:?}"
    );
}

#[test]
fn the_language_picker_names_every_language_in_its_own_script() {
    let names = messages(&root().join("locales/languages.ftl"));
    for locale in Locale::ALL {
        assert!(names.contains_key(locale.autonym_id()), "{}", locale.code());
    }
    assert_eq!(names["autonym-ti"].text.trim(), "ትግርኛ");
    assert_eq!(names["autonym-ar"].text.trim(), "العربية");
}

/// A checker that cannot fail proves nothing: a planted fault is caught.
#[test]
fn checker_catches_a_planted_fault() {
    let dir = std::env::temp_dir().join(format!("vagvisare-ftl-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.ftl");
    let bad_vars = dir.join("vars.ftl");
    fs::write(&good, "a = Hej { $name }\nb = Två\n").unwrap();
    fs::write(&bad_vars, "a = Hello { $nam }\n").unwrap();
    let g = messages(&good);
    let b = messages(&bad_vars);
    assert_ne!(g["a"].vars, b["a"].vars, "a misspelt variable is noticed");
    assert!(!b.contains_key("b"), "a missing message is noticed");
    let junk = dir.join("junk.ftl");
    fs::write(&junk, "a = ok\nthis is { not fluent\n").unwrap();
    assert!(
        std::panic::catch_unwind(|| parse(&junk)).is_err(),
        "a syntax error is noticed"
    );
    fs::remove_dir_all(&dir).ok();
}

/// The app's completeness check (ids embedded at build time) accepts every
/// shipped locale and rejects one with a message missing.
#[test]
fn every_shipped_locale_is_complete_and_a_truncated_one_is_not() {
    for locale in Locale::ALL {
        let sources: Vec<(&str, String)> = FTL_FILES
            .iter()
            .map(|f| (*f, read(&ftl_path(locale, f))))
            .collect();
        let catalog = Catalog::from_sources(locale, &sources).unwrap();
        assert!(
            catalog.check_complete().is_ok(),
            "{} is incomplete",
            locale.code()
        );
    }
    let mut sources: Vec<(&str, String)> = FTL_FILES
        .iter()
        .map(|f| (*f, read(&ftl_path(Locale::Ar, f))))
        .collect();
    // Cut the pages' file in half, just before a message starts (a cut
    // inside a multi-line message would be a syntax error instead).
    let pages = &sources[1].1;
    let half = pages
        .char_indices()
        .nth(pages.chars().count() / 2)
        .unwrap()
        .0;
    let cut = pages[..half]
        .match_indices('\n')
        .map(|(i, _)| i)
        .rfind(|&i| pages[i + 1..].starts_with(|c: char| c.is_ascii_lowercase()))
        .unwrap();
    sources[1].1 = pages[..cut].to_string();
    let truncated =
        Catalog::from_sources(Locale::Ar, &sources).expect("a cut at a line end still parses");
    assert!(truncated.check_complete().is_err());
}

/// Digits 0–9 in Latin, Arabic-Indic and Persian script.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Runs that look like a phone number (six or more digits, spaces and
/// hyphens allowed between them) in the non-comment lines of FTL text.
fn bare_numbers(ftl: &str) -> Vec<String> {
    let mut found = vec![];
    for line in ftl.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !is_digit(chars[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut digits = 0;
            while j < chars.len() && (is_digit(chars[j]) || chars[j] == ' ' || chars[j] == '-') {
                digits += usize::from(is_digit(chars[j]));
                j += 1;
            }
            if digits >= 6 {
                found.push(chars[i..j].iter().collect::<String>().trim().to_string());
            }
            i = j;
        }
    }
    found
}

/// A number typed in a message is not bidi-isolated (string literals are
/// not, plain text is not): in Arabic and Persian "0771-416 416" would show
/// as "416 0771-416". The app and the prerender show numbers as links.
#[test]
fn no_message_carries_a_bare_phone_number() {
    let mut problems = vec![];
    for locale in Locale::ALL {
        for file in all_ftl_files() {
            for n in bare_numbers(&read(&ftl_path(locale, file))) {
                problems.push(format!("{}/{file}: {n}", locale.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Planted faults: a literal and plain text, in Latin and Persian digits;
    // a year range, a law number and a municipality code are not numbers.
    let planted = "a = اتصل { \"0771-416 416\" }\nb = تماس ۰۷۷۱-۴۱۶ ۴۱۶\n# c = 0771-416 416\nd = 2022–2023, 2018:1937, 2425\n";
    assert_eq!(bare_numbers(planted), ["0771-416 416", "۰۷۷۱-۴۱۶ ۴۱۶"]);
}

/// Rule VC01 of Mozilla's Fluent linter: a message with variables has a
/// localization comment directly above it, here one that names each of its
/// variables (`# $name (Type) - what it is`), so a translator knows what
/// will stand there. Returns the problems in FTL text.
fn missing_variable_comments(ftl: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(ftl.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{} syntax error(s): {errors:?}", errors.len()));
    let mut problems = vec![];
    for entry in resource.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut vars = BTreeSet::new();
        if let Some(value) = &m.value {
            common::collect_vars_pattern(value, &mut vars);
        }
        if vars.is_empty() {
            continue;
        }
        let Some(comment) = &m.comment else {
            problems.push(format!("{} has no comment for {vars:?}", m.id.name));
            continue;
        };
        let text = comment.content.join("\n");
        for v in &vars {
            let named = text.match_indices(&format!("${v}")).any(|(i, _)| {
                !text[i + 1 + v.len()..]
                    .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
            });
            if !named {
                problems.push(format!("{}: the comment does not explain ${v}", m.id.name));
            }
        }
    }
    problems
}

#[test]
fn every_message_with_a_variable_says_what_the_variable_is() {
    let mut problems = vec![];
    for locale in Locale::ALL {
        for file in all_ftl_files() {
            for p in missing_variable_comments(&read(&ftl_path(locale, file))) {
                problems.push(format!("{}/{file}: {p}", locale.code()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Planted faults: no comment, a comment separated by a blank line (Fluent
/// then attaches it to nothing), a comment naming another variable.
#[test]
fn the_variable_comment_check_catches_a_planted_fault() {
    let ftl = "\
# $km (Number) - a distance.
ok = { $km } km
bare = { $count } kommuner

# $municipality (String) - a name.

detached = { $municipality }
# $km (Number) - a distance.
wrong = { $kms } km
";
    let problems = missing_variable_comments(ftl);
    assert_eq!(
        problems,
        [
            "bare has no comment for {\"count\"}",
            "detached has no comment for {\"municipality\"}",
            "wrong: the comment does not explain $kms",
        ],
        "{problems:?}"
    );
}

/// Every distance in data/services.json's nearest lists.
fn distances_in_data() -> BTreeSet<u32> {
    fn walk(v: &serde_json::Value, out: &mut BTreeSet<u32>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    if k == "distance_km" {
                        out.insert(v.as_u64().expect("a whole number of km") as u32);
                    } else {
                        walk(v, out);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let data: serde_json::Value =
        serde_json::from_str(&read(&root().join("data/services.json"))).unwrap();
    let mut out = BTreeSet::new();
    walk(&data, &mut out);
    out
}

/// The unit a distance may be written with after `n`, by the language's
/// CLDR plural category of `n` (`[forms.km]` of locales/glossary.toml,
/// which says why).
fn distance_units(locale: Locale, category: &str) -> Vec<String> {
    let km = common::dates::forms("km", locale);
    km.get(category)
        .or_else(|| km.get("other"))
        .and_then(toml::Value::as_array)
        .expect("locales/glossary.toml: forms.km needs other")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// Problems with `local-nearest` in `catalog` for the distances `kms`.
fn distance_problems(catalog: &Catalog, kms: &BTreeSet<u32>) -> Vec<String> {
    let locale = catalog.locale;
    let category = locale.plural_category();
    let mut problems = vec![];
    for &km in kms {
        let text = catalog
            .format(
                "local-nearest",
                &[
                    ("municipality", Arg::Text("Orsa".into())),
                    ("km", Arg::Number(km)),
                ],
            )
            .map(|t| vagvisare::i18n::strip_isolation(&t));
        let Some(text) = text else {
            problems.push(format!("{}: local-nearest does not format", locale.code()));
            continue;
        };
        let units = distance_units(locale, category(km));
        let right = units
            .iter()
            .any(|u| text.contains(&format!("{km} {u} ")) || text.ends_with(&format!("{km} {u}")));
        if !right {
            problems.push(format!(
                "{}: {km} km ({}) reads \"{text}\"; expected {km} followed by one of {units:?}",
                locale.code(),
                category(km)
            ));
        }
    }
    problems
}

/// Every distance the data can produce reads right in every language,
/// through the language's plural rules.
#[test]
fn every_distance_in_the_data_reads_right_in_every_locale() {
    let kms = distances_in_data();
    let arabic = Locale::Ar.plural_category();
    let categories: BTreeSet<&str> = kms.iter().map(|&n| arabic(n)).collect();
    assert!(
        categories.contains("few") && categories.contains("many"),
        "the data no longer reaches Arabic few and many: {categories:?}"
    );
    let mut problems = vec![];
    for locale in Locale::ALL {
        let sources: Vec<(&str, String)> = FTL_FILES
            .iter()
            .map(|f| (*f, read(&ftl_path(locale, f))))
            .collect();
        problems.extend(distance_problems(
            &Catalog::from_sources(locale, &sources).unwrap(),
            &kms,
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Planted fault: the old Arabic text, the singular noun after every number.
#[test]
fn the_distance_check_catches_the_singular_arabic_noun() {
    let old = "local-nearest = { $municipality }، على بُعد { $km } كيلومتر تقريبًا بخط مستقيم\n";
    let catalog = Catalog::from_sources(Locale::Ar, &[("shell.ftl", old.to_string())]).unwrap();
    let problems = distance_problems(&catalog, &distances_in_data());
    assert!(
        problems.iter().any(|p| p.starts_with("ar: 5 km (few)")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with("ar: 15 km (many)")),
        "{problems:?}"
    );
}

/// The modules the first view runs: everything the app reaches without
/// passing `ui::pages`, whose `render` is the split point into the pages
/// chunk (`src/ui/pages.rs`). `ui::pages` itself is in the first view (it
/// fetches the chunk) but what it renders is not.
fn first_view_modules(
    graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
) -> BTreeSet<Vec<String>> {
    let m = |p: &str| -> Vec<String> { p.split("::").map(String::from).collect() };
    let mut seen = BTreeSet::from([m("app")]);
    let mut todo = vec![m("app")];
    while let Some(module) = todo.pop() {
        if module == m("ui::pages") {
            continue;
        }
        for next in graph.get(&module).into_iter().flatten() {
            if seen.insert(next.clone()) {
                todo.push(next.clone());
            }
        }
    }
    seen
}

/// The ids the first view asks for, by file.
fn first_view_ids(modules: &BTreeSet<Vec<String>>) -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    for module in modules {
        let base = root().join("src").join(module.join("/"));
        let file = [base.with_extension("rs"), base.join("mod.rs")]
            .into_iter()
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("no file for {module:?}"));
        for id in ids_in_source(&read(&file)) {
            ids.insert(id, module.join("::"));
        }
    }
    ids
}

/// The first view's texts are exactly what it shows: every id a first-view
/// module asks for is in the first view's files (the start page must work
/// before the pages' texts arrive), and those files hold nothing else (a
/// page's text there would weigh on every visit's first download).
#[test]
fn the_first_views_texts_are_exactly_what_it_shows() {
    let graph = common::graph::crate_graph("src");
    let modules = first_view_modules(&graph);
    for expected in ["ui::start_page", "ui::site_header", "ui::page_load_error"] {
        let m: Vec<String> = expected.split("::").map(String::from).collect();
        assert!(modules.contains(&m), "{expected} is in the first view");
    }
    for chunk_only in ["ui::result_page", "ui::question_page", "ui::overview_page"] {
        let m: Vec<String> = chunk_only.split("::").map(String::from).collect();
        assert!(!modules.contains(&m), "{chunk_only} is in the pages chunk");
    }
    let used = first_view_ids(&modules);
    let defined: BTreeSet<String> = vagvisare::i18n::catalog::Part::FirstView
        .files()
        .iter()
        .flat_map(|f| messages(&ftl_path(Locale::Sv, f)).into_keys())
        .collect();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !defined.contains(*id))
        .map(|(id, m)| format!("{id} (used by {m})"))
        .collect();
    assert!(
        missing.is_empty(),
        "first-view ids outside its files: {missing:?}"
    );
    let extra: Vec<&String> = defined
        .iter()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(
        extra.is_empty(),
        "ids in the first view's files that only pages use: {extra:?}"
    );
}

/// Planted fault: a page component that the first view reaches directly
/// (not through `ui::pages`) brings its ids into the first view.
#[test]
fn the_first_view_check_follows_imports_past_a_planted_shortcut() {
    let m = |p: &str| -> Vec<String> { p.split("::").map(String::from).collect() };
    let mut graph = common::graph::crate_graph("src");
    assert!(!first_view_modules(&graph).contains(&m("ui::about_page")));
    graph
        .get_mut(&m("ui::site_footer"))
        .unwrap()
        .insert(m("ui::about_page"));
    let modules = first_view_modules(&graph);
    assert!(modules.contains(&m("ui::about_page")));
    assert!(first_view_ids(&modules).contains_key("about-title"));
}

/// The catalog of every file the app fetches for `locale`.
fn app_catalog(locale: Locale) -> Catalog {
    let sources: Vec<(&str, String)> = FTL_FILES
        .iter()
        .map(|f| (*f, read(&ftl_path(locale, f))))
        .collect();
    Catalog::from_sources(locale, &sources).unwrap()
}

/// The digits `locale`'s texts are written in, read from its first view.
fn text_zero(locale: Locale) -> char {
    common::dates::zero_of_text(&read(&ftl_path(locale, "shell.ftl")))
        .unwrap_or_else(|| panic!("{}: the year 2021 in one set of digits", locale.code()))
}

/// `iso` as the app writes it in `locale` (`ui::places::date_message`),
/// without the isolation marks.
fn written_date(catalog: &Catalog, iso: &str) -> String {
    let (id, args) = vagvisare::ui::places::date_message(iso, catalog.locale)
        .unwrap_or_else(|| panic!("{iso} is a date"));
    let text = catalog
        .format(id, &args)
        .unwrap_or_else(|| panic!("{}: {id} does not format", catalog.locale.code()));
    vagvisare::i18n::strip_isolation(&text)
}

/// Every date the app writes (a local fact's "closed on …", its source's
/// date, the staff overview's "last changed") is written by the texts'
/// `date-day` and `date-month`: here 30 May 2025 and May 2025 in every
/// language, in the Gregorian calendar, with the language's month name and
/// in the digits its own texts use (Persian ۲۰۲۵ beside ۲۰۲۱, never the Solar
/// Hijri «۹ خرداد ۱۴۰۴» `Intl` gives Persian by default).
#[test]
fn every_language_writes_a_date_in_the_gregorian_calendar_with_its_own_month_names_and_digits() {
    let mut problems = vec![];
    for locale in Locale::ALL {
        let zero = text_zero(locale);
        assert_eq!(
            locale.zero_digit(),
            zero,
            "{}: Locale::zero_digit differs from the digits of the texts",
            locale.code()
        );
        let catalog = app_catalog(locale);
        for (iso, day) in [("2025-05-30", true), ("2025-05", false)] {
            let text = written_date(&catalog, iso);
            let p = common::dates::problems(locale, zero, &text, day);
            if !p.is_empty() {
                problems.push(format!(
                    "{}: {iso} «{text}»: {}",
                    locale.code(),
                    p.join("; ")
                ));
            }
        }
        // Every month has its own name, and none is a number.
        let names: BTreeSet<String> = (1..=12)
            .map(|m| written_date(&catalog, &format!("2025-{m:02}")))
            .collect();
        assert_eq!(names.len(), 12, "{}: {names:?}", locale.code());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        written_date(&app_catalog(Locale::Fa), "2025-05-30"),
        "۳۰ مهٔ ۲۰۲۵"
    );
    assert_eq!(
        written_date(&app_catalog(Locale::Sv), "2025-05-30"),
        "30 maj 2025"
    );
    assert_eq!(
        written_date(&app_catalog(Locale::Ar), "2025-05-30"),
        "30 أيار/مايو 2025"
    );
    // Not a date: no message (the app prints it as it is).
    for bad in ["2025", "2025-13", "2025-00-10", "2025-05-32", "maj 2025"] {
        assert!(
            vagvisare::ui::places::date_message(bad, Locale::Sv).is_none(),
            "{bad}"
        );
    }
}

/// Planted faults: the Solar Hijri date (what `Intl.DateTimeFormat('fa')`
/// writes for 30 May 2025), Arabic-Indic digits beside Arabic texts written
/// in Western digits, Western digits in Persian, and an ISO date (no month
/// name) are all caught.
#[test]
fn the_date_check_catches_a_solar_hijri_date_and_foreign_digits() {
    use common::dates::problems;
    let fa = text_zero(Locale::Fa);
    let hijri = problems(Locale::Fa, fa, "۹ خرداد ۱۴۰۴", true);
    assert!(hijri.iter().any(|p| p.contains("۲۰۲۵")), "{hijri:?}");
    assert!(
        hijri.iter().any(|p| p.contains("Gregorian May")),
        "{hijri:?}"
    );
    assert!(!problems(Locale::Fa, fa, "۳۰ مهٔ 2025", true).is_empty());
    let ar = problems(Locale::Ar, text_zero(Locale::Ar), "٣٠ أيار/مايو ٢٠٢٥", true);
    assert!(ar.iter().any(|p| p.contains("another set")), "{ar:?}");
    assert!(!problems(Locale::Sv, text_zero(Locale::Sv), "2025-05-30", true).is_empty());
    // And the check passes what it should.
    assert!(problems(Locale::Fa, fa, "۳۰ مهٔ ۲۰۲۵", true).is_empty());
}

/// The Latin terms in parentheses in `ftl` (non-comment lines) that a line
/// could break inside: a space or a hyphen between their letters. A term is
/// the content of a pair of parentheses with Latin letters and no Arabic
/// script and no placeable.
fn breakable_latin_terms(ftl: &str) -> Vec<String> {
    let mut found = vec![];
    for line in ftl.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut rest = line;
        while let Some(open) = rest.find('(') {
            let Some(len) = rest[open + 1..].find([')', '(']) else {
                break;
            };
            let inner = &rest[open + 1..open + 1 + len];
            rest = &rest[open + 1..];
            let latin = inner.chars().any(|c| c.is_ascii_alphabetic());
            let arabic_script = inner
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            if latin && !arabic_script && !inner.contains('{') && inner.contains([' ', '-']) {
                found.push(format!("({inner})"));
            }
        }
    }
    found
}

/// In Arabic and Persian, a Latin term in parentheses, such as
/// "(e-legitimation)" in the e-ID question, must not break across lines: the
/// left-to-right piece on each line takes one of the parentheses with it,
/// and on screen they point the wrong way («(-e» on one line, «legitimation)»
/// on the next, as the second review's screenshot showed). Its spaces are
/// no-break spaces (U+00A0) and its hyphens non-breaking hyphens (U+2011);
/// tests/e2e/bidi.test.mjs checks the drawn result.
#[test]
fn a_latin_term_in_parentheses_cannot_break_in_right_to_left_text() {
    let mut problems = vec![];
    for locale in Locale::ALL.into_iter().filter(|l| l.is_rtl()) {
        for file in all_ftl_files() {
            for term in breakable_latin_terms(&read(&ftl_path(locale, file))) {
                problems.push(format!("{}/{file}: {term}", locale.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Planted faults: an ordinary hyphen, an ordinary space; the glossary's
    // Arabic term before a Swedish one, a placeable and comments are fine.
    let planted = "a = هل لديك هوية إلكترونية (e-legitimation)؟\nb = (skyddade personuppgifter)\nc = (e\u{2011}legitimation) (skyddade\u{a0}personuppgifter) (مكان مشترك، samarbetslösning) ({ $source_date })\n# (not a message)\n";
    assert_eq!(
        breakable_latin_terms(planted),
        ["(e-legitimation)", "(skyddade personuppgifter)"]
    );
}
