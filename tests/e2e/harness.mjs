// The browser-test harness: a static server for dist/ with index.html fallback (as any host of
// the app must have), headless Chromium through playwright-core, axe-core, and a tiny runner
// that prints the closing line "N passed, N failed".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';

const require = createRequire(resolve('scripts/package.json'));
const { chromium } = require('playwright-core');
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// What a host compresses: text and wasm, not images that are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);
const ENCODERS = { br: brotliCompressSync, gzip: (body) => gzipSync(body, { level: 9 }) };

/** Serves `root` on 127.0.0.1 at a free port; a path without an extension gets its pre-rendered
 * page (`<path>.html`) if there is one, else index.html, as the README asks of a host.
 * `encoding` ('br' or 'gzip') compresses text and wasm for a browser that accepts it, as a
 * normal host does (the tests and the plain benchmark serve the files as they are). */
export async function serveStatic(dir, { encoding } = {}) {
  const root = resolve(dir);
  // Compressed once per file: brotli's best level takes a while for the wasm.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // A pre-rendered page (`/aannames` → aannames.html), else the app's index.html.
      if (extname(path) === '') {
        file = await stat(`${file}.html`).then(() => `${file}.html`, () => join(root, 'index.html'));
      }
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const accepted = (req.headers['accept-encoding'] ?? '').split(',').map((e) => e.trim().split(';')[0]);
      if (encoding && COMPRESSIBLE.has(extname(file))) {
        headers.vary = 'accept-encoding';
        if (accepted.includes(encoding)) {
          const key = `${encoding} ${file} ${(await stat(file)).mtimeMs}`;
          if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](body));
          body = compressed.get(key);
          headers['content-encoding'] = encoding;
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Context options for a test that runs axe-core: its script is injected, which the app's
 * Content-Security-Policy rightly forbids. */
export const AXE_CONTEXT = { bypassCSP: true };

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Text as a reader sees it: the no-break spaces and word joiners that keep an amount on one
 * line (`model::format`) as plain spaces and nothing. Comparisons of wording use it; the phone
 * tests check that the characters are there. */
export function plain(text) {
  return text.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
}

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}
export function assertEqual(actual, expected, message) {
  if (actual !== expected) {
    throw new AssertionError(`${message}\n  verwacht: ${JSON.stringify(expected)}\n  gekregen: ${JSON.stringify(actual)}`);
  }
}

/** Waits until the app has replaced the pre-rendered page (`#voorweergave`), so a test talks to
 * the app and not to the static HTML in front of it. A page whose app never starts (a fault
 * test) keeps its pre-render; the wait then ends without an error after `timeout` ms. */
export async function waitForApp(page, timeout = 20000) {
  await page.waitForFunction(() => !document.getElementById('voorweergave'), null, { timeout }).catch(() => {});
}

/** Lets the page finish reacting without waiting in real time: runs every timer due within `ms`
 * of page time at once (the address bar's pause, the recomputation after a change, a chart's
 * re-measure), then lets the promises they started settle. Needs Playwright's clock, installed
 * before the page opened: `await page.clock.install()` (time then runs as usual otherwise). */
export async function settle(page, ms = 1000) {
  await page.clock.runFor(ms);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
};

/** A server for dist/ whose answers a test can change: `fault(path, req, res)` may answer first
 * (return true), `files` replaces a file's body, `headers` adds headers; `requests` counts paths. */
export async function faultServer() {
  const root = resolve('dist');
  const server = {
    fault: null,
    files: {},
    headers: {},
    requests: [],
  };
  const http = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    server.requests.push(path);
    if (server.fault && (await server.fault(path, req, res))) return;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path) === '') file = join(root, 'index.html');
    }
    try {
      const body = server.files[path] ?? await readFile(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...server.headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
    }
  });
  await new Promise((ok) => http.listen(0, '127.0.0.1', ok));
  server.origin = `http://127.0.0.1:${http.address().port}`;
  server.close = () => { http.closeAllConnections(); http.close(); };
  return server;
}

/** A fault for `faultServer`: the network drops every request. */
export const networkDown = (_path, req) => { req.socket.destroy(); return true; };
