// A static server for dist/ on 127.0.0.1 — the only host tests talk to.
// Used by the end-to-end tests and the benchmark. Can fail on purpose
// (see `faults`) to test how the app copes with broken fetches.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNginx } from './nginx.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.ftl': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * Changes a file of a copied build (a tampered or "new" version) and drops
 * its precompressed siblings, which a server such as nginx would otherwise
 * send instead.
 */
export function rewrite(file, data) {
  fs.writeFileSync(file, data);
  for (const ext of ['.br', '.gz']) fs.rmSync(file + ext, { force: true });
}

/**
 * @param {string} root folder to serve
 * @param {{faults?: Map<string, 'status404'|'truncate'|'abort'|'delay'>, brotli?: boolean}} options
 */
export function serve(root, options = {}) {
  // Under `VV_SERVER=nginx` (make e2e-nginx) the suites run against the
  // production configuration; a test that plants a server-side fault needs
  // this server, which can fail on purpose.
  if (process.env.VV_SERVER === 'nginx' && !options.faults) return startNginx(root);
  const faults = options.faults ?? new Map();
  const requests = [];
  // Every request as the server's access log would see it: the request line
  // (path and query) and every header (Referer among them).
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    log.push({ line: `${req.method} ${req.url}`, headers: { ...req.headers } });
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const fault = [...faults.entries()].find(([suffix]) => url.pathname.endsWith(suffix))?.[1];
    if (fault === 'abort') { req.socket.destroy(); return; }
    if (fault === 'status404' || !fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    let body = fs.readFileSync(file);
    if (fault === 'truncate') body = body.subarray(0, Math.floor(body.length / 2));
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (options.brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      // The build's own .br copy, as nginx's brotli_static sends it. Compressing
      // here at quality 11 took about a second for the pages chunk, which
      // Lighthouse counted as server time on every page.
      const precompressed = file + '.br';
      body = fault === undefined && fs.existsSync(precompressed) ? fs.readFileSync(precompressed) : zlib.brotliCompressSync(body);
      headers['Content-Encoding'] = 'br';
    }
    // 'delay': a slow response (the data arriving after the pages chunk).
    if (fault === 'delay') setTimeout(() => res.writeHead(200, headers).end(body), 1500);
    else res.writeHead(200, headers).end(body);
  });
  // A test that fails before closing its server must not keep node alive.
  server.unref();
  server.keepAliveTimeout = 1000;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, server, requests, log, faults, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  const s = await serve(root, { brotli: true });
  console.log(s.url);
}
