// Steunwijzer's service worker: after one visit the app works without a network, so a bad wifi
// in the council chamber cannot break a presentation. Pages and data files: network first (a new
// version is picked up when online), the cache when offline. Build files (their names carry a
// hash, so they never change): cache first.
const CACHE = 'steunwijzer';
const DATA_FILES = ['/assets/data/collectief.json', '/assets/data/parameters.json'];

/** The build files an index.html refers to. */
function buildFiles(html) {
  return [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
}

async function cacheIndex(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put('/index.html', response.clone());
  // Drop build files of older versions.
  const current = new Set(buildFiles(html).map((p) => new URL(p, self.location.origin).href));
  for (const request of await cache.keys()) {
    if (/\.(js|wasm|css)$/.test(request.url) && !current.has(request.url)) await cache.delete(request);
  }
  return html;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const response = await fetch('/index.html', { cache: 'no-cache' });
    const html = await cacheIndex(response);
    const cache = await caches.open(CACHE);
    await cache.addAll([...buildFiles(html), ...DATA_FILES]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function networkFirst(request, key) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (key === '/index.html') await cacheIndex(response);
      else await (await caches.open(CACHE)).put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    event.respondWith(networkFirst(event.request, '/index.html'));
  } else if (url.pathname.startsWith('/assets/data/')) {
    event.respondWith(networkFirst(event.request, url.pathname));
  } else {
    event.respondWith(cacheFirst(event.request));
  }
});
