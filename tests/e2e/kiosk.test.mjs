// Kiosk mode on a service office's self-service computer: Start again on
// every page, no staff controls; after the idle time a dialog (focus in it,
// axe-clean) asks for more time — extending keeps the answers, no answer
// within a minute wipes them (address, Back, storage) and the start page
// returns in Swedish. The clock is Playwright's fake clock, not real minutes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, settled, axe, formatViolations, tabTo, DIST } from './browser.mjs';
import { chooseRadio, currentQuestion, historyAddresses } from './flow.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function kioskVisit(lang) {
  const { context, page } = await newPage(browser, server.url);
  await page.clock.install();
  await page.goto(`${server.url}?kiosk=1&lang=${lang}`);
  await ready(page);
  assert.ok(await page.isVisible('.kiosk-start-again'), 'Start again on the start page');
  assert.equal(await page.isVisible('.staff-toggle'), false, 'no staff mode switch');
  assert.equal(await page.$('.staff-banner'), null);
  await tabTo(page, 'main button.button--start');
  await page.keyboard.press('Enter');
  await ready(page);
  assert.ok(await page.isVisible('.kiosk-start-again'), 'Start again on a question');
  await chooseRadio(page, 'errand', 'forms');
  await ready(page);
  assert.match(page.url(), /#.*errand=forms/);
  return { context, page };
}

test('idle, warning, more time: the answers stay', async () => {
  const { context, page } = await kioskVisit('ar');
  const address = page.url();
  await page.clock.fastForward('02:50');
  assert.equal(await page.$('#kiosk-dialog[open]'), null, 'no warning before the idle time');
  await page.clock.fastForward('00:15');
  await page.waitForSelector('#kiosk-dialog[open]');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('kiosk-extend')), true, 'focus on "more time"');
  assert.match(await page.textContent('#kiosk-dialog'), /وقت أطول/, 'in the visitor\'s language');
  const violations = await axe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kiosk-dialog:not([open])', { state: 'attached' });
  assert.equal(page.url(), address, 'the answers are kept');
  // Time starts again from the answer: no warning a minute later.
  await page.clock.fastForward('01:30');
  assert.equal(await page.$('#kiosk-dialog[open]'), null);
  // The control for the wipe test below: here, with the visit kept, the
  // same walk through the history finds the answers.
  assert.ok((await historyAddresses(page)).some((url) => /errand/.test(url)), 'the history check sees answers that are there');
  await context.close();
});

test('idle, warning, no answer: the visit is wiped', async () => {
  const { context, page } = await kioskVisit('ti');
  await page.clock.fastForward('03:05');
  await page.waitForSelector('#kiosk-dialog[open]');
  await page.clock.fastForward('01:05');
  await page.waitForSelector('main button.button--start');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.doesNotMatch(page.url(), /errand|#/, `the address holds no answers: ${page.url()}`);
  // Back and Forward show none of the visit either.
  const addresses = await historyAddresses(page);
  assert.ok(addresses.length >= 3, `the history was walked: ${addresses}`);
  for (const url of addresses) assert.doesNotMatch(url, /errand/, `history: ${url}`);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(stored, ['vagvisaren.kiosk'], 'only the kiosk setting is stored');
  await context.close();
});

test('kiosk mode is switched off with ?kiosk=0', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?kiosk=1`);
  await ready(page);
  await page.goto(`${server.url}?kiosk=0`);
  await ready(page);
  assert.equal(await page.$('.kiosk-start-again'), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('vagvisaren.kiosk')), null);
  await context.close();
});
