// What people set on their own devices: forced colours (Windows High
// Contrast), reduced motion, WCAG 1.4.12 text spacing, and 400 % zoom
// (1280 px wide at 400 % is 320 CSS px). Checked on the start, a question
// and the result page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, hasHorizontalScroll, DIST } from './browser.mjs';
import { address } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = ['', address('register-without-eid', { at: 'errand' }), address('register-without-eid')];

// The WCAG 1.4.12 text-spacing settings.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Elements whose text is cut off (content taller or wider than a box that clips). */
async function clippedText(page) {
  return page.evaluate(() => [...document.querySelectorAll('main *, header *, footer *')]
    .filter((el) => {
      const s = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
      return clips && !el.classList.contains('visually-hidden') && el.innerText?.trim() &&
        (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    })
    .map((el) => el.className || el.tagName));
}

test('forced colours: pages still pass axe and buttons keep a visible border', async () => {
  const { context, page } = await newPage(browser, server.url, { forcedColors: 'active' });
  for (const q of PAGES) {
    await page.goto(server.url + q);
    await ready(page);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${q}: ${formatViolations(violations)}`);
  }
  assert.notEqual(await buttonBorder(page), '0px', 'buttons are outlined in forced colours');
  // Planted: the forced-colours border taken away is seen.
  await page.evaluate(() => document.styleSheets[0].insertRule('@layer first-view { @media (forced-colors: active) { .button { border-width: 0 !important } } }', document.styleSheets[0].cssRules.length));
  assert.equal(await buttonBorder(page), '0px');
  await context.close();
});

const buttonBorder = (page) => page.$eval('.button', (b) => getComputedStyle(b).borderTopWidth);

/** How many elements move (an animation or a transition that takes time). */
const moving = (page) => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
  const s = getComputedStyle(el);
  return (s.animationName !== 'none' && s.animationDuration !== '0s') || (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0));
}).length);
const A_TRANSITION = '.button { transition: background-color 2s }';
const plantRule = (page, rule) => page.evaluate((r) => document.styleSheets[0].insertRule(r, document.styleSheets[0].cssRules.length), rule);

test('reduced motion: no transitions or animations run', async () => {
  const { context, page } = await newPage(browser, server.url, { reducedMotion: 'reduce' });
  await page.goto(server.url);
  await ready(page);
  assert.equal(await moving(page), 0);
  // A transition added later is stopped too (the setting's rule holds).
  await plantRule(page, A_TRANSITION);
  assert.equal(await moving(page), 0);
  await context.close();
});

test('the motion check can fail: the same transition moves without the setting', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  await plantRule(page, A_TRANSITION);
  assert.ok(await moving(page) > 0);
  await context.close();
});

test('text spacing (WCAG 1.4.12) at 320 px: nothing clipped, no sideways scroll', async () => {
  // The page's strict CSP (rightly) refuses injected styles: this context
  // bypasses it, as a user style sheet would.
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 320, height: 800 }, bypassCSP: true });
  for (const q of PAGES) {
    await page.goto(server.url + q);
    await ready(page);
    await page.addStyleTag({ content: TEXT_SPACING });
    assert.notEqual(await page.$eval('main p', (p) => getComputedStyle(p).letterSpacing), 'normal', 'spacing applied');
    assert.equal(await hasHorizontalScroll(page), false, `${q}: horizontal scroll`);
    assert.deepEqual(await clippedText(page), [], `${q}: clipped text`);
  }
  await context.close();
});

test('400 % zoom (1280 px wide): reflows without sideways scrolling', async () => {
  const { context, page } = await newPage(browser, server.url, { viewport: { width: 1280, height: 1024 }, deviceScaleFactor: 4 });
  const cdp = await context.newCDPSession(page);
  // Emulate browser zoom: the layout viewport becomes 320 CSS px wide.
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 256, deviceScaleFactor: 4, mobile: false });
  for (const q of PAGES) {
    await page.goto(server.url + q);
    await ready(page);
    assert.equal(await page.evaluate(() => window.innerWidth), 320);
    assert.equal(await hasHorizontalScroll(page), false, `${q}: horizontal scroll at 400 %`);
  }
  // Planted: a box wider than 320 px is seen at 400 %.
  await page.evaluate(() => { document.querySelector('main p').style.minWidth = '400px'; });
  assert.equal(await hasHorizontalScroll(page), true);
  await context.close();
});

test('the clipping check can fail: a planted clipped box is found', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => { const p = document.querySelector('main p'); p.style.height = '4px'; p.style.overflow = 'hidden'; });
  assert.ok((await clippedText(page)).length > 0);
  await context.close();
});
