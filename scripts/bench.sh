#!/usr/bin/env bash
# Benchmark (not a timed test): builds the release bundle, prints its bytes
# as the budget test counts them (brotli quality 11), then runs Lighthouse
# (mobile emulation, simulated slow 4G and 4x CPU, Debian's Chromium)
# against the build served by nginx on 127.0.0.1: the start page and two
# results opened as the first page, three runs each, median figures with
# the longest task beside TBT (scripts/lighthouse.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo xtask build --release >/dev/null
echo "== Bytes, brotli -q 11 (budget: first view <= 120 000 B, tests/e2e/budget.test.mjs)"
node scripts/measure/weigh.mjs dist
# What a page about a municipality downloads as data: the whole file,
# never one named after the answer (the budget test: <= 10 KB brotli).
node -e "const f=require('node:fs'),z=require('node:zlib');console.log('data: data/services.json', z.brotliCompressSync(f.readFileSync('dist/data/services.json'),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length, 'B')"
echo "== Lighthouse (mobile, simulated slow 4G and 4x CPU, median of 3, served by nginx over HTTPS with HTTP/2)"
VV_SERVER=nginx node scripts/lighthouse.mjs "$@"
