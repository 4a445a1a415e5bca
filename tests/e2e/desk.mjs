// The service-office desk journey, shared by the Chromium suite
// (staff.test.mjs, which adds the printed handout) and the other engines
// (engines.test.mjs): choose the visitor's language by keyboard, answer, show
// the QR code, then New visitor — and prove nothing of visitor A is left for
// visitor B (address, back/forward, storage).
import assert from 'node:assert/strict';
import { ready, settled, axe, formatViolations, tabTo, focusedId, text } from './browser.mjs';
import { journey, historyAddresses } from './flow.mjs';
import { ANSWER_KEYS, DIRECTION, LANG, scenario, typed } from './fixtures.mjs';

// The answers live in the fragment (the preferences in the query).
const paramsOf = (url) => { const u = new URL(url); return new URLSearchParams(`${u.search.slice(1)}&${u.hash.slice(1)}`); };
const answersIn = (url) => ANSWER_KEYS.filter((k) => paramsOf(url).has(k));

/**
 * @param page a Playwright page or a WebDriverPage
 * @param scenarioName the visitor's journey (tests/fixtures.json)
 * @param {(page) => Promise<void>} [handout] what to check of the printed
 *   handout, on the result page (Chromium: print media and a PDF)
 */
export async function deskJourney(page, baseUrl, lang, scenarioName, { handout } = {}) {
  const visitor = scenario(scenarioName);
  await page.goto(`${baseUrl}?staff=1`);
  await ready(page);
  assert.match(await text(page, 'h1'), /Vilket språk läser besökaren/);
  assert.match(await text(page, '.staff-banner'), /0771-717 717/);
  const choice = await axe(page);
  assert.equal(choice.length, 0, `visitor language page:\n${formatViolations(choice)}`);
  assert.match(await page.title(), /^Vilket språk läser besökaren\? – Vägvisaren$/);

  // Visitor language, by keyboard.
  await tabTo(page, `main button[data-locale="${lang}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.documentElement.dataset.locale === l, lang);
  await ready(page);
  assert.equal(await focusedId(page), 'main-heading');
  assert.equal(await page.evaluate(() => document.documentElement.dir), DIRECTION[lang]);
  // Bilingual: the visitor's language with Swedish beside it, each with lang.
  assert.ok(await page.$(`h1 .bi__visitor[lang="${LANG[lang]}"]`), 'visitor half has its lang');
  assert.ok(await page.$('h1 .bi__sv[lang="sv"][dir="ltr"]'), 'Swedish half has lang=sv');

  await journey(page, baseUrl, visitor.answers, typed(scenarioName), { start: false, titlePrefix: null });
  const violations = await axe(page);
  assert.equal(violations.length, 0, `${lang} staff result:\n${formatViolations(violations)}`);
  assert.match(await text(page, 'main'), /0771-416 416/);

  // QR code: a disclosure button; the code appears; nothing is fetched.
  await tabTo(page, '.qr-handout button');
  assert.equal(await page.getAttribute('.qr-handout button', 'aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.qr-handout button', 'aria-expanded'), 'true');
  assert.ok(await page.$('.qr-handout__image svg'), 'QR svg shown');
  // The QR address is the visitor's view: this result's answers and the
  // visitor's language, never staff mode.
  const qr = new URL(await text(page, '.qr-handout__address'));
  const here = new URL(await page.url());
  assert.equal(here.searchParams.get('staff'), '1');
  assert.equal(qr.searchParams.get('staff'), null, 'no staff mode in the QR address');
  assert.equal(qr.searchParams.get('lang'), lang);
  assert.equal(qr.hash, here.hash, 'the same answers');
  assert.equal(qr.origin + qr.pathname, here.origin + here.pathname);

  if (handout) await handout(page);

  // New visitor wipes everything about visitor A. It sits above: Shift+Tab.
  assert.ok(answersIn(await page.url()).length > 0);
  await tabTo(page, '.staff-banner button', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.waitForSelector('main .visitor-languages');
  await ready(page);
  assert.equal(await focusedId(page), 'main-heading');
  assert.deepEqual(answersIn(await page.url()), [], 'address holds no answers');
  const addresses = await historyAddresses(page);
  assert.ok(addresses.length >= 3, `the history was walked: ${addresses}`);
  for (const [i, url] of addresses.entries()) assert.deepEqual(answersIn(url), [], `history entry ${i}: no answers of visitor A (${url})`);
  const stored = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
  assert.deepEqual(stored.session, {});
  assert.equal(stored.cookie, '');
  assert.deepEqual(Object.keys(stored.local).sort(), ['vagvisaren.staff'], 'only the staff preference is stored');
  assert.ok(!JSON.stringify(stored).includes(visitor.municipality.code), 'no municipality kept');
}
