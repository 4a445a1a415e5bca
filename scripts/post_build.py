#!/usr/bin/env python3
"""Trunk post-build hook: builds the wasm, hardens dist/index.html and
stamps the service worker.

1. scripts/build_wasm.py builds the app (split in two in release builds);
   its loader goes where index.html says, fetching the wasm and chunk with
   Subresource Integrity.
2. A strict Content-Security-Policy: no 'unsafe-inline' or 'unsafe-eval' for
   scripts; the two inline scripts (the loader and index.html's boot
   script) are allowed by their hashes;
   'wasm-unsafe-eval' lets the wasm compile; nothing from other origins.
3. sw.js gets a build id, so a new version installs as a new cache, and the
   list of chunks to keep for offline use.
4. Release builds ship the FTL files without their comment lines: the
   comments are for translators (what each variable is), not for the
   reader's phone (about 1.1 KB brotli of the Swedish first view).

Run by Trunk with TRUNK_STAGING_DIR and TRUNK_PROFILE set.
"""
import base64
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_wasm  # noqa: E402

stage = os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1]
index_path = os.path.join(stage, "index.html")
html = open(index_path, encoding="utf-8").read()


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


release = os.environ.get("TRUNK_PROFILE") == "release"
built = build_wasm.build(stage, release)
MARKER = "<!-- app-loader: scripts/build_wasm.py -->"
if html.count(MARKER) != 1:
    sys.exit("post_build: the app-loader marker was not found once in index.html")
html = html.replace(MARKER, build_wasm.loader_html(built))
wasm_integrity = built["wasm_integrity"]
# The inert Rust link that only stops Trunk from building the crate itself.
html, n = re.subn(r'\s*<link data-trunk rel="rust" data-trunk-skip[^>]*>', "", html)
if n != 1:
    sys.exit(f"post_build: expected one skipped Rust link, found {n}")

# The loader (a module) and index.html's boot script, allowed by hash.
inline = re.findall(r"<script(?: type=\"module\")?>(.*?)</script>", html, re.S)
# `trunk serve` adds its live-reload client, whose address it fills in as it
# serves the page, so no hash can match: a debug build served that way
# allows inline scripts. Release builds (what ships, what the tests audit)
# never do.
live_reload = [body for body in inline if not release and "new WebSocket(" in body]
if len(inline) - len(live_reload) != 2:
    sys.exit(f"post_build: expected two inline scripts, found {len(inline)}")
script_hash = "'unsafe-inline'" if live_reload else " ".join(
    "'sha256-" + b64(hashlib.sha256(body.encode("utf-8")).digest()) + "'" for body in inline
)
csp = "; ".join([
    "default-src 'none'",
    f"script-src 'self' 'wasm-unsafe-eval' {script_hash}",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
])
meta = f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + meta, 1)
open(index_path, "w", encoding="utf-8").write(html)

if release:
    locales = os.path.join(stage, "locales")
    for lang in sorted(os.listdir(locales)):
        folder = os.path.join(locales, lang)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".ftl"):
                path = os.path.join(folder, name)
                lines = open(path, encoding="utf-8").read().split("\n")
                # A comment starts at column 0 with '#'; a value's own lines
                # are indented, so dropping these never changes a message.
                kept = [line for line in lines if not line.startswith("#")]
                open(path, "w", encoding="utf-8").write("\n".join(kept))

sw_path = os.path.join(stage, "sw.js")
if os.path.exists(sw_path):
    build = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
    sw = open(sw_path, encoding="utf-8").read().replace("__BUILD__", build)
    chunks = json.dumps(built["chunks"])
    if sw.count("'__CHUNKS__'") != 1:
        sys.exit("post_build: sw.js lacks the '__CHUNKS__' placeholder")
    sw = sw.replace("'__CHUNKS__'", chunks)
    open(sw_path, "w", encoding="utf-8").write(sw)
print(f"post_build: CSP {script_hash}, wasm {wasm_integrity[:20]}…")
