// Deploying under a path: the same sources built for the base path
// /vagvisaren/ (`make dist-subpath`: VV_BASE_PATH overrides
// config/site.toml's base_path), served by nginx with deploy/nginx/ under
// /vagvisaren/ — the whole journey with every request under that path,
// offline after one visit, an upgrade — and beside the default build at /
// on one host, where the two share no cache, no service worker and no
// stored preference, even while the one at / is upgraded. The sharing
// check is also run against planted faults (the worker at / counting every
// Vägvisaren cache as its own; a preference written under the other's
// key), so it can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startNginx, basePathOf } from './nginx.mjs';
import { rewrite } from './server.mjs';
import { launch, newPage, ready, tabTo, text, DIST, ROOT } from './browser.mjs';
import { journey, visitOnce } from './flow.mjs';
import { scenario, typed } from './fixtures.mjs';

const BASE = '/vagvisaren/';
const SUB = path.resolve(process.env.VV_SUBPATH_DIST ?? path.join(ROOT, 'target', 'dist-vagvisaren'));
// Registering without e-legitimation, in Kiruna: a service office, and the data.
const KIRUNA = 'register-without-eid-kiruna';

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(SUB, 'sw.js')), `${SUB} is missing: run \`make dist-subpath\``);
  assert.equal(basePathOf(SUB), BASE, `${SUB} was built for ${BASE}`);
  assert.equal(basePathOf(DIST), '/', `${DIST} was built for /`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

const copy = (dir) => {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-subpath-'));
  fs.cpSync(dir, to, { recursive: true });
  return to;
};
const sw = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
const buildOf = (dir) => sw(dir).match(/^const BUILD = '([^']+)';$/m)[1];
const prefixOf = (dir) => sw(dir).match(/^const PREFIX = '([^']+)';$/m)[1];

/** "Deploys" a new build into `dir` (a new build id, a visibly new page), as upgrade.test.mjs does. */
function deploy(dir, build) {
  rewrite(path.join(dir, 'sw.js'), sw(dir).replace(`const BUILD = '${buildOf(dir)}';`, `const BUILD = '${build}';`));
  const index = path.join(dir, 'index.html');
  rewrite(index, fs.readFileSync(index, 'utf8').replace(/<body[^>]*>/, `<body data-build="${build}">`));
}

/**
 * Waits until the page's own installation's worker (the sw.js beside the
 * page, not one of a shorter path that also covers it) has the cache
 * `cache`, is active and controls the page; returns the cache names.
 */
async function takenOver(page, cache) {
  // Polled in the page, until it holds or 30 s have passed (no update() retry:
  // a failed install fails the test).
  const state = await page.evaluate(async (name) => {
    const dir = new URL('./', location.href).href;
    const check = async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const controller = navigator.serviceWorker.controller;
      return reg?.scope === dir && !!reg.active && !reg.installing && !reg.waiting
        && controller?.scriptURL === `${dir}sw.js` && controller.state === 'activated'
        && (await caches.keys()).includes(name);
    };
    const deadline = Date.now() + 30000;
    let ok = await check();
    while (!ok && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      ok = await check();
    }
    return { ok, keys: await caches.keys() };
  }, cache);
  assert.ok(state.ok, `${cache}'s worker took over: ${JSON.stringify(state.keys)}`);
  return state.keys;
}

/** Every request a page makes to its own origin, by path. */
function recordPaths(page) {
  const paths = [];
  page.on('request', (r) => { if (r.url().startsWith('http://127.0.0.1')) paths.push(new URL(r.url()).pathname); });
  return paths;
}

/** A raw GET, redirects not followed. */
function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => { res.resume(); res.on('end', () => resolve({ status: res.statusCode, headers: res.headers })); }).on('error', reject);
  });
}

test('the whole journey under /vagvisaren/: every address, the manifest, the headers and the storage keys follow the base path', async () => {
  const server = await startNginx(SUB);
  assert.equal(server.url, `${server.origin}${BASE}`);
  const { context, page } = await newPage(browser, server.origin);
  const paths = recordPaths(page);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  const result = await journey(page, `${server.url}?lang=sv`, scenario(KIRUNA).answers, typed(KIRUNA));
  assert.match(result, new RegExp(scenario(KIRUNA).municipality.name));
  // The pages chunk, its stylesheet, the texts and the data came from under the base path.
  for (const kind of [/\/split-pages-[0-9a-f]{16}\.wasm$/, /\/pages-[0-9a-f]{16}\.css$/, /\/locales\/sv\/flow\.ftl$/, /\/data\/services\.json$/]) {
    assert.ok(paths.some((p) => kind.test(p) && p.startsWith(BASE)), `${kind} fetched under ${BASE}: ${paths}`);
  }
  assert.deepEqual(paths.filter((p) => !p.startsWith(BASE)), [], 'nothing asked for outside the base path');
  assert.deepEqual(page.foreignRequests, []);

  // The service worker's scope, and the manifest's start and scope, are the base path.
  const installed = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const link = document.querySelector('link[rel=manifest]').href;
    const manifest = await (await fetch(link)).json();
    return { scope: reg.scope, start: new URL(manifest.start_url, link).href, manifestScope: new URL(manifest.scope, link).href };
  });
  assert.deepEqual(installed, { scope: server.url, start: server.url, manifestScope: server.url });

  // The language the picker sets is stored under this installation's key only.
  await tabTo(page, '.language-picker a[lang="ar"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), { 'vagvisaren/vagvisaren.lang': 'ar' });
  // The boot script reads the same key: a visit without ?lang= is in Arabic before the wasm runs.
  await page.goto(server.url);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await ready(page);
  assert.deepEqual(errors, [], 'no Content-Security-Policy violation or other error');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();

  // nginx: each kind of file with its own CSP and cache rule; the host's
  // files refused; the path without its slash leads to the app.
  const meta = fs.readFileSync(path.join(SUB, 'index.html'), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  const hashed = fs.readdirSync(SUB).find((f) => /_bg\.wasm$/.test(f));
  for (const [file, cache] of [['', 'no-cache'], [hashed, 'public, max-age=31536000, immutable'], ['sw.js', 'no-cache'], ['locales/ar/shell.ftl', 'no-cache'], ['data/services.json', 'no-cache']]) {
    const res = await get(`${server.url}${file}`);
    assert.equal(res.status, 200, file);
    assert.equal(res.headers['content-security-policy'], `${meta}; frame-ancestors 'none'`, file);
    assert.equal(res.headers['cache-control'], cache, file);
  }
  for (const file of ['_csp.nginx', '_headers', 'index.html.br']) assert.equal((await get(`${server.url}${file}`)).status, 404, file);
  const bare = await get(`${server.origin}/vagvisaren?lang=ar`);
  assert.deepEqual([bare.status, bare.headers.location], [301, `${server.url}?lang=ar`]);
  await server.close();
});

test('offline after one visit under /vagvisaren/', async () => {
  const server = await startNginx(SUB);
  const { context, page } = await newPage(browser, server.origin);
  await visitOnce(page, server.url);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.match(await text(page, '.notice'), /inte ansluten/);
  const result = await journey(page, server.url, scenario(KIRUNA).answers, typed(KIRUNA));
  assert.match(result, new RegExp(scenario(KIRUNA).municipality.name));
  assert.match(await text(page, 'body'), /kan vara gamla/);
  await context.close();
  await server.close();
});

test('an upgrade under /vagvisaren/: the new build takes over, the previous cache is kept, older ones go', async () => {
  const dir = copy(SUB);
  const prefix = prefixOf(dir);
  assert.equal(prefix, `vagvisaren-${BASE}`);
  const server = await startNginx(dir);
  const { context, page } = await newPage(browser, server.origin);
  await page.goto(server.url);
  await ready(page);
  const first = buildOf(dir);
  assert.deepEqual(await takenOver(page, prefix + first), [prefix + first]);
  for (const [previous, next] of [[first, 'nextbuild0000001'], ['nextbuild0000001', 'nextbuild0000002']]) {
    deploy(dir, next);
    await page.reload();
    await ready(page);
    assert.deepEqual(await takenOver(page, prefix + next), [prefix + previous, prefix + next]);
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => document.body.dataset.build), next, 'the new page is shown');
  }
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
  await server.close();
  fs.rmSync(dir, { recursive: true });
});

/** What the origin's caches hold (paths, and each cache's page), its workers' scopes and its storage. */
function origin(page) {
  return page.evaluate(async (base) => {
    const entries = {};
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      const requests = await cache.keys();
      const own = await cache.match('./') ?? await cache.match(base);
      entries[key] = { paths: requests.map((r) => new URL(r.url).pathname), page: own ? await own.text() : null };
    }
    const scopes = (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort();
    return { entries, scopes, stored: { ...localStorage } };
  }, BASE);
}

/** Every cache that holds the other installation's files or page. */
function strays(entries) {
  const problems = [];
  for (const [key, { paths, page }] of Object.entries(entries)) {
    const underBase = key.startsWith(`vagvisaren-${BASE}`);
    const theirs = paths.filter((p) => underBase !== p.startsWith(BASE));
    if (theirs.length) problems.push(`${key} holds the other installation's files: ${theirs}`);
    // Each page reads its own installation's storage key.
    const own = underBase ? 'vagvisaren/vagvisaren.lang' : 'vagvisaren.lang';
    if (!page?.includes(`getItem('${own}')`)) problems.push(`${key}'s page is not its own installation's`);
  }
  return problems;
}

/**
 * The default build at / and the /vagvisaren/ build on one host: one visit
 * to each (staff mode switched on at /, Arabic chosen under /vagvisaren/),
 * then two upgrades of the one at /. Returns every way the two share
 * something, and the open pages. `plant` plants the faults the check must
 * catch.
 */
async function twoOnOneHost({ plant = false } = {}) {
  const rootDir = copy(DIST);
  const subDir = copy(SUB);
  if (plant) {
    // The worker at / as it was before base paths: every Vägvisaren cache
    // counts as its own, and every request in its scope is its own.
    const planted = sw(rootDir)
      .replace(/^const ours = .*$/m, "const ours = (key) => key.startsWith('vagvisaren-');")
      .replace(/^const own = [^;]*;$/ms, 'const own = () => true;');
    assert.ok(planted.includes('const own = () => true;') && planted.includes("key.startsWith('vagvisaren-');"), 'the faults are planted');
    rewrite(path.join(rootDir, 'sw.js'), planted);
  }
  const server = await startNginx([rootDir, subDir]);
  const rootUrl = `${server.origin}/`;
  const subUrl = `${server.origin}${BASE}`;
  const { context, page: root } = await newPage(browser, server.origin);
  await visitOnce(root, `${rootUrl}?staff=1`);
  await takenOver(root, prefixOf(rootDir) + buildOf(rootDir));
  const sub = await context.newPage();
  // The worker at / also covers /vagvisaren/ (until that page's own worker
  // is installed) and must leave it alone.
  await visitOnce(sub, subUrl);
  await takenOver(sub, prefixOf(subDir) + buildOf(subDir));
  await tabTo(sub, '.language-picker a[lang="ar"]');
  await sub.keyboard.press('Enter');
  await sub.waitForFunction(() => document.documentElement.lang === 'ar');
  // A preference written under the other installation's key.
  if (plant) await sub.evaluate(() => localStorage.setItem('vagvisaren.lang', 'ar'));
  const problems = strays((await origin(root)).entries);

  const rootPrefix = prefixOf(rootDir);
  const subCache = prefixOf(subDir) + buildOf(subDir);
  for (const next of ['nextbuild0000001', 'nextbuild0000002']) {
    deploy(rootDir, next);
    await root.reload();
    await ready(root);
    await takenOver(root, rootPrefix + next);
  }
  const state = await origin(root);
  // (Deleted, it would be opened anew, empty, by the next request its
  // worker answers: so what counts is that it still holds its page.)
  if (!state.entries[subCache]?.paths.includes(BASE)) {
    problems.push(`the cache of ${BASE} (${subCache}) lost its files in the upgrades at /: ${Object.keys(state.entries)}`);
  }
  problems.push(...strays(state.entries));
  if (JSON.stringify(state.scopes) !== JSON.stringify(['/', BASE])) problems.push(`service workers: ${state.scopes}`);
  // What each installation shows after a fresh load.
  await root.goto(rootUrl);
  await ready(root);
  const rootLang = await root.evaluate(() => document.documentElement.lang);
  if (rootLang !== 'sv') problems.push(`/ opens in ${rootLang}: the other installation's language`);
  await sub.goto(subUrl);
  await ready(sub);
  if (await sub.$('.staff-banner')) problems.push(`${BASE} is in staff mode: the other installation's`);
  if (state.stored['vagvisaren/vagvisaren.lang'] !== 'ar' || state.stored['vagvisaren.staff'] !== '1') problems.push(`stored: ${JSON.stringify(state.stored)}`);
  const close = async () => { await context.close(); await server.close(); for (const d of [rootDir, subDir]) fs.rmSync(d, { recursive: true }); };
  return { problems, root, sub, context, close };
}

test('two builds under two paths on one host share no cache, worker or preference, and each works offline', async () => {
  const { problems, root, sub, context, close } = await twoOnOneHost();
  assert.deepEqual(problems, []);
  assert.ok(await root.$('.staff-banner'), 'the staff mode set at / is still on at /');
  assert.equal(await sub.evaluate(() => document.documentElement.lang), 'ar');
  // Each from its own cache, with the network gone.
  await context.setOffline(true);
  for (const page of [root, sub]) {
    await page.reload();
    await ready(page);
  }
  assert.equal(await root.evaluate(() => document.body.dataset.build), 'nextbuild0000002', '/ runs its upgraded build');
  assert.equal(await sub.evaluate(() => document.documentElement.lang), 'ar');
  const result = await journey(sub, sub.url().split('?')[0], scenario(KIRUNA).answers, typed(KIRUNA), { titlePrefix: null });
  assert.match(result, new RegExp(scenario(KIRUNA).municipality.name));
  await close();
});

test('the sharing check catches a worker at / that takes every cache and request as its own, and a preference under the other key', async () => {
  const { problems, close } = await twoOnOneHost({ plant: true });
  const found = (start) => assert.ok(problems.some((p) => p.startsWith(start)), `${start}…\n${problems.join('\n')}`);
  found(`the cache of ${BASE}`);
  found(`vagvisaren-${buildOf(DIST)} holds the other installation's files`);
  found('/ opens in ar');
  await close();
});
