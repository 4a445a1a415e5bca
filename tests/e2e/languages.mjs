// The languages the build ships, as the domain lists them (`Locale::ALL`,
// domain/src/locale.rs): read from the boot script of dist/index.html,
// where the build stamps the list (xtask/src/fill.rs), so a seventh
// language is covered by itself. The direction a language is written in
// comes from the browser's own data (Intl), not from the app's list.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './browser.mjs';

/** The language codes in the order the domain lists them. */
export function shippedLanguages(dist = DIST) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const list = html.match(/const known = \[([^\]]*)\];/)?.[1];
  assert.ok(list, 'dist/index.html has the stamped language list (const known = [...])');
  const codes = [...list.matchAll(/'([a-z]{2,3})'/g)].map((m) => m[1]);
  assert.ok(codes.length >= 6 && codes[0] === 'sv', `the stamped list: ${codes}`);
  return codes;
}

/** 'rtl' or 'ltr', from Unicode's data as the JavaScript engine has it. */
export function direction(lang) {
  return new Intl.Locale(lang).textInfo.direction;
}
