// Hardening of the built dist/: strict CSP, Subresource Integrity, no other
// origins, no cookies, only preferences in localStorage — and the app stays
// usable when fetches fail, storage is corrupted or the URL is nonsense.
// Each static check is also run against a planted fault, so it can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, rewrite } from './server.mjs';
import { launch, newPage, ready, settled, text, axe, formatViolations, blankTexts, DIST } from './browser.mjs';
import { address, scenario } from './fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Under `make e2e-nginx` the tests that plant a server-side fault would run
// on the Node server again, exactly as in `make e2e`: they are skipped there.
const FAULTS = process.env.VV_SERVER === 'nginx' ? { skip: 'plants a server-side fault: run by make e2e' } : {};

const sri = (algo, bytes) => `${algo}-${crypto.createHash(algo).update(bytes).digest('base64')}`;

/** Returns the list of problems with a built folder's hardening. */
function auditDist(dir) {
  const problems = [];
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  if (!csp) return ['no CSP meta'];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  const scriptSrc = directives['script-src'] ?? [];
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if (scriptSrc.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
  if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval'");
  if ((directives['default-src'] ?? []).join(' ') !== "'none'") problems.push("default-src is not 'none'");
  for (const [k, v] of Object.entries(directives)) {
    if (v.some((s) => /^(https?:|\*|data:)/.test(s) && !(k === 'img-src' && s === 'data:'))) problems.push(`${k} allows another origin: ${v}`);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  for (const body of inline) {
    const hash = `'${sri('sha256', Buffer.from(body, 'utf8'))}'`;
    if (!scriptSrc.includes(hash)) problems.push(`inline script not allowed by hash ${hash}`);
  }
  for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"[^>]*>/g)) {
    const integrity = m[0].match(/integrity="([^"]+)"/)?.[1];
    const file = fs.readFileSync(path.join(dir, m[1]));
    if (integrity !== sri('sha384', file)) problems.push(`script ${m[1]} lacks matching integrity`);
  }
  const wasm = html.match(/fetch\('([^']+_bg\.wasm)', \{ integrity: '([^']+)' \}\)/);
  if (!wasm) problems.push('wasm is not fetched with integrity');
  else if (wasm[2] !== sri('sha384', fs.readFileSync(path.join(dir, wasm[1])))) problems.push('wasm integrity does not match the file');
  // The wasm chunks (every page but the start page) are fetched by the
  // split loader; each fetch must carry the file's integrity, and no wasm
  // may be loaded any other way.
  const checked = new Set(wasm ? [wasm[1].replace(/^\//, '')] : []);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
    const js = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of js.matchAll(/fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)(, \{ integrity: "([^"]+)" \})?\)/g)) {
      checked.add(m[1]);
      if (!m[3]) problems.push(`${f} fetches ${m[1]} without integrity`);
      else if (m[3] !== sri('sha384', fs.readFileSync(path.join(dir, m[1])))) problems.push(`chunk ${m[1]} integrity does not match the file`);
    }
  }
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.wasm'))) {
    if (!checked.has(f)) problems.push(`wasm ${f} is not loaded with integrity`);
  }
  if (/document\.cookie\s*=/.test(fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'))) problems.push('JS sets cookies');
  return problems;
}

/** The wasm chunk with every page but the start page. */
function chunkFile(dir) {
  const chunks = fs.readdirSync(dir).filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
  assert.equal(chunks.length, 1, `one chunk: ${chunks}`);
  return chunks[0];
}

function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-dist-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

test('dist/ has a strict CSP and integrity on every script and the wasm', () => {
  assert.deepEqual(auditDist(DIST), []);
});

test('the audit catches planted faults', () => {
  const dir = copyDist();
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  fs.writeFileSync(index, html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
  assert.ok(auditDist(dir).some((p) => p.includes('unsafe-inline')));
  fs.writeFileSync(index, html.replace('init({', 'alert(1);init({'));
  assert.ok(auditDist(dir).some((p) => p.includes('inline script not allowed')));
  const wasm = fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  fs.writeFileSync(index, html);
  fs.appendFileSync(path.join(dir, wasm), Buffer.from([0]));
  assert.ok(auditDist(dir).some((p) => p.includes('wasm integrity')));
  const chunk = chunkFile(dir);
  fs.appendFileSync(path.join(dir, chunk), Buffer.from([0]));
  assert.ok(auditDist(dir).some((p) => p.includes(`chunk ${chunk} integrity`)));
  const loader = fs.readdirSync(dir).find((f) => f.startsWith('wasm-split-') && f.endsWith('.js'));
  const js = fs.readFileSync(path.join(dir, loader), 'utf8');
  fs.writeFileSync(path.join(dir, loader), js.replace(/, \{ integrity: "[^"]+" \}/, ''));
  assert.ok(auditDist(dir).some((p) => p.includes('without integrity')));
  fs.writeFileSync(path.join(dir, 'extra.wasm'), '');
  assert.ok(auditDist(dir).some((p) => p.includes('wasm extra.wasm is not loaded with integrity')));
  fs.rmSync(dir, { recursive: true });
});

test('a tampered wasm is refused by the browser; the phone number still shows', async () => {
  const dir = copyDist();
  const wasm = fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  const bytes = fs.readFileSync(path.join(dir, wasm));
  bytes[bytes.length - 1] ^= 0xff;
  rewrite(path.join(dir, wasm), bytes);
  const server = await serve(dir);
  const { context, page } = await newPage(browser, server.url);
  // Chromium reports the failed integrity check on the console.
  const refused = page.waitForEvent('console', (m) => /integrity|digest/i.test(m.text()));
  await page.goto(server.url);
  await refused;
  await settled(page);
  assert.equal(await page.$('#main-heading'), null, 'the app did not start');
  assert.equal(await page.getAttribute('#boot a[href^="tel:"]', 'href'), 'tel:+46771416416');
  await context.close(); await server.close();
  fs.rmSync(dir, { recursive: true });
});

test('a page chunk that cannot be fetched: a message, the phone number and a retry', FAULTS, async () => {
  const chunk = chunkFile(DIST);
  for (const fault of ['abort', 'status404', 'truncate']) {
    const server = await serve(DIST, { faults: new Map([[chunk, fault]]) });
    const { context, page } = await newPage(browser, server.url);
    // A shared link straight to a question: the chunk is needed at once.
    await page.goto(`${server.url}?step=errand`);
    await ready(page);
    assert.match(await text(page, 'h1'), /Sidan kunde inte hämtas/, fault);
    assert.match(await page.title(), /Sidan kunde inte hämtas/);
    assert.ok(await page.$('.notice--error a[href="tel:+46771416416"]'));
    const violations = await axe(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    server.faults.clear();
    await page.click('.notice--error button');
    await page.waitForSelector('input[name="errand"]');
    assert.deepEqual(page.consoleErrors, []);
    await context.close(); await server.close();
  }
});

test('Start after a failed prefetch tries the chunk again', FAULTS, async () => {
  const chunk = chunkFile(DIST);
  const server = await serve(DIST, { faults: new Map([[chunk, 'status404']]) });
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  // The prefetch follows the first paint.
  for (let i = 0; i < 100 && !server.requests.some((r) => r.endsWith(chunk)); i++) await settled(page);
  assert.ok(server.requests.some((r) => r.endsWith(chunk)), 'prefetched after the start page');
  server.faults.clear();
  await page.click('.button--start');
  await page.waitForSelector('input[name="errand"]');
  await context.close(); await server.close();
});

test('a tampered page chunk is refused by the browser; the page says so', async () => {
  const dir = copyDist();
  const chunk = chunkFile(dir);
  const bytes = fs.readFileSync(path.join(dir, chunk));
  bytes[bytes.length - 1] ^= 0xff;
  rewrite(path.join(dir, chunk), bytes);
  const server = await serve(dir);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?step=errand`);
  await ready(page);
  assert.match(await text(page, 'h1'), /Sidan kunde inte hämtas/);
  assert.equal(await page.$('input[name="errand"]'), null);
  await context.close(); await server.close();
  fs.rmSync(dir, { recursive: true });
});

test('no cookies, no other origins, only preferences stored', async () => {
  const server = await serve(DIST);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=en`);
  await ready(page);
  const journey = scenario('register-online');
  await page.goto(`${server.url}${journey.result}`);
  await ready(page);
  assert.deepEqual(await context.cookies(), []);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.every((k) => ['vagvisaren.lang', 'vagvisaren.staff'].includes(k)), `stored: ${keys}`);
  const values = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.ok(!values.includes(journey.municipality.code) && !values.includes(journey.answers.errand), values);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.consoleErrors, []);
  await context.close(); await server.close();
});

const MUNICIPALITY_PAGE = address('register-online', { at: 'municipality' });

for (const [fault, label] of [['abort', 'network error'], ['status404', '404'], ['truncate', 'truncated JSON']]) {
  test(`data fetch failing (${label}) shows a message, the phone number and a retry`, FAULTS, async () => {
    const server = await serve(DIST, { faults: new Map([['services.json', fault]]) });
    const { context, page } = await newPage(browser, server.url);
    await page.goto(server.url + MUNICIPALITY_PAGE);
    await ready(page);
    await page.waitForSelector('.notice--error');
    assert.ok(await page.$('.notice--error a[href="tel:+46771416416"]'));
    // Retry works once the data is back.
    server.faults.clear();
    await page.click('.notice--error button');
    await page.fill('#municipality-search', 'kiruna');
    await page.waitForSelector('#municipality-2584');
    assert.deepEqual(page.consoleErrors, []);
    await context.close(); await server.close();
  });
}

test('a locale that fails to load falls back to Swedish with a notice', FAULTS, async () => {
  for (const fault of ['status404', 'truncate']) {
    const server = await serve(DIST, { faults: new Map([['ar/flow.ftl', fault]]) });
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`${server.url}?lang=ar`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
    const notice = await text(page, '.notice');
    assert.match(notice, /العربية/);
    assert.match(notice, /svenska/);
    assert.deepEqual(await blankTexts(page), [], 'no blank text');
    await context.close(); await server.close();
  }
});

test('corrupted localStorage and an unknown lang are ignored', async () => {
  const server = await serve(DIST);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.setItem('vagvisaren.lang', 'xx"><script>'); localStorage.setItem('vagvisaren.staff', '{broken'); });
  await page.goto(`${server.url}?lang=zz`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  assert.equal(await page.$('.staff-banner'), null);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  assert.equal(stored['vagvisaren.lang'], undefined, 'corrupted language removed');
  assert.equal(stored['vagvisaren.staff'], undefined, 'corrupted staff flag removed');
  assert.ok(!page.url().includes('zz'), 'unknown lang dropped from the address');
  await context.close(); await server.close();
});

test('a URL with every parameter invalid starts cleanly', async () => {
  const server = await serve(DIST);
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?errand=%00%ff&eid=maybe&digital=🙂&language_support=2&adaptations=&municipality=99999&confirmed=yes&step=nowhere&page=admin&staff=true&lang=../../etc&x=<script>`);
  await ready(page);
  assert.match(await text(page, 'h1'), /Hitta rätt väg/);
  const url = new URL(page.url());
  assert.deepEqual([...url.searchParams.keys()], ['lang']);
  assert.deepEqual(page.consoleErrors, []);
  await context.close(); await server.close();
});
