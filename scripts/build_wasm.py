#!/usr/bin/env python3
"""Builds the app's wasm into Trunk's staging folder (called by post_build.py).

Trunk builds Rust itself only as one wasm file; the release build here is
split in two (trunk-rs/trunk#1022), so the first view downloads only what the
start page needs:

1. cargo builds with the `split` feature and relocations kept
   (`--emit-relocs`), which wasm-split needs to move code between modules;
2. wasm-split-cli (crate wasm_split_cli_support) cuts out everything only
   `ui::pages::render` reaches into a chunk, and writes the JS that fetches
   the chunk the first time `render` is called;
3. wasm-bindgen writes the JS glue for the main module (keeping the exports
   the chunk links against), wasm-opt -Oz shrinks both modules;
4. every file gets the build's hash in its name, and the chunk is fetched
   with Subresource Integrity.

A debug build (`trunk serve`) is one unsplit, unoptimised module.

Returns what the page needs to load the app (see `loader_html`).
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = "wasm32-unknown-unknown"
# Rust (1.82+) emits these wasm features by default; wasm-opt must accept them.
WASM_OPT_FEATURES = [
    "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
]
# npm's binaryen (scripts/setup.sh checks the version), never another on PATH.
WASM_OPT = os.path.join(ROOT, "node_modules", ".bin", "wasm-opt")
# The module the split main wasm imports the chunk loader from (wasm-split's
# default); wasm-bindgen turns it into an `import … from` in the glue.
LINK_MODULE = "./__wasm_split.js"


def run(cmd):
    print("build_wasm:", " ".join(str(c) for c in cmd), file=sys.stderr)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def target_dir() -> str:
    return os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")


def build(stage: str, release: bool) -> dict:
    work = os.path.join(target_dir(), "vagvisare-wasm")
    shutil.rmtree(work, ignore_errors=True)
    bindgen_out = os.path.join(work, "bindgen")
    if release:
        run(["cargo", "rustc", "--release", "--target", TARGET, "--bin", "vagvisare",
             "--features", "split", "--", "-C", "link-args=--emit-relocs"])
        linked = os.path.join(target_dir(), TARGET, "release", "vagvisare.wasm")
        split_out = os.path.join(work, "split")
        run(["wasm-split-cli", linked, split_out, "--out-name", "vagvisare"])
        run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--out-dir", bindgen_out,
             "--out-name", "vagvisare", os.path.join(split_out, "vagvisare.wasm")])
        chunks = sorted(f for f in os.listdir(split_out) if f.endswith(".wasm") and f != "vagvisare.wasm")
        for wasm in [os.path.join(bindgen_out, "vagvisare_bg.wasm")] + [os.path.join(split_out, c) for c in chunks]:
            run([WASM_OPT, "-Oz", *WASM_OPT_FEATURES, wasm, "-o", wasm])
        link_js = open(os.path.join(split_out, LINK_MODULE[2:]), encoding="utf-8").read()
    else:
        run(["cargo", "build", "--target", TARGET, "--bin", "vagvisare"])
        linked = os.path.join(target_dir(), TARGET, "debug", "vagvisare.wasm")
        run(["wasm-bindgen", "--target", "web", "--out-dir", bindgen_out, "--out-name", "vagvisare", linked])
        split_out, chunks, link_js = None, [], None

    glue = open(os.path.join(bindgen_out, "vagvisare.js"), encoding="utf-8").read()
    main_wasm = open(os.path.join(bindgen_out, "vagvisare_bg.wasm"), "rb").read()
    chunk_bytes = {c: open(os.path.join(split_out, c), "rb").read() for c in chunks}

    # One hash for the whole build: the two JS modules import each other, so
    # no file's name can depend on only its own content.
    h = hashlib.sha256()
    for part in [glue.encode(), main_wasm, (link_js or "").encode()] + [chunk_bytes[c] for c in chunks]:
        h.update(hashlib.sha256(part).digest())
    build_id = h.hexdigest()[:16]

    names = {
        "glue": f"vagvisare-{build_id}.js",
        "wasm": f"vagvisare-{build_id}_bg.wasm",
        "link": f"wasm-split-{build_id}.js",
    }
    chunk_names = {c: f"{c[:-5].replace('_', '-')}-{build_id}.wasm" for c in chunks}

    if link_js is not None:
        # Only the `import` statement: the imports object keeps the module
        # name the wasm itself asks for.
        glue, n = re.subn(r'from "\./__wasm_split\.js"', f'from "./{names["link"]}"', glue)
        if n != 1:
            sys.exit(f"build_wasm: expected one import of {LINK_MODULE} in the glue, found {n}")
        link_js, n = re.subn(r'from "\./vagvisare\.js"', f'from "./{names["glue"]}"', link_js)
        if n != 1:
            sys.exit(f"build_wasm: expected one import of the glue in {LINK_MODULE}, found {n}")
        for chunk, name in chunk_names.items():
            old = f'fetch(new URL("./{chunk}", import.meta.url))'
            if link_js.count(old) != 1:
                sys.exit(f"build_wasm: expected one fetch of {chunk} in {LINK_MODULE}")
            link_js = link_js.replace(
                old, f'fetch(new URL("./{name}", import.meta.url), {{ integrity: "{sri(chunk_bytes[chunk])}" }})')
        if link_js.count("fetch(") != link_js.count("integrity:"):
            sys.exit("build_wasm: a chunk is fetched without integrity")

    files = {names["glue"]: glue.encode(), names["wasm"]: main_wasm}
    if link_js is not None:
        files[names["link"]] = link_js.encode()
    for chunk, name in chunk_names.items():
        files[name] = chunk_bytes[chunk]
    for name, data in files.items():
        with open(os.path.join(stage, name), "wb") as f:
            f.write(data)

    return {
        "glue": names["glue"],
        "glue_integrity": sri(files[names["glue"]]),
        "link": names["link"] if link_js is not None else None,
        "link_integrity": sri(files[names["link"]]) if link_js is not None else None,
        "wasm": names["wasm"],
        "wasm_integrity": sri(main_wasm),
        "chunks": list(chunk_names.values()),
    }


def loader_html(built: dict) -> str:
    """The module script that starts the app, and preloads (with integrity)
    for the JS modules it imports: an imported module is checked against
    the integrity of its modulepreload."""
    preloads = [(built["glue"], built["glue_integrity"])]
    if built["link"]:
        preloads.append((built["link"], built["link_integrity"]))
    links = "".join(
        f'<link rel="modulepreload" href="/{name}" crossorigin="anonymous" integrity="{integrity}">\n'
        for name, integrity in preloads)
    script = (
        f"import init from '/{built['glue']}';\n"
        f"init({{ module_or_path: fetch('/{built['wasm']}', {{ integrity: '{built['wasm_integrity']}' }}) }});\n"
    )
    return f'{links}<script type="module">\n{script}</script>'
