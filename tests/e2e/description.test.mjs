// Every page has a meta description in its language (Lighthouse SEO): the
// static page carries the Swedish one, and the app sets the visit's
// language's `meta-description` from Fluent on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch, newPage, ready, DIST, ROOT } from './browser.mjs';
import { LANGUAGES } from './fixtures.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(DIST); });
after(async () => { await browser?.close(); await server?.close(); });

/** The FTL's meta-description for a language, as the page shows it. */
function expected(lang) {
  const ftl = fs.readFileSync(path.join(ROOT, 'locales', lang, 'shell.ftl'), 'utf8');
  return ftl.split('\n').find((l) => l.startsWith('meta-description = ')).slice('meta-description = '.length).trim();
}

const description = (page) => page.evaluate(() => [...document.querySelectorAll('meta[name="description"]')].map((m) => m.content));

test('the description is in the page\'s language, on the start page and after it', async () => {
  for (const { code: lang } of LANGUAGES) {
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`${server.url}?lang=${lang}`);
    await ready(page);
    assert.deepEqual(await description(page), [expected(lang)], `${lang}: start page`);
    await page.goto(`${server.url}?lang=${lang}&page=about`);
    await ready(page);
    assert.deepEqual(await description(page), [expected(lang)], `${lang}: About`);
    await context.close();
  }
});

test('without the app the static page has the Swedish description', async () => {
  const { context, page } = await newPage(browser, server.url, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.deepEqual(await description(page), [expected('sv')]);
  assert.notEqual(expected('sv'), expected('ar'), 'the check can tell the languages apart');
  await context.close();
});
