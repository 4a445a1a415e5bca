#!/usr/bin/env bash
# Benchmark (not a timed test): builds the release bundle, prints the bytes
# of the first view and of each later download (raw, gzip -9, brotli -q 11),
# then runs Lighthouse (mobile emulation, Debian's Chromium) against the
# build served by nginx on 127.0.0.1, three times, and prints the median figures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo xtask build --release >/dev/null
echo "== Bytes (budget: first view <= 120 KB brotli)"
python3 - <<'PY'
import glob, gzip, os, subprocess
def sizes(p):
    raw = open(p, 'rb').read()
    br = subprocess.run(['brotli', '-q', '11', '-c', p], capture_output=True).stdout
    return len(raw), len(gzip.compress(raw, 9)), len(br)
first = ['dist/index.html'] + [j for j in glob.glob('dist/*.js') if not j.endswith('sw.js')] + glob.glob('dist/*_bg.wasm') + glob.glob('dist/*.css') \
    + [f'dist/locales/sv/{f}' for f in ('shell.ftl', 'flow.ftl', 'staff.ftl')]
later = sorted(w for w in glob.glob('dist/*.wasm') if not w.endswith('_bg.wasm')) + ['dist/data/services.json', 'dist/sw.js', 'dist/manifest.webmanifest', 'dist/icon.svg'] + \
    [f'dist/locales/{l}/{f}' for l in ('en', 'ar', 'fa', 'so', 'ti') for f in ('shell.ftl', 'flow.ftl', 'staff.ftl')]
def table(title, files):
    t = [0, 0, 0]
    print(f'-- {title}')
    for f in files:
        s = sizes(f); t = [a + b for a, b in zip(t, s)]
        print(f'   {f[5:]:44s} {s[0]:8d} {s[1]:8d} {s[2]:8d}')
    print(f'   {"TOTAL":44s} {t[0]:8d} {t[1]:8d} {t[2]:8d}   ({t[2]/1024:.1f} KiB brotli)')
    return t
print(f'   {"file":44s} {"raw":>8s} {"gzip":>8s} {"brotli":>8s}')
first_total = table('first view (HTML + JS + WASM + CSS + Swedish locale)', first)
verdict = 'within' if first_total[2] <= 120_000 else 'OVER'
print(f'   first view: {first_total[2]} B brotli, {verdict} the budget of 120 KB (120 000 B)')
table('later downloads (the other pages, data, offline, other locales)', later)
PY

# Served as deployed: nginx with deploy/nginx/ and the build's precompressed
# files (tests/e2e/nginx.mjs). Lighthouse counts the server's time, so a
# server that compresses on each request would be measured instead.
echo "== Lighthouse (mobile, simulated slow 4G, median of 3, served by nginx)"
VV_SERVER=nginx node - <<'JS'
import('./tests/e2e/server.mjs').then(async ({ serve }) => {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve(process.cwd() + '/dist', { brotli: true });
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
  // The start page, and a result page as the first page (a shared link or
  // the staff's QR code): that one needs both wasm modules, the data and a
  // locale before it shows more than the boot view.
  const RESULT = '#adaptations=no&confirmed=1&digital=with-help&errand=etablering&language_support=yes&municipality=2425';
  const pages = [
    ['start page', server.url, 'performance >= 98, LCP <= 1800 ms, TBT <= 50 ms, CLS 0'],
    ['result page as first page', server.url + RESULT, 'performance >= 95, LCP <= 2500 ms'],
  ];
  for (const [name, url, budget] of pages) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: flags });
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const a = r.lhr.audits, c = r.lhr.categories;
      runs.push({ perf: c.performance.score * 100, a11y: c.accessibility.score * 100, bp: c['best-practices'].score * 100,
        fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue });
      await chrome.kill();
    }
    const median = (k) => runs.map((r) => r[k]).sort((x, y) => x - y)[1];
    const fmt = (k, d = 0) => median(k).toFixed(d);
    console.log(`-- ${name}`);
    console.log(`   performance ${fmt('perf')}  accessibility ${fmt('a11y')}  best-practices ${fmt('bp')}`);
    console.log(`   FCP ${fmt('fcp')} ms  LCP ${fmt('lcp')} ms  TBT ${fmt('tbt')} ms  CLS ${fmt('cls', 3)}`);
    console.log(`   budget: ${budget}`);
  }
  await server.close();
});
JS
