// What the tests know of the app, from the domain's own tables
// (tests/fixtures.json, written by domain/tests/fixtures.rs and kept current
// by its golden test): no suite keeps its own list of languages, answer
// keys or complete-answer addresses.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';

export const FIXTURES = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures.json'), 'utf8'));

/**
 * Every language: `{ code, lang, dir, script }`, Swedish (the source)
 * first. `code` is the app's id (`?lang=`, `data-locale`), `lang` what the
 * page's `lang` attribute says: Lättläst's code is `sv-x-lattlast`, its
 * lang `sv`.
 */
export const LANGUAGES = FIXTURES.languages;
/** Language code → the `lang` attribute its texts carry. */
export const LANG = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.lang]));
/** Language code → `ltr` | `rtl`. */
export const DIRECTION = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.dir]));
/** The keys that carry what a person answered (they live only in the fragment). */
export const ANSWER_KEYS = FIXTURES.answerKeys;
/** The FTL files the app fetches, by part (`locale::Part`). */
export const TEXT_FILES = FIXTURES.textFiles;

/**
 * A named scenario (domain/tests/fixtures.rs): `answers` (question key →
 * value, only what the flow asks), `municipality` ({ code, name, typed } or
 * null when skipped), and the canonical fragments of its `result`, `check`
 * page and each of its `questions`.
 */
export function scenario(name) {
  const s = FIXTURES.scenarios[name];
  if (!s) throw new Error(`no scenario ${name} in tests/fixtures.json`);
  return s;
}

/** The municipality answer as the keyboard walker types it: [typed, code], or [null]. */
export function typed(name) {
  const m = scenario(name).municipality;
  return m ? [m.typed, m.code] : [null];
}

/** The address of a scenario's result (or `check`, or a question) in a language. */
export function address(name, { lang, at = 'result' } = {}) {
  const s = scenario(name);
  const fragment = at === 'result' || at === 'check' ? s[at] : s.questions[at];
  if (fragment === undefined) throw new Error(`${name} has no ${at}`);
  return `${lang ? `?lang=${lang}` : ''}${fragment}`;
}
