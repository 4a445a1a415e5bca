// Runs in <head>, before the body is parsed: picks the visit's language as
// `initial_locale` in src/lib.rs does (?lang=, the stored choice, the
// browser's languages, Swedish) and sets the document's lang and dir at
// once, so the first accessibility tree already has them (a screen reader
// picks its voice from them); then fetches the texts, and on a deep link
// the pages chunk and the data, beside the wasm rather than after it. The
// app keeps lang and dir right when the language changes.
(() => {
  // The build writes the lists from the domain (xtask/src/fill.rs).
  const known = '__LOCALES__';
  const rtl = '__RTL__';
  // One of our codes exactly (Lättläst's `sv-x-lattlast`), else a
  // browser tag by its language (`sv-SE` is `sv`): Locale::from_tag.
  const pick = (tag) => {
    const t = String(tag || '').trim().toLowerCase();
    const code = known.includes(t) ? t : t.split(/[-_]/)[0];
    return known.includes(code) ? code : null;
  };
  const params = new URLSearchParams(location.search);
  let stored = null;
  let staff = params.get('staff') === '1';
  // This deployment's keys, the app's own (build/inputs.rs, storage_prefix):
  // 'vagvisaren.lang' at the root of a host, per base path elsewhere.
  try {
    stored = localStorage.getItem('__LANG_KEY__');
    staff = staff || localStorage.getItem('__STAFF_KEY__') === '1';
  } catch (_) {}
  const lang = pick(params.get('lang')) || (known.includes(stored) ? stored : null)
    || (navigator.languages || []).map(pick).find(Boolean) || 'sv';
  const root = document.documentElement;
  // The text's language: a private-use variant (`-x-…`) is written in
  // the language before it (Locale::lang; xtask/src/fill.rs checks).
  root.lang = lang.split('-x-')[0];
  root.dataset.locale = lang;
  root.dir = rtl.includes(lang) ? 'rtl' : 'ltr';
  const preload = (href, integrity) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    if (integrity) link.integrity = integrity;
    link.href = href;
    document.head.append(link);
  };
  // The answers live in the fragment: a fragment means a journey.
  const startPage = [...params.keys()].every((k) => k === 'lang') && !location.hash && !staff;
  // The start page needs only the first view's texts; any other page (and
  // staff mode) the pages' texts too (`locale::Part`).
  const firstView = '__FIRST_VIEW_FTL__';
  const pages = '__PAGES_FTL__';
  for (const file of startPage ? firstView : [...firstView, ...pages]) {
    preload(`locales/${lang}/${file}`);
  }
  // Any page but the start page needs the main wasm at once; the loader
  // would ask for it only once the glue module has arrived and run, a
  // round trip later. (Lighthouse's model, which shares one link's
  // bandwidth among parallel downloads, shows no gain; a phone waits the
  // round trip.) The loader's fetch takes the preload over: one download
  // (tests/e2e/budget.test.mjs).
  if (!startPage) preload('__MAIN_WASM__', '__MAIN_WASM_INTEGRITY__');
  // Any other page (a shared link, the staff's QR code) is drawn by the
  // pages chunk, and a municipality's answer needs its service data. The
  // build writes the chunk's name and integrity here (none in a debug
  // build, which has no chunk).
  const chunk = '__PAGES_CHUNK__';
  if (chunk && !startPage) preload(chunk, '__PAGES_CHUNK_INTEGRITY__');
  // The overview, the municipality question and a result (or the check
  // page) need the service data: always the whole file, as the app reads
  // it (a file of its own per municipality would tell the server the
  // answer: src/state/data.rs). Fetched here and its body kept on
  // `vvData`, not only preloaded: the pages chunk, arriving later, reads it
  // at once (src/browser/service_data.rs, take_early), so a result's first
  // paint already names the place; a place arriving a task later pushed
  // the steps down (a layout shift). A failed fetch leaves the app to
  // fetch it itself, with its own failure states.
  if (params.get('page') === 'overview' || /(^#|&)(municipality=|step=municipality)/.test(location.hash)) {
    const early = window.vvData = {};
    early.promise = fetch('data/services.json')
      .then((r) => (r.ok ? r.text().then((body) => [body, r.headers.has('x-vagvisaren-cached')]) : null))
      .catch(() => null)
      .then((got) => { if (got) [early.body, early.cached] = got; return got; });
  }
  // The pages' stylesheet, from its inert <template> (the start page never
  // fetches it): added now on any other page, else when the app asks (the
  // pages chunk waits for it: src/browser/document.rs). A failed load is
  // forgotten, so the app's "Try again" adds it anew.
  let pagesCss;
  window.vvPagesCss = () => pagesCss ??= new Promise((resolve, reject) => {
    const link = document.getElementById('pages-css').content.firstElementChild.cloneNode();
    link.onload = resolve;
    link.onerror = () => { pagesCss = undefined; link.remove(); reject(new Error('pages.css')); };
    document.head.append(link);
  });
  if (!startPage) window.vvPagesCss().catch(() => {});
  // The body's boot script shows the pre-rendered start page.
  root.dataset.boot = startPage ? 'start' : 'page';
})();
