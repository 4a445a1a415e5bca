# Vägvisaren. The two commands in the README:
#   make run    set up, build and serve on http://127.0.0.1:8080
#   make test   set up and run every test and check
# One target dir for everything: builds on 2 cores are slow.

SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CARGO_TERM_COLOR := never

# wasm-bindgen-test in real headless Chromium through ChromeDriver; the
# Chromium flags (no sandbox as root, no network but 127.0.0.1) are in
# webdriver.json.
BROWSER_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=180

.PHONY: run setup setup-run serve-prod e2e-nginx e2e-subpath dist-subpath test check-fmt lint host-tests browser-tests dist e2e size bench data prerender clean

# The debug build on 127.0.0.1:8080, rebuilt when a source changes
# (xtask/src/serve.rs); reload the page to see it.
run: setup-run
	cargo xtask serve

# `make run` needs only the wasm target; `make test` also needs the
# browsers, the test runner and the npm tools.
setup-run:
	@bash scripts/setup.sh run

setup:
	@bash scripts/setup.sh test

test: setup check-fmt lint host-tests browser-tests dist e2e e2e-nginx e2e-subpath
	@echo "make test: all checks passed"

check-fmt:
	cargo fmt --all -- --check

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p vagvisare --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy -p vagvisare --target wasm32-unknown-unknown --features split -- -D warnings

host-tests:
	cargo test --workspace

browser-tests:
	$(BROWSER_ENV) cargo test -p vagvisare --target wasm32-unknown-unknown

# The release build into dist/ (xtask/src/pipeline.rs lists the steps).
dist:
	cargo xtask build --release

# --test-timeout stops a hung file (a browser that never answers) after
# 5 min; the longest file, the engines', takes about 1.5 min alone. Every
# suite but the sub-path one, which needs its own build (e2e-subpath).
e2e: dist
	node --test --test-concurrency=1 --test-timeout=300000 \
	  $(filter-out tests/e2e/subpath.test.mjs,$(wildcard tests/e2e/*.test.mjs))

# The suites whose subject is what a server sends (and the budget, weighed
# as it sends it), again against the
# production nginx configuration (deploy/nginx/); a test that plants a
# server-side fault keeps the Node server, which can fail on purpose.
e2e-nginx: dist
	VV_SERVER=nginx node --test --test-concurrency=1 --test-timeout=300000 \
	  tests/e2e/hardening.test.mjs tests/e2e/offline.test.mjs tests/e2e/upgrade.test.mjs \
	  tests/e2e/budget.test.mjs tests/e2e/data-publish.test.mjs

# The same sources built for the base path /vagvisaren/ (VV_BASE_PATH
# overrides config/site.toml's base_path), beside dist/. The base path is in
# the app's storage keys, so this compiles the app again (about 2 min), and
# the next `make dist` does too.
SUBPATH_DIST := target/dist-vagvisaren
dist-subpath:
	VV_BASE_PATH=/vagvisaren/ cargo xtask build --release --out $(SUBPATH_DIST)

# Served by nginx under /vagvisaren/, and beside dist/ at / on one host:
# the journey, offline, an upgrade, nothing shared between the two.
e2e-subpath: dist dist-subpath
	VV_SUBPATH_DIST=$(SUBPATH_DIST) node --test --test-concurrency=1 --test-timeout=300000 \
	  tests/e2e/subpath.test.mjs

# The release build behind nginx on http://127.0.0.1:8081, as a server runs it.
serve-prod: setup dist
	bash deploy/serve-prod.sh

size: dist
	@bash scripts/size.sh

bench: setup
	@bash scripts/bench.sh

data:
	cargo run -p vagvisare-data-gen --bin generate-data

# The start page in every language, written into index.html.
prerender:
	cargo run --bin prerender

clean:
	rm -rf dist target
