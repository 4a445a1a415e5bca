// The first paint: index.html's pre-rendered start page, shown by its boot
// script in the visit's language before the wasm has arrived. It must be
// the same page the app then renders (src/prerender.rs mirrors the Leptos
// components by hand, so this is what keeps them in step), pass axe, and
// work as plain links; on any other page the neutral name-and-number view
// shows instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, DIST } from './browser.mjs';
import { DIRECTION, LANG, LANGUAGES, address } from './fixtures.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

// The browser's language that picks each language; a variant no browser
// tag names (Lättläst) is opened by its address, ?lang=.
const BROWSER_TAG = { sv: 'sv-SE', en: 'en-GB', ar: 'ar', fa: 'fa-IR', so: 'so', ti: 'ti-ER' };

/** A page whose wasm never arrives: what a slow connection shows first. */
async function withoutWasm(locale, url = server.url) {
  const { context, page } = await newPage(browser, server.url, { locale });
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(url);
  return { context, page };
}

/** Tag, classes, attributes that matter and own text of every element under `root`. */
function shape(page, root) {
  return page.evaluate((root) => {
    const clean = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
    // The app's header starts with the skip link; the static pages, shown
    // only until the wasm runs, have none (six of them cannot share the one
    // #main-content target).
    return [...document.querySelectorAll(`${root} *`)].filter((el) => !el.classList.contains('skip-link')).map((el) => {
      // The app's Start is a <button> (it runs in place), the static one a
      // link (it navigates): the same look and words.
      const tag = el.tagName === 'BUTTON' ? 'A' : el.tagName;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
      const attrs = ['lang', 'data-locale', 'dir', 'hreflang', 'aria-current', 'aria-label', 'data-picture']
        .map((a) => (el.getAttribute(a) ? `${a}=${clean(el.getAttribute(a))}` : '')).filter(Boolean).join(' ');
      return `${tag}.${el.className} ${attrs} | ${clean(own)}`;
    });
  }, root);
}

test('the start page shows in the visit\'s language before the wasm, the same as the app renders it', async () => {
  for (const { code: lang } of LANGUAGES) {
    const locale = BROWSER_TAG[lang] ?? 'sv-SE';
    const url = BROWSER_TAG[lang] ? server.url : `${server.url}?lang=${lang}`;
    const first = await withoutWasm(locale, url);
    const p = first.page;
    await p.waitForSelector(`.prerender[data-locale="${lang}"]`, { state: 'visible' });
    assert.equal(await p.isVisible('#boot-generic'), false, `${lang}: generic boot view hidden`);
    assert.equal(await p.getAttribute('html', 'lang'), LANG[lang]);
    assert.equal(await p.getAttribute('html', 'data-locale'), lang);
    assert.equal(await p.getAttribute('html', 'dir'), DIRECTION[lang]);
    assert.equal(await p.locator('.prerender:visible').count(), 1, `${lang}: exactly one language shown`);
    const violations = await axe(p);
    assert.deepEqual(violations, [], `${lang} before the wasm:\n${formatViolations(violations)}`);
    const staticMain = await shape(p, `.prerender[data-locale="${lang}"] main`);
    const staticHeader = await shape(p, `.prerender[data-locale="${lang}"] header`);
    await first.context.close();

    const { context, page } = await newPage(browser, server.url, { locale });
    await page.goto(url);
    await ready(page);
    assert.deepEqual(await shape(page, '#app main'), staticMain, `${lang}: start page differs from the app's`);
    assert.deepEqual(await shape(page, '#app header'), staticHeader, `${lang}: header differs from the app's`);
    assert.equal(await page.locator('#boot').count(), 0, `${lang}: boot view removed once mounted`);
    await context.close();
  }
});

test('before the wasm, Start and the language links work as plain links', async () => {
  const { context, page } = await withoutWasm('en-GB');
  await page.click('.prerender[lang="en"] .button--start');
  await page.waitForURL(/#step=errand$/);
  // Not the start page any more: the neutral view, no pre-rendered page.
  await page.waitForSelector('#boot-generic', { state: 'visible' });
  assert.equal(await page.locator('.prerender:visible').count(), 0);
  await page.goto(server.url);
  await page.click('.prerender[lang="en"] a[hreflang="ar"]');
  await page.waitForURL(/\?lang=ar$/);
  await page.waitForSelector('.prerender[lang="ar"]', { state: 'visible' });
  assert.match(await page.evaluate(() => document.querySelector('.prerender[lang="ar"] .button--start').href), /\?lang=ar#step=errand$/);
  await context.close();
});

test('other pages and staff mode keep the neutral name-and-number view', async () => {
  for (const url of [`${server.url}#step=errand`, `${server.url}?step=errand`, `${server.url}?page=about`, `${server.url}?staff=1`]) {
    const { context, page } = await withoutWasm('sv-SE', url);
    await page.waitForSelector('#boot-generic', { state: 'visible' });
    assert.equal(await page.locator('.prerender:visible').count(), 0, url);
    assert.match(await page.textContent('#boot-generic'), /0771-416 416/);
    await context.close();
  }
  const { context, page } = await withoutWasm('sv-SE');
  await page.evaluate(() => localStorage.setItem('vagvisaren.staff', '1'));
  await page.reload();
  await page.waitForSelector('#boot-generic', { state: 'visible' });
  assert.equal(await page.locator('.prerender:visible').count(), 0, 'stored staff mode');
  await context.close();
});

test('the comparison catches a pre-rendered page that drifts from the app', async () => {
  const { context, page } = await withoutWasm('sv-SE');
  await page.waitForSelector('.prerender[lang="sv"]', { state: 'visible' });
  const before = await shape(page, '.prerender[lang="sv"] main');
  await page.evaluate(() => { document.querySelector('.prerender[lang="sv"] .lead').textContent += ' (old)'; });
  assert.notDeepEqual(await shape(page, '.prerender[lang="sv"] main'), before);
  await context.close();
});

test('a visit that starts on another page preloads the main wasm, the pages chunk and the data', async () => {
  const RESULT = address('etablering-language-dorotea');
  const QUESTION = address('register-online', { at: 'eid' });
  const WHOLE = JSON.parse(fs.readFileSync(path.join(DIST, 'data/services.json'), 'utf8')).municipalities.length;
  // The main wasm is blocked, so the app never runs: whatever is fetched
  // was asked for by index.html and its boot script.
  for (const [url, chunk, data] of [['', false, false], ['?lang=ar', false, false], [RESULT, true, true], [QUESTION, true, false]]) {
    // The boot script's preloads, read from the page itself (requests
    // reach the server, and their events the test, in no fixed order).
    const { context, page } = await withoutWasm('sv-SE', server.url + url);
    await page.waitForLoadState('domcontentloaded');
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')]
      .map((l) => `${new URL(l.href).pathname}${l.integrity ? ' integrity' : ''}`));
    const asked = (re) => preloads.some((r) => re.test(r));
    assert.ok(asked(/\.ftl$/), 'the texts are preloaded on every page');
    assert.equal(asked(/split-pages-[0-9a-f]+\.wasm integrity$/), chunk, `${url || 'start page'}: the pages chunk, with integrity`);
    // The main wasm too, which the loader would ask for only after the glue
    // module; the start page fetches it once it has painted.
    assert.equal(asked(/_bg\.wasm integrity$/), chunk, `${url || 'start page'}: the main wasm, with integrity`);
    // A result's data: the whole file, fetched by the boot script itself
    // (its body kept for the pages chunk: src/boot-head.js), never a file
    // named after the answer.
    assert.equal(asked(/data\//), false, `${url || 'start page'}: no data preloaded`);
    const fetched = await page.evaluate(async () => {
      const early = window.vvData;
      return early ? early.promise.then((got) => got && JSON.parse(got[0]).municipalities.length) : null;
    });
    assert.equal(fetched, data ? WHOLE : null, `${url || 'start page'}: the data`);
    await context.close();
  }
});
