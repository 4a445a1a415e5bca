//! The build, top to bottom. A release build is split in two so the first
//! view downloads only what the start page needs: everything only
//! `ui::pages::render` reaches goes into a chunk fetched the first time
//! another page is shown.
//!
//! 1. `compile` — cargo builds the app for wasm32 (release: with the
//!    `split` feature and relocations kept, which the splitter needs);
//! 2. `split` — (release) wasm_split_cli_support cuts out the pages chunk
//!    and writes the small JS module that fetches it;
//! 3. `bindgen` — wasm-bindgen writes the JS glue of the main module;
//! 4. `wasm-opt` — (release) binaryen shrinks both modules;
//! 5. `hash` — every built file gets the build's id in its name; the chunk
//!    is fetched with Subresource Integrity;
//! 6. `copy` — the stylesheet (content-hashed), the texts (release: without
//!    translator comments), the service data, `public/`;
//! 7. `page` — index.html from its template: stylesheet, loader,
//!    modulepreloads, boot script, Content-Security-Policy (page.rs);
//! 8. `worker` — the service worker gets the build id, the chunk list and
//!    the base path (its own requests, its caches' names);
//! 9. `headers` — the HTTP headers a host must send (headers.rs);
//! 10. `compress` — (release) every text file also as .br and .gz, for
//!     hosts that serve precompressed files (nginx's brotli_static,
//!     gzip_static);
//! 11. `publish` — the finished folder replaces `dist/` in one rename.
//!
//! The base path (`base_path` in `config/site.toml`, or `VV_BASE_PATH`)
//! is read first, as step `settings`: every address the page names, the
//! worker's scope and caches, the storage keys (build.rs) and the host
//! headers follow it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::fill;
use crate::hash::{hex, sri};
use crate::headers;
use crate::inputs;
use crate::page::{self, Assets, Integrity};
use crate::{InStep, StepError};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Profile {
    Debug,
    Release,
}

const TARGET: &str = "wasm32-unknown-unknown";
/// Rust (1.82+) emits these wasm features by default; wasm-opt must accept them.
const WASM_OPT_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];
/// The pinned tools whose output the build id stands for (see `build_id`).
const TOOLS: &str = "wasm-bindgen-cli-support 0.2.130; wasm_split_cli_support 0.2.4; binaryen 132";

/// Builds into `dist` (normally `<root>/dist`) for the base path of
/// `config/site.toml` (or `VV_BASE_PATH`; see `base_path`).
pub fn build(root: &Path, profile: Profile, dist: &Path) -> Result<(), StepError> {
    let base = base_path(root)?;
    let target = target_dir(root);
    let work = target.join("xtask");
    let stage = work.join("dist");
    fresh_dir(&work).in_step("prepare")?;
    fs::create_dir_all(&stage).in_step("prepare")?;

    let linked = compile(root, &target, profile)?;
    let linked = fs::read(&linked).in_step("compile")?;
    let id = build_id(&linked, profile);
    let names = Names::new(&id);

    let (main_module, split) = match profile {
        Profile::Release => {
            let (main, split) = split(&linked, &work, &names)?;
            (main, Some(split))
        }
        Profile::Debug => (linked, None),
    };
    let (glue, mut main_wasm) = bindgen(main_module, profile)?;
    let mut chunks = split.as_ref().map(|s| s.chunks.clone()).unwrap_or_default();
    if profile == Profile::Release {
        main_wasm = wasm_opt(root, &work, "main", &main_wasm)?;
        for chunk in &mut chunks {
            chunk.bytes = wasm_opt(root, &work, &chunk.built_name, &chunk.bytes)?;
        }
    }

    // 5. hash: the names were chosen from the id before the split, so the
    // glue and the link module already import each other by their final
    // names; only the chunk fetches need their new name and integrity.
    let link = match &split {
        Some(split) => Some(chunk_fetches(&split.link_js, &chunks, &id)?),
        None => None,
    };
    write(&stage.join(&names.glue), glue.as_bytes()).in_step("hash")?;
    write(&stage.join(&names.wasm), &main_wasm).in_step("hash")?;
    if let Some(link) = &link {
        write(&stage.join(&names.link), link.as_bytes()).in_step("hash")?;
    }
    let mut chunk_names = Vec::new();
    for chunk in &chunks {
        let name = chunk.final_name(&id);
        write(&stage.join(&name), &chunk.bytes).in_step("hash")?;
        chunk_names.push(name);
    }

    let [stylesheet, pages_stylesheet] = copy_static(root, &stage, profile)?;

    let assets = Assets {
        stylesheet,
        pages_stylesheet,
        glue: Integrity::of(&names.glue, glue.as_bytes()),
        link: link
            .as_ref()
            .map(|js| Integrity::of(&names.link, js.as_bytes())),
        wasm: Integrity::of(&names.wasm, &main_wasm),
        // One split point, so one chunk (the split step refuses none).
        pages_chunk: chunks
            .first()
            .map(|c| Integrity::of(&c.final_name(&id), &c.bytes)),
    };
    let template = read_text(&root.join("index.html")).in_step("page")?;
    let head_script = read_text(&root.join("src/boot-head.js")).in_step("page")?;
    let boot_script = read_text(&root.join("src/boot.js")).in_step("page")?;
    let (html, csp) = page::index_html(
        &template,
        &page::BootScripts {
            head: &head_script,
            body: &boot_script,
        },
        &assets,
        &base,
        profile == Profile::Release,
    )
    .in_step("page")?;
    write(&stage.join("index.html"), html.as_bytes()).in_step("page")?;

    stamp_worker(&stage, &html, &chunk_names, &base)?;
    host_headers(&stage, &csp, &base)?;
    if profile == Profile::Release {
        compress(&stage)?;
    }
    publish(&stage, dist)
}

/// The path the build is served under: `base_path` in `config/site.toml`,
/// or `VV_BASE_PATH` when set, checked by the parser build.rs uses (which
/// reads the same two, for the app's storage keys: cargo passes this
/// process's environment on to it).
pub fn base_path(root: &Path) -> Result<String, StepError> {
    let text = read_text(&root.join(inputs::SITE_FILE)).in_step("settings")?;
    let settings = inputs::parse(&text).in_step("settings")?;
    let env = std::env::var(inputs::BASE_PATH_ENV).ok();
    inputs::effective_base_path(&settings, env.as_deref()).in_step("settings")
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

fn fresh_dir(dir: &Path) -> std::io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::create_dir_all(dir)
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(step: &'static str, command: &mut Command) -> Result<(), StepError> {
    eprintln!("xtask {step}: {command:?}");
    let status = command.status().map_err(|e| StepError {
        step,
        message: format!("could not start {:?}: {e}", command.get_program()),
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(StepError {
            step,
            message: format!("{:?} exited with {status}", command.get_program()),
        })
    }
}

// 1. compile ------------------------------------------------------------

fn compile(root: &Path, target: &Path, profile: Profile) -> Result<PathBuf, StepError> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(root);
    match profile {
        Profile::Release => command.args([
            "rustc",
            "--release",
            "--target",
            TARGET,
            "--bin",
            "vagvisare",
            "--features",
            "split",
            "--",
            "-C",
            "link-args=--emit-relocs",
        ]),
        Profile::Debug => command.args(["build", "--target", TARGET, "--bin", "vagvisare"]),
    };
    run("compile", &mut command)?;
    let folder = match profile {
        Profile::Release => "release",
        Profile::Debug => "debug",
    };
    Ok(target.join(TARGET).join(folder).join("vagvisare.wasm"))
}

/// One id for the whole build, from what the compiler produced and the
/// pinned tools that turn it into the shipped files. The JS modules import
/// each other, so no file's name can depend on only its own content; and
/// naming them before the split means no tool's output needs its imports
/// rewritten afterwards.
fn build_id(linked: &[u8], profile: Profile) -> String {
    let mut hash = Sha256::new();
    hash.update(linked);
    hash.update(format!("{profile:?}; {TOOLS}").as_bytes());
    if keep_names() {
        hash.update(b"; names kept");
    }
    hex(&hash.finalize())[..16].to_string()
}

/// The shipped names of the build's own files.
struct Names {
    glue: String,
    wasm: String,
    link: String,
}

impl Names {
    fn new(id: &str) -> Self {
        Self {
            glue: format!("vagvisare-{id}.js"),
            wasm: format!("vagvisare-{id}_bg.wasm"),
            link: format!("wasm-split-{id}.js"),
        }
    }
}

// 2. split --------------------------------------------------------------

#[derive(Clone)]
struct Chunk {
    /// The file name the splitter gave it, which its link module fetches.
    built_name: String,
    bytes: Vec<u8>,
}

impl Chunk {
    fn final_name(&self, id: &str) -> String {
        let stem = self.built_name.trim_end_matches(".wasm").replace('_', "-");
        format!("{stem}-{id}.wasm")
    }
}

struct Split {
    chunks: Vec<Chunk>,
    link_js: String,
}

fn split(linked: &[u8], work: &Path, names: &Names) -> Result<(Vec<u8>, Split), StepError> {
    let out = work.join("split");
    let main_out = out.join("main.wasm");
    let link_name = format!("./{}", names.link);
    let main_module = format!("./{}", names.glue);
    let mut options = wasm_split_cli_support::Options::new(linked);
    options.output_dir = &out;
    options.main_out_path = &main_out;
    options.link_name = &link_name;
    options.main_module = &main_module;
    options.target.web();
    let result = wasm_split_cli_support::transform(options).in_step("split")?;
    let mut chunks = Vec::new();
    for path in &result.split_modules {
        let built_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| StepError {
                step: "split",
                message: format!("a chunk has no file name: {}", path.display()),
            })?
            .to_string();
        let bytes = fs::read(path).in_step("split")?;
        chunks.push(Chunk { built_name, bytes });
    }
    chunks.sort_by(|a, b| a.built_name.cmp(&b.built_name));
    if chunks.is_empty() {
        return Err(StepError {
            step: "split",
            message: "no chunk was split off: is the `split` feature's split point gone?".into(),
        });
    }
    let link_js = read_text(&out.join(&names.link)).in_step("split")?;
    let main = fs::read(&main_out).in_step("split")?;
    Ok((main, Split { chunks, link_js }))
}

// 3. bindgen ------------------------------------------------------------

fn bindgen(module: Vec<u8>, profile: Profile) -> Result<(String, Vec<u8>), StepError> {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_bytes("vagvisare", module)
        .typescript(false)
        // The chunk links against the main module's own (lld) exports.
        .keep_lld_exports(profile == Profile::Release);
    bindgen.web(true).in_step("bindgen")?;
    let mut output = bindgen.generate_output().in_step("bindgen")?;
    let has_snippets = output.snippets().values().any(|s| !s.is_empty());
    if has_snippets || !output.local_modules().is_empty() {
        return Err(StepError {
            step: "bindgen",
            message: "the app now has JS snippets or local modules, which this build does not ship"
                .into(),
        });
    }
    let glue = output.js().to_string();
    let wasm = output.wasm_mut().emit_wasm();
    Ok((glue, wasm))
}

// 4. wasm-opt -----------------------------------------------------------

/// `VV_KEEP_NAMES=1`: wasm-opt keeps the functions' names, so a profile
/// (docs/performance.md) says where the time goes. Never for a build that
/// ships: the names cost bytes, and the build id says they are there.
fn keep_names() -> bool {
    std::env::var_os("VV_KEEP_NAMES").is_some_and(|v| v == "1")
}

fn wasm_opt(root: &Path, work: &Path, name: &str, wasm: &[u8]) -> Result<Vec<u8>, StepError> {
    // npm's binaryen, pinned in package-lock.json (Debian's 108 corrupts
    // wasm-bindgen's externref table), never another on PATH.
    let tool = root.join("node_modules/.bin/wasm-opt");
    if !tool.exists() {
        return Err(StepError {
            step: "wasm-opt",
            message: format!("{} is missing: run `bash scripts/setup.sh`", tool.display()),
        });
    }
    let input = work.join(format!("{name}.in.wasm"));
    let output = work.join(format!("{name}.opt.wasm"));
    fs::write(&input, wasm).in_step("wasm-opt")?;
    let mut command = Command::new(&tool);
    command.arg("-Oz").args(WASM_OPT_FEATURES);
    if keep_names() {
        command.arg("--debuginfo");
    }
    run("wasm-opt", command.arg(&input).arg("-o").arg(&output))?;
    fs::read(&output).in_step("wasm-opt")
}

// 5. hash ---------------------------------------------------------------

/// The link module with each chunk fetched by its shipped name and with
/// Subresource Integrity. The splitter writes each fetch as one fixed
/// expression and has no option for file names or fetch options, so this
/// one edit of its output is exact: every fetch must be found once, and no
/// fetch may be left without integrity.
fn chunk_fetches(link_js: &str, chunks: &[Chunk], id: &str) -> Result<String, StepError> {
    let fail = |message: String| StepError {
        step: "hash",
        message,
    };
    let mut js = link_js.to_string();
    for chunk in chunks {
        let built = format!(
            "fetch(new URL(\"./{}\", import.meta.url))",
            chunk.built_name
        );
        if js.matches(&built).count() != 1 {
            return Err(fail(format!(
                "expected one fetch of {} in the link module",
                chunk.built_name
            )));
        }
        let shipped = format!(
            "fetch(new URL(\"./{}\", import.meta.url), {{ integrity: \"{}\" }})",
            chunk.final_name(id),
            sri(&chunk.bytes)
        );
        js = js.replace(&built, &shipped);
    }
    if js.matches("fetch(").count() != js.matches("integrity:").count() {
        return Err(fail("a chunk is fetched without integrity".into()));
    }
    Ok(js)
}

// 6. copy ---------------------------------------------------------------

/// Copies the static files; returns the two stylesheets (the first view's
/// and the pages'), by their shipped names and with their integrity.
/// `locales/<lang>/boot.ftl` is not shipped: the prerender writes its texts
/// (the boot error, the page without JavaScript) into index.html.
fn copy_static(root: &Path, stage: &Path, profile: Profile) -> Result<[Integrity; 2], StepError> {
    let stylesheet = |stem: &str| -> Result<Integrity, StepError> {
        let css = read_text(&root.join(format!("style/{stem}.css"))).in_step("copy")?;
        let css = match profile {
            Profile::Release => css_without_comments(&css),
            Profile::Debug => css,
        }
        .into_bytes();
        let name = format!("{stem}-{}.css", &hex(&Sha256::digest(&css))[..16]);
        write(&stage.join(&name), &css).in_step("copy")?;
        Ok(Integrity::of(&name, &css))
    };
    let css = [stylesheet("main")?, stylesheet("pages")?];

    let locales = root.join("locales");
    for entry in walk(&locales).in_step("copy")? {
        let build_time_only = entry.file_name().is_some_and(|n| n == "boot.ftl");
        if entry.extension().is_some_and(|e| e == "ftl") && !build_time_only {
            let text = read_text(&entry).in_step("copy")?;
            let text = match profile {
                Profile::Release => without_comments(&text),
                Profile::Debug => text,
            };
            let relative = entry.strip_prefix(root).expect("walked under root");
            write(&stage.join(relative), text.as_bytes()).in_step("copy")?;
        }
    }
    let data = fs::read(root.join("data/services.json")).in_step("copy")?;
    write(&stage.join("data/services.json"), &data).in_step("copy")?;
    for entry in walk(&root.join("public")).in_step("copy")? {
        let relative = entry
            .strip_prefix(root.join("public"))
            .expect("walked under public");
        let bytes = fs::read(&entry).in_step("copy")?;
        write(&stage.join(relative), &bytes).in_step("copy")?;
    }
    Ok(css)
}

/// An FTL file without its comment lines: they are for translators (what
/// each variable is), not for the reader's phone (about 1.1 KB brotli of
/// the Swedish first view). A comment starts at column 0 with `#`; a
/// value's own lines are indented, so dropping these never changes a
/// message (tests/locales.rs parses the result).
pub fn without_comments(ftl: &str) -> String {
    ftl.split('\n')
        .filter(|line| !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A stylesheet without its comments and indentation: they explain the
/// source and cost the first view 0.86 KB brotli (main.css 2 908 → 2 053
/// B, measured 2026-12-07). Quoted strings are kept as they are (a `/*`
/// inside `content: "…"` is text, not a comment).
pub fn css_without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == '\\' {
                    out.extend(chars.next());
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Every file under `dir`, sorted, so a build is reproducible.
fn walk(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

// 8. worker -------------------------------------------------------------

/// The service worker's cache is named after the page, so a new version
/// installs as a new cache; it precaches the chunks the page fetches later.
/// The base path decides which requests are its own and, through
/// `inputs::cache_prefix`, which caches.
fn stamp_worker(stage: &Path, html: &str, chunks: &[String], base: &str) -> Result<(), StepError> {
    let path = stage.join("sw.js");
    let sw = read_text(&path).in_step("worker")?;
    let build = &hex(&Sha256::digest(html.as_bytes()))[..16];
    let list = format!(
        "[{}]",
        chunks
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let sw = fill::fill_once(&sw, "'__BUILD__'", &format!("'{build}'"))
        .and_then(|sw| fill::fill_once(&sw, "'__CHUNKS__'", &list))
        .and_then(|sw| fill::fill_once(&sw, "'__BASE__'", &format!("'{base}'")))
        .and_then(|sw| {
            let prefix = inputs::cache_prefix(base);
            fill::fill_once(&sw, "'__CACHE_PREFIX__'", &format!("'{prefix}'"))
        })
        .and_then(|sw| fill::worker(&sw))
        .map_err(|e| format!("public/sw.js: {e}"))
        .in_step("worker")?;
    write(&path, sw.as_bytes()).in_step("worker")
}

// 9. headers ------------------------------------------------------------

fn host_headers(stage: &Path, csp: &str, base: &str) -> Result<(), StepError> {
    let mut hashed: Vec<String> = fs::read_dir(stage)
        .in_step("headers")?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| headers::is_hashed(name))
        .collect();
    hashed.sort();
    write(
        &stage.join("_headers"),
        headers::static_host_file(csp, &hashed, base).as_bytes(),
    )
    .in_step("headers")?;
    write(
        &stage.join("_csp.nginx"),
        headers::nginx_csp(csp).as_bytes(),
    )
    .in_step("headers")
}

// 10. compress ----------------------------------------------------------

/// What a browser downloads and compression shrinks.
const COMPRESSIBLE: [&str; 8] = [
    "html",
    "js",
    "wasm",
    "css",
    "json",
    "ftl",
    "svg",
    "webmanifest",
];

fn compress(stage: &Path) -> Result<(), StepError> {
    use std::io::Write as _;
    for file in walk(stage).in_step("compress")? {
        let compressible = file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let bytes = fs::read(&file).in_step("compress")?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).in_step("compress")?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).in_step("compress")?;
        let gz = gz.finish().in_step("compress")?;
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        write(&file.with_file_name(format!("{name}.br")), &br).in_step("compress")?;
        write(&file.with_file_name(format!("{name}.gz")), &gz).in_step("compress")?;
    }
    Ok(())
}

// 11. publish -----------------------------------------------------------

/// Replaces `dist/` with the finished build, so a server never sees half
/// of one.
fn publish(stage: &Path, dist: &Path) -> Result<(), StepError> {
    let files = walk(stage).in_step("publish")?.len();
    // Beside dist/, so both renames stay on its file system.
    let old = dist.with_file_name("dist.old");
    let _ = fs::remove_dir_all(&old);
    if dist.exists() {
        fs::rename(dist, &old).in_step("publish")?;
    }
    if fs::rename(stage, dist).is_err() {
        // Another file system (a target dir elsewhere): copy instead.
        for file in walk(stage).in_step("publish")? {
            let relative = file.strip_prefix(stage).expect("walked under stage");
            let bytes = fs::read(&file).in_step("publish")?;
            write(&dist.join(relative), &bytes).in_step("publish")?;
        }
    }
    let _ = fs::remove_dir_all(&old);
    eprintln!("xtask publish: {files} files in {}", dist.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_names_carry_the_build_id() {
        let chunk = Chunk {
            built_name: "split_pages.wasm".into(),
            bytes: vec![],
        };
        assert_eq!(chunk.final_name("abc"), "split-pages-abc.wasm");
    }

    #[test]
    fn every_chunk_fetch_gets_integrity() {
        let chunk = Chunk {
            built_name: "split_pages.wasm".into(),
            bytes: b"wasm".to_vec(),
        };
        let js = "const a = fetch(new URL(\"./split_pages.wasm\", import.meta.url));";
        let out = chunk_fetches(js, std::slice::from_ref(&chunk), "id").unwrap();
        assert!(out.contains("./split-pages-id.wasm"));
        assert!(out.contains(&format!("integrity: \"{}\"", sri(b"wasm"))));
        // A fetch the driver does not know about is refused.
        let extra = format!("{js}\nfetch(new URL(\"./other.wasm\", import.meta.url));");
        assert!(chunk_fetches(&extra, &[chunk], "id").is_err());
    }

    #[test]
    fn css_comments_go_and_strings_stay() {
        let css = "/* why */\n.a {\n  content: \"/* kept */\"; /* gone\n over lines */\n  b: 'x\\'/*';\n}\n\n";
        assert_eq!(
            css_without_comments(css),
            ".a {\ncontent: \"/* kept */\";\nb: 'x\\'/*';\n}\n"
        );
    }

    #[test]
    fn comments_go_and_messages_stay() {
        let ftl = "# $n (Number) - how many\nmsg = { $n }\n    continued\n## Section\nother = x";
        assert_eq!(
            without_comments(ftl),
            "msg = { $n }\n    continued\nother = x"
        );
    }
}
