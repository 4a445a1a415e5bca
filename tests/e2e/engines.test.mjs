// The journeys that matter most, in Firefox ESR and WebKitGTK (the engine of
// Safari on iPhones) as well as Chromium, with the same shared code
// (flow.mjs, desk.mjs, phones.mjs) over WebDriver (webdriver.mjs): a whole
// keyboard journey with focus on each h1 and both checkers on each page, the
// Arabic result, the staff desk with New visitor, offline after one visit,
// and the pages chunk with its integrity enforced. VV_ENGINES picks engines
// (default: all of them); what each engine does differently is in
// docs/engines.md.
import { describe, test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, rewrite } from './server.mjs';
import { ready, axe, formatViolations, text, ARTIFACTS, DIST, ROOT } from './browser.mjs';
import { journey, visitOnce } from './flow.mjs';
import { deskJourney } from './desk.mjs';
import { phoneNumbersOnScreen, assertInOrder } from './phones.mjs';
import { drawnLinkContrast } from './contrast.mjs';
import { twoEmptyContinues } from './errors.mjs';
import { overflow } from './fit.mjs';
import { ENGINES, installed, launchEngine } from './webdriver.mjs';
import { LANGUAGES, LANG, address, scenario, typed } from './fixtures.mjs';

const chosen = (process.env.VV_ENGINES ?? Object.keys(ENGINES).join(',')).split(',').filter(Boolean);
// In each address: WebKitGTK under its driver always reports en-US.
const SV = '?lang=sv';
const { answers: ANSWERS } = scenario('register-without-eid');
const RESULT_AR = address('etablering-language-dorotea', { lang: 'ar' });

/** Every address the page has fetched (Resource Timing), outside its own origin. */
async function otherOrigins(page, base) {
  return page.evaluate((b) => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(b) && !n.startsWith('data:')), base);
}

function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-engine-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

const RESULT = address('register-without-eid');

const chunkOf = (dir) => fs.readdirSync(dir).find((f) => /^split-pages-.*\.wasm$/.test(f));

for (const engine of chosen) {
  const spec = ENGINES[engine];
  assert.ok(spec, `VV_ENGINES names an engine this suite knows: ${engine} (${Object.keys(ENGINES)})`);
  describe(spec.name, () => {
    let server, browser, page;
    before(async () => {
      assert.ok(installed(engine), `${spec.name} is installed (bash scripts/setup.sh test)`);
      server = await serve(DIST);
      browser = await launchEngine(engine);
      page = browser.page;
    });
    beforeEach(async () => { await page.freshTab(); });
    after(async () => {
      if (browser) {
        await browser.close();
        // What the engine tried to reach by itself (docs/engines.md).
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const hosts = [...new Set(browser.trapped)].sort();
        fs.writeFileSync(path.join(ARTIFACTS, `engine-${engine}-refused.txt`), `${browser.version}\nrefused by the loopback-only proxy:\n${hosts.join('\n')}\n`);
      }
      await server?.close();
    });

    test('the accessibility statement names this engine among those tested', () => {
      const sv = path.join(ROOT, 'locales/sv');
      const texts = fs.readdirSync(sv).filter((f) => f.endsWith('.ftl')).map((f) => fs.readFileSync(path.join(sv, f), 'utf8')).join('\n');
      const line = texts.match(/^a11y-unverified-engines = (.*)$/m)?.[1] ?? '';
      assert.match(line, new RegExp(spec.family), `the statement: ${line}`);
    });

    test('nothing leaves 127.0.0.1: an outside address is refused at once, loopback is not proxied', async () => {
      const started = Date.now();
      await page.goto('http://outside.example/').catch(() => {});
      assert.ok(browser.trapped.includes('outside.example'), `the outside request went to the trap: ${browser.trapped}`);
      assert.ok(Date.now() - started < 10000, 'refused at once');
      await page.goto(server.url);
      await ready(page);
      assert.ok(!browser.trapped.some((h) => /^(127\.0\.0\.1|localhost)\b/.test(h)), `loopback went direct: ${browser.trapped}`);
    });

    test('a whole journey by keyboard: focus on each h1, both checkers on each page', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const result = await journey(page, `${server.url}${SV}`, ANSWERS, typed('register-without-eid'));
      assert.match(await text(page, 'h1'), /servicekontor/i);
      assert.match(result, /Östersund/);
      assert.match(result, /0771-416 416/);
      const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      assert.ok(files.some((f) => /split-pages-[0-9a-f]{16}\.wasm$/.test(f)), 'the pages chunk was fetched');
      assert.deepEqual(await otherOrigins(page, server.url), []);
    });

    test('the Arabic result: right to left, phone numbers drawn left to right', async () => {
      await page.goto(`${server.url}${RESULT_AR}`);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
      const numbers = await phoneNumbersOnScreen(page);
      assertInOrder(numbers, `${spec.name} Arabic result`, { atLeast: 2 });
      assert.ok(numbers.some((n) => n.logical === '0771-860 100'), 'the introduction programme\'s line is shown');
      const violations = await axe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `engine-${engine}-result-ar.png`) });
    });

    test('both checkers find faults planted in a real page in this engine', async () => {
      await page.goto(`${server.url}?lang=sv${RESULT}`);
      await ready(page);
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('afterbegin', '<a href="#main-content">Outside every landmark</a>');
        document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text">');
      });
      const found = (await axe(page)).map((v) => v.id);
      assert.ok(found.includes('label'), `axe: ${found}`);
      assert.ok(found.includes('ibm:aria_content_in_landmark'), `IBM: ${found}`);
    });

    test('links keep their contrast as drawn (visited where the engine draws it), and the check can fail', async () => {
      // Visit every address the pages link to, so that each link is :visited.
      const pages = [`?lang=sv`, `?lang=sv${RESULT}`, `?lang=ar${RESULT}`];
      for (const q of pages) {
        await page.goto(`${server.url}${q}`);
        await ready(page);
        const hrefs = await page.evaluate((base) => [...new Set([...document.querySelectorAll('a[href]')].map((a) => a.href))].filter((h) => h.startsWith(base)), server.url);
        for (const h of hrefs) await page.goto(h);
      }
      for (const q of pages) {
        await page.goto(`${server.url}${q}`);
        await ready(page);
        const weak = (await drawnLinkContrast(page)).filter((l) => l.ratio < 4.5);
        assert.deepEqual(weak.map((l) => `${l.label} ${l.ratio.toFixed(1)}:1`), [], `${q}: links drawn under 4.5:1`);
      }
      // Planted in every engine: a link colour near the header's blue.
      // CSSOM, which the page's CSP allows.
      const plant = (rule) => page.evaluate((r) => document.styleSheets[0].insertRule(r, document.styleSheets[0].cssRules.length), rule);
      await plant('.site-header .language-picker__link { color: #1d3a6e }');
      const planted = (await drawnLinkContrast(page)).filter((l) => l.ratio < 4.5);
      assert.ok(planted.some((l) => /language-picker__link/.test(l.label)), JSON.stringify(planted));
    });

    // The visited purple on the header's dark blue (the fault this check
    // found) shows only where the engine draws :visited; WebKitGTK under its
    // driver draws none (docs/engines.md), so there the test is skipped, not
    // passed.
    test('a visited link drawn in low contrast is caught', { skip: !spec.drawsVisited && `${spec.name} under its driver draws no visited state` }, async () => {
      await page.goto(`${server.url}?lang=sv`);
      await ready(page);
      const hrefs = await page.evaluate((base) => [...document.querySelectorAll('.site-header a[href]')].map((a) => a.href).filter((h) => h.startsWith(base)), server.url);
      for (const h of hrefs) await page.goto(h);
      await page.goto(`${server.url}?lang=sv`);
      await ready(page);
      await page.evaluate(() => document.styleSheets[0].insertRule('.site-header a:visited { color: #4c2c92 }', document.styleSheets[0].cssRules.length));
      const planted = (await drawnLinkContrast(page)).filter((l) => l.ratio < 4.5);
      assert.ok(planted.some((l) => /language-picker__link|site-header__name/.test(l.label)), JSON.stringify(planted));
    });

    test('every language: the start page and a result, direction right, both checkers clean', async () => {
      for (const { code: lang, lang: tag } of LANGUAGES) {
        for (const [label, address] of [['start', `?lang=${lang}`], ['result', `?lang=${lang}${RESULT}`]]) {
          await page.goto(`${server.url}${address}`);
          // Lättläst's page says `sv`; the variant is its data-locale.
          await page.waitForFunction(([l, t]) => document.documentElement.lang === t && document.documentElement.dataset.locale === l && !!document.getElementById('main-heading'), [lang, tag]);
          await ready(page);
          const dir = new Intl.Locale(lang).textInfo.direction;
          assert.equal(await page.evaluate(() => document.documentElement.dir), dir, `${lang} ${label}: dir`);
          const violations = await axe(page);
          assert.equal(violations.length, 0, `${lang} ${label}:\n${formatViolations(violations)}`);
        }
      }
    });

    test('two empty Continues: each moves focus to a new summary and is announced; the control says it is invalid', async () => {
      for (const lang of ['sv', 'ar']) {
        for (const name of ['errand', 'municipality']) {
          // A document of its own each time: the addresses differ only in
          // their fragment, and the alert counter must start afresh.
          await page.freshTab();
          await page.goto(`${server.url}${address('register-online', { lang, at: name })}`);
          await ready(page);
          if (name === 'municipality') await page.waitForSelector('.county-browse');
          await twoEmptyContinues(page, { name, lang, what: `${spec.name} ${lang} ${name}` });
        }
      }
    });

    test('the staff overview fits a 1280 px window in Swedish, Arabic and Tigrinya', async () => {
      // The window, not the viewport, is what WebDriver sets: the viewport
      // is a little narrower, which only makes the check stricter.
      const rect = await page.driver.manage().window().getRect();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        for (const lang of ['sv', 'ar', 'ti']) {
          await page.goto(`${server.url}?lang=${lang}&page=overview&staff=1`);
          await ready(page);
          await page.waitForSelector('.overview-table tbody tr');
          assert.deepEqual(await overflow(page), [], `${spec.name} ${lang}`);
        }
      } finally {
        await page.setViewportSize({ width: rect.width, height: rect.height });
      }
    });

    test('lang and dir are right before the app runs: every language, by address, stored choice and browser language', async () => {
      // The app cannot run here (its wasm is refused), so what the page
      // says is what index.html and its head script set, the first thing
      // the accessibility tree gets (issue 25; Chromium also records it the
      // moment the body begins: first-byte.test.mjs).
      const own = await serve(DIST, { faults: new Map([['_bg.wasm', 'status404']]) });
      const langs = LANGUAGES.map((l) => l.code);
      // From the browser's own Unicode data, not from the app's list.
      const direction = (lang) => new Intl.Locale(lang).textInfo.direction;
      const question = address('register-without-eid', { at: 'errand' });
      const read = () => page.evaluate(() => ({
        locale: document.documentElement.dataset.locale,
        lang: document.documentElement.getAttribute('lang'),
        dir: document.documentElement.getAttribute('dir'),
        app: !!document.getElementById('main-heading') || !document.getElementById('boot'),
        browser: [...navigator.languages],
      }));
      const found = [];
      const problems = (what, got, lang) => [
        ...(got.app ? [`${what}: the app ran`] : []),
        ...(got.lang !== LANG[lang] || got.locale !== lang || got.dir !== direction(lang)
          ? [`${what}: lang=${got.lang} data-locale=${got.locale} dir=${got.dir}, not ${LANG[lang]}/${lang}/${direction(lang)}`] : []),
      ];
      const check = (what, got, lang) => found.push(...problems(what, got, lang));
      for (const lang of langs) {
        await page.goto(`${own.url}?page=about`);
        await page.evaluate(() => localStorage.clear());
        for (const [how, address] of [['?lang= to a question', `?lang=${lang}${question}`], ['?lang= to a result', `?lang=${lang}${RESULT}`]]) {
          await page.goto(`${own.url}${address}`);
          check(`${lang}, ${how}`, await read(), lang);
        }
        // A choice stored by an earlier visit, then a link without ?lang=.
        await page.evaluate((l) => localStorage.setItem('vagvisaren.lang', l), lang);
        await page.goto(`${own.url}${question}`);
        check(`${lang}, stored choice`, await read(), lang);
      }
      // Nothing stored, no ?lang=: the browser's language (this engine's
      // own list, read from the page), else Swedish.
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${own.url}?page=about`);
      const got = await read();
      const wanted = got.browser.map((t) => t.split(/[-_]/)[0].toLowerCase()).find((c) => langs.includes(c)) ?? 'sv';
      check(`browser language ${got.browser}`, got, wanted);
      await own.close();
      assert.deepEqual(found, []);

      // Planted: index.html whose head script does not set them, as before
      // (its CSP hash then no longer matches, so it does not run at all).
      const dir = copyDist();
      const index = path.join(dir, 'index.html');
      const html = fs.readFileSync(index, 'utf8');
      const late = html.replace(/root\.lang = [^;]+;/, '').replace(/root\.dir = [^;]+;/, '');
      assert.notEqual(late, html, 'the head script sets lang and dir as the fault expects');
      rewrite(index, late);
      const faulty = await serve(dir, { faults: new Map([['_bg.wasm', 'status404']]) });
      const rtl = langs.find((l) => direction(l) === 'rtl');
      await page.goto(`${faulty.url}?lang=${rtl}${question}`);
      const planted = problems('planted', await read(), rtl);
      await faulty.close();
      fs.rmSync(dir, { recursive: true });
      assert.ok(planted.some((p) => p.includes('lang=sv ') && p.includes(' dir=ltr,')), planted.join('\n'));
    });

    test('the staff desk in Arabic + Swedish, then New visitor', async () => {
      // An origin of its own (no stored preferences) in a tab of its own (no
      // earlier test's pages to go back to).
      const own = await serve(DIST);
      await page.setViewportSize({ width: 1100, height: 900 });
      await deskJourney(page, own.url, 'ar', 'register-without-eid-language');
      await page.setViewportSize({ width: 1280, height: 800 });
      await own.close();
    });

    test('offline after one visit: the server gone, the journey still works', async () => {
      // A server of its own, stopped half-way: WebDriver has no offline
      // switch, so "offline" is every request failing, as on a dead
      // connection (the browser's own online flag stays on; the offline
      // notice that follows it is Chromium's test).
      const own = await serve(DIST);
      await visitOnce(page, `${own.url}${SV}`);
      own.server.closeAllConnections();
      await own.close();
      await page.reload();
      await ready(page);
      const result = await journey(page, `${own.url}${SV}`, ANSWERS, typed('register-without-eid-kiruna'));
      assert.match(result, /Kiruna/);
      assert.match(await text(page, 'body'), /kan vara gamla/);
    });

    test('a tampered pages chunk is refused (its integrity is checked); the page says so', async () => {
      const dir = copyDist();
      const chunk = chunkOf(dir);
      const bytes = fs.readFileSync(path.join(dir, chunk));
      bytes[bytes.length - 1] ^= 0xff;
      rewrite(path.join(dir, chunk), bytes);
      const tampered = await serve(dir);
      await page.goto(`${tampered.url}${SV}&step=errand`);
      await ready(page);
      assert.match(await text(page, 'h1'), /Sidan kunde inte hämtas/);
      assert.equal(await page.$('input[name="errand"]'), null);
      await tampered.close();
      fs.rmSync(dir, { recursive: true });
    });
  });
}
