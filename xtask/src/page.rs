//! The shipped index.html, built from its template. The template
//! (`index.html`, with the pre-rendered start pages `make prerender`
//! writes) has three markers, each filled exactly once:
//!
//! - `<!-- build:csp -->`, first in `<head>`: the Content-Security-Policy.
//!   No 'unsafe-inline' or 'unsafe-eval' for scripts: the two inline
//!   scripts (the loader and the boot script) are allowed by their hashes,
//!   which are computed here from the very text this module writes;
//!   'wasm-unsafe-eval' lets the wasm compile; nothing from other origins.
//! - `<!-- build:assets -->`: the stylesheet, the modulepreloads of the JS
//!   modules (an imported module is checked against its modulepreload's
//!   integrity) and the module script that starts the app, fetching the
//!   wasm with Subresource Integrity.
//! - `<!-- build:boot-script -->`: `src/boot.js`, inline, so the start
//!   page in the visit's language paints before any download.

use crate::fill::{self, fill_once};
use crate::hash::{csp_script, sri};
use crate::inputs::storage_prefix;

/// A shipped file's name and integrity.
pub struct Integrity {
    pub name: String,
    pub integrity: String,
}

impl Integrity {
    pub fn of(name: &str, bytes: &[u8]) -> Self {
        Self {
            name: name.to_string(),
            integrity: sri(bytes),
        }
    }
}

/// The two inline boot scripts' sources: `src/boot-head.js` (language,
/// direction, preloads) and `src/boot.js` (the pre-rendered start page).
pub struct BootScripts<'a> {
    pub head: &'a str,
    pub body: &'a str,
}

/// What the page loads.
pub struct Assets {
    pub stylesheet: Integrity,
    /// Every other page's styles: in an inert `<template>`, which the boot
    /// script adds to the document on any page but the start page (and the
    /// app when the visitor moves on), so the start page never fetches it.
    pub pages_stylesheet: Integrity,
    /// wasm-bindgen's glue, the module the loader imports.
    pub glue: Integrity,
    /// The splitter's link module (release builds), imported by the glue.
    pub link: Option<Integrity>,
    pub wasm: Integrity,
    /// The pages chunk (release builds), which the boot script preloads
    /// when a visit starts on another page than the start page (as it does
    /// the main wasm, which the loader would otherwise ask for only once
    /// the glue module has arrived and run).
    pub pages_chunk: Option<Integrity>,
}

pub const CSP_MARKER: &str = "<!-- build:csp -->";
pub const ASSETS_MARKER: &str = "<!-- build:assets -->";
pub const BOOT_MARKER: &str = "<!-- build:boot-script -->";

/// The page, and the policy its meta tag carries. `base` is the path the
/// build is served under (`/`, `/vagvisaren/`): every file the page names is
/// addressed under it. `minify` (release) drops the template's HTML
/// comments and the boot script's comment lines: they explain the source,
/// and the first view has no bytes to spare.
pub fn index_html(
    template: &str,
    scripts: &BootScripts,
    assets: &Assets,
    base: &str,
    minify: bool,
) -> Result<(String, String), String> {
    let template = if minify {
        without_html_comments(template)?
    } else {
        template.to_string()
    };
    let template = template.as_str();
    let strip = |script: &str| {
        if minify {
            script
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            script.to_string()
        }
    };
    let (chunk, chunk_integrity) = match &assets.pages_chunk {
        Some(c) => (format!("{base}{}", c.name), c.integrity.clone()),
        None => (String::new(), String::new()),
    };
    let head_script = fill_once(&strip(scripts.head), "__PAGES_CHUNK__", &chunk)
        .and_then(|b| fill_once(&b, "__PAGES_CHUNK_INTEGRITY__", &chunk_integrity))
        .and_then(|b| fill_once(&b, "__MAIN_WASM__", &format!("{base}{}", assets.wasm.name)))
        .and_then(|b| fill_once(&b, "__MAIN_WASM_INTEGRITY__", &assets.wasm.integrity))
        .and_then(|b| fill::boot_head(&b, &storage_prefix(base)))
        .map_err(|e| format!("src/boot-head.js: {e}"))?;
    let head_script = format!("\n{}\n", head_script.trim_end_matches('\n'));
    let boot_script = strip(scripts.body);
    let boot_script = boot_script.as_str();
    // When the boot script has shown a pre-rendered start page (and hidden
    // the neutral view), that page is the first view and needs no wasm: the
    // wasm is fetched once it has painted, not beside it. Fetched beside
    // it, it was part of the paint in Lighthouse's model in about half the
    // runs (start-page LCP 1.8 s instead of 1.1 s). Any other page needs
    // the wasm to show anything, and fetches it at once.
    let loader = format!(
        "\nimport init from '{base}{}';\nconst start = () => init({{ module_or_path: fetch('{base}{}', {{ integrity: '{}' }}) }});\nif (document.getElementById('boot-generic')?.hidden) requestAnimationFrame(() => setTimeout(start)); else start();\n",
        assets.glue.name, assets.wasm.name, assets.wasm.integrity
    );
    let boot = format!("\n{}", boot_script.trim_end_matches('\n'));
    let boot = format!("{boot}\n");
    if [&boot, &loader, &head_script]
        .iter()
        .any(|s| s.contains("</script"))
    {
        return Err("an inline script contains `</script`".into());
    }

    // First in the head: the pages' stylesheet, inert, for the boot script
    // to add; then the boot script (the document's language before
    // anything else).
    let mut head = vec![
        format!(
            r#"<template id="pages-css"><link rel="stylesheet" href="{base}{}" integrity="{}"></template>"#,
            assets.pages_stylesheet.name, assets.pages_stylesheet.integrity
        ),
        format!("<script>{head_script}</script>"),
    ];
    head.push(format!(
        r#"<link rel="stylesheet" href="{base}{}" integrity="{}">"#,
        assets.stylesheet.name, assets.stylesheet.integrity
    ));
    for module in std::iter::once(&assets.glue).chain(assets.link.as_ref()) {
        head.push(format!(
            r#"<link rel="modulepreload" href="{base}{}" crossorigin="anonymous" integrity="{}">"#,
            module.name, module.integrity
        ));
    }
    head.push(format!("<script type=\"module\">{loader}</script>"));

    let html = fill_once(template, ASSETS_MARKER, &head.join("\n  "))?;
    let html = fill_once(&html, BOOT_MARKER, &format!("<script>{boot}</script>"))?;
    let csp = csp(&[&head_script, &loader, &boot]);
    let html = fill_once(
        &html,
        CSP_MARKER,
        &format!(r#"<meta http-equiv="Content-Security-Policy" content="{csp}">"#),
    )?;
    Ok((html, csp))
}

/// `html` without its `<!-- … -->` comments, and without the lines they
/// leave empty. The build's own markers are comments too, so this keeps
/// them.
fn without_html_comments(html: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let end = rest[start..]
            .find("-->")
            .map(|e| start + e + 3)
            .ok_or("index.html has an unclosed comment")?;
        let comment = &rest[start..end];
        out.push_str(&rest[..start]);
        if [CSP_MARKER, ASSETS_MARKER, BOOT_MARKER].contains(&comment) {
            out.push_str(comment);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n")
}

/// The policy, allowing exactly the given inline scripts.
pub fn csp(inline_scripts: &[&str]) -> String {
    let hashes: Vec<String> = inline_scripts.iter().map(|b| csp_script(b)).collect();
    [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".into(),
        "img-src 'self' data:".into(),
        "font-src 'self'".into(),
        "connect-src 'self'".into(),
        "manifest-src 'self'".into(),
        "worker-src 'self'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
        "object-src 'none'".into(),
    ]
    .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets {
            stylesheet: Integrity::of("main-1.css", b"css"),
            pages_stylesheet: Integrity::of("pages-1.css", b"pages css"),
            glue: Integrity::of("vagvisare-1.js", b"glue"),
            link: Some(Integrity::of("wasm-split-1.js", b"link")),
            wasm: Integrity::of("vagvisare-1_bg.wasm", b"wasm"),
            pages_chunk: Some(Integrity::of("split-pages-1.wasm", b"chunk")),
        }
    }

    const HEAD: &str = "boot('__MAIN_WASM__', '__MAIN_WASM_INTEGRITY__', '__PAGES_CHUNK__', '__PAGES_CHUNK_INTEGRITY__', '__LOCALES__', '__RTL__', '__FIRST_VIEW_FTL__', '__PAGES_FTL__', '__LANG_KEY__', '__STAFF_KEY__');\n";
    const BODY: &str = "show();\n";
    const BOOT: &BootScripts = &BootScripts {
        head: HEAD,
        body: BODY,
    };

    const TEMPLATE: &str = "<head><meta charset=\"utf-8\">\n  <!-- build:csp -->\n  <!-- build:assets -->\n</head><body><!-- build:boot-script --></body>";

    #[test]
    fn every_inline_script_is_allowed_by_its_hash_and_nothing_else_is() {
        let (html, _) = index_html(TEMPLATE, BOOT, &assets(), "/", false).unwrap();
        let mut bodies = Vec::new();
        let mut rest = html.as_str();
        while let Some(start) = rest.find("<script") {
            let open_end = start + rest[start..].find('>').unwrap() + 1;
            let close = open_end + rest[open_end..].find("</script>").unwrap();
            bodies.push(rest[open_end..close].to_string());
            rest = &rest[close..];
        }
        assert_eq!(bodies.len(), 3);
        let policy = csp(&bodies.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(html.contains(&policy), "the CSP names every script's hash");
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn the_loader_fetches_the_wasm_with_integrity_and_preloads_both_modules() {
        let (html, _) = index_html(TEMPLATE, BOOT, &assets(), "/", false).unwrap();
        assert!(html.contains(&format!("integrity: '{}'", sri(b"wasm"))));
        assert_eq!(html.matches("rel=\"modulepreload\"").count(), 2);
        assert!(html.contains(&format!(
            "href=\"/main-1.css\" integrity=\"{}\"",
            sri(b"css")
        )));
    }

    #[test]
    fn the_boot_script_names_the_pages_chunk_with_its_integrity() {
        let (html, _) = index_html(TEMPLATE, BOOT, &assets(), "/", false).unwrap();
        assert!(html.contains(&format!(
            "boot('/vagvisare-1_bg.wasm', '{}', '/split-pages-1.wasm', '{}', ['sv'",
            sri(b"wasm"),
            sri(b"chunk")
        )));
        let head = &html[html.find("<head>").unwrap()..];
        let template = head.find("<template id=\"pages-css\">").unwrap();
        assert!(
            template < head.find("<script>").unwrap()
                && head.find("<script>").unwrap() < head.find("<link rel=\"stylesheet\" href=\"/main").unwrap(),
            "the pages' stylesheet is in place for the boot script, which sets the language before anything else loads"
        );
        assert!(head.contains(&format!(
            "href=\"/pages-1.css\" integrity=\"{}\"",
            sri(b"pages css")
        )));
    }

    /// Under a base path every address the page names is under it, and the
    /// boot script reads that deployment's own storage keys.
    #[test]
    fn every_address_is_under_the_base_path() {
        let (html, _) = index_html(TEMPLATE, BOOT, &assets(), "/vagvisaren/", false).unwrap();
        for name in [
            "main-1.css",
            "pages-1.css",
            "vagvisare-1.js",
            "wasm-split-1.js",
            "vagvisare-1_bg.wasm",
            "split-pages-1.wasm",
        ] {
            assert!(
                html.contains(&format!("'/vagvisaren/{name}'"))
                    || html.contains(&format!("\"/vagvisaren/{name}\"")),
                "{name}: {html}"
            );
            assert!(
                !html.contains(&format!("'/{name}'")) && !html.contains(&format!("\"/{name}\"")),
                "{name}"
            );
        }
        assert!(
            html.contains("'vagvisaren/vagvisaren.lang', 'vagvisaren/vagvisaren.staff'"),
            "{html}"
        );
        let (root, _) = index_html(TEMPLATE, BOOT, &assets(), "/", false).unwrap();
        assert!(
            root.contains("href=\"/main-1.css\"")
                && root.contains("'vagvisaren.lang', 'vagvisaren.staff'"),
            "{root}"
        );
    }

    #[test]
    fn minifying_drops_comments_and_keeps_markers_and_scripts() {
        let template = TEMPLATE.replace("<body>", "<body>\n<!-- why -->\n<p>text</p>");
        let head = format!("// why\n{HEAD}");
        let scripts = BootScripts {
            head: &head,
            body: BODY,
        };
        let (html, csp) = index_html(&template, &scripts, &assets(), "/", true).unwrap();
        assert!(!html.contains("why"), "{html}");
        assert!(html.contains("<p>text</p>") && html.contains("boot('/vagvisare-1_bg.wasm'"));
        assert!(csp.contains("'sha256-"));
        assert!(!html.contains("build:"), "every marker was filled");
    }

    #[test]
    fn a_missing_or_doubled_marker_names_itself() {
        let err = index_html("<head></head>", BOOT, &assets(), "/", false).unwrap_err();
        assert!(err.contains(ASSETS_MARKER), "{err}");
        let doubled = format!("{TEMPLATE}{BOOT_MARKER}");
        let err = index_html(&doubled, BOOT, &assets(), "/", false).unwrap_err();
        assert!(err.contains("2 times"), "{err}");
    }
}
