// At the end of the body: on the start page, shows the pre-rendered page
// in the language src/boot-head.js picked (it set the document's
// data-locale: the app's id of the language, which tells Lättläst from
// Swedish where lang cannot).
// The app replaces all of #boot when it mounts; if the two ever disagree,
// the app wins.
(() => {
  const root = document.documentElement;
  const page = document.querySelector(`.prerender[data-locale="${root.dataset.locale}"]`);
  if (!page || root.dataset.boot !== 'start') return;
  page.hidden = false;
  page.querySelector('main').hidden = false;
  document.getElementById('boot-generic').hidden = true;
  if (new URLSearchParams(location.search).has('lang')) {
    page.querySelector('.button--start').search = `?lang=${root.dataset.locale}`;
  }
  // Start before the wasm has arrived only sets the fragment (no
  // request): leave the start page for the neutral view until then.
  addEventListener('hashchange', () => {
    if (!document.getElementById('boot')) return;
    page.hidden = true;
    document.getElementById('boot-generic').hidden = false;
  });
})();
