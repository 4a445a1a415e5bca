// Whole journeys in real Chromium against the release build, by keyboard
// only (Tab, Space, Enter, arrow keys): focus lands on each new h1, the
// title names the page, axe finds nothing on the full page, back/forward
// and reload keep the answers, and nothing scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, tabTo, focusedId, text, hasHorizontalScroll, DIST } from './browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Which question the page shows: the radio group's name, or municipality. */
async function currentQuestion(page) {
  return page.evaluate(() => {
    if (document.getElementById('municipality-search')) return 'municipality';
    const radio = document.querySelector('main input[type=radio]');
    if (radio) return radio.name;
    if (document.querySelector('main .summary-list')) return 'check';
    if (document.querySelector('main .route')) return 'result';
    return 'unknown';
  });
}

async function assertPageOk(page, label) {
  assert.equal(await focusedId(page), 'main-heading', `${label}: focus is on the h1`);
  const violations = await axe(page);
  assert.equal(violations.length, 0, `${label}: axe\n${formatViolations(violations)}`);
  assert.equal(await hasHorizontalScroll(page), false, `${label}: no horizontal scroll`);
}

/** Chooses an option of a radio group by keyboard: Tab in, arrows to it. */
async function chooseRadio(page, name, value) {
  const values = await page.evaluate((n) => [...document.querySelectorAll(`input[name="${n}"]`)].map((i) => i.value), name);
  const index = values.indexOf(value);
  assert.ok(index >= 0, `option ${value} of ${name} exists (${values})`);
  await tabTo(page, `input[name="${name}"]`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.value, name), value);
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
}

async function answerMunicipality(page, typed, code) {
  await tabTo(page, '#municipality-search');
  if (typed === null) {
    await tabTo(page, 'main button.button--secondary');
    await page.keyboard.press('Enter');
    return;
  }
  await page.keyboard.type(typed, { delay: 10 });
  await page.waitForSelector(`#municipality-${code}`);
  await tabTo(page, `#municipality-${code}`);
  await page.keyboard.press('Space');
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
}

/** Walks a journey; `answers` maps question key → value. Returns the result page text. */
async function journey(page, answers, municipality) {
  await page.goto(server.url);
  await ready(page);
  await tabTo(page, 'main button.button--start');
  await page.keyboard.press('Enter');
  let seen = 0;
  for (let guard = 0; guard < 12; guard++) {
    await page.waitForTimeout(80);
    const q = await currentQuestion(page);
    await assertPageOk(page, `question ${q}`);
    if (q === 'result') break;
    if (q === 'check') {
      await tabTo(page, 'main button.button:not(.button--secondary)');
      await page.keyboard.press('Enter');
      continue;
    }
    seen += 1;
    assert.match(await page.title(), new RegExp(`^Fråga ${seen} av \\d+: .+ – Vägvisaren$`));
    if (q === 'municipality') await answerMunicipality(page, ...municipality);
    else {
      assert.ok(q in answers, `journey has an answer for ${q}`);
      await chooseRadio(page, q, answers[q]);
    }
  }
  assert.equal(await currentQuestion(page), 'result');
  return text(page, 'main');
}

test('register without e-legitimation, needs help: service office in Östersund', async () => {
  const { context, page } = await newPage(browser, server.url);
  const result = await journey(page, { errand: 'register', eid: 'no', digital: 'with-help', language_support: 'no', adaptations: 'no' }, ['ostersund', '2380']);
  assert.match(await text(page, 'h1'), /servicekontor/i);
  assert.match(result, /Östersund/);
  assert.match(result, /0771-416 416/);
  // Back and forward walk the journey; reload keeps the answers.
  const resultUrl = page.url();
  await page.goBack(); await ready(page);
  assert.equal(await currentQuestion(page), 'check');
  assert.match(await text(page, 'main'), /Östersund/);
  await page.goForward(); await ready(page);
  assert.equal(page.url(), resultUrl);
  await page.reload(); await ready(page);
  assert.equal(await currentQuestion(page), 'result');
  assert.match(await text(page, 'main'), /Östersund/);
  // 320 px wide: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await hasHorizontalScroll(page), false);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('introduction programme with language support: the 0771-860 100 line', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 320, height: 720 } });
  const result = await journey(page, { errand: 'etablering', eid: 'yes', digital: 'alone', language_support: 'yes', adaptations: 'no' }, ['malung', '2023']);
  assert.match(result, /0771-860 100/);
  const href = await page.getAttribute('main a[href^="tel:+46771860100"]', 'href');
  assert.equal(href, 'tel:+46771860100');
  assert.deepEqual(page.foreignRequests, []);
  await context.close();
});

test('forms, municipality skipped: service office, national number', async () => {
  const { context, page } = await newPage(browser, server.url);
  const result = await journey(page, { errand: 'forms', eid: 'yes', digital: 'alone', language_support: 'no', adaptations: 'no' }, [null]);
  assert.match(await text(page, 'h1'), /servicekontor/i);
  assert.match(result, /0771-416 416/);
  await context.close();
});

test('error summary: Continue with nothing chosen', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?step=errand`);
  await ready(page);
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#error-summary');
  await page.waitForTimeout(80);
  assert.equal(await focusedId(page), 'error-summary');
  assert.match(await page.title(), /^Fel: /);
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  // The summary's link moves focus to the first option.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'errand-register');
  await context.close();
});
