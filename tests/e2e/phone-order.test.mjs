// Phone numbers read in the right order in Arabic and Persian. A number
// that is not bidi-isolated (a bare number, or a Fluent string literal,
// which Fluent does not isolate) shows in an Arabic or Persian sentence as
// "416 416-0771": a reader could call a wrong number. This reads the digits
// in the order they are drawn on screen (the x position of each character)
// and compares it with the number's own order, on every page that shows
// numbers: the app's start and result pages, the pre-rendered start page,
// the boot error note and the page without JavaScript. A planted bare
// number proves the check can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, DIST } from './browser.mjs';
import { phoneNumbersOnScreen, assertInOrder } from './phones.mjs';
import { LANGUAGES, address } from './fixtures.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

// Every right-to-left language, with the browser set to it.
const RTL = Object.fromEntries(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => [l.code, l.code]));
// The introduction programme's line is on this result (and the national one
// in the footer).
const RESULT = address('etablering-language-dorotea');


test('the app draws every phone number left to right in Arabic and Persian (start and result page)', async () => {
  for (const [lang, locale] of Object.entries(RTL)) {
    const { context, page } = await newPage(browser, server.url, { locale });
    await page.goto(`${server.url}?lang=${lang}`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', `${lang}: the page is right to left`);
    // The start page's own number and the footer's.
    assertInOrder(await phoneNumbersOnScreen(page), `${lang} start`, { atLeast: 2 });
    await page.goto(`${server.url}?lang=${lang}${RESULT}`);
    await ready(page);
    const result = await phoneNumbersOnScreen(page);
    assert.ok(result.some((n) => n.logical === '0771-860 100'), `${lang}: the introduction programme's line is shown`);
    assertInOrder(result, `${lang} result`, { atLeast: 2 });
    await context.close();
  }
});

test('the static page draws the numbers in order: pre-rendered start page, boot error, no JavaScript', async () => {
  for (const [lang, locale] of Object.entries(RTL)) {
    // Before the wasm: the pre-rendered start page, then the boot error note
    // (shown when not even Swedish could be loaded), all six languages.
    const { context, page } = await newPage(browser, server.url, { locale });
    await page.route('**/*_bg.wasm', (route) => route.abort());
    await page.goto(server.url);
    await page.waitForSelector(`.prerender[data-locale="${lang}"]`, { state: 'visible' });
    assertInOrder(await phoneNumbersOnScreen(page), `${lang} pre-rendered`, { atLeast: 1 });
    await page.evaluate(() => {
      document.getElementById('boot').classList.add('boot--failed');
      document.getElementById('boot-error').hidden = false;
    });
    // The generic view's number and one per language.
    assertInOrder(await phoneNumbersOnScreen(page), `${lang} boot error`, { atLeast: 7 });
    await context.close();

    const noJs = await newPage(browser, server.url, { locale, javaScriptEnabled: false });
    await noJs.page.goto(server.url);
    // Two numbers in each of six languages, and the generic view's.
    assertInOrder(await phoneNumbersOnScreen(noJs.page), `${lang} noscript`, { atLeast: 13 });
    await noJs.context.close();
  }
});

test('planted: a bare number in an Arabic or Persian sentence is caught, an isolated one is not', async () => {
  const { context, page } = await newPage(browser, server.url, { locale: 'ar' });
  await page.goto(`${server.url}?lang=ar`);
  await ready(page);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main.insertAdjacentHTML('beforeend', [
      '<p id="planted-ar" lang="ar" dir="rtl">اتصل بالرقم 0771-416 416 الآن.</p>',
      '<p id="planted-fa" lang="fa" dir="rtl">با 0771-860 100 تماس بگیرید.</p>',
      '<p id="isolated" lang="ar" dir="rtl">اتصل بالرقم <bdi dir="ltr">0771-416 416</bdi> الآن.</p>',
    ].join(''));
  });
  const numbers = await phoneNumbersOnScreen(page);
  const planted = numbers.filter((n) => n.where.startsWith('p#planted'));
  assert.equal(planted.length, 2, JSON.stringify(numbers));
  // After Arabic letters the digits count as Arabic numbers, so every group
  // is its own run and the groups are drawn right to left: "416 416-0771".
  for (const n of planted) assert.notEqual(n.visual, n.logical, `the bare ${n.logical} is drawn out of order`);
  assert.deepEqual(planted.map((n) => n.visual), ['416 416-0771', '100 860-0771']);
  assert.throws(() => assertInOrder(numbers, 'planted', { atLeast: 1 }), /0771-416 416 is drawn as "416 416-0771"/);
  const isolated = numbers.find((n) => n.where.startsWith('bdi'));
  assert.equal(isolated?.visual, '0771-416 416', 'the isolated number reads in order');
  await context.close();
});
