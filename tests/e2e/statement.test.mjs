// The accessibility statement in all six languages: every part DIGG asks
// for is there (who is responsible, compliance status with what is not
// verified, how and when it was made, how to report, DIGG), the missing
// contact of this repository's config/site.toml is said plainly, and axe
// finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, DIST } from './browser.mjs';
import { LANG, LANGUAGES } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** What DIGG asks a statement to have that the page lacks (empty: all there). */
async function missingParts(page) {
    const parts = await page.evaluate(() => {
      const main = document.querySelector('main');
      const h3 = [...main.querySelectorAll('h3')].map((h) => h.textContent.trim()).filter(Boolean);
      return {
        responsible: main.querySelector('.a11y-responsible')?.textContent.trim() ?? '',
        noContact: main.querySelector('.a11y-no-contact')?.textContent.trim() ?? '',
        unverified: main.querySelectorAll('h3 + p + ul.list--bullet > li').length,
        digg: !!main.querySelector('a[href="https://www.digg.se"]'),
        phone: !!main.querySelector('a[href="tel:+46771416416"]'),
        h3,
      };
    });
    return Object.entries({
      'who is responsible (or that no one is configured)': parts.responsible.length > 10,
      'the missing contact is said': parts.noContact.length > 10,
      'what the tests do not show': parts.unverified === 4,
      DIGG: parts.digg,
      'a way to get help meanwhile': parts.phone,
      "the statement's sections": parts.h3.length >= 5,
    }).filter(([, there]) => !there).map(([part]) => part);
}

for (const { code: lang } of LANGUAGES) {
  test(`accessibility statement in ${lang}`, async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`${server.url}?lang=${lang}&page=about`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), LANG[lang]);
    assert.deepEqual(await missingParts(page), [], lang);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${lang}\n${formatViolations(violations)}`);
    await context.close();
  });
}

// Planted faults: a statement without DIGG's address and without who is
// responsible is caught.
test('the statement check catches missing parts', async () => {
  const { context, page } = await newPage(browser, server.url);
  await page.goto(`${server.url}?lang=sv&page=about`);
  await ready(page);
  await page.evaluate(() => {
    document.querySelector('main a[href="https://www.digg.se"]').remove();
    document.querySelector('main .a11y-responsible').remove();
  });
  assert.deepEqual(await missingParts(page), ['who is responsible (or that no one is configured)', 'DIGG']);
  await context.close();
});
