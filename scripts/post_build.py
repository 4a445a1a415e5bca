#!/usr/bin/env python3
"""Trunk post-build hook: hardens dist/index.html and stamps the service worker.

1. The wasm is fetched with Subresource Integrity (Trunk's loader fetches it
   without; a preload's integrity is not enforced for `fetch` destinations).
2. A strict Content-Security-Policy: no 'unsafe-inline' or 'unsafe-eval' for
   scripts; the two inline scripts (Trunk's loader and index.html's boot
   script) are allowed by their hashes;
   'wasm-unsafe-eval' lets the wasm compile; nothing from other origins.
3. sw.js gets a build id, so a new version installs as a new cache.

Run by Trunk with TRUNK_STAGING_DIR set, or by hand with the folder as argument.
"""
import base64
import hashlib
import os
import re
import sys

stage = os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1]
index_path = os.path.join(stage, "index.html")
html = open(index_path, encoding="utf-8").read()


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


loader = re.search(r"init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)", html)
if not loader:
    sys.exit("post_build: Trunk's wasm loader was not found in index.html")
wasm_url = loader.group(1)
wasm = open(os.path.join(stage, wasm_url.lstrip("/")), "rb").read()
wasm_integrity = "sha384-" + b64(hashlib.sha384(wasm).digest())
html = html.replace(
    loader.group(0),
    f"init({{ module_or_path: fetch('{wasm_url}', {{ integrity: '{wasm_integrity}' }}) }})",
)

# Trunk's wasm preload cannot be matched by the integrity-checked fetch
# (Chrome ignores integrity on preloads and would download the file twice).
html, removed = re.subn(r'<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>', "", html)
if removed != 1:
    sys.exit(f"post_build: expected one wasm preload, found {removed}")

# Trunk's loader (a module) and index.html's boot script.
inline = re.findall(r"<script(?: type=\"module\")?>(.*?)</script>", html, re.S)
if len(inline) != 2:
    sys.exit(f"post_build: expected two inline scripts, found {len(inline)}")
script_hash = " ".join(
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

sw_path = os.path.join(stage, "sw.js")
if os.path.exists(sw_path):
    build = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
    sw = open(sw_path, encoding="utf-8").read().replace("__BUILD__", build)
    open(sw_path, "w", encoding="utf-8").write(sw)
print(f"post_build: CSP {script_hash}, wasm {wasm_integrity[:20]}…")
