//! The HTTP headers a host must send with the release, in one table. The
//! build writes them for two kinds of host:
//!
//! - `dist/_headers`, the format Netlify, Cloudflare Pages and several CDNs
//!   read (a path pattern, then indented `Name: value` lines);
//! - `dist/_csp.nginx`, the one line of `deploy/nginx/` that changes with
//!   every build: the Content-Security-Policy names the inline scripts'
//!   hashes. The other headers are written out in
//!   `deploy/nginx/headers.conf`, and a test below keeps the two the same.
//!
//! A header CSP can say what a `<meta>` one cannot: `frame-ancestors 'none'`
//! (no other site may frame the app). Both policies apply, so the header
//! repeats the meta policy and adds that.

/// Sent with every response, whatever the file.
pub const SECURITY: [(&str, &str); 5] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Permissions-Policy",
        // Everything a page can ask for; the app uses none of it.
        "accelerometer=(), autoplay=(), bluetooth=(), browsing-topics=(), camera=(), \
         display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), \
         hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), \
         publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), \
         xr-spatial-tracking=()",
    ),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    // Only over HTTPS does a browser act on it; see docs/deploying.md.
    (
        "Strict-Transport-Security",
        "max-age=63072000; includeSubDomains",
    ),
];

/// Files whose name carries a hash never change: a year, immutable.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The page, the worker, the texts and the data are checked every time.
pub const REVALIDATE: &str = "no-cache";

/// The header policy: the page's own, and no framing.
pub fn csp_header(meta_policy: &str) -> String {
    format!("{meta_policy}; frame-ancestors 'none'")
}

/// Whether a shipped file's name carries the build's hash (see
/// `pipeline::Names` and the stylesheet's name).
pub fn is_hashed(name: &str) -> bool {
    let stem = name
        .strip_suffix("_bg.wasm")
        .or_else(|| name.strip_suffix(".wasm"))
        .or_else(|| name.strip_suffix(".js"))
        .or_else(|| name.strip_suffix(".css"));
    match stem.and_then(|s| s.rsplit_once('-')) {
        Some((_, hash)) => hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        None => false,
    }
}

/// `dist/_headers`: every file gets the security headers and the CSP; the
/// hashed ones are cached for a year, the rest revalidated. The paths are
/// under the base path: on a host that reads this file at the root of the
/// site, it goes there, whatever folder the build itself is in.
pub fn static_host_file(csp: &str, hashed: &[String], base: &str) -> String {
    let mut out = format!("{base}*\n");
    for (name, value) in SECURITY {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out.push_str(&format!("  Content-Security-Policy: {}\n", csp_header(csp)));
    out.push_str(&format!("  Cache-Control: {REVALIDATE}\n"));
    for file in hashed {
        // A later rule adds to the earlier; `! Cache-Control` drops the
        // inherited value first (the Netlify/Cloudflare syntax).
        out.push_str(&format!(
            "{base}{file}\n  ! Cache-Control\n  Cache-Control: {IMMUTABLE}\n"
        ));
    }
    out
}

/// `dist/_csp.nginx`, included by `deploy/nginx/vagvisaren.conf`.
pub fn nginx_csp(csp: &str) -> String {
    format!("set $vagvisaren_csp \"{}\";\n", csp_header(csp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_recognised() {
        for name in [
            "vagvisare-0123456789abcdef.js",
            "vagvisare-0123456789abcdef_bg.wasm",
            "wasm-split-0123456789abcdef.js",
            "split-pages-0123456789abcdef.wasm",
            "main-0123456789abcdef.css",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in ["sw.js", "index.html", "icon.svg", "main.css", "x-123.js"] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    /// deploy/nginx/headers.conf sends exactly this table's headers.
    #[test]
    fn the_nginx_configuration_sends_the_same_headers() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        let conf = std::fs::read_to_string(root.join("deploy/nginx/headers.conf")).unwrap();
        let sent: Vec<String> = conf
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("add_header"))
            .map(String::from)
            .collect();
        let mut expected: Vec<String> = SECURITY
            .iter()
            .map(|(name, value)| format!("add_header {name} \"{value}\" always;"))
            .collect();
        expected.push("add_header Content-Security-Policy $vagvisaren_csp always;".into());
        assert_eq!(sent, expected);
    }

    #[test]
    fn the_static_host_file_marks_hashed_files_immutable() {
        let file = static_host_file(
            "default-src 'none'",
            &["main-0123456789abcdef.css".into()],
            "/",
        );
        assert!(file.starts_with("/*\n"));
        assert!(
            file.contains("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n")
        );
        assert!(file.contains("\n/main-0123456789abcdef.css\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable"));
        let under = static_host_file("x", &["main-0123456789abcdef.css".into()], "/vagvisaren/");
        assert!(under.starts_with("/vagvisaren/*\n"));
        assert!(under.contains("\n/vagvisaren/main-0123456789abcdef.css\n"));
    }
}
