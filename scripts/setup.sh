#!/usr/bin/env bash
# Installs what Vägvisaren needs, and nothing that is already there. Safe to
# run again: a second run only checks.
#
#   scripts/setup.sh run    what `make run` needs: the wasm target
#   scripts/setup.sh test   (default) also the browsers, fonts, npm tools,
#                           wasm-bindgen-test-runner and geckodriver for
#                           `make test`
#
# Only package registries are reachable (crates.io, npm, Debian apt), so no
# tool is ever downloaded as a prebuilt binary from elsewhere. The build
# driver itself (xtask/) is an ordinary workspace crate: cargo compiles it
# the first time `cargo xtask` runs, with the splitter and wasm-bindgen as
# libraries, so neither is installed here.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-test}
case "$MODE" in run|test) ;; *) echo "usage: scripts/setup.sh [run|test]" >&2; exit 2 ;; esac

# npm binaryen, pinned in package-lock.json: Debian's 108 corrupts
# wasm-bindgen's externref table.
WASM_OPT_VERSION=132
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

# --- Rust target and components (rust-toolchain.toml names them) ----------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$MODE" = run ]; then say "ready for make run"; exit 0; fi
for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding $c"; rustup component add "$c"
  fi
done

# --- In the background, while cargo compiles below ---------------------------
LOGS=$(mktemp -d)
pids=()
# Debian packages: Chromium + driver, Firefox ESR, WebKitGTK's WebDriver
# (with MiniBrowser) and the virtual display it runs in (xvfb-run needs
# xauth), compression, fonts, nginx with brotli_static (deploy/nginx/),
# openssl for the bench server's throwaway certificate.
# fonts-noto-core carries Arabic script; fonts-sil-abyssinica Ge'ez
# (Tigrinya), so headless screenshots show real glyphs, not boxes.
APT_PKGS=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth brotli openssl fonts-noto-core fonts-sil-abyssinica libnginx-mod-http-brotli-static)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Any Debian nginx flavour will do (nginx, nginx-light): ask for one only
# when there is none, so the brotli module does not choose.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing from apt (in the background): ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" ) \
    >"$LOGS/apt.log" 2>&1 &
  pids+=("$!:apt")
fi
# npm packages (axe-core, playwright-core, binaryen, lighthouse), pinned by the lock.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json (in the background)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >"$LOGS/npm.log" 2>&1 &
  pids+=("$!:npm")
fi

# --- wasm-bindgen-test-runner at exactly the version in Cargo.lock -----------
# The browser tests run through it. Only that binary, without the default
# `rustls-tls` feature (the runner talks to ChromeDriver over plain HTTP on
# 127.0.0.1; TLS would compile ring and rustls for nothing), at opt-level 1:
# measured on 2 cores, see docs/performance.md "Set-up and test times".
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then echo "setup: wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-test-runner $WBG_VERSION with cargo"
  # Not --locked: the CLI's own lockfile pins webpki-roots 1.0.11, which
  # crates.io no longer serves.
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install --force wasm-bindgen-cli --version "$WBG_VERSION" \
    --no-default-features --bin wasm-bindgen-test-runner
fi
# geckodriver drives Firefox ESR (tests/e2e/webdriver.mjs). From crates.io,
# with its own lockfile, at opt-level 1 (a test tool; docs/performance.md "Set-up and test times").
GECKODRIVER_VERSION=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1{print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION with cargo"
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install --force --locked geckodriver --version "$GECKODRIVER_VERSION"
fi
# The build driver, while apt and npm finish (cargo would compile it on
# first use anyway).
cargo build --quiet -p xtask

for entry in "${pids[@]}"; do
  pid=${entry%%:*}; name=${entry#*:}
  if ! wait "$pid"; then
    echo "setup: the $name install failed:" >&2; cat "$LOGS/$name.log" >&2; exit 1
  fi
done
rm -rf "$LOGS"

if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION"; then
  echo "setup: node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION (package-lock.json)" >&2; exit 1
fi

say "ready"
