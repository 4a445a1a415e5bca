// The pictures beside the routes (src/ui/picture.rs) and Lättläst's short
// lines: on the start page and on a result of every route the scenarios
// reach, in Lättläst, in forced colours at 320 px, each picture is there,
// visible, drawn in the text's (forced) colour and hidden from screen
// readers; screenshots in tests/artifacts/. The journey itself in Lättläst,
// with axe and IBM, is locales.test.mjs's ("the whole flow in sv-x-lattlast").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, hasHorizontalScroll, ARTIFACTS, DIST } from './browser.mjs';
import { FIXTURES, LANGUAGES, address } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); fs.mkdirSync(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// The easy-to-read variant: the one language whose code is not its lang.
const EASY = LANGUAGES.find((l) => l.code !== l.lang);
// One scenario for each route the scenarios reach.
const BY_ROUTE = Object.entries(FIXTURES.scenarios).reduce((acc, [name, s]) => (acc[s.route] ??= name, acc), {});

/** Every picture under `root`: visible, in the text's colour, hidden from screen readers. */
function pictures(page, root) {
  return page.$$eval(`${root} svg.pic`, (svgs) => svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    const path = svg.querySelector('path');
    return {
      key: svg.dataset.picture,
      visible: box.width > 10 && box.height > 10 && style.visibility === 'visible' && style.display !== 'none',
      strokeIsText: getComputedStyle(path).stroke === style.color && style.color !== 'rgba(0, 0, 0, 0)',
      hidden: svg.getAttribute('aria-hidden') === 'true' && svg.getAttribute('focusable') === 'false',
      text: svg.textContent.trim(),
    };
  }));
}

function problems(list, where) {
  return list.flatMap((p) => [
    !p.visible && `${where} ${p.key}: not visible`,
    !p.strokeIsText && `${where} ${p.key}: not drawn in the text's colour`,
    !p.hidden && `${where} ${p.key}: not hidden from screen readers`,
    p.text && `${where} ${p.key}: has text`,
  ].filter(Boolean));
}

test('Lättläst is in the fixtures, with lang sv', () => {
  assert.ok(EASY, 'an easy-to-read variant');
  assert.equal(EASY.lang, 'sv');
});

test('the start page shows a picture beside each way, in forced colours at 320 px', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 320, height: 900 }, forcedColors: 'active' });
  await page.goto(`${server.url}?lang=${EASY.code}`);
  await ready(page);
  const list = await pictures(page, '#app main .pictured');
  assert.equal(list.length, 4, 'four ways, four pictures');
  assert.equal(new Set(list.map((p) => p.key)).size, 4, 'each way its own picture');
  assert.deepEqual(problems(list, 'start'), []);
  assert.equal(await hasHorizontalScroll(page), false);
  // Lättläst's short lines: no hyphenation, against the start edge, spacing.
  const lines = await page.$eval('#app main .lead', (p) => {
    const s = getComputedStyle(p);
    return { hyphens: s.hyphens, align: s.textAlign, ratio: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
  });
  assert.equal(lines.hyphens, 'none');
  assert.ok(['start', 'left'].includes(lines.align), lines.align);
  assert.ok(lines.ratio >= 1.6, `line height ${lines.ratio}`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'pictures-start-lattlast-forced-320.png'), fullPage: true });
  await context.close();
});

for (const [route, name] of Object.entries(BY_ROUTE)) {
  test(`the result of ${route} shows its picture beside the title, in forced colours at 320 px`, async () => {
    const { context, page } = await newPage(browser, server.url, { viewport: { width: 320, height: 900 }, forcedColors: 'active' });
    await page.goto(`${server.url}${address(name, { lang: EASY.code })}`);
    await ready(page);
    const title = await pictures(page, '#app main h1');
    assert.equal(title.length, 1, `${route}: one picture in the title`);
    assert.deepEqual(problems([...title, ...(await pictures(page, '#app main'))], route), []);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${route}:\n${formatViolations(violations)}`);
    await page.screenshot({ path: path.join(ARTIFACTS, `pictures-${route}-lattlast-forced-320.png`), fullPage: true });
    await context.close();
  });
}

test('the pictures show in every language', async () => {
  const { context, page } = await newPage(browser, server.url);
  for (const { code } of LANGUAGES) {
    await page.goto(`${server.url}?lang=${code}`);
    await ready(page);
    await page.waitForFunction((c) => document.documentElement.dataset.locale === c, code);
    const list = await pictures(page, '#app main .pictured');
    assert.equal(list.length, 4, code);
    assert.deepEqual(problems(list, code), []);
  }
  await context.close();
});

test('the picture check can fail: a picture with no size is not visible', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=${EASY.code}`);
  await ready(page);
  // The page's CSP refuses a style element; the CSSOM is not refused.
  await page.$$eval('.pic', (svgs) => svgs.forEach((s) => s.style.setProperty('inline-size', '0', 'important')));
  const list = await pictures(page, '#app main .pictured');
  assert.equal(problems(list, 'planted').length, 4);
  await context.close();
});
