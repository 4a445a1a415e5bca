#!/usr/bin/env bash
# Re-measures the decisions recorded in docs/adr/: builds the release of a
# copy of this working tree twice — as it is, and with the alternative the
# decision turned down — and prints the brotli sizes both ways (the first
# view as tests/e2e/budget.test.mjs counts it, the main wasm, the pages
# chunk) and the difference. Nothing in the working tree changes.
#
#   scripts/measure.sh <alternative>...     e.g. scripts/measure.sh sort lowercase
#   scripts/measure.sh trunk                the set-up time of Trunk against xtask's
#
# Alternatives (docs/adr/):
#   router     0001  leptos_router's Router and one route beside the app
#   fluent     0002  fluent-bundle behind src/i18n/ftl.rs's interface
#   json       0003  serde_json and serde's derive for data/services.json
#   sort       0004  std's sort_by in domain/src/small_sort.rs
#   lowercase  0005  std's char::to_lowercase in domain/src/fold.rs
#   context    0007  one Leptos context per state handle
#   trunk      0006  `cargo install trunk` against compiling xtask, both from
#                    nothing (downloads; 28 min on 2 busy cores)
#
# Each alternative is scripts/measure/<name>.patch, applied with `git apply`
# (plus, for fluent, the files under scripts/measure/fluent/, copied over
# the tree). A patch that no longer applies stops the script and names
# itself: update it to the code as it is now.
#
# The copy is target/measure/tree, built with its own target directory,
# target/measure/target (the first run compiles every dependency once:
# about 20 min on 2 busy cores; after that each build takes 1.5–4 min, so
# one alternative about 5 min, all six about 20). Absolute sizes differ by
# a few hundred bytes from a build in the repository's own folder
# (probably because the source path enters the crates' hashes, and so the
# layout): compare the differences, which come from one path and one target directory. Needs
# `bash scripts/setup.sh test` first (npm's wasm-opt); router needs the
# network once, to download leptos_router.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MEASURE=$ROOT/target/measure
TREE=$MEASURE/tree
export CARGO_TARGET_DIR=$MEASURE/target
[ $# -gt 0 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }
for name in "$@"; do
  case $name in
    router|fluent|json|sort|lowercase|context|trunk) ;;
    *) echo "measure: unknown alternative '$name' (see scripts/measure.sh)" >&2; exit 2 ;;
  esac
done

seconds() { date +%s; }

trunk() {
  # Both from nothing: an empty CARGO_HOME (every crate downloaded) and an
  # empty target directory, as on a new machine.
  local scratch; scratch=$(mktemp -d "$MEASURE/trunk.XXXXXX")
  local start=$(seconds)
  CARGO_HOME=$scratch/home CARGO_TARGET_DIR=$scratch/trunk-target \
    cargo install trunk --version 0.21.14 --locked --root "$scratch/bin" >/dev/null 2>"$scratch/trunk.log" \
    || { echo "measure: cargo install trunk failed (see $scratch/trunk.log)" >&2; return 1; }
  local trunk_s=$(( $(seconds) - start ))
  start=$(seconds)
  CARGO_HOME=$scratch/home2 CARGO_TARGET_DIR=$scratch/xtask-target \
    cargo build --quiet --package xtask --locked 2>"$scratch/xtask.log" \
    || { echo "measure: building xtask failed (see $scratch/xtask.log)" >&2; return 1; }
  local xtask_s=$(( $(seconds) - start ))
  printf 'set-up from nothing: cargo install trunk 0.21.14 %d s; cargo build -p xtask %d s\n' "$trunk_s" "$xtask_s"
  rm -rf "$scratch"
}

copy_tree() {
  # The working tree as it is (committed or not, ignored files left out),
  # every file with a new modification time, so cargo rebuilds what changed.
  rm -rf "$TREE"
  mkdir -p "$TREE"
  git ls-files -z --cached --others --exclude-standard \
    | tar --null --files-from=- --create --file=- 2>/dev/null \
    | tar --extract --touch --file=- --directory="$TREE"
  ln -s "$ROOT/node_modules" "$TREE/node_modules"
}

build() {
  local label=$1 start=$(seconds)
  (cd "$TREE" && cargo xtask build --release >"$MEASURE/$label.log" 2>&1) \
    || { echo "measure: the $label build failed (see $MEASURE/$label.log)" >&2; return 1; }
  node "$ROOT/scripts/measure/weigh.mjs" "$TREE/dist" >"$MEASURE/$label.json"
  echo "measure: $label built in $(( $(seconds) - start )) s" >&2
}

report() {
  node - "$MEASURE/as-built.json" "$MEASURE/$1.json" "$1" <<'JS'
const fs = require('node:fs');
const [a, b, name] = process.argv.slice(2);
const base = JSON.parse(fs.readFileSync(a, 'utf8'));
const alt = JSON.parse(fs.readFileSync(b, 'utf8'));
const rows = [['', 'as built', `with ${name}`, 'difference']];
for (const key of Object.keys(base)) {
  const d = alt[key] - base[key];
  rows.push([`${key.replace('_', ' ')} (B brotli)`, base[key], alt[key], `${d > 0 ? '+' : ''}${d}`]);
}
for (const r of rows) console.log(r.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](i ? 18 : 26)).join(''));
JS
}

mkdir -p "$MEASURE"
sizes=()
for name in "$@"; do [ "$name" = trunk ] || sizes+=("$name"); done
if [ ${#sizes[@]} -gt 0 ]; then
  command -v node >/dev/null && [ -x node_modules/.bin/wasm-opt ] \
    || { echo "measure: run \`bash scripts/setup.sh test\` first" >&2; exit 1; }
  copy_tree
  build as-built
  for name in "${sizes[@]}"; do
    # The copy lies inside this repository: without the ceiling, git apply
    # would find the repository and silently skip every path outside the
    # copy's folder. The reverse check proves the patch is in.
    (cd "$TREE" && export GIT_CEILING_DIRECTORIES=$MEASURE \
      && git apply "$ROOT/scripts/measure/$name.patch" \
      && git apply --reverse --check "$ROOT/scripts/measure/$name.patch") \
      || { echo "measure: scripts/measure/$name.patch no longer applies to the code: update it" >&2; exit 1; }
    if [ -d "scripts/measure/$name" ]; then cp -r "scripts/measure/$name/." "$TREE/"; fi
    build "$name"
    report "$name"
    copy_tree
  done
fi
for name in "$@"; do [ "$name" != trunk ] || trunk; done
