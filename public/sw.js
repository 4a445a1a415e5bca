// Vägvisaren's service worker: after one visit the app works offline.
// - The page (index.html) is network-first, so a new version is picked up
//   as soon as the network is there; its hashed JS, wasm and CSS are
//   cache-first (a hash never changes content), so an old page always runs
//   with its own old files and a new page with its new ones — never a mix.
// - Locale files and the service data are network-first; when they come
//   from the cache the response carries `x-vagvisaren-cached: 1` so the app
//   can say the data may be old.
// Only same-origin GETs of this deployment's own files are touched (see
// `own` below). BUILD is stamped at build time.
const BUILD = '__BUILD__';
// The path this build is served under ('/', '/vagvisaren/'), and what its
// caches' names start with (build/inputs.rs, cache_prefix): Cache Storage
// and the worker registrations belong to the whole origin, so two
// deployments on one host (say / and /vagvisaren/) must tell theirs apart.
const BASE = '__BASE__';
const PREFIX = '__CACHE_PREFIX__';
const CACHE = `${PREFIX}${BUILD}`;
// A cache of this deployment: the prefix and a build id, which has no '/'
// (another deployment's name goes on with its own path).
const ours = (key) => key.startsWith(PREFIX) && !key.slice(PREFIX.length).includes('/');
// This deployment's addresses: the page (the base path, or index.html
// under it) and the files beside it — the build's own, the texts, the
// data. A worker at '/' also sees the requests of a page under
// '/vagvisaren/' (its scope covers that path, until that page's own worker
// is installed): those are passed to the network untouched.
const page = (path) => path === BASE || path === `${BASE}index.html`;
const own = (path) => path.startsWith(BASE)
  && /^(?:[^/]+|locales\/[^/]+\/[^/]+\.ftl|data\/[^/]+\.json)$/.test(path.slice(BASE.length));
// The wasm chunks the app fetches later (stamped at build time).
const CHUNKS = '__CHUNKS__';
// Every language's texts and the service data, so a service-office desk
// without network can still switch to any language and show the overview
// after one online visit (a few KB each). The build writes both lists
// from the domain's `Locale::ALL` and `locale::FTL_FILES` (xtask/src/fill.rs).
const LOCALES = '__LOCALES__';
const FTL_FILES = '__FTL_FILES__';
const DATA = ['data/services.json'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    // The page's own assets, by their hashed names.
    const assets = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|wasm|css|webmanifest|svg))"/g)].map((m) => m[1]);
    const wasm = [...html.matchAll(/['"]([^'"]+_bg\.wasm)['"]/g)].map((m) => m[1]);
    await cache.put('./', page);
    // The worker is registered after the app has mounted, so this runs once
    // the first view is on screen, not in its way.
    const texts = LOCALES.flatMap((l) => FTL_FILES.map((f) => `locales/${l}/${f}`));
    await cache.addAll([...new Set([...assets, ...wasm, ...CHUNKS, ...texts, ...DATA])]);
    await self.skipWaiting();
  })());
});

// This worker takes over open tabs at once (skipWaiting, claim), and a tab
// opened on the previous build keeps running that build: it may still ask
// for the previous build's pages chunk, which the server no longer has. So
// the previous build's cache is kept, hashed files are looked up in every
// cache of ours, and only older caches are deleted. (`caches.keys()` lists
// caches in the order they were created.)
const KEEP_PREVIOUS = 1;

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const older = (await caches.keys()).filter((key) => ours(key) && key !== CACHE);
    for (const key of older.slice(0, Math.max(0, older.length - KEEP_PREVIOUS))) await caches.delete(key);
    await self.clients.claim();
  })());
});

function marked(response) {
  const headers = new Headers(response.headers);
  headers.set('x-vagvisaren-cached', '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request, cacheKey, mark) {
  const cache = await caches.open(CACHE);
  try {
    // A navigation Request cannot be re-sent with options: fetch its URL,
    // without the fragment (the answers live there; no request carries it).
    const target = new URL(request.url);
    target.hash = '';
    const response = await fetch(target.href, { cache: 'no-cache' });
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return mark ? marked(cached) : cached;
    throw error;
  }
}

/** Whether a response's body has one of the digests an SRI string names. */
async function hasIntegrity(response, integrity) {
  const body = await response.clone().arrayBuffer();
  const algorithms = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
  for (const token of integrity.split(/\s+/)) {
    const dash = token.indexOf('-');
    const algorithm = algorithms[token.slice(0, dash)];
    if (!algorithm) continue;
    const digest = new Uint8Array(await crypto.subtle.digest(algorithm, body));
    if (btoa(String.fromCharCode(...digest)) === token.slice(dash + 1)) return true;
  }
  return false;
}

// A damaged copy in the cache (a server that once sent a broken file) would
// fail the page's integrity check on every visit: it is dropped and the
// file fetched again, itself checked against the same integrity.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached && (!request.integrity || await hasIntegrity(cached, request.integrity))) return cached;
  if (cached) await cache.delete(request);
  // A tab still on the previous build asks for that build's files (from
  // this deployment's caches only).
  for (const key of (await caches.keys()).filter((k) => ours(k) && k !== CACHE)) {
    const previous = await (await caches.open(key)).match(request);
    if (previous && (!request.integrity || await hasIntegrity(previous, request.integrity))) return previous;
  }
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every address of the app is the same page with a different query
    // (preferences) and fragment (answers).
    if (page(url.pathname)) event.respondWith(networkFirst(request, './', false));
    return;
  }
  // Another deployment's file, or nothing of ours: the network's.
  if (!own(url.pathname)) return;
  if (url.pathname.endsWith('.ftl') || url.pathname.endsWith('.json')) {
    event.respondWith(networkFirst(request, url.pathname, true));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
