// "Your answers are not sent anywhere": the server's own record of every
// request (request line and every header, Referer included) holds no answer
// key or value, through a whole journey with reload, back/forward, a Change
// link, a language switch, staff mode, the QR address opened on another
// device, and an old link that still carries answers in its query. A planted
// fault — answers put back in the query — is caught by the same check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, tabTo, text, DIST } from './browser.mjs';
import { currentQuestion, journey } from './flow.mjs';
import { ANSWER_KEYS, address, scenario, typed } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The journey: the answers a person would least want anyone to see.
const JOURNEY = scenario('disability');
// Values this journey answers that could not appear in a request by chance
// (yes and no could): the errand and the municipality, as typed, named and
// encoded.
const { code, name, typed: searched } = JOURNEY.municipality;
const ANSWER_VALUES = [JOURNEY.answers.errand, code, searched, name, encodeURIComponent(name)];

/** Requests in `log` that carry an answer key or value anywhere. */
export function leaks(log) {
  return log.filter(({ line, headers }) => {
    const text = `${line}\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\n')}`;
    return ANSWER_KEYS.some((k) => new RegExp(`[?&#]${k}=|[?&]${k}(&|$)`).test(text))
      || ANSWER_VALUES.some((v) => text.includes(v));
  });
}

test('the check itself catches answers in a request line or a Referer', () => {
  assert.equal(leaks([{ line: 'GET /?lang=sv', headers: { referer: 'http://127.0.0.1/?lang=sv' } }]).length, 0);
  assert.equal(leaks([{ line: 'GET /?errand=forms', headers: {} }]).length, 1);
  assert.equal(leaks([{ line: 'GET /style.css', headers: { referer: 'http://127.0.0.1/?adaptations=yes&lang=sv' } }]).length, 1);
  assert.equal(leaks([{ line: 'GET /data/services.json', headers: { referer: 'http://127.0.0.1/?municipality=2380' } }]).length, 1);
});

test('a whole journey sends no answer to the server', async () => {
  server.log.length = 0;
  const { context, page } = await newPage(browser, server.url);
  await journey(page, server.url, JOURNEY.answers, typed('disability'));
  assert.ok(new URL(page.url()).hash.includes(`errand=${JOURNEY.answers.errand}`), 'the answers are in the fragment');
  assert.doesNotMatch(new URL(page.url()).search, /errand|municipality/);
  // Reload, back and forward.
  await page.reload(); await ready(page);
  assert.equal(await currentQuestion(page), 'result');
  await page.goBack(); await ready(page);
  assert.equal(await currentQuestion(page), 'check');
  await page.goForward(); await ready(page);
  await page.goBack(); await ready(page);
  // A Change link, reload there, then the same answer again.
  await tabTo(page, '.summary-list__actions a');
  await page.keyboard.press('Enter');
  await ready(page);
  assert.equal(await currentQuestion(page), 'errand');
  await page.reload(); await ready(page);
  // The answer is kept (checked); submit it again.
  assert.equal(await page.evaluate(() => document.querySelector('input[name="errand"]:checked')?.value), JOURNEY.answers.errand);
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
  await ready(page);
  assert.equal(await currentQuestion(page), 'check');
  await tabTo(page, 'main button.button:not(.button--secondary)');
  await page.keyboard.press('Enter');
  await ready(page);
  assert.equal(await currentQuestion(page), 'result');
  await page.goBack(); await ready(page);
  await page.goForward(); await ready(page);
  // Switch language on the way.
  await page.click('.language-picker a[hreflang="ar"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.reload(); await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  // Staff mode, and the result's QR address.
  await page.goto(`${server.url}?lang=sv&staff=1${new URL(page.url()).hash}`);
  await ready(page);
  assert.equal(await currentQuestion(page), 'result');
  assert.ok(await page.$('.staff-banner'), 'staff mode');
  await page.reload(); await ready(page);
  const qr = await page.textContent('.qr-handout__address');
  assert.doesNotMatch(qr, /staff=1/, 'the QR address opens the visitor\'s view');
  assert.match(qr, /#.*errand=/);
  await context.close();

  // The QR address opened on the visitor's own phone: the visitor's view.
  const phone = await newPage(browser, server.url, { viewport: { width: 360, height: 740 } });
  await phone.page.goto(qr);
  await ready(phone.page);
  assert.equal(await phone.page.$('.staff-banner'), null, 'no staff banner on the visitor\'s phone');
  assert.equal(await phone.page.evaluate(() => localStorage.getItem('vagvisaren.staff')), null, 'staff mode not remembered');
  assert.ok((await text(phone.page, 'main')).includes(name));
  await phone.page.reload(); await ready(phone.page);
  await phone.context.close();

  assert.deepEqual(leaks(server.log), [], 'no request carried an answer');
  assert.ok(server.log.length > 10, `the log saw the journey (${server.log.length} requests)`);
});

test('an old link with the answers in the query moves them into the fragment at once', async () => {
  const { context, page } = await newPage(browser, server.url);
  // The result's address as it was before the answers moved to the fragment.
  const old = `${server.url}?${JOURNEY.result.slice(1)}`;
  server.log.length = 0;
  await page.goto(old);
  await ready(page);
  const url = new URL(page.url());
  assert.equal(url.search, '?lang=sv', 'the query keeps only the language');
  assert.ok(url.hash.includes(`errand=${JOURNEY.answers.errand}`));
  // Replaced, not pushed: Back leaves the app instead of showing the old address.
  const entries = await page.evaluate(() => history.length);
  // The request that brought the link carried the answers; none after it.
  assert.equal(leaks(server.log.slice(0, 1)).length, 1);
  const after = server.log.length;
  await page.reload(); await ready(page);
  assert.ok((await text(page, 'main')).includes(name));
  assert.deepEqual(leaks(server.log.slice(1)), [], `no later request carries them (${after} before reload)`);
  assert.equal(await page.evaluate(() => history.length), entries, 'the reload added no entry');
  await page.goBack();
  assert.ok(!page.url().includes('errand'), `no history entry holds the old address: ${page.url()}`);
  await context.close();
});

test('planted fault: answers put back in the query are caught', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}${address('disability', { at: 'language_support' })}`);
  await ready(page);
  server.log.length = 0;
  // What a regression would do: write the answers into the query.
  await page.evaluate(() => history.replaceState(null, '', `?${location.hash.slice(1)}`));
  await page.reload(); await ready(page);
  assert.ok(leaks(server.log).length > 0, 'the check sees the answers in the request');
  await context.close();
});
