// Publishing only the data (docs/data-upkeep.md): a maintainer records a
// change as one row of data/source/updates.tsv, runs the generator, and
// replaces data/services.json on the server of a running deployment with
// scripts/publish-data.sh (the file and its precompressed copies) —
// nothing else. A visitor who has used the app before sees the new fact on
// the next visit (the service worker fetches the data network-first), and
// keeps it after going offline (from the worker's cache, marked as
// possibly old). The page, the scripts and the wasm are the same files
// before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './server.mjs';
import { launch, newPage, ready, text, DIST, ROOT } from './browser.mjs';
import { visitOnce } from './flow.mjs';
import { address, scenario } from './fixtures.mjs';

// Forms in Östersund: the service-office route, and Östersund's one office
// is in the 2021 report with no change known since.
const OSTERSUND = 'forms-ostersund';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A date `days` before today, as YYYY-MM-DD and as the app writes it in Swedish. */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return {
    iso: d.toISOString().slice(0, 10),
    sv: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d),
  };
}

/** The maintainer's routine: one row in a copy of data/, then the generator. Returns the new services.json's path. */
function generateWithRow(row) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-data-'));
  fs.cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  // The row at the end, and the day the sources were read again (today).
  const updates = path.join(data, 'source', 'updates.tsv');
  const today = new Date().toISOString().slice(0, 10);
  const checked = fs.readFileSync(updates, 'utf8').replace(/^# checked: \S+$/m, `# checked: ${today}`);
  fs.writeFileSync(updates, `${checked}${row.join('\t')}\n`);
  const run = spawnSync('cargo', ['run', '-q', '-p', 'vagvisare-data-gen', '--bin', 'generate-data', '--', '--data-dir', data, '--quiet'],
    { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `generate-data: ${run.stderr}`);
  return path.join(data, 'services.json');
}

/** Every file of a build but its data, by content. */
function appFiles(dir) {
  const out = {};
  for (const f of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, f);
    if (fs.statSync(file).isFile() && !f.startsWith('data')) out[f] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

const localPlaces = async (page) => {
  await page.waitForSelector('.local-places .place');
  return text(page, '.local-places');
};

test('a new services.json on the server is shown on the next visit, online and then offline', async () => {
  const closed = daysAgo(2);
  const published = daysAgo(1);
  const { code, name } = scenario(OSTERSUND).municipality;
  // The office is printed "-" in the report, so its place is the municipality's name.
  const json = generateWithRow([code, name, name, 'closed', closed.iso, 'Statens servicecenter',
    `Servicekontoret i ${name} har stängt`, published.iso, 'https://www.statenssc.se/', 'high', '-']);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-publish-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { context, page } = await newPage(browser, server.url);
  // A visitor who has used the app before, with the old data.
  await visitOnce(page, server.url);
  await page.goto(`${server.url}${address(OSTERSUND, { lang: 'sv' })}`);
  await ready(page);
  const before = await localPlaces(page);
  assert.match(before, new RegExp(`Servicekontor i ${name}`));
  assert.doesNotMatch(before, /Stängde/);

  // The data-only publish: the file and its compressed copies, nothing else.
  const app = appFiles(dir);
  const publish = spawnSync('bash', [path.join(ROOT, 'scripts', 'publish-data.sh'), dir, json], { encoding: 'utf8' });
  assert.equal(publish.status, 0, `publish-data: ${publish.stderr}`);
  assert.deepEqual(appFiles(dir), app, 'no file of the app changed');
  for (const ext of ['', '.br', '.gz']) {
    const sent = fs.readFileSync(path.join(dir, 'data', `services.json${ext}`));
    const plain = ext === '.br' ? zlib.brotliDecompressSync(sent) : ext === '.gz' ? zlib.gunzipSync(sent) : sent;
    assert.ok(plain.equals(fs.readFileSync(json)), `services.json${ext} is the new file`);
  }
  fs.rmSync(path.dirname(json), { recursive: true });

  // The next visit.
  await page.reload();
  await ready(page);
  const after = await localPlaces(page);
  assert.match(after, new RegExp(`Stängde den ${closed.sv}\\. Källa: Statens servicecenter, ${published.sv}\\.`));
  assert.match(after, new RegExp(`Vi känner inte till något servicekontor i ${name} som finns kvar`));
  assert.doesNotMatch(await text(page, 'body'), /kan vara gamla/, 'online: the data is not marked old');

  // Offline: the worker's copy is the new one.
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  const offline = await localPlaces(page);
  assert.match(offline, new RegExp(`Stängde den ${closed.sv}\\.`));
  assert.match(await text(page, 'body'), /kan vara gamla/, 'offline: said to be a saved copy');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
  await server.close();
  fs.rmSync(dir, { recursive: true });
});
