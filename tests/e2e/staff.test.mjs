// The service-office desk, by keyboard only (desk.mjs): choose the visitor's
// language, answer, show the QR code, print the handout, then New visitor —
// and prove nothing of visitor A is left for visitor B.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, tabTo, text, ARTIFACTS, DIST } from './browser.mjs';
import { deskJourney as desk } from './desk.mjs';
import { FIXTURES, TEXT_FILES } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); fs.mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// Chromium adds the printed handout: print media, one A4 page, the
// visitor's language and Swedish.
async function handout(lang, page) {
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.staff-banner')).display), 'none');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.bi__sv')).display), 'none');
  await page.screenshot({ path: path.join(ARTIFACTS, `handout-${lang}.png`), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(ARTIFACTS, `handout-${lang}.pdf`), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `handout in ${lang} fits one A4 page`);
  await page.emulateMedia({ media: 'screen' });
}

async function deskJourney(lang, visitor) {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 1100, height: 900 } });
  await desk(page, server.url, lang, visitor, { handout: (p) => handout(lang, p) });
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
}

const VISITOR = 'register-without-eid-language';

test('desk journey in Arabic + Swedish', () => deskJourney('ar', VISITOR));
test('desk journey in Tigrinya + Swedish', () => deskJourney('ti', VISITOR));

test('the staff line is shown in staff mode only', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  assert.ok(!(await text(page, 'body')).includes('0771-717 717'));
  // Staff mode is switched on from a visible control, and remembered.
  await tabTo(page, '.staff-toggle');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.staff-banner');
  assert.equal(await page.getAttribute('.staff-toggle', 'aria-pressed'), 'true');
  assert.match(await text(page, '.staff-banner'), /0771-717 717/);
  await page.goto(server.url);
  await page.waitForSelector('.staff-banner');
  await context.close();
});

test('switching staff mode on in Arabic fetches only Swedish and keeps Arabic', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=ar`);
  await ready(page);
  // The service worker's install fetches Swedish too; let it finish first.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const before = server.requests.length;
  await tabTo(page, '.staff-toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Vilket språk läser besökaren'));
  const fetched = server.requests.slice(before).filter((r) => r.endsWith('.ftl'));
  // Every Swedish file the app fetches (staff mode's pages come with the chunk).
  const swedish = [...TEXT_FILES.firstView, ...TEXT_FILES.pages];
  assert.deepEqual(fetched.sort(), swedish.map((f) => `/locales/${FIXTURES.source}/${f}`).sort());
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await context.close();
});
