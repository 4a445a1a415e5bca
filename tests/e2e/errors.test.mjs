// What a keyboard and screen-reader user meets when Continue finds nothing
// chosen (issue 25), in every language the build ships: every such
// Continue, the second as much as the first, moves focus to the error
// summary and puts a new alert into the page (what a screen reader
// announces; the second one used to leave focus on Continue and say
// nothing); the summary's link leads to a control that says it is invalid
// and is described by the error and the hint. Radios and the municipality
// search alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, settled, tabTo, focusedId, axe, formatViolations, DIST } from './browser.mjs';
import { LANGUAGES, address } from './fixtures.mjs';

const LANGS = LANGUAGES.map((l) => l.code);
const QUESTIONS = ['errand', 'municipality'].map((q) => [q, address('register-online', { at: q })]);

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * From now on, counts the alerts put into the page (an element with
 * role="alert", or one holding it, added to the DOM): what a screen reader
 * announces as it appears. Read with `alerts(page)`.
 */
async function watchAlerts(page) {
  await page.evaluate(() => {
    window.__vvAlerts = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.matches('[role=alert]') || n.querySelector('[role=alert]'))) window.__vvAlerts += 1;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const alerts = async (page) => { await settled(page); return page.evaluate(() => window.__vvAlerts); };

/** Continue by keyboard: Tab to it, Enter, and what that set off drawn. */
async function pressContinue(page) {
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
  await settled(page);
}

/** Each control's error marks, and the text its description points to. */
function marks(page) {
  return page.evaluate(() => [...document.querySelectorAll('main form input, main form select')].map((c) => {
    const ids = (c.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      id: c.id,
      invalid: c.getAttribute('aria-invalid'),
      ids,
      dangling: ids.filter((id) => !document.getElementById(id)),
      error: document.getElementById('question-error')?.textContent.trim() ?? '',
    };
  }));
}

test('two empty Continues in a row: each moves focus to a new summary and is announced, in every language', async () => {
  for (const lang of LANGS) {
    for (const [name, address] of QUESTIONS) {
      const what = `${lang} ${name}`;
      const { context, page } = await newPage(browser, server.url);
      await page.goto(`${server.url}?lang=${lang}${address}`);
      await ready(page);
      if (name === 'municipality') await page.waitForSelector('.county-browse');
      await watchAlerts(page);
      const before = await marks(page);
      assert.ok(before.every((c) => c.invalid === null && !c.ids.includes('question-error')), `${what}: no error marks before Continue`);
      for (let n = 1; n <= 2; n++) {
        await pressContinue(page);
        assert.equal(await focusedId(page), 'error-summary', `${what}: Continue ${n}`);
        assert.equal(await alerts(page), n, `${what}: alerts after Continue ${n}`);
        assert.equal(await page.locator('#error-summary').count(), 1, what);
      }
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      // The summary's link: to the control, which says it is in error.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('#error-summary') !== null), true, `${what}: the summary's link is next`);
      await page.keyboard.press('Enter');
      const target = await focusedId(page);
      assert.equal(target, name === 'municipality' ? 'municipality-search' : 'errand-register', what);
      const after = await marks(page);
      assert.ok(after.length > 0, what);
      for (const c of after) {
        assert.equal(c.invalid, 'true', `${what} #${c.id}: aria-invalid`);
        assert.ok(c.ids.includes('question-error'), `${what} #${c.id}: described by the error (${c.ids})`);
        assert.deepEqual(c.dangling, [], `${what} #${c.id}: aria-describedby names what is not there`);
        assert.ok(c.error.length > 0, what);
      }
      const focused = after.find((c) => c.id === target);
      assert.ok(focused.ids.includes('question-hint'), `${what}: the focused control carries the hint too (${focused.ids})`);
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${what} with its error:\n${formatViolations(violations)}`);
      await context.close();
    }
  }
});

test('the alert count can fail: focus moved to a summary that stays is not an announcement', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}${address('register-online', { lang: 'sv', at: 'errand' })}`);
  await ready(page);
  await pressContinue(page);
  assert.equal(await focusedId(page), 'error-summary');
  await watchAlerts(page);
  // Planted: what a page that keeps its summary does on the second
  // Continue, at best (the old one did not even move focus).
  await page.evaluate(() => {
    const s = document.getElementById('error-summary');
    s.blur();
    s.focus();
    s.setAttribute('data-again', '1');
  });
  assert.equal(await alerts(page), 0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    document.querySelector('main').append(p);
  });
  assert.equal(await alerts(page), 1);
  await context.close();
});
