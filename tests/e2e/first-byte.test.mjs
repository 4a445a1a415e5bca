// The document's language and direction from the first byte (issue 25). A
// screen reader chooses its voice from the `lang` the page has when it is
// first exposed, before the app has run: Orca read Arabic with a Swedish
// voice when only the app set it. So, for every language the build ships,
// opened by a link with ?lang=, by a shared result link, by a stored choice
// and by the browser's language, `lang` and `dir` must already be right
// the moment the body starts to be parsed (recorded by a script that runs
// before any of the page's own), and still right once the app has run.
// Firefox and WebKit: engines.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, rewrite } from './server.mjs';
import { launch, newPage, ready, DIST } from './browser.mjs';
import { LANGUAGES, LANG, address } from './fixtures.mjs';

// The languages from the domain (tests/fixtures.json); the direction each
// is written in from the browser's own Unicode data, not from the app.
const LANGS = LANGUAGES.map((l) => l.code);
const direction = (lang) => new Intl.Locale(lang).textInfo.direction;
const RESULT = address('etablering-language-dorotea');
const FIRST_QUESTION = address('etablering-language-dorotea', { at: 'errand' });

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Runs in the page before any of its scripts: notes `lang`, `dir` and
 * the parser's state the moment `<body>` exists. `readyState` is still
 * "loading" then, and the app (a module script, run only after parsing)
 * cannot have run.
 */
function recordAtBody() {
  new MutationObserver((_, observer) => {
    if (!document.body || window.__vvFirst) return;
    const html = document.documentElement;
    window.__vvFirst = {
      locale: html.dataset.locale,
      lang: html.getAttribute('lang'),
      dir: html.getAttribute('dir'),
      readyState: document.readyState,
      app: !!document.getElementById('main-heading'),
    };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** What a page shows first and after the app, opened as `how` says. */
async function open(base, { url, locale, stored }) {
  const { context, page } = await newPage(browser, base, { locale });
  try {
    if (stored) {
      // A visit before this one chose the language (the app stores it).
      // Another address than the next, so the next is a new document, not
      // a move within this one.
      await page.goto(`${base}?page=about`);
      await page.evaluate((l) => localStorage.setItem('vagvisaren.lang', l), stored);
    }
    await page.addInitScript(recordAtBody);
    await page.goto(base + url);
    const first = await page.evaluate(() => window.__vvFirst ?? null);
    assert.ok(first, `${url}: a new document, recorded when its body began`);
    await ready(page);
    const after = await page.evaluate(() => ({ locale: document.documentElement.dataset.locale, lang: document.documentElement.lang, dir: document.documentElement.dir }));
    return { first, after };
  } finally {
    await context.close();
  }
}

/** Every way the record differs from what `lang` needs. */
function problems({ first, after }, lang) {
  // Lättläst's page says `sv`; the variant is its data-locale.
  const want = { lang: LANG[lang], locale: lang, dir: direction(lang) };
  const differs = (got) => got.lang !== want.lang || got.locale !== want.locale || got.dir !== want.dir;
  const found = [];
  if (first.readyState !== 'loading' || first.app) found.push(`recorded too late (${first.readyState}, app ${first.app})`);
  if (differs(first)) found.push(`at the first byte of the body: lang=${first.lang} data-locale=${first.locale} dir=${first.dir}, not ${want.lang}/${want.locale}/${want.dir}`);
  if (differs(after)) found.push(`after the app: lang=${after.lang} data-locale=${after.locale} dir=${after.dir}`);
  return found;
}

/** The ways a visit's language is chosen, for one language. */
function ways(lang) {
  // A browser language that is not this one, so the address or the stored
  // choice must win over it.
  const other = lang === 'sv' ? 'en-GB' : 'sv-SE';
  return [
    ['a link with ?lang= to a question', { url: `?lang=${lang}${FIRST_QUESTION}`, locale: other }],
    ['a shared result link', { url: `?lang=${lang}${RESULT}`, locale: other }],
    ['the start page by ?lang=', { url: `?lang=${lang}`, locale: other }],
    ['a stored choice, then a question', { url: FIRST_QUESTION, locale: other, stored: lang }],
    // A browser's language is a real language: a variant (Lättläst) is
    // only ever chosen in the app.
    ...(LANG[lang] === lang ? [['the browser\'s language, then a result', { url: RESULT, locale: lang }]] : []),
  ];
}

test('lang and dir are right when the body begins, for every language and every way in', async () => {
  const found = [];
  for (const lang of LANGS) {
    for (const [how, visit] of ways(lang)) {
      const record = await open(server.url, visit);
      for (const p of problems(record, lang)) found.push(`${lang}, ${how}: ${p}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the check catches a page whose lang and dir only the app sets', async () => {
  // Planted: index.html as it was before, its head script not setting them
  // (its CSP hash then no longer matches, so it does not run at all).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-firstbyte-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  const late = html.replace(/root\.lang = [^;]+;/, '').replace(/root\.dir = [^;]+;/, '');
  assert.notEqual(late, html, 'the head script sets lang and dir as the fault expects');
  rewrite(index, late);
  const faulty = await serve(dir);
  try {
    const rtl = LANGS.find((l) => direction(l) === 'rtl');
    const found = problems(await open(faulty.url, ways(rtl)[0][1]), rtl);
    assert.ok(found.some((p) => p.startsWith('at the first byte of the body: lang=sv ') && p.includes(' dir=ltr,')), found.join('\n'));
    // The app still puts them right later: what the accessibility tree
    // had missed.
    assert.ok(!found.some((p) => p.startsWith('after the app')), found.join('\n'));
  } finally {
    await faulty.close();
    fs.rmSync(dir, { recursive: true });
  }
});
