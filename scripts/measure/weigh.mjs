// The sizes a decision of docs/adr/ is weighed by, brotli quality 11 as
// tests/e2e/budget.test.mjs counts them: the first view (index.html, the
// files it names, the Swedish first-view texts), the main wasm, the pages
// chunk and its stylesheet. Prints one JSON object.
// usage: node scripts/measure/weigh.mjs <dist>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve(process.argv[2] ?? 'dist');
const brotli = (file) => {
  const bytes = fs.readFileSync(path.join(dir, file));
  return zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
};
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const base = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/^const BASE = '([^']+)';$/m)[1];
const under = (p) => p.slice(base.length);
const named = [
  ...[...html.matchAll(/<link rel="(?:stylesheet|modulepreload)" href="([^"]+)"/g)].map((m) => under(m[1])),
  ...[...html.matchAll(/fetch\('([^']+\.wasm)'/g)].map((m) => under(m[1])),
];
const texts = JSON.parse(html.match(/const firstView = (\[[^\]]*\]);/)[1].replaceAll("'", '"')).map((f) => `locales/sv/${f}`);
const files = fs.readdirSync(dir);
const one = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one file like ${re} in ${dir}: ${found}`);
  return found[0];
};
// The first view's stylesheet is the one linked outside the <template>.
const pagesCss = html.match(/<template id="pages-css"><link rel="stylesheet" href="([^"]+)"/)?.[1];
const firstView = ['index.html', ...named.filter((f) => f !== (pagesCss && under(pagesCss))), ...texts];
console.log(JSON.stringify({
  first_view: firstView.reduce((sum, f) => sum + brotli(f), 0),
  main_wasm: brotli(one(/_bg\.wasm$/)),
  pages_chunk: brotli(one(/^split-.*\.wasm$/)),
  pages_css: pagesCss ? brotli(under(pagesCss)) : 0,
}));
