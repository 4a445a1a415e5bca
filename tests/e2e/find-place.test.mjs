// Finding the municipality the way people type, and without typing: the
// forgiving search, the honest message for a non-Latin name, and browse by
// county — keyboard only, in Swedish, Arabic and Tigrinya, axe-clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, tabTo, focusedId, text, DIST } from './browser.mjs';
import { address } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The municipality question of the forms errand (no other question before it
// but language support and adaptations, answered here).
const QUESTION = address('forms-no-municipality', { at: 'municipality' });

async function openQuestion(page, lang) {
  await page.goto(`${server.url}?lang=${lang}${QUESTION}`);
  await ready(page);
  await page.waitForSelector('#municipality-county');
}

test('typing as people type: a typo, "kommun", an exonym', async () => {
  const { context, page } = await newPage(browser, server.url);
  await openQuestion(page, 'sv');
  for (const [typed, code] of [['Mölnadal', '1481'], ['Umeå kommun', '2480'], ['gothenburg', '1480'], ['Sysseleback', '1737']]) {
    await page.fill('#municipality-search', typed);
    await page.waitForSelector(`#municipality-${code}`);
    const first = await page.$eval('main input[name="municipality"]', (i) => i.value);
    assert.equal(first, code, `${typed}: the intended municipality first`);
  }
  await context.close();
});

test('a name in Arabic script: the page says the list is in Latin letters, and offers the lists', async () => {
  const { context, page } = await newPage(browser, server.url);
  await openQuestion(page, 'ar');
  await page.fill('#municipality-search', 'مالمو');
  await page.waitForFunction(() => document.getElementById('municipality-status').textContent.includes('Malmö'));
  const status = await text(page, '#municipality-status');
  assert.match(status, /بالحروف اللاتينية/);
  assert.doesNotMatch(status, /حروفًا أقل/, 'never "type fewer letters"');
  await context.close();
});

for (const [lang, countyName] of [['sv', 'Jämtlands län'], ['ar', 'Jämtlands län'], ['ti', 'Jämtlands län']]) {
  test(`browse by county, keyboard only, in ${lang}`, async () => {
    const { context, page } = await newPage(browser, server.url);
    await openQuestion(page, lang);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${lang} question\n${formatViolations(violations)}`);
    // The county list, by keyboard: focus it, type to pick the county.
    await tabTo(page, '#municipality-county');
    await page.keyboard.type('Jämt');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#municipality-county', (s) => s.value), countyName);
    await page.waitForSelector('#municipality-list');
    await tabTo(page, '#municipality-list');
    const options = await page.$$eval('#municipality-list option', (o) => o.map((x) => x.textContent.trim()));
    assert.ok(options.includes('Östersund') && options.includes('Åre'), `${options}`);
    // Swedish order: Åre, Åsele… come after the other letters; Östersund last.
    assert.equal(options[options.length - 1], 'Östersund');
    // Arrow keys move through a focused closed list and choose.
    const index = options.indexOf('Östersund');
    // Each press waited for: the app draws the choice between presses, and
    // a press sent before that is drawn may be lost (seen under load).
    for (let i = 1; i <= index; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((n) => document.getElementById('municipality-list').selectedIndex === n, i);
    }
    assert.equal(await page.$eval('#municipality-list', (s) => s.value), '2380');
    // The search field and its list agree with the choice.
    assert.equal(await page.$eval('#municipality-search', (i) => i.value), 'Östersund');
    assert.ok(await page.$eval('#municipality-2380', (i) => i.checked));
    const again = await axe(page);
    assert.equal(again.length, 0, `${lang} with both lists\n${formatViolations(again)}`);
    await tabTo(page, 'main button[type=submit]');
    await page.keyboard.press('Enter');
    await ready(page);
    assert.equal(await focusedId(page), 'main-heading');
    assert.ok(await page.$('main .summary-list'), 'on to check your answers');
    assert.match(await text(page, 'main .summary-list'), /Östersund/);
    await context.close();
  });
}
