// Keyboard-only walking of the question flow, shared by the e2e suites.
import assert from 'node:assert/strict';
import { ready, settled, axe, formatViolations, tabTo, focusedId, text, hasHorizontalScroll } from './browser.mjs';

/** Which question the page shows: the radio group's name, or municipality. */
export async function currentQuestion(page) {
  return page.evaluate(() => {
    if (document.getElementById('municipality-search')) return 'municipality';
    const radio = document.querySelector('main input[type=radio]');
    if (radio) return radio.name;
    if (document.querySelector('main .summary-list')) return 'check';
    if (document.querySelector('main .route')) return 'result';
    return 'unknown';
  });
}

export async function assertPageOk(page, label) {
  assert.equal(await focusedId(page), 'main-heading', `${label}: focus is on the h1`);
  const violations = await axe(page);
  assert.equal(violations.length, 0, `${label}: axe\n${formatViolations(violations)}`);
  assert.equal(await hasHorizontalScroll(page), false, `${label}: no horizontal scroll`);
}

/** Chooses an option of a radio group by keyboard: Tab in, arrows to it. */
export async function chooseRadio(page, name, value) {
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

export async function answerMunicipality(page, typed, code) {
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

/**
 * One online visit, as the offline suites need it: the page loaded, the
 * service worker installed and controlling it after a reload, and the data
 * seen once (the first visit that asks for it caches it).
 */
export async function visitOnce(page, url, { data = true } = {}) {
  await page.goto(url);
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled by the service worker');
  if (data) await page.evaluate(async () => { await fetch('data/services.json'); });
}

/** Walks a journey; `answers` maps question key → value. Returns the result page text. */
export async function journey(page, url, answers, municipality, { start = true, titlePrefix = 'Fråga' } = {}) {
  if (start) {
    await page.goto(url);
    await ready(page);
    await tabTo(page, 'main button.button--start');
    await page.keyboard.press('Enter');
  }
  let seen = 0;
  // "Fråga 3 av 5": a total, once said, is never taken back (issue 25).
  let said = null;
  for (let guard = 0; guard < 12; guard++) {
    // Every step ends on a button, so the next page is there once its h1
    // has taken focus (what assertPageOk then checks).
    await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
    // A result draws its lower parts after its first paint.
    await settled(page);
    const q = await currentQuestion(page);
    await assertPageOk(page, `question ${q}`);
    if (q === 'result') break;
    if (q === 'check') {
      await tabTo(page, 'main button.button:not(.button--secondary)');
      await page.keyboard.press('Enter');
      continue;
    }
    seen += 1;
    if (titlePrefix) {
      const title = await page.title();
      const count = title.match(new RegExp(`^${titlePrefix} (\\d+)(?: av (\\d+))?: .+ – Vägvisaren$`));
      assert.ok(count, title);
      const [number, total] = [Number(count[1]), count[2] === undefined ? null : Number(count[2])];
      assert.equal(number, seen, title);
      assert.ok(!(number === 1 && total === 1), `"1 av 1": ${title}`);
      if (said !== null) assert.equal(total, said, `the total ${said} was taken back: ${title}`);
      said = total ?? said;
    }
    if (q === 'municipality') await answerMunicipality(page, ...municipality);
    else {
      assert.ok(q in answers, `journey has an answer for ${q}`);
      await chooseRadio(page, q, answers[q]);
    }
  }
  assert.equal(await currentQuestion(page), 'result');
  if (said !== null) assert.equal(said, seen, 'the total said is the number of questions asked');
  return text(page, 'main');
}


/**
 * Every address the tab's history holds, from here back to its first entry
 * and forward again (`history.length` says how many there are, so each step
 * must succeed: no error is swallowed and no step is skipped). For the
 * promise that nothing of a past visitor is left in Back or Forward.
 */
export async function historyAddresses(page) {
  const entries = await page.evaluate(() => history.length);
  const seen = [await page.url()];
  for (let i = 1; i < entries; i++) {
    await page.goBack();
    await settled(page);
    seen.push(await page.url());
  }
  for (let i = 1; i < entries; i++) {
    await page.goForward();
    await settled(page);
    seen.push(await page.url());
  }
  return seen;
}
