// The benchmark's browser half (run by scripts/bench.sh after a release build): transfer sizes,
// time to the table and to the first chart, slider-to-chart latency and the model in wasm.
// Reports median, min and max over several runs against the budgets of issue 6.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { launchBrowser, serveStatic } from './harness.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const BUDGET = { gzipKb: 250, tableMs: 500, chartMs: 800, sliderMs: 16.7 };
// Issue 15: cold and throttled, the table and a shared link's headline; warm (service worker) both.
const THROTTLED_GOAL = { tableCold: 1000, linkCold: 1500, tableWarm: 500, linkWarm: 500 };

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1], n: s.length };
};
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path));
    else out.push(path);
  }
  return out;
}

// What the first visit transfers: index.html, the JS, the wasm, the CSS and both data files.
const sizes = {};
// DIST serves another build (an older one, measured in the same minutes).
const DIST = process.env.DIST ?? 'dist';
for (const path of await files(DIST)) {
  if (path.endsWith('sw.js') || path.includes('.stage')) continue;
  const kind = { '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.json': 'data', '.html': 'html', '.svg': 'icon' }[extname(path)] ?? 'other';
  const body = await readFile(path);
  const add = sizes[kind] ??= { raw: 0, gzip: 0, brotli: 0 };
  add.raw += body.length;
  add.gzip += gzipSync(body, { level: 9 }).length;
  add.brotli += brotliCompressSync(body).length;
}
const total = Object.values(sizes).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const server = await serveStatic(DIST);
const browser = await launchBrowser();

async function timeTo(path, selector) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) { window.__seenAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(server.origin + path);
  await page.waitForFunction(() => window.__seenAt !== undefined);
  const ms = await page.evaluate(() => window.__seenAt);
  await context.close();
  return ms;
}

const table = [];
const chart = [];
for (let i = 0; i < RUNS; i += 1) {
  table.push(await timeTo('/vergelijken', '[data-testid="comparison-table"] tbody tr'));
  chart.push(await timeTo('/scenario?k.home-start=20&k.samen-oplopen=10', 'figure[data-chart="kosten-per-jaar"] svg'));
}

// The throttled first view (issue 15): a 4G-like network (9 Mbps down, 150 ms round trip) and
// the CPU slowed 4× through the DevTools protocol, the HTTP cache off. Cold: no service worker.
// Warm: a first visit installs the service worker, which then answers. "Visible" is the first
// animation frame after a visible element matching the selector is in the page.
const THROTTLE = { latency: 150, downloadThroughput: (9 * 1000 * 1000) / 8, uploadThroughput: (3 * 1000 * 1000) / 8 };
const FIRST_VIEWS = {
  table: { path: '/', selector: '[data-testid="comparison-table"] tbody tr' },
  link: { path: '/scenario?jaar=2027&looptijd=4&k.samen-oplopen=20', selector: '[data-testid="kerncijfer-kosten"] .headline-value' },
};

async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Where the time of one load goes: resource timings and the app's own marks (see app::start). */
function breakdown() {
  const entries = performance.getEntriesByType('resource');
  const done = (re) => Math.max(0, ...entries.filter((e) => re.test(e.name)).map((e) => e.responseEnd));
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  return {
    html: nav?.responseEnd ?? null, firstPaint: paint,
    js: done(/\.js$/), wasm: done(/\.wasm$/), data: done(/\/assets\/data\//),
    wasmStarted: mark('steunwijzer:start'), dataReady: mark('steunwijzer:data'), appShown: mark('steunwijzer:shown'),
    fetches: entries.map((e) => new URL(e.name).pathname),
    // What the wasm cost on the wire, and whether it came compressed or from the service worker.
    wasmBytes: entries.find((e) => /\.wasm$/.test(e.name))?.encodedBodySize ?? 0,
    wasmEncoding: (() => {
      const w = entries.find((e) => /\.wasm$/.test(e.name));
      if (!w) return 'onbekend';
      if (w.workerStart > 0) return 'uit de service worker';
      return w.encodedBodySize < w.decodedBodySize ? 'gecomprimeerd' : 'ongecomprimeerd';
    })(),
  };
}

async function firstView(origin, path, selector, warm) {
  const context = await browser.newContext({ serviceWorkers: warm ? 'allow' : 'block' });
  const page = await context.newPage();
  if (warm) {
    await page.goto(origin + path);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller, null, { timeout: 60000 });
    await page.locator(selector).first().waitFor({ timeout: 60000 });
  }
  await page.addInitScript((sel) => {
    const visible = () => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility());
    const observer = new MutationObserver(() => {
      if (window.__seenAt === undefined && visible()) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__seenAt = performance.now(); });
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, selector);
  await throttle(context, page);
  await page.goto(origin + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__seenAt !== undefined, null, { timeout: 60000 });
  // Wait until the app has shown itself, so the breakdown is complete.
  await page.waitForFunction(() => performance.getEntriesByName('steunwijzer:shown').length > 0 || !document.getElementById('voorweergave'), null, { timeout: 30000 }).catch(() => {});
  const result = { ms: await page.evaluate(() => window.__seenAt), breakdown: await page.evaluate(breakdown) };
  await context.close();
  return result;
}

// Two servers, each profile reported on its own: the files as they are (what the figures before
// this commit measured) and compressed as a normal host sends them (brotli where the browser
// asks for it, else gzip). BENCH_ENCODINGS=none or =br picks one.
const FIRST_VIEW_RUNS = Number(process.env.FIRST_VIEW_RUNS ?? 5);
const ENCODINGS = (process.env.BENCH_ENCODINGS ?? 'none,br').split(',');
const throttled = {};
for (const encoding of ENCODINGS) {
  const host = encoding === 'none' ? server : await serveStatic(DIST, { encoding });
  const profile = throttled[encoding] = {};
  for (const [name, { path, selector }] of Object.entries(FIRST_VIEWS)) {
    for (const warm of [false, true]) {
      const runs = [];
      for (let i = 0; i < FIRST_VIEW_RUNS; i += 1) runs.push(await firstView(host.origin, path, selector, warm));
      const median = (key) => stats(runs.map((r) => r.breakdown[key]).filter((v) => v !== null)).median ?? null;
      profile[`${name}${warm ? 'Warm' : 'Cold'}`] = {
        path, visibleMs: stats(runs.map((r) => r.ms)),
        breakdownMedianMs: Object.fromEntries(['html', 'firstPaint', 'js', 'wasm', 'wasmStarted', 'data', 'dataReady', 'appShown'].map((k) => [k, median(k)])),
        wasmTransferKb: kb(runs[0].breakdown.wasmBytes), wasmEncoding: runs[0].breakdown.wasmEncoding,
        fetches: runs[0].breakdown.fetches,
      };
    }
  }
  if (host !== server) host.close();
}

// Slider to repainted chart. Chromium delivers a dragged slider's input events at the start of
// a frame, so the test does the same: inside a requestAnimationFrame callback it records the
// time, fires the input event and waits for the cost chart's SVG to be replaced (Leptos updates
// in microtasks). A message posted from there is handled after the browser has painted that
// frame: the time then is input-to-paint. Work that misses the frame shows as a later paint.
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(`${server.origin}/scenario?k.home-start=20&k.samen-oplopen=10`);
await page.locator('figure[data-chart="kosten-per-jaar"] svg').waitFor();
const slider = await page.evaluate(async (changes) => {
  const input = document.querySelector('[data-initiative="home-start"] input[type="range"]');
  const target = document.querySelector('figure[data-chart="kosten-per-jaar"] .chart-svg');
  const afterPaint = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
  const times = [];
  for (let i = 0; i < changes; i += 1) {
    const time = await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          afterPaint().then((end) => resolve(end - start));
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        input.value = String(21 + (i % 30));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
    times.push(time);
  }
  return times;
}, 60);

await page.goto(`${server.origin}/meting`);
await page.getByTestId('measurements').waitFor({ timeout: 60000 });
const wasm = {
  projectionMs: Number(await page.getByTestId('projection-ms').textContent()),
  draws10000Ms: Number(await page.getByTestId('draws-10000-ms').textContent()),
  sensitivityMs: Number(await page.getByTestId('sensitivity-ms').textContent()),
  chartsMs: Number(await page.getByTestId('charts-ms').textContent()),
};
await browser.close();
server.close();

const results = {
  date: new Date().toISOString(), runs: RUNS,
  sizesKb: Object.fromEntries(Object.entries({ ...sizes, total }).map(([k, s]) => [k, { raw: kb(s.raw), gzip: kb(s.gzip), brotli: kb(s.brotli) }])),
  tableVisibleMs: stats(table), firstChartMs: stats(chart), sliderToChartMs: stats(slider), wasm, budget: BUDGET,
  throttled, throttledGoalMs: THROTTLED_GOAL,
};
// Run on its own (not from scripts/bench.sh) target/bench may not exist yet.
const out = process.env.BENCH_OUT ?? 'target/bench/results.json';
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(results, null, 2));

const fmt = (s) => `mediaan ${s.median.toFixed(1)} (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}${s.p95 !== undefined ? `, p95 ${s.p95.toFixed(1)}` : ''})`;
const verdict = (value, budget) => (value <= budget ? 'binnen budget' : `${(value - budget).toFixed(1)} boven budget ${budget}`);
console.log('\nOverdracht eerste bezoek (KB: ruw / gzip / brotli):');
for (const [kind, s] of Object.entries(results.sizesKb)) console.log(`  ${kind.padEnd(6)} ${s.raw} / ${s.gzip} / ${s.brotli}`);
console.log(`  totaal gzip: ${verdict(results.sizesKb.total.gzip, BUDGET.gzipKb)}`);
console.log(`Tabel zichtbaar (ms): ${fmt(results.tableVisibleMs)} — ${verdict(results.tableVisibleMs.median, BUDGET.tableMs)}`);
console.log(`Eerste grafiek (ms): ${fmt(results.firstChartMs)} — ${verdict(results.firstChartMs.median, BUDGET.chartMs)}`);
console.log(`Schuif → grafiek (ms, ${slider.length} wijzigingen): ${fmt(results.sliderToChartMs)} — ${verdict(results.sliderToChartMs.median, BUDGET.sliderMs)}`);
const PROFILE_NAMES = { none: 'server zonder compressie', br: 'server met brotli', gzip: 'server met gzip' };
for (const [encoding, profile] of Object.entries(throttled)) {
  console.log(`\nEerste beeld, gedrosseld (4G 9 Mbit/s, 150 ms RTT, CPU 4×; ${FIRST_VIEW_RUNS} runs; ${PROFILE_NAMES[encoding] ?? encoding}; ms):`);
  for (const [name, t] of Object.entries(profile)) {
    const b = t.breakdownMedianMs;
    const r = (v) => (v === null ? '–' : v.toFixed(0));
    console.log(`  ${name.padEnd(9)} ${fmt(t.visibleMs)} — ${verdict(t.visibleMs.median, THROTTLED_GOAL[name])}`);
    console.log(`            waar de tijd zit (mediaan): html ${r(b.html)}, eerste verf ${r(b.firstPaint)}, js ${r(b.js)}, wasm binnen ${r(b.wasm)} (${t.wasmTransferKb} KB, ${t.wasmEncoding}), wasm gestart ${r(b.wasmStarted)}, data binnen ${r(b.data)}, data klaar ${r(b.dataReady)}, app getoond ${r(b.appShown)}`);
  }
}
console.log(`Model in wasm: projectie ${wasm.projectionMs} ms, 10.000 trekkingen ${wasm.draws10000Ms} ms, gevoeligheid ${wasm.sensitivityMs} ms, alle grafieken ${wasm.chartsMs} ms`);
console.log(`\nbench: ${results.sizesKb.total.gzip} KB gzip, tabel ${results.tableVisibleMs.median.toFixed(0)} ms, grafiek ${results.firstChartMs.median.toFixed(0)} ms, schuif→grafiek ${results.sliderToChartMs.median.toFixed(1)} ms (p95 ${results.sliderToChartMs.p95.toFixed(1)}); details in target/bench/results.json`);
