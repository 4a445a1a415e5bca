#!/usr/bin/env bash
# Publishes only the data: puts a services.json and each municipality's
# document beside it (m/<code>.json, what a result opened from a link
# reads) into a deployed build's data/ folder, each with the precompressed
# copies a server such as nginx sends instead of it (brotli_static,
# gzip_static), each written beside and then renamed into place, so a
# visitor never gets half a file or a stale compressed copy. No rebuild of
# the app: it fetches the files at run time.
#
#   scripts/publish-data.sh <deployed folder> [services.json]
#
# The folder is the one that holds index.html and data/ (on a server, the
# deployed dist/; under a base path, that path's folder). The file defaults
# to this repository's data/services.json, after `make data` and
# `cargo test -p vagvisare-domain` (docs/data-upkeep.md); the documents
# are taken from the m/ folder beside it, where `make data` writes them.
# Needs `brotli` and `gzip`.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=${1:?usage: scripts/publish-data.sh <deployed folder> [services.json]}
SOURCE=${2:-data/services.json}
[ -f "$DEST/index.html" ] && [ -d "$DEST/data" ] \
  || { echo "publish-data: $DEST is not a deployed build (no index.html or data/)" >&2; exit 1; }
[ -f "$SOURCE" ] || { echo "publish-data: $SOURCE is missing" >&2; exit 1; }
PARTS=$(dirname "$SOURCE")/m
# The generator writes the whole file and the documents together; the
# whole file alone would leave results from links on the old facts.
compgen -G "$PARTS/[0-9][0-9][0-9][0-9].json" >/dev/null \
  || { echo "publish-data: no municipality documents in $PARTS: run make data" >&2; exit 1; }
# The schema the deployed app reads: a file of another version would be
# refused by it ("the data is of another version"), so that needs a rebuild.
version() { sed -n 's/^ *"schema_version": *\([0-9]*\),*$/\1/p' "$1" | head -1; }
if [ "$(version "$SOURCE")" != "$(version "$DEST/data/services.json")" ]; then
  echo "publish-data: $SOURCE has schema_version $(version "$SOURCE"), the deployed app reads $(version "$DEST/data/services.json"): deploy a new build instead" >&2
  exit 1
fi
# One file and its compressed copies. Each rename is atomic, so every
# response is a whole file, old or new (for a moment a client that takes
# brotli may get the new one and another the old).
publish() {
  local source=$1 target=$2
  cp "$source" "$target.new"
  brotli -q 11 -c "$target.new" >"$target.br.new"
  gzip -9 -n -c "$target.new" >"$target.gz.new"
  mv -f "$target.br.new" "$target.br"
  mv -f "$target.gz.new" "$target.gz"
  mv -f "$target.new" "$target"
}
mkdir -p "$DEST/data/m"
count=0
for part in "$PARTS"/[0-9][0-9][0-9][0-9].json; do
  publish "$part" "$DEST/data/m/$(basename "$part")"
  count=$((count + 1))
done
publish "$SOURCE" "$DEST/data/services.json"
echo "publish-data: $DEST/data/services.json and $count municipality documents in data/m/ (each with .br, .gz) replaced" >&2
