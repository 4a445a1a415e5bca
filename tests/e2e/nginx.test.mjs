// The production web server (deploy/nginx/, started by deploy/serve-prod.sh):
// every kind of file gets every security header, its type, its caching and
// its precompressed body; plain HTTP is only a redirect to HTTPS; the
// access log holds no query string; no other site can frame the app. The header audit is also run against a
// configuration with one header removed, so it can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNginx } from './nginx.mjs';
import { serve } from './server.mjs';
import { launch, newPage, ready, DIST } from './browser.mjs';

const HEADERS_CONF = path.resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'headers.conf');

// What every response must carry (written out here, not read from the
// configuration, so a change to either is seen).
const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};
const TYPES = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', wasm: 'application/wasm',
  css: 'text/css; charset=utf-8', json: 'application/json; charset=utf-8', ftl: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8', webmanifest: 'application/manifest+json; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A raw GET: no client-side decoding, so the encoding sent is what is read. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const metaPolicy = (dist) => fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];

/** One of each kind of file the release has, with its path in dist. */
function kinds(dist) {
  const top = fs.readdirSync(dist);
  const hashed = top.filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(f));
  return [
    { url: '/', file: 'index.html' },
    { url: '/?lang=ar', file: 'index.html' },
    ...hashed.map((f) => ({ url: `/${f}`, file: f, hashed: true })),
    ...['sw.js', 'manifest.webmanifest', 'icon.svg', 'locales/sv/shell.ftl', 'locales/ar/flow.ftl', 'data/services.json']
      .map((f) => ({ url: `/${f}`, file: f })),
  ];
}

/** Every problem with what the server at `base` sends for `dist`. */
async function audit(base, dist) {
  const problems = [];
  const csp = `${metaPolicy(dist)}; frame-ancestors 'none'`;
  const checkSecurity = (where, headers) => {
    for (const [name, value] of Object.entries(SECURITY)) {
      if (headers[name] !== value) problems.push(`${where}: ${name} is ${headers[name]}`);
    }
    const permissions = headers['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      if (!permissions.includes(`${feature}=()`)) problems.push(`${where}: Permissions-Policy allows ${feature}`);
    }
    if (headers['content-security-policy'] !== csp) problems.push(`${where}: CSP header is ${headers['content-security-policy']}`);
  };
  for (const kind of kinds(dist)) {
    const file = fs.readFileSync(path.join(dist, kind.file));
    const ext = kind.file.split('.').pop();
    for (const [accept, encoding, decode] of [
      ['br', 'br', zlib.brotliDecompressSync], ['gzip', 'gzip', zlib.gunzipSync], ['identity', undefined, (b) => b],
    ]) {
      const where = `${kind.url} (${accept})`;
      const res = await get(base + kind.url.slice(1), { 'accept-encoding': accept });
      if (res.status !== 200) { problems.push(`${where}: status ${res.status}`); continue; }
      checkSecurity(where, res.headers);
      if (res.headers['content-type'] !== TYPES[ext]) problems.push(`${where}: type ${res.headers['content-type']}`);
      const cache = kind.hashed ? IMMUTABLE : 'no-cache';
      if (res.headers['cache-control'] !== cache) problems.push(`${where}: Cache-Control ${res.headers['cache-control']}`);
      if (res.headers['content-encoding'] !== encoding) problems.push(`${where}: encoding ${res.headers['content-encoding']}`);
      if (encoding && !/accept-encoding/i.test(res.headers.vary ?? '')) problems.push(`${where}: no Vary: Accept-Encoding`);
      try {
        if (!decode(res.body).equals(file)) problems.push(`${where}: body differs from dist/${kind.file}`);
      } catch (e) {
        problems.push(`${where}: body does not decode: ${e.message}`);
      }
    }
  }
  // Missing files and the files written for hosts, not browsers.
  for (const url of ['/missing.js', '/_headers', '/_csp.nginx', '/index.html.br']) {
    const res = await get(base + url.slice(1));
    if (res.status !== 404) problems.push(`${url}: status ${res.status}, not 404`);
    checkSecurity(url, res.headers);
  }
  return problems;
}

/**
 * Every problem with how the server at `base` answers plain HTTP: each
 * address must be a permanent redirect to the same host, path and query
 * over HTTPS, with no page in it.
 */
async function redirectProblems(base) {
  const problems = [];
  for (const url of ['/', '/?lang=ar', '/?lang=so&page=about', '/locales/sv/shell.ftl', '/missing.js']) {
    const res = await get(base + url.slice(1), { host: 'vagvisaren.example' });
    const where = `http://vagvisaren.example${url}`;
    if (res.status !== 301) problems.push(`${where}: status ${res.status}, not 301`);
    if (res.headers.location !== `https://vagvisaren.example${url}`) problems.push(`${where}: Location ${res.headers.location}`);
    if (res.body.includes('Vägvisaren') || res.body.includes('<script')) problems.push(`${where}: the app itself was sent over plain HTTP`);
  }
  return problems;
}

let server;
let browser;
before(async () => { server = await startNginx(DIST); browser = await launch(); });
after(async () => { await server?.close(); await browser?.close(); });

test('nginx sends every header, type, cache rule and precompressed body', async () => {
  const problems = await audit(server.url, DIST);
  assert.deepEqual(problems, []);
});

test('the header audit catches a header removed from the configuration', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-headers-'));
  const broken = path.join(dir, 'headers.conf');
  const lines = fs.readFileSync(HEADERS_CONF, 'utf8').split('\n');
  fs.writeFileSync(broken, lines.filter((l) => !l.includes('Referrer-Policy')).join('\n'));
  const faulty = await startNginx(DIST, { headers: broken });
  try {
    const problems = await audit(faulty.url, DIST);
    assert.ok(problems.some((p) => p.includes('referrer-policy')), problems.join('\n'));
  } finally {
    await faulty.close();
    fs.rmSync(dir, { recursive: true });
  }
});

test('plain HTTP is redirected to HTTPS, path and query kept', async () => {
  assert.deepEqual(await redirectProblems(server.httpUrl), []);
});

test('the redirect check catches a server that answers plain HTTP with the app', async () => {
  // The loopback test server is plain HTTP serving the app: what port 80
  // would do without the redirect block.
  const problems = await redirectProblems(server.url);
  assert.ok(problems.some((p) => p.includes('status 200')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('the app itself')), problems.join('\n'));
});

test('the access log holds paths only: no query string', async () => {
  await get(`${server.url}?lang=ar&staff=1`);
  await get(`${server.url}locales/ar/shell.ftl?x=1`);
  const lines = server.accessLog();
  assert.ok(lines.length > 0, 'nginx wrote an access log');
  for (const line of lines) assert.ok(!line.includes('?') && !line.includes('lang=ar'), line);
});

test('the app runs under the header policy and no other site can frame it', async () => {
  const { context, page } = await newPage(browser, server.url);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?lang=en`);
  await ready(page);
  await page.click('main .button--start');
  await page.waitForFunction(() => document.querySelector('#main-heading')?.textContent.includes('help with'));
  assert.deepEqual(errors, []);
  assert.deepEqual(page.foreignRequests, []);

  // Another origin (another port) frames the app as nginx serves it, and,
  // as the control that proves the check can see a framed app, the same
  // build from a server that sends no frame-ancestors (the test server).
  const unprotected = await serve(DIST);
  const framer = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' })
    .end(`<!doctype html><title>framer</title>
      <iframe name="nginx" src="${server.url}"></iframe><iframe name="control" src="${unprotected.url}"></iframe>
      <script>let n = 0; for (const f of document.querySelectorAll('iframe')) f.onload = () => { if (++n === 2) window.bothLoaded = true; };</script>`));
  await new Promise((r) => framer.listen(0, '127.0.0.1', r));
  await page.goto(`http://127.0.0.1:${framer.address().port}/`);
  await page.waitForFunction(() => window.bothLoaded === true);
  const frameNamed = (name) => page.frames().find((f) => f.name() === name);
  // What each frame shows: the app's document, or the browser's own page
  // for a refused frame.
  const shown = (name) => frameNamed(name).evaluate(() => `${location.href} ${document.title}`);
  const control = await shown('control');
  const framed = await shown('nginx');
  framer.close();
  await unprotected.close();
  await context.close();
  assert.ok(control.startsWith(unprotected.url) && control.includes('Vägvisaren'), `the control frame shows the app: ${control}`);
  assert.ok(!framed.startsWith(server.url) && !framed.includes('Vägvisaren'), `the app rendered inside another origin: ${framed}`);
});
