// Picks the visit's language as `initial_locale` in src/lib.rs does
// (?lang=, the stored choice, the browser's languages, Swedish), then
// fetches its texts beside the wasm rather than after it, and on the
// start page shows that language's pre-rendered page. The app replaces
// all of #boot when it mounts; if the two ever disagree, the app wins.
(() => {
  const known = ['sv', 'en', 'ar', 'fa', 'so', 'ti'];
  const pick = (tag) => {
    const code = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return known.includes(code) ? code : null;
  };
  const params = new URLSearchParams(location.search);
  let stored = null;
  let staff = params.get('staff') === '1';
  try {
    stored = localStorage.getItem('vagvisaren.lang');
    staff = staff || localStorage.getItem('vagvisaren.staff') === '1';
  } catch (_) {}
  const lang = pick(params.get('lang')) || (known.includes(stored) ? stored : null)
    || (navigator.languages || []).map(pick).find(Boolean) || 'sv';
  for (const file of ['shell', 'flow', 'staff']) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `locales/${lang}/${file}.ftl`;
    document.head.append(link);
  }
  const page = document.querySelector(`.prerender[lang="${lang}"]`);
  // The answers live in the fragment: a fragment means a journey.
  const startPage = [...params.keys()].every((k) => k === 'lang') && !location.hash;
  if (page && startPage && !staff) {
    page.hidden = false;
    page.querySelector('main').hidden = false;
    document.getElementById('boot-generic').hidden = true;
    document.documentElement.lang = lang;
    document.documentElement.dir = page.dir;
    if (params.has('lang')) {
      page.querySelector('.button--start').search = `?lang=${lang}`;
    }
    // Start before the wasm has arrived only sets the fragment (no
    // request): leave the start page for the neutral view until then.
    addEventListener('hashchange', () => {
      if (!document.getElementById('boot')) return;
      page.hidden = true;
      document.getElementById('boot-generic').hidden = false;
    });
  }
})();
