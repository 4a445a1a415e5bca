#!/usr/bin/env bash
# Serves the release build (dist/) with nginx on 127.0.0.1, as a server
# would: `make serve-prod`. Writes the configuration from deploy/nginx/
# into $RUN_DIR and runs nginx in the foreground.
#   PORT       (8081)
#   HTTP_PORT  (8082) plain HTTP, which only redirects to https://
#   DIST       (./dist) — or several builds, separated by spaces: each is
#              served under the base path it was built for (read from its
#              sw.js), all on one host, as two installations on one site
#   RUN_DIR    (./target/nginx)
#   HEADERS    (deploy/nginx/headers.conf) — the tests swap in a broken copy
#   TLS_CERT, TLS_KEY  a certificate and its key: PORT then serves HTTPS
#              with HTTP/2, as a public server does (`make bench`, with a
#              throwaway self-signed pair)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8081}
HTTP_PORT=${HTTP_PORT:-8082}
RUN_DIR=$(realpath -m "${RUN_DIR:-target/nginx}")
HEADERS=$(realpath "${HEADERS:-deploy/nginx/headers.conf}")
LISTEN="127.0.0.1:$PORT"
SCHEME=http
if [ -n "${TLS_CERT:-}" ]; then
  LISTEN="$LISTEN ssl http2; ssl_certificate $(realpath "$TLS_CERT"); ssl_certificate_key $(realpath "$TLS_KEY")"
  SCHEME=https
fi
# Debian puts nginx in /usr/sbin, which a user's PATH may lack.
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  echo "serve-prod: needs nginx and libnginx-mod-http-brotli-static (scripts/setup.sh test installs them)" >&2; exit 1
fi
mkdir -p "$RUN_DIR"
# nginx's workers (`nobody`) pass through it to a sub-path's document root.
chmod 755 "$RUN_DIR"
rm -rf "$RUN_DIR/locations" "$RUN_DIR/sites"
mkdir -p "$RUN_DIR/locations" "$RUN_DIR/sites"
fill() {
  sed -e "s|@LISTEN@|$LISTEN|g" -e "s|@LISTEN_HTTP@|127.0.0.1:$HTTP_PORT|g" -e "s|@HEADERS@|$HEADERS|g" \
      -e "s|@ACCESS_LOG@|$RUN_DIR/access.log|g" -e "s|@RUN@|$RUN_DIR|g" \
      -e "s|@LOCATIONS@|$RUN_DIR/locations/*.conf|g" "$1"
}
n=0
urls=()
for dist in ${DIST:-dist}; do
  n=$((n + 1))
  dist=$(realpath "$dist")
  for f in index.html _csp.nginx sw.js; do
    if [ ! -f "$dist/$f" ]; then
      echo "serve-prod: $dist/$f is missing: run \`cargo xtask build --release\` first" >&2; exit 1
    fi
  done
  # The base path the build was made for, as its service worker has it.
  base=$(sed -n "s|^const BASE = '\(/[A-Za-z0-9_/-]*\)';\$|\1|p" "$dist/sw.js")
  if [ -z "$base" ]; then echo "serve-prod: no base path in $dist/sw.js" >&2; exit 1; fi
  if [ "$base" = / ]; then
    root=$dist
  else
    # A document root whose $base folder is the build, as on a real site.
    root=$RUN_DIR/sites/$n
    mkdir -p "$(dirname "$root${base%/}")"
    ln -s "$dist" "$root${base%/}"
  fi
  fill deploy/nginx/location.conf | sed -e "s|@BASE_NO_SLASH@|${base%/}|g" -e "s|@BASE@|$base|g" -e "s|@ROOT@|$root|g" \
    | if [ "$base" = / ]; then grep -v '# not for base_path "/"$'; else cat; fi >"$RUN_DIR/locations/$n.conf"
  urls+=("$SCHEME://127.0.0.1:$PORT$base ($dist)")
done
fill deploy/nginx/nginx.conf >"$RUN_DIR/nginx.conf"
fill deploy/nginx/vagvisaren.conf >"$RUN_DIR/vagvisaren.conf"
echo "serve-prod: nginx on ${urls[*]}" >&2
exec "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -g 'daemon off;'
