// A Latin term in parentheses inside Arabic or Persian text — the e-ID
// question's "(e-legitimation)", "(servicekontor)", "(a-kassa)" — is drawn
// as one piece with its parentheses around it, at any width. The
// second language review found «(-e» at the end of one line and
// «legitimation)» on the next: a line broke inside the left-to-right term,
// and each piece took one parenthesis, pointing the wrong way. The texts now
// join such terms with a no-break space and a non-breaking hyphen
// (tests/locales.rs checks the files); this reads where the browser draws
// each character, in both languages, on narrow and wide screens, and keeps
// a screenshot of each e-ID question in tests/artifacts/ for a person to
// look at. A planted breakable term proves the check can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, ARTIFACTS, DIST } from './browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RTL = { ar: 'ar', fa: 'fa-IR' };
const PAGES = {
  start: '',
  'e-ID question': '#errand=register',
  // Check answers: the errand's "(aktivitetsrapport)", the e-ID row.
  'check answers': '#adaptations=no&digital=alone&eid=yes&errand=activity-report&language_support=no&municipality=skip',
  // A web result: its note names skyddade personuppgifter (outside
  // parentheses: at 320 px the term and its parentheses do not fit one line
  // of the note, and a break inside them turns them round).
  'web result': '#adaptations=no&confirmed=1&digital=alone&eid=yes&errand=register&language_support=no&municipality=skip',
};
const WIDTHS = [320, 420, 1280];

/**
 * Every Latin term in parentheses in right-to-left text in `main`, with where
 * its characters are drawn: the line tops they sit on, the middle of the
 * logical "(" and ")", and the left and right edges of the term.
 */
async function latinInParentheses(page) {
  return page.evaluate(() => {
    const found = [];
    const re = /\(([^()\u0600-\u06FF]*[A-Za-z][^()\u0600-\u06FF]*)\)/g;
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (getComputedStyle(el).direction !== 'rtl' || !el.checkVisibility()) continue;
      for (const m of node.data.matchAll(re)) {
        const box = (i) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getBoundingClientRect();
        };
        const open = box(m.index);
        const close = box(m.index + m[0].length - 1);
        const term = [...m[1]].map((_, k) => box(m.index + 1 + k)).filter((r) => r.width > 0);
        found.push({
          term: m[1],
          lines: [...new Set([open, close, ...term].map((r) => Math.round(r.top + r.height / 2)))].length,
          open: open.left + open.width / 2,
          close: close.left + close.width / 2,
          left: Math.min(...term.map((r) => r.left)),
          right: Math.max(...term.map((r) => r.right)),
        });
      }
    }
    return found;
  });
}

/** What is wrong with how the terms are drawn, one line each. */
function problems(found) {
  const out = [];
  for (const f of found) {
    if (f.lines !== 1) out.push(`(${f.term}) is broken over ${f.lines} lines`);
    // Right to left: the opening parenthesis to the right of the term, the
    // closing one to its left.
    if (!(f.open > f.right)) out.push(`(${f.term}): "(" is not drawn to the right of the term`);
    if (!(f.close < f.left)) out.push(`(${f.term}): ")" is not drawn to the left of the term`);
  }
  return out;
}

for (const [lang, locale] of Object.entries(RTL)) {
  test(`${lang}: Latin terms in parentheses are drawn whole and enclosed, at ${WIDTHS.join(', ')} px`, async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const seen = new Set();
    for (const width of WIDTHS) {
      const { context, page } = await newPage(browser, server.url, { locale, viewport: { width, height: 900 } });
      for (const [name, hash] of Object.entries(PAGES)) {
        await page.goto(`${server.url}?lang=${lang}${hash}`);
        await ready(page);
        assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
        const found = await latinInParentheses(page);
        found.forEach((f) => seen.add(f.term));
        assert.deepEqual(problems(found), [], `${lang}, ${name}, ${width} px: ${JSON.stringify(found)}`);
        if (name === 'e-ID question') {
          assert.ok(found.some((f) => /e.legitimation/.test(f.term)), `${lang}: the e-ID question's term is checked`);
          await page.locator('h1').screenshot({ path: path.join(ARTIFACTS, `bidi-${lang}-e-id-question-${width}.png`) });
        }
      }
      await context.close();
    }
    assert.ok(seen.size >= 3, `${lang}: several terms were checked: ${[...seen]}`);
  });
}

test('planted: the e-ID question with an ordinary hyphen breaks at 420 px and is caught', async () => {
  for (const [lang, locale] of Object.entries(RTL)) {
    const { context, page } = await newPage(browser, server.url, { locale, viewport: { width: 420, height: 900 } });
    await page.goto(`${server.url}?lang=${lang}${PAGES['e-ID question']}`);
    await ready(page);
    await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      h1.textContent = h1.textContent.replace('e\u2011legitimation', 'e-legitimation');
    });
    const found = await latinInParentheses(page);
    assert.ok(found.some((f) => f.term === 'e-legitimation'), `${lang}: the planted term is found`);
    assert.ok(problems(found).some((p) => p.includes('broken over 2 lines')), `${lang}: ${JSON.stringify(found)}`);
    await page.locator('h1').screenshot({ path: path.join(ARTIFACTS, `bidi-${lang}-e-id-question-planted-hyphen.png`) });
    await context.close();
  }
});
