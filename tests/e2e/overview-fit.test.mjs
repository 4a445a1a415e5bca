// The staff overview fits the window (issue 25): no sideways scrolling at a
// desktop's 1280 px nor at a phone's 320 px, in every language the build
// ships, in staff mode (each cell in the visitor's language and Swedish)
// and without it. Arabic once started 49 px left of the window at 1280 px
// and Tigrinya ran 61 px past its right edge. Firefox and WebKit at 1280 px:
// engines.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, DIST } from './browser.mjs';
import { LANGUAGES } from './fixtures.mjs';
import { overflow } from './fit.mjs';

const LANGS = LANGUAGES.map((l) => l.code);
const WIDTHS = [1280, 320];

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

async function openOverview(lang, width, staff) {
  const { context, page } = await newPage(browser, server.url, { viewport: { width, height: 900 } });
  await page.goto(`${server.url}?lang=${lang}&page=overview${staff ? '&staff=1' : ''}`);
  await ready(page);
  await page.waitForSelector('.overview-table tbody tr');
  return { context, page };
}

test('the overview fits at 1280 and 320 px in every language, with and without staff mode', async () => {
  const found = [];
  for (const staff of [true, false]) {
    for (const width of WIDTHS) {
      for (const lang of LANGS) {
        const { context, page } = await openOverview(lang, width, staff);
        for (const p of await overflow(page)) found.push(`${lang} ${width} px${staff ? ' staff' : ''}: ${p}`);
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('the check catches a table wider than the window', async () => {
  // Planted: the cells' two languages side by side again (the fault this
  // found), in a right-to-left and a left-to-right language.
  for (const lang of ['ar', 'ti']) {
    const { context, page } = await openOverview(lang, 1280, true);
    assert.deepEqual(await overflow(page), [], `${lang} before the fault`);
    await page.evaluate(() => {
      const sheet = document.styleSheets[0];
      sheet.insertRule('.overview-table .bi { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem }', sheet.cssRules.length);
    });
    const found = await overflow(page);
    assert.ok(found.some((p) => p.startsWith('page scroll width')), `${lang}: ${found}`);
    assert.ok(found.some((p) => p.startsWith('table')), `${lang}: ${found}`);
    await context.close();
  }
});
