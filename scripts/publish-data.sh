#!/usr/bin/env bash
# Publishes only the data: puts a services.json into a deployed build's
# data/ folder, with the precompressed copies a server such as nginx sends
# instead of it (brotli_static, gzip_static), each written beside and then
# renamed into place, so a visitor never gets half a file or a stale
# compressed copy. No rebuild of the app: it fetches the file at run time.
#
#   scripts/publish-data.sh <deployed folder> [services.json]
#
# The folder is the one that holds index.html and data/ (on a server, the
# deployed dist/; under a base path, that path's folder). The file defaults
# to this repository's data/services.json, after `make data` and
# `cargo test -p vagvisare-domain` (docs/data-upkeep.md). Needs `brotli`
# and `gzip`.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=${1:?usage: scripts/publish-data.sh <deployed folder> [services.json]}
SOURCE=${2:-data/services.json}
[ -f "$DEST/index.html" ] && [ -d "$DEST/data" ] \
  || { echo "publish-data: $DEST is not a deployed build (no index.html or data/)" >&2; exit 1; }
[ -f "$SOURCE" ] || { echo "publish-data: $SOURCE is missing" >&2; exit 1; }
# The schema the deployed app reads: a file of another version would be
# refused by it ("the data is of another version"), so that needs a rebuild.
version() { sed -n 's/^ *"schema_version": *\([0-9]*\),*$/\1/p' "$1" | head -1; }
if [ "$(version "$SOURCE")" != "$(version "$DEST/data/services.json")" ]; then
  echo "publish-data: $SOURCE has schema_version $(version "$SOURCE"), the deployed app reads $(version "$DEST/data/services.json"): deploy a new build instead" >&2
  exit 1
fi
target=$DEST/data/services.json
cp "$SOURCE" "$target.new"
brotli -q 11 -c "$target.new" >"$target.br.new"
gzip -9 -n -c "$target.new" >"$target.gz.new"
# Each rename is atomic, so every response is a whole file, old or new (for
# a moment a client that takes brotli may get the new one and another the
# old).
mv -f "$target.br.new" "$target.br"
mv -f "$target.gz.new" "$target.gz"
mv -f "$target.new" "$target"
echo "publish-data: $target (and .br, .gz) replaced" >&2
