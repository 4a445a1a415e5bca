#!/usr/bin/env bash
# Installs what Vägvisaren needs to build and test, and nothing that is
# already there. Safe to run again: a second run only checks.
# Only package registries are reachable (crates.io, npm, Debian apt), so no
# tool is ever downloaded as a prebuilt binary from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Splits the release wasm in two (scripts/build_wasm.py).
WASM_SPLIT_VERSION=0.2.4
# npm binaryen, pinned in package-lock.json: Debian's 108 corrupts
# wasm-bindgen's externref table.
WASM_OPT_VERSION=132
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# --- Rust target and components -------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding $c"; rustup component add "$c"
  fi
done

# --- wasm-bindgen-cli at exactly the version in Cargo.lock -----------------
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then echo "setup: wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION with cargo (about 10 minutes on 2 cores)"
  # Not --locked: the CLI's own lockfile pins webpki-roots 1.0.11, which
  # crates.io no longer serves; an unlocked install resolves to 1.0.10.
  cargo install --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

# --- Trunk -------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION with cargo (about 10 minutes on 2 cores)"
  cargo install --locked --force trunk --version "$TRUNK_VERSION"
fi

# --- wasm-split-cli ------------------------------------------------------------
# The CLI has no --version: ask cargo what it installed.
if ! command -v wasm-split-cli >/dev/null \
   || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION with cargo (about 4 minutes on 2 cores)"
  cargo install --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# --- Debian packages: Chromium + driver, compression, fonts ------------------
# fonts-noto-core carries Arabic script; fonts-sil-abyssinica Ge'ez (Tigrinya),
# so headless screenshots show real glyphs, not boxes.
APT_PKGS=(chromium chromium-driver brotli fonts-noto-core fonts-sil-abyssinica)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing from apt: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
# --- npm packages (axe-core, playwright-core, binaryen), pinned by the lock
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION"; then
  echo "setup: node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION (package-lock.json)" >&2; exit 1
fi

say "ready"
