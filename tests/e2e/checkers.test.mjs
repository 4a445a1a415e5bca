// The accessibility checkers the journeys rely on can fail: each reports a
// planted fault, and neither reports a clean page. (The browser tests have
// their own axe self-test; this covers what the e2e suites run.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, ibm, settled } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const page = (body) => `<!doctype html><html lang="en"><head><title>Checker test</title></head><body>${body}</body></html>`;
const CLEAN = '<header><a href="#main">Skip to content</a></header><main id="main"><h1>A page</h1><p>Text.</p></main>';

async function check(html) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.setContent(html);
  const result = { all: await axe(p), ibm: await ibm(p) };
  await context.close();
  return result;
}

test('a clean page passes both checkers', async () => {
  const { all } = await check(page(CLEAN));
  assert.deepEqual(all, []);
});

test('IBM Equal Access reports a link outside every landmark', async () => {
  const { ibm: found } = await check(page(`<a href="#main">Skip to content</a>${CLEAN.replace(/<header>.*<\/header>/, '')}`));
  assert.ok(found.some((v) => v.id === 'ibm:aria_content_in_landmark'), JSON.stringify(found));
});

test('IBM Equal Access reports a tabbable region (a focusable scroll container)', async () => {
  const region = '<div role="region" aria-label="Table" tabindex="0" style="overflow:auto;max-width:5em"><table><tr><th>Very long heading</th></tr></table></div>';
  const { ibm: found } = await check(page(CLEAN.replace('<p>Text.</p>', region)));
  assert.ok(found.some((v) => v.id === 'ibm:element_tabbable_role_valid'), JSON.stringify(found));
});

test('axe reports a missing label', async () => {
  const { all } = await check(page(CLEAN.replace('<p>Text.</p>', '<input type="text">')));
  assert.ok(all.some((v) => v.id === 'label'), JSON.stringify(all));
});

// `settled`, which every suite waits with, waits for the parts of a page
// drawn after its first paint (src/ui/after_paint.rs): a planted pending
// part keeps it waiting until the part is drawn.
test('settled waits for a part still to be drawn after the first paint', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.setContent(page(CLEAN.replace('<p>Text.</p>', '<template data-pending></template>')));
  let done = false;
  const waiting = settled(p).then(() => { done = true; });
  // Many frames later it still waits.
  await p.evaluate(() => new Promise((resolve) => {
    let n = 0;
    const next = () => (++n < 30 ? requestAnimationFrame(next) : resolve());
    requestAnimationFrame(next);
  }));
  assert.equal(done, false, 'settled returned while a part was pending');
  await p.evaluate(() => document.querySelector('template[data-pending]').replaceWith(Object.assign(document.createElement('p'), { textContent: 'Drawn.' })));
  await waiting;
  assert.equal(done, true);
  await context.close();
});
