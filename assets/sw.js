// Steunwijzer's service worker: after one visit the app works without a network, so a bad wifi
// in the council chamber cannot break a presentation.
//
// What it guarantees (see ARCHITECTURE.md, Invariants):
// - The cached app is only ever replaced by a complete, valid new version: an index.html that
//   names build files, each of which was fetched, checked and cached first. A captive portal's
//   page, a 503 or a half-finished deploy never replaces it.
// - A data file in the cache (the last good copy) is only replaced by a copy the running app has
//   read without an error: a new answer that parses and has the file's shape waits beside it
//   (PENDING) until the page reports, by postMessage, that it accepted exactly that text. A data
//   file a half-finished deploy put up before its app (one the cached app refuses) is shown
//   online, as it is what the server says, but never becomes the offline copy.
// - Pages and data: network first, without the HTTP cache (`cache: 'no-cache'`), so a new deploy
//   is picked up when online; the cache when offline, when the network fails or gives a bad
//   answer, or when it has not answered within NETWORK_TIMEOUT_MS.
// - Build files carry a hash in their names and never change: cache first, and only an answer
//   of the right type is cached (a portal answers every path with HTML).
const CACHE = 'steunwijzer';
const INDEX = '/index.html';
const DATA_FILES = ['/assets/data/collectief.json', '/assets/data/parameters.json'];
/** Bad wifi can leave a request hanging without ever failing. */
const NETWORK_TIMEOUT_MS = 4000;

/** A pre-rendered page other than index.html names its route (src/bin/prerender.rs); only
 * index.html, which every route can start from, is the cached app. */
const isOtherPage = (html) => /<meta name="steunwijzer-route"/.test(html);

/** The build files an index.html refers to. */
function buildFiles(html) {
  return [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
}

// Browsers refuse a module script or a stylesheet of another type; wasm-bindgen also loads wasm
// served as application/octet-stream, so for wasm only text (a portal's page) is refused.
const BUILD_TYPES = { js: /javascript/, css: /^text\/css/, wasm: /^(?!text\/)/ };

/** Whether an answer can be what the file at `path` is: right status, and not a page of HTML
 * where a script, wasm, stylesheet or image belongs. */
function fitsPath(path, response) {
  if (!response.ok || response.type === 'opaque') return false;
  const type = response.headers.get('content-type') ?? '';
  const extension = path.split('.').pop();
  if (BUILD_TYPES[extension]) return BUILD_TYPES[extension].test(type);
  return !/^text\/html/.test(type);
}

/** Whether a data answer parses and has the shape of its file; the app checks every fact later,
 * this only keeps a portal page or a truncated answer out of the cache. */
async function isValidData(path, response) {
  if (!response.ok) return false;
  try {
    const json = JSON.parse(await response.text());
    if (path.endsWith('/parameters.json')) return Array.isArray(json.parameters) && json.parameters.length > 0;
    if (path.endsWith('/collectief.json')) return Array.isArray(json.initiatives) && json.initiatives.length > 0;
    return json !== null && typeof json === 'object';
  } catch {
    return false;
  }
}

/** Makes `response` (an index.html) the cached app, if it is a complete app: every build file it
 * names is cached first, and only then the index; older build files are deleted last. Returns
 * whether it was adopted. */
async function adoptIndex(response) {
  try {
    if (!response.ok || !/^text\/html/.test(response.headers.get('content-type') ?? '')) return false;
    const html = await response.text();
    if (isOtherPage(html)) return false;
    const files = buildFiles(html);
    if (!files.some((f) => f.endsWith('.js')) || !files.some((f) => f.endsWith('.wasm'))) return false;
    const cache = await caches.open(CACHE);
    for (const path of files) {
      if (await cache.match(path)) continue;
      const answer = await fetch(path, { cache: 'no-cache' });
      if (!fitsPath(path, answer)) return false;
      await cache.put(path, answer);
    }
    await cache.put(INDEX, new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const current = new Set(files.map((p) => new URL(p, self.location.origin).href));
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (path === INDEX || DATA_FILES.includes(path)) continue;
      // Older versions' build files, and what an older worker cached from a portal (an HTML
      // favicon, say).
      const old = /\.(js|wasm|css)$/.test(path) && !current.has(request.url);
      if (old || !fitsPath(path, await cache.match(request))) await cache.delete(request);
    }
    return true;
  } catch {
    return false;
  }
}

/** Where a data file waits until the page has read it (see refreshData). */
const pending = (path) => `${path}?ongetoetst`;

/** Fetches a data file; an answer of the right shape is what the page gets, and is kept as the
 * pending copy (or as the last good copy when there is none yet: nothing better to fall back
 * on). Answers with the last good copy when the network fails or the answer is not data. */
async function refreshData(path) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(path, { cache: 'no-cache' });
  } catch (error) {
    const cached = await cache.match(path);
    if (cached) return cached;
    throw error;
  }
  if (await isValidData(path, response.clone())) {
    const good = await cache.match(path);
    if (!good) await cache.put(path, response.clone());
    else if ((await good.text()) !== (await response.clone().text())) await cache.put(pending(path), response.clone());
    return response;
  }
  return (await cache.match(path)) ?? response;
}

/** The page read a data file without an error (`{ gelezen: path, tekst }`, sent by app::api):
 * the pending copy with exactly that text becomes the last good copy. */
async function accept(path, text) {
  if (!DATA_FILES.includes(path) || typeof text !== 'string') return;
  const cache = await caches.open(CACHE);
  const waiting = await cache.match(pending(path));
  if (!waiting || (await waiting.clone().text()) !== text) return;
  await cache.put(path, waiting);
  await cache.delete(pending(path));
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data.gelezen === 'string') event.waitUntil(accept(data.gelezen, data.tekst));
});

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const adopted = await adoptIndex(await fetch(INDEX, { cache: 'no-cache' }));
    // Not our app (a portal, an error page): install again on a later visit.
    if (!adopted) throw new Error('index.html is geen volledige Steunwijzer');
    await Promise.all(DATA_FILES.map((path) => refreshData(path).catch(() => null)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve(null), ms));

/** The network's answer unless it fails or is slower than NETWORK_TIMEOUT_MS while a cached copy
 * exists; `network` keeps running (and may still refresh the cache) after a timeout. */
async function networkOrCache(event, network, key) {
  event.waitUntil(network.catch(() => null));
  const cached = await caches.match(key);
  if (!cached) return network;
  const first = await Promise.race([network.catch(() => null), timeout(NETWORK_TIMEOUT_MS)]);
  return first ?? cached;
}

function navigation(event) {
  // The navigation itself, but past the HTTP cache. Its redirect mode stays 'manual': a redirect
  // (as some portals send) is an opaque answer, not a page to cache.
  const network = fetch(new Request(event.request, { cache: 'no-cache' })).then(async (response) => {
    if (!response.ok) {
      // A 503 or another error page: the cached app, if there is one.
      return (await caches.match(INDEX)) ?? response;
    }
    // Our app (perhaps a new deploy) is adopted in the background; any other page, such as a
    // captive portal's, is shown but never cached. A pre-rendered page of a newer deploy than the
    // cached app brings that deploy's index.html along.
    event.waitUntil(adoptIndex(response.clone()).then((adopted) => adopted || followPage(response.clone())));
    return response;
  }).catch(async (error) => (await caches.match(INDEX)) ?? Promise.reject(error));
  return networkOrCache(event, network, INDEX);
}

/** When `response` is a pre-rendered page whose build files are not all cached, adopts the
 * index.html of the same deploy. */
async function followPage(response) {
  try {
    const html = await response.text();
    if (!isOtherPage(html)) return false;
    const cache = await caches.open(CACHE);
    const missing = await Promise.all(buildFiles(html).map(async (path) => !(await cache.match(path))));
    if (!missing.some(Boolean)) return false;
    return adoptIndex(await fetch(INDEX, { cache: 'no-cache' }));
  } catch {
    return false;
  }
}

async function buildFile(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (fitsPath(new URL(request.url).pathname, response)) {
    await (await caches.open(CACHE)).put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    event.respondWith(navigation(event));
  } else if (url.pathname.startsWith('/assets/data/')) {
    event.respondWith(networkOrCache(event, refreshData(url.pathname), url.pathname));
  } else {
    event.respondWith(buildFile(event.request));
  }
});
