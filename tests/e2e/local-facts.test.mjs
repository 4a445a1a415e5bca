// The local facts as they are now: a visitor from Arvika, whose only
// service office closed on 30 May 2025, is told so — with the source — and
// sent to the nearest open office, in Swedish, Arabic and Persian (right to
// left, the dates in the Gregorian calendar), with no axe violation. The
// staff overview filters to what changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, text, DIST } from './browser.mjs';
import { address } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Forms and certificates: the service-office route, for everyone.

async function localPlaces(page) {
  await page.waitForSelector('.local-places .place--closed');
  return text(page, '.local-places');
}

test('Arvika in Swedish: the closure, its source, and the nearest open offices', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}${address('forms-arvika', { lang: 'sv' })}`);
  await ready(page);
  const local = await localPlaces(page);
  assert.match(local, /Servicekontor i Arvika/);
  assert.match(local, /Stängde den 30 maj 2025\. Källa: Statens servicecenter, 10 april 2025\./);
  assert.match(local, /Vi känner inte till något servicekontor i Arvika som finns kvar/);
  // The nearest open offices, nearest first, a bordering one marked as such.
  const nearest = await page.$$eval('.local-places .nearest-list > li', (li) => li.map((l) => l.textContent.replace(/[\u2068\u2069]/g, '')));
  assert.ok(nearest.length >= 1, 'at least one alternative');
  const km = nearest.map((n) => Number(/(\d+) km/.exec(n)[1]));
  assert.deepEqual([...km].sort((a, b) => a - b), km, `sorted by distance: ${nearest}`);
  assert.ok(nearest.some((n) => /gränsar till Arvika/.test(n)), `a bordering municipality is marked: ${nearest}`);
  assert.doesNotMatch(local, /\bÖppet\b|Planerat 2022–2023/);
  // The one notice about the network, with Statens servicecenter's office
  // finder and Arbetsförmedlingen's site.
  assert.match(local, /Sedan 2021 har flera servicekontor stängt/);
  const links = await page.$$eval('.network-notice a', (a) => a.map((x) => x.href));
  assert.deepEqual(links, ['https://www.statenssc.se/besokservicekontor', 'https://arbetsformedlingen.se/']);
  // The closed office is never offered as a place to go: it is the only
  // item in the closed list, and no offered item names Arvika.
  const offered = await page.$$eval('.local-places .places > li.place:not(.place--closed)', (li) => li.map((l) => l.textContent));
  assert.ok(offered.every((o) => !/Arvika/.test(o)), `no open office in Arvika is offered: ${offered}`);
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(page.foreignRequests, []);
  await context.close();
});

test('Arvika in Arabic: the same facts, right to left, dates in Arabic', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}${address('forms-arvika', { lang: 'ar' })}`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const local = await localPlaces(page);
  assert.match(local, /مكتب الخدمة في Arvika/);
  assert.match(local, /أُغلق في/);
  assert.match(local, /Statens servicecenter/);
  assert.match(local, /منذ عام 2021 أُغلقت عدة مكاتب خدمة/);
  // The date in the Gregorian calendar, with the texts' month name and
  // Western digits (as the Arabic texts write 2021), not ISO.
  const closed = await text(page, '.local-places .place--closed');
  assert.doesNotMatch(closed, /2025-05-30/);
  assert.match(closed, /أُغلق في 30 أيار\/مايو 2025\./);
  assert.doesNotMatch(closed, /[\u0660-\u0669]/, 'no Arabic-Indic digits beside texts in Western digits');
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await context.close();
});

test('Arvika in Persian: the closure in the Gregorian calendar, in Persian digits, never Solar Hijri', async () => {
  const { context, page } = await newPage(browser, server.url, { locale: 'fa-IR' });
  await page.goto(`${server.url}${address('forms-arvika', { lang: 'fa' })}`);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const closed = await text(page, '.local-places .place--closed');
  // 30 May 2025 (Solar Hijri would be «۹ خرداد ۱۴۰۴»), and its source's date.
  assert.match(closed, /در ۳۰ مهٔ ۲۰۲۵ بسته شد\./);
  assert.match(closed, /منبع: Statens servicecenter، ۱۰ آوریل ۲۰۲۵\./);
  assert.doesNotMatch(closed, /۱۴۰۴|خرداد|فروردین/, 'no Solar Hijri year or month');
  assert.doesNotMatch(closed, /2025/, 'the year in Persian digits, as the texts write ۲۰۲۱');
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await context.close();
});

test('staff overview: "changed since 2021" shows the closures with their newest date', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?page=overview&staff=1&lang=sv`);
  await ready(page);
  await page.waitForSelector('tr[data-code="1784"]');
  const all = await page.$$eval('tbody tr', (r) => r.length);
  assert.equal(all, 290);
  await page.check('#overview-changed');
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length < 290);
  const codes = await page.$$eval('tbody tr', (r) => r.map((x) => x.dataset.code));
  for (const code of ['1784', '2183', '1492', '0581', '0780', '1381', '2582']) assert.ok(codes.includes(code), `${code} changed since 2021`);
  assert.ok(!codes.includes('2401'), 'Nordmaling: only a low-confidence lead, not a change');
  const arvika = await text(page, 'tr[data-code="1784"]');
  assert.match(arvika, /Stängde den 30 maj 2025/);
  assert.match(arvika, /30 maj 2025$/);
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await context.close();
});
