// The service-office desk, by keyboard only: choose the visitor's language,
// answer, show the QR code, print the handout, then New visitor — and prove
// nothing of visitor A is left for visitor B (address, back/forward, storage).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, settled, axe, formatViolations, tabTo, focusedId, text, ARTIFACTS, DIST } from './browser.mjs';
import { journey } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); fs.mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const ANSWER_KEYS = ['errand', 'eid', 'digital', 'language_support', 'adaptations', 'municipality', 'confirmed', 'step'];
// The answers live in the fragment (the preferences in the query).
const paramsOf = (url) => { const u = new URL(url); return new URLSearchParams(`${u.search.slice(1)}&${u.hash.slice(1)}`); };
const answersIn = (url) => ANSWER_KEYS.filter((k) => paramsOf(url).has(k));

async function deskJourney(lang, errandAnswers) {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}?staff=1`);
  await ready(page);
  assert.match(await text(page, 'h1'), /Vilket språk läser besökaren/);
  assert.match(await text(page, '.staff-banner'), /0771-717 717/);
  const choice = await axe(page);
  assert.equal(choice.length, 0, `visitor language page:\n${formatViolations(choice)}`);
  assert.match(await page.title(), /^Vilket språk läser besökaren\? – Vägvisaren$/);

  // Visitor language, by keyboard.
  await tabTo(page, `main button[lang="${lang}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await ready(page);
  assert.equal(await focusedId(page), 'main-heading');
  const dir = ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr';
  assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
  // Bilingual: the visitor's language with Swedish beside it, each with lang.
  assert.ok(await page.$(`h1 .bi__visitor[lang="${lang}"]`), 'visitor half has its lang');
  assert.ok(await page.$('h1 .bi__sv[lang="sv"][dir="ltr"]'), 'Swedish half has lang=sv');

  await journey(page, server.url, errandAnswers, ['ostersund', '2380'], { start: false, titlePrefix: null });
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
  const here = new URL(page.url());
  assert.equal(here.searchParams.get('staff'), '1');
  assert.equal(qr.searchParams.get('staff'), null, 'no staff mode in the QR address');
  assert.equal(qr.searchParams.get('lang'), lang);
  assert.equal(qr.hash, here.hash, 'the same answers');
  assert.equal(qr.origin + qr.pathname, here.origin + here.pathname);

  // Handout: print media, one A4 page, visitor language and Swedish.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.staff-banner')).display), 'none');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.bi__sv')).display), 'none');
  await page.screenshot({ path: path.join(ARTIFACTS, `handout-${lang}.png`), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(ARTIFACTS, `handout-${lang}.pdf`), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `handout in ${lang} fits one A4 page`);
  await page.emulateMedia({ media: 'screen' });

  // New visitor wipes everything about visitor A.
  const visitorUrl = page.url();
  assert.ok(answersIn(visitorUrl).length > 0);
  await tabTo(page, '.staff-banner button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.waitForSelector('main .visitor-languages');
  await ready(page);
  assert.equal(await focusedId(page), 'main-heading');
  assert.deepEqual(answersIn(page.url()), [], 'address holds no answers');
  for (let i = 0; i < 8; i++) {
    await page.goBack().catch(() => {});
    await settled(page);
    assert.deepEqual(answersIn(page.url()), [], `back ${i + 1}: no answers of visitor A`);
  }
  for (let i = 0; i < 8; i++) {
    await page.goForward().catch(() => {});
    await settled(page);
    assert.deepEqual(answersIn(page.url()), [], `forward ${i + 1}: no answers of visitor A`);
  }
  const stored = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
  assert.deepEqual(stored.session, {});
  assert.equal(stored.cookie, '');
  assert.deepEqual(Object.keys(stored.local).sort(), ['vagvisaren.staff'], 'only the staff preference is stored');
  assert.ok(!JSON.stringify(stored).includes('2380'), 'no municipality kept');
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
}

const ANSWERS = { errand: 'register', eid: 'no', digital: 'with-help', language_support: 'yes', adaptations: 'no' };

test('desk journey in Arabic + Swedish', () => deskJourney('ar', ANSWERS));
test('desk journey in Tigrinya + Swedish', () => deskJourney('ti', ANSWERS));

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
  assert.deepEqual(fetched.sort(), ['/locales/sv/flow.ftl', '/locales/sv/shell.ftl', '/locales/sv/staff.ftl']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await context.close();
});
