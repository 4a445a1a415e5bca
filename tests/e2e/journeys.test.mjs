// Whole journeys in real Chromium against the release build, by keyboard
// only (Tab, Space, Enter, arrow keys): focus lands on each new h1, the
// title names the page, axe finds nothing on the full page, back/forward
// and reload keep the answers, and nothing scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, tabTo, focusedId, text, hasHorizontalScroll, DIST } from './browser.mjs';
import { assertPageOk, currentQuestion, journey as walk } from './flow.mjs';
import { scenario, typed } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('register without e-legitimation: service office in Östersund', async () => {
  const { context, page } = await newPage(browser, server.url);
  const result = await walk(page, server.url, scenario('register-without-eid').answers, typed('register-without-eid'));
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
  const result = await walk(page, server.url, scenario('etablering-alone-malung').answers, typed('etablering-alone-malung'));
  assert.match(result, /0771-860 100/);
  const href = await page.getAttribute('main a[href^="tel:+46771860100"]', 'href');
  assert.equal(href, 'tel:+46771860100');
  assert.deepEqual(page.foreignRequests, []);
  await context.close();
});

test('forms, municipality skipped: service office, national number', async () => {
  const { context, page } = await newPage(browser, server.url);
  const result = await walk(page, server.url, scenario('forms-no-municipality').answers, typed('forms-no-municipality'));
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
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
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

// Planted fault: focus left elsewhere than the h1 after a page change is
// caught by the check every journey runs on every page.
test('the page check catches focus that did not move to the h1', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  await tabTo(page, 'main button.button--start');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  await assertPageOk(page, 'as it is');
  await page.focus('main input[type=radio]');
  await assert.rejects(assertPageOk(page, 'planted'), /focus is on the h1/);
  await context.close();
});
