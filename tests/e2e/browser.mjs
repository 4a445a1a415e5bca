// Playwright (playwright-core) driving Debian's Chromium: no browser is
// downloaded. The flags keep Chromium off every network but 127.0.0.1.
import { chromium } from 'playwright-core';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
// VV_DIST: another build folder (repeated runs beside a rebuild).
export const DIST = process.env.VV_DIST ? path.resolve(process.env.VV_DIST) : path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// IBM Equal Access's rule engine from npm, evaluated in the page: it fetches
// nothing (the `accessibility-checker` wrapper would fetch its rules from a
// CDN and report usage; the engine alone does neither).
const ACE = fs.readFileSync(path.join(ROOT, 'node_modules/accessibility-checker-engine/ace.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--no-first-run',
  '--proxy-server=http://127.0.0.1:9',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A page that records every request that leaves for another origin. */
export async function newPage(browser, baseUrl, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'sv-SE', ...contextOptions });
  const page = await context.newPage();
  page.foreignRequests = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) page.foreignRequests.push(r.url()); });
  page.consoleErrors = [];
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  return { context, page };
}

/** Waits until the app has mounted and the page's h1 is there. */
export async function ready(page) {
  await page.waitForSelector('#main-heading', { timeout: 20000 });
  await settled(page);
}

/**
 * Waits until what the last change set off (the app's effects: focus, title,
 * announcements) has been drawn: two animation frames, the second of which
 * starts after everything queued before the first has run; and the parts of
 * a page drawn after its first paint (src/ui/after_paint.rs), which leave a
 * `<template data-pending>` until then.
 */
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(() => !document.querySelector('template[data-pending]'), null, { polling: 'raf' });
}

/**
 * The two accessibility checkers on the whole real page: axe-core (WCAG 2.0–2.2
 * A/AA and best practice, page-level rules included) and IBM Equal Access
 * (its `IBM_Accessibility` policy). Their violations in one list; IBM's ids
 * start with `ibm:`. They disagree on one thing only, which the app satisfies
 * both ways (no scroll container that must be focusable).
 */
export async function axe(page) {
  // The same document, laid out the same way, gives the same findings: many
  // journeys pass through identical pages, so each is checked once per run.
  // The key is the engine, the whole serialised document, the viewport and
  // the emulated media, so any difference is a new check.
  const state = await page.evaluate(() => JSON.stringify([
    navigator.userAgent, document.documentElement.outerHTML, innerWidth, innerHeight, devicePixelRatio,
    ...['(forced-colors: active)', '(prefers-reduced-motion: reduce)', 'print', '(prefers-color-scheme: dark)']
      .map((q) => matchMedia(q).matches),
  ]));
  const key = crypto.createHash('sha256').update(state).digest('hex');
  if (!checked.has(key)) checked.set(key, [...(await axeCore(page)), ...(await ibm(page))]);
  return checked.get(key);
}
const checked = new Map();

/** IBM Equal Access: the violations (not the "potential" or "manual" checks). */
export async function ibm(page) {
  // `ace` is the script's top-level `var`; named on window as well, for
  // WebDriver, which runs a script as a function body.
  if (!(await page.evaluate(() => !!window.ace))) await page.evaluate(`${ACE}\n;window.ace = ace;0`);
  return page.evaluate(async () => {
    const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
    const byRule = new Map();
    for (const r of report.results) {
      if (r.value[0] !== 'VIOLATION' || r.value[1] !== 'FAIL') continue;
      const v = byRule.get(r.ruleId) ?? { id: `ibm:${r.ruleId}`, impact: 'violation', help: r.message, nodes: [] };
      v.nodes.push(r.path.dom);
      byRule.set(r.ruleId, v);
    }
    return [...byRule.values()];
  });
}

async function axeCore(page) {
  // Evaluated over the DevTools protocol: the page's strict CSP (rightly)
  // refuses an injected <script>.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.helpUrl, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export function formatViolations(vs) {
  return vs.map((v) => `- ${v.id} (${v.impact}) ${JSON.stringify(v.nodes)}\n  ${v.help}`).join('\n');
}

/**
 * Keyboard only: presses Tab (or Shift+Tab, `back`) until the focused element
 * matches. Backwards reaches what sits above without wrapping round through
 * the browser's own controls (where headless Firefox loses the next key's
 * activation; docs/engines.md).
 */
export async function tabTo(page, selector, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Visible text without Fluent's bidi isolation marks. */
export async function text(page, selector) {
  const t = await page.textContent(selector);
  return (t ?? '').replace(/[\u2068\u2069]/g, '').trim();
}

export async function hasHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * What a missing or unformattable message would look like: an element that
 * exists to carry text (a heading, paragraph, list item, label, button,
 * link, cell, legend, the document's title) rendered with none, and no
 * accessible name in its place. The app never shows a raw message id (a
 * message it cannot format in the visitor's language falls back to the
 * Swedish text, marked lang="sv", and else to nothing: `I18n::t_marked`),
 * so blank text is what can actually go wrong. Returns a description of
 * each blank element.
 */
export async function blankTexts(page) {
  return page.evaluate(() => {
    const blank = [];
    if (!document.title.trim()) blank.push('<title>');
    const carriers = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, label, legend, button, a, th, td, caption, summary, option';
    for (const el of document.querySelectorAll(carriers)) {
      if (el.closest('[hidden], noscript, #boot') || !el.checkVisibility()) continue;
      const words = (el.textContent ?? '').replace(/[\u2068\u2069\s]/g, '');
      const named = el.getAttribute('aria-label') || el.querySelector('img[alt]:not([alt=""]), svg[aria-label]');
      if (!words && !named) blank.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
    }
    return blank;
  });
}
