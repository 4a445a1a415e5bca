// The accessibility statement in all six languages: every part DIGG asks
// for is there (who is responsible, compliance status with what is not
// verified, how and when it was made, how to report, DIGG), the missing
// contact of this repository's config/site.toml is said plainly, and axe
// finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, ready, axe, formatViolations, DIST } from './browser.mjs';
import { LANGUAGES } from './fixtures.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const { code: lang } of LANGUAGES) {
  test(`accessibility statement in ${lang}`, async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`${server.url}?lang=${lang}&page=about`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
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
    assert.ok(parts.responsible.length > 10, `${lang}: who is responsible (or that no one is configured)`);
    assert.ok(parts.noContact.length > 10, `${lang}: the missing contact is said`);
    assert.equal(parts.unverified, 4, `${lang}: what the tests do not show`);
    assert.ok(parts.digg, `${lang}: DIGG`);
    assert.ok(parts.phone, `${lang}: a way to get help meanwhile`);
    assert.ok(parts.h3.length >= 5, `${lang}: the statement's sections: ${parts.h3}`);
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${lang}\n${formatViolations(violations)}`);
    await context.close();
  });
}
