#!/usr/bin/env bash
# Serves the release build (dist/) with nginx on 127.0.0.1, as a server
# would: `make serve-prod`. Writes the configuration from deploy/nginx/
# into $RUN_DIR and runs nginx in the foreground.
#   PORT       (8081)
#   HTTP_PORT  (8082) plain HTTP, which only redirects to https://
#   DIST       (./dist)
#   RUN_DIR    (./target/nginx)
#   HEADERS    (deploy/nginx/headers.conf) — the tests swap in a broken copy
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8081}
HTTP_PORT=${HTTP_PORT:-8082}
DIST=$(realpath "${DIST:-dist}")
RUN_DIR=$(realpath -m "${RUN_DIR:-target/nginx}")
HEADERS=$(realpath "${HEADERS:-deploy/nginx/headers.conf}")
for f in index.html _csp.nginx; do
  if [ ! -f "$DIST/$f" ]; then
    echo "serve-prod: $DIST/$f is missing: run \`cargo xtask build --release\` first" >&2; exit 1
  fi
done
# Debian puts nginx in /usr/sbin, which a user's PATH may lack.
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  echo "serve-prod: needs nginx and libnginx-mod-http-brotli-static (scripts/setup.sh test installs them)" >&2; exit 1
fi
mkdir -p "$RUN_DIR"
fill() {
  sed -e "s|@LISTEN@|127.0.0.1:$PORT|g" -e "s|@LISTEN_HTTP@|127.0.0.1:$HTTP_PORT|g" -e "s|@DIST@|$DIST|g" -e "s|@HEADERS@|$HEADERS|g" \
      -e "s|@ACCESS_LOG@|$RUN_DIR/access.log|g" -e "s|@RUN@|$RUN_DIR|g" "$1"
}
fill deploy/nginx/nginx.conf >"$RUN_DIR/nginx.conf"
fill deploy/nginx/vagvisaren.conf >"$RUN_DIR/vagvisaren.conf"
echo "serve-prod: http://127.0.0.1:$PORT/ (nginx, $DIST)" >&2
exec "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -g 'daemon off;'
