// The place in the recommendation itself (domain/src/place.rs): the route's
// box names the service office or the booked meetings of the person's
// municipality, or says why there is none and names the nearest with its
// distance; when that is far, the ways without travel are right there. In
// Swedish and Arabic, with both checkers. And every part of a result page
// follows its address: changing one answer in the address of an open result
// (a pasted link, a QR code opened in the same tab) gives the same page as
// opening that address afresh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, settled, axe, formatViolations, text, blankTexts, DIST } from './browser.mjs';
import { FIXTURES, address, scenario } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DATA = JSON.parse(fs.readFileSync(path.join(DIST, 'data/services.json'), 'utf8'));
const FAR_KM = 30;
const municipality = (code) => DATA.municipalities.find((m) => m.code === code);

/** What the box must name for a scenario, read from the data itself. */
function expected(name) {
  const s = scenario(name);
  const m = municipality(s.municipality.code);
  if (s.route === 'booked-meeting') {
    const ready = m.presence.filter((p) => !p.pending);
    if (ready.length) return { names: [ready[0].place ?? m.name], far: false };
    return { names: [m.name, m.nearest_presence[0].name], far: m.nearest_presence[0].distance_km > FAR_KM };
  }
  const offered = m.service_offices.filter((o) => ['as_in_report', 'opened'].includes(o.now));
  if (offered.length) return { names: [offered.length === 1 ? (offered[0].place ?? m.name) : m.name], far: false };
  return { names: [m.name, m.nearest_service_office[0].name], far: m.nearest_service_office[0].distance_km > FAR_KM };
}

/** Waits until the place is in the box (the data is fetched first). */
async function placeInBox(page) {
  await page.waitForSelector('.route .route__place p');
  await settled(page);
  return text(page, '.route');
}

const CASES = ['forms-arvika', 'register-without-eid-kiruna', 'disability-orsa', 'forms-stockholm', 'register-without-eid-nynashamn'];

for (const lang of ['sv', 'ar']) {
  for (const name of CASES) {
    test(`${name} in ${lang}: the place is in the recommendation`, async () => {
      const { context, page } = await newPage(browser, server.url);
      await page.goto(`${server.url}${address(name, { lang })}`);
      await ready(page);
      const box = await placeInBox(page);
      const want = expected(name);
      for (const n of want.names) assert.ok(box.includes(n), `${name}: the box names ${n}: ${box}`);
      assert.equal(!!(await page.$('.route__without-travel')), want.far, `${name}: far (${want.far})`);
      if (want.far) assert.ok((await page.$$('.route__without-travel li')).length > 0, 'the ways without travel');
      assert.deepEqual(await blankTexts(page), [], `${name}: blank text`);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${name} ${lang}:\n${formatViolations(violations)}`);
      await context.close();
    });
  }
}

test('without a municipality: only how to get a place-specific answer', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}${address('forms-no-municipality', { lang: 'sv' })}`);
  await ready(page);
  assert.equal((await page.$$('.route__place p')).length, 1);
  assert.equal(await page.$('.route__without-travel'), null);
  await context.close();
});

/** The page's main content once it has settled (data in, place in the box). */
async function mainText(page) {
  await settled(page);
  await page.waitForFunction(() => !document.querySelector('.local-places')?.textContent.match(/Hämtar/));
  await settled(page);
  return text(page, 'main');
}

// Each answer of the result's address changed alone, to another of its
// values (or another municipality), in the open page: the page shows what a
// fresh visit to that address shows.
test('every part of a result follows its address, answer by answer', async () => {
  const base = scenario('register-without-eid');
  const others = { municipality: scenario('forms-arvika').municipality.code };
  for (const q of FIXTURES.questions) {
    const value = q.key === 'municipality' ? base.municipality.code : base.answers[q.key];
    if (value === undefined) continue;
    const other = others[q.key] ?? q.options.find((o) => o !== value);
    const changed = base.result.replace(`${q.key}=${value}`, `${q.key}=${other}`);
    assert.notEqual(changed, base.result, q.key);
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`${server.url}?lang=sv${base.result}`);
    await ready(page);
    await mainText(page);
    // Same document: only the fragment changes, as a pasted link does.
    await page.evaluate((hash) => { location.hash = hash; }, changed);
    const followed = await mainText(page);
    const fresh = await newPage(browser, server.url);
    await fresh.page.goto(`${server.url}?lang=sv${changed}`);
    await ready(fresh.page);
    assert.equal(followed, await mainText(fresh.page), `${q.key}=${other}: the open page is the fresh one`);
    await fresh.context.close();
    await context.close();
  }
});
