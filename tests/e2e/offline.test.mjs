// After one visit the app works with the network off: load, go offline,
// reload, finish a journey — and it says the data may be old.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, text, DIST } from './browser.mjs';
import { journey, visitOnce } from './flow.mjs';
import { FIXTURES, LANGUAGES, scenario, typed } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('works offline after one visit', async () => {
  const { context, page } = await newPage(browser, server.url);
  await visitOnce(page, server.url);

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.match(await text(page, '.notice'), /inte ansluten/);
  const result = await journey(page, server.url, scenario('register-without-eid-kiruna').answers, typed('register-without-eid-kiruna'));
  assert.match(result, /Kiruna/);
  assert.match(await text(page, 'body'), /kan vara gamla/);
  await context.close();
});

test('the desk without network: every language and the overview work offline after one visit', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 1100, height: 900 } });
  await visitOnce(page, `${server.url}?staff=1`, { data: false });
  // Only Swedish was ever used online: the other languages come from the
  // worker's install-time precache.
  await context.setOffline(true);
  for (const { code: lang } of LANGUAGES.filter((l) => l.code !== FIXTURES.source)) {
    await page.goto(`${server.url}?staff=1`);
    await ready(page);
    await page.click(`main button[data-locale="${lang}"]`);
    await page.waitForFunction((l) => document.documentElement.dataset.locale === l, lang);
    const result = await journey(page, server.url, scenario('forms-ostersund').answers, typed('forms-ostersund'), { start: false, titlePrefix: null });
    assert.match(result, /Östersund/, `${lang}: the result offline`);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.locale), lang);
    assert.ok(await page.$('.bi__sv'), `${lang}: Swedish beside it for staff`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.length > 1000, `${lang}: prints`);
    await page.emulateMedia({ media: 'screen' });
  }
  // The staff overview, from the precached data.
  await page.goto(`${server.url}?page=overview&staff=1`);
  await ready(page);
  await page.waitForSelector('tr[data-code="2380"]');
  await context.close();
});

// The control: without the service worker and its caches, the same reload
// with the network off fails, so the tests above pass because of the worker
// and not because the network was still there.
test('offline without the service worker fails (the network is really off)', async () => {
  const { context, page } = await newPage(browser, server.url);
  await visitOnce(page, server.url);
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const k of await caches.keys()) await caches.delete(k);
  });
  await context.setOffline(true);
  await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});
