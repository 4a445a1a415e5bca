// An empty Continue, twice, as a keyboard and screen-reader user meets it
// (issue 25): shared by errors.test.mjs (Chromium, every language) and
// engines.test.mjs (Firefox and WebKit), so each engine is held to the same
// checks. `page` is Playwright's or webdriver.mjs's.
import assert from 'node:assert/strict';
import { settled, tabTo, focusedId } from './browser.mjs';
import { LANG } from './fixtures.mjs';

/**
 * From now on, counts the alerts put into the page (an element with
 * role="alert", or one holding it, added to the DOM): what a screen reader
 * announces as it appears. Read with `alerts(page)`.
 */
export async function watchAlerts(page) {
  await page.evaluate(() => {
    window.__vvAlerts = 0;
    // One counter a document: a second call starts it afresh.
    window.__vvAlertObserver?.disconnect();
    window.__vvAlertObserver = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.matches('[role=alert]') || n.querySelector('[role=alert]'))) window.__vvAlerts += 1;
        }
      }
    });
    window.__vvAlertObserver.observe(document.body, { childList: true, subtree: true });
  });
}
export const alerts = async (page) => { await settled(page); return page.evaluate(() => window.__vvAlerts); };

/** Continue by keyboard: Tab to it, Enter, and what that set off drawn. */
export async function pressContinue(page) {
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

/**
 * On a question page that is ready: two empty Continues, each moving focus
 * to one new summary and putting one alert into the page; then the
 * summary's link to the control, which says it is invalid and is described
 * by the error and the hint. `name` is the question (its first control is
 * the link's target); `what` names the case in messages.
 */
export async function twoEmptyContinues(page, { name, lang, what }) {
  await watchAlerts(page);
  const before = await marks(page);
  assert.ok(before.every((c) => c.invalid === null && !c.ids.includes('question-error')), `${what}: no error marks before Continue`);
  for (let n = 1; n <= 2; n++) {
    await pressContinue(page);
    assert.equal(await focusedId(page), 'error-summary', `${what}: Continue ${n}`);
    assert.equal(await alerts(page), n, `${what}: alerts after Continue ${n}`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#error-summary').length), 1, what);
  }
  assert.equal(await page.getAttribute('html', 'lang'), LANG[lang]);
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
}
