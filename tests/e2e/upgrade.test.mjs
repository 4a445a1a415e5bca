// A new version installs cleanly and an open old tab keeps working: after a
// deploy the page is the new one and the new service worker controls every
// tab, while a tab still running the previous build gets that build's files
// (its pages chunk among them) from the previous build's cache, which is
// kept until the deploy after — so old and new files are never mixed, and
// an old tab never asks the server for a file it no longer has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, rewrite } from './server.mjs';
import { launch, newPage, ready, DIST } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cacheOf = (build) => `vagvisaren-${build}`;
const buildOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const BUILD = '([^']+)'/)[1];

/**
 * "Deploys" a new build into `dir`: a new build id, a visibly different
 * page; with `newChunk`, the previous pages chunk is gone from the server
 * (a real new build names its chunk by its own hash).
 */
function deploy(dir, build, { newChunk = false } = {}) {
  const sw = path.join(dir, 'sw.js');
  let text = fs.readFileSync(sw, 'utf8').replace(buildOf(dir), build);
  if (newChunk) {
    const chunk = text.match(/const CHUNKS = \["([^"]+)"\]/)[1];
    fs.rmSync(path.join(dir, chunk));
    for (const ext of ['.br', '.gz']) fs.rmSync(path.join(dir, chunk + ext), { force: true });
    text = text.replace(/const CHUNKS = \[[^\]]*\]/, 'const CHUNKS = []');
  }
  rewrite(sw, text);
  const index = path.join(dir, 'index.html');
  rewrite(index, fs.readFileSync(index, 'utf8').replace(/<body[^>]*>/, `<body data-build="${build}">`));
}

/**
 * Waits (in the page) until `build`'s worker is active and controls the
 * page: one update check (the browser makes one on navigation too; they
 * share a job), then the worker it found is followed through its states.
 * A worker that fails to install turns redundant, and the test fails at
 * once: nothing is tried again.
 */
async function takenOver(page, build) {
  const state = await page.evaluate(async (cache) => {
    const reg = await navigator.serviceWorker.ready;
    await reg.update();
    const worker = reg.installing || reg.waiting || reg.active;
    const outcome = await new Promise((resolve) => {
      const check = () => {
        if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
      };
      worker.addEventListener('statechange', check);
      check();
    });
    if (outcome === 'activated' && navigator.serviceWorker.controller !== worker) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    const keys = await caches.keys();
    return { keys, outcome, controls: navigator.serviceWorker.controller === worker, ok: keys.includes(cache) };
  }, cacheOf(build));
  assert.equal(state.outcome, 'activated', `the worker installed: ${JSON.stringify(state)}`);
  assert.ok(state.controls && state.ok, `the new worker took over: ${JSON.stringify(state)}`);
  return state.keys;
}

function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-upgrade-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

test('a new build takes over; the previous build\'s cache is kept, older ones go', async () => {
  const dir = copyDist();
  const first = buildOf(dir);
  const server = await serve(dir);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  assert.deepEqual(await takenOver(page, first), [cacheOf(first)]);

  for (const [previous, next] of [[first, 'nextbuild0000001'], ['nextbuild0000001', 'nextbuild0000002']]) {
    deploy(dir, next);
    await page.reload();
    await ready(page);
    const keys = await takenOver(page, next);
    assert.deepEqual(keys, [cacheOf(previous), cacheOf(next)], 'this build and the one before');
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => document.body.dataset.build), next, 'the new page is shown');
  }
  assert.deepEqual(page.consoleErrors, []);
  await context.close(); await server.close();
  fs.rmSync(dir, { recursive: true });
});

test('a tab still on the old build gets its own pages chunk after a deploy', async () => {
  const dir = copyDist();
  const chunk = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const CHUNKS = \["([^"]+)"\]/)[1];
  const bytes = fs.statSync(path.join(dir, chunk)).size;
  const server = await serve(dir);
  const { context, page: oldTab } = await newPage(browser, server.url);
  await oldTab.goto(server.url);
  await ready(oldTab);
  await takenOver(oldTab, buildOf(dir));

  // The deploy removes the old chunk from the server; a second tab brings
  // the new worker, which takes over the old tab too.
  deploy(dir, 'nextbuild0000003', { newChunk: true });
  const newTab = await context.newPage();
  await newTab.goto(server.url);
  await takenOver(newTab, 'nextbuild0000003');
  await takenOver(oldTab, 'nextbuild0000003');

  // The old tab asks for its chunk (as its loader would, after a failed
  // prefetch or a long pause): the new worker answers from the kept cache.
  const before = server.requests.length;
  const got = await oldTab.evaluate(async (url) => {
    const r = await fetch(url);
    return { status: r.status, length: (await r.arrayBuffer()).byteLength };
  }, server.url + chunk);
  assert.deepEqual(got, { status: 200, length: bytes });
  assert.ok(!server.requests.slice(before).some((r) => r.endsWith(chunk)), 'not asked of the server');
  assert.deepEqual(oldTab.consoleErrors, []);
  await context.close(); await server.close();
  fs.rmSync(dir, { recursive: true });
});

// Planted fault: a new build whose precache names a file the server does not
// have cannot install; the check says so at once instead of waiting for the
// browser to try again.
test('a new build that cannot install is caught, not waited out', async () => {
  const dir = copyDist();
  const server = await serve(dir);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  await takenOver(page, buildOf(dir));
  deploy(dir, 'brokenbuild00001');
  const sw = path.join(dir, 'sw.js');
  rewrite(sw, fs.readFileSync(sw, 'utf8').replace(/const CHUNKS = \[/, 'const CHUNKS = ["no-such-file.wasm", '));
  await page.reload();
  await ready(page);
  await assert.rejects(takenOver(page, 'brokenbuild00001'), /the worker installed[\s\S]*redundant/);
  await context.close(); await server.close();
  fs.rmSync(dir, { recursive: true });
});
