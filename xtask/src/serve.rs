//! `cargo xtask serve`: the debug build on http://127.0.0.1:8080, rebuilt
//! when a source changes. Reloading the browser shows the new build; there
//! is no live-reload script, so the debug page runs under the same strict
//! Content-Security-Policy as the release.

use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, SystemTime};

use crate::pipeline::{self, Profile};
use crate::{InStep, StepError};

pub const ADDRESS: &str = "127.0.0.1:8080";
/// What a change to rebuilds for.
const WATCHED: [&str; 11] = [
    "src",
    "domain/src",
    "locales",
    "style",
    "data",
    "public",
    "config",
    "index.html",
    "Cargo.toml",
    "domain/Cargo.toml",
    "build.rs",
];

pub fn run(root: &Path) -> Result<(), StepError> {
    let dist = root.join("dist");
    pipeline::build(root, Profile::Debug, &dist)?;
    // Served under the base path it was built for, as a host would.
    let base = pipeline::base_path(root)?;
    let server = tiny_http::Server::http(ADDRESS)
        .map_err(|e| format!("cannot listen on {ADDRESS}: {e}"))
        .in_step("serve")?;
    let served = dist.clone();
    let under = base.clone();
    thread::spawn(move || {
        for request in server.incoming_requests() {
            let response = respond(&served, &under, request.url());
            let _ = request.respond(response);
        }
    });
    eprintln!(
        "xtask serve: Vägvisaren on http://{ADDRESS}{base} (rebuilds on change; reload the page)"
    );
    watch(root)
}

/// Polls the sources twice a second. The tree is a few hundred files, so a
/// poll costs well under a millisecond (no file-watching dependency is
/// worth it); a change that lands mid-build is picked up by the next poll.
fn watch(root: &Path) -> Result<(), StepError> {
    let mut seen = fingerprint(root);
    loop {
        thread::sleep(Duration::from_millis(500));
        let now = fingerprint(root);
        if now != seen {
            seen = now;
            eprintln!("xtask serve: a source changed, rebuilding");
            match pipeline::build(root, Profile::Debug, &root.join("dist")) {
                Ok(_) => eprintln!("xtask serve: rebuilt; reload the page"),
                // Keep serving the last good build.
                Err(e) => eprintln!("xtask serve: {e}"),
            }
        }
    }
}

/// The newest modification time and the number of files watched: a new,
/// changed or deleted file changes it.
fn fingerprint(root: &Path) -> (SystemTime, usize) {
    let mut newest = SystemTime::UNIX_EPOCH;
    let mut count = 0;
    let mut pending: Vec<PathBuf> = WATCHED.iter().map(|p| root.join(p)).collect();
    while let Some(path) = pending.pop() {
        let Ok(meta) = fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(entries) = fs::read_dir(&path) {
                pending.extend(entries.flatten().map(|e| e.path()));
            }
            continue;
        }
        count += 1;
        if let Ok(modified) = meta.modified() {
            newest = newest.max(modified);
        }
    }
    (newest, count)
}

/// The file of `dist` that `url` names under the base path `base`; any
/// other path is not found.
fn respond(dist: &Path, base: &str, url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let Some(relative) = path.strip_prefix(base) else {
        return not_found();
    };
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    let safe = relative
        .split('/')
        .all(|part| !part.is_empty() && part != "." && part != "..");
    let file = dist.join(relative);
    match (safe, fs::read(&file)) {
        (true, Ok(bytes)) => tiny_http::Response::from_data(bytes)
            .with_header(header("Content-Type", content_type(relative)))
            // A debug build changes under the same names: never cache it.
            .with_header(header("Cache-Control", "no-cache")),
        _ => not_found(),
    }
}

fn not_found() -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_data(b"Not found".to_vec())
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII header")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "ftl" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_dist_are_not_served() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("index.html"), "page").unwrap();
        assert_eq!(respond(&dist, "/", "/?lang=sv").status_code().0, 200);
        assert_eq!(respond(&dist, "/", "/../Cargo.toml").status_code().0, 404);
        assert_eq!(respond(&dist, "/", "/missing.js").status_code().0, 404);
        // Under a base path, only under it.
        assert_eq!(respond(&dist, "/vv/", "/vv/?lang=sv").status_code().0, 200);
        assert_eq!(
            respond(&dist, "/vv/", "/vv/index.html").status_code().0,
            200
        );
        assert_eq!(respond(&dist, "/vv/", "/index.html").status_code().0, 404);
        assert_eq!(
            respond(&dist, "/vv/", "/vv/../vv/index.html")
                .status_code()
                .0,
            404
        );
        fs::remove_dir_all(&dist).unwrap();
    }
}
