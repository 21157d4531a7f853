// Runs every *.spec.mjs in this folder against the built dist/ in headless Chromium.
// Each spec exports `tests`: [{ name, run: async ({ page, origin, context }) => …, context? }],
// where `context` holds Playwright context options for that test (viewport, bypassCSP, …).
// A fresh browser context per test, so no state leaks from one test into the next.
import { readdir, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, serveStatic, waitForApp } from './harness.mjs';

const here = resolve('tests/e2e');
const only = process.argv[2];
const specs = (await readdir(here)).filter((f) => f.endsWith('.spec.mjs')).sort();
const server = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
await mkdir('target/e2e', { recursive: true });

let passed = 0;
let failed = 0;
// Where the time goes: seconds per spec file, printed slowest first at the end.
const startedAt = performance.now();
const secondsPerSpec = new Map();
for (const spec of specs) {
  const specStart = performance.now();
  const { tests } = await import(pathToFileURL(resolve(here, spec)));
  let ran = 0;
  for (const test of tests) {
    if (only && !`${spec} ${test.name}`.includes(only)) continue;
    ran += 1;
    // Service workers are off unless a test asks for them: requests a service worker makes are not
    // seen by page.route, which the tests of broken data files rely on.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
      ...test.context,
    });
    const page = await context.newPage();
    // Every navigation ends when the app has taken over from the pre-rendered page; a test that
    // looks at the pre-render itself (prerender.spec.mjs) says so with `prerendered: true`.
    if (!test.prerendered) {
      const goto = page.goto.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await waitForApp(page);
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (...args) => {
        const response = await reload(...args);
        await waitForApp(page);
        return response;
      };
    }
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    try {
      await test.run({ page, origin: server.origin, context, pageErrors });
      if (!test.allowPageErrors && pageErrors.length) throw new Error(`fout in de pagina: ${pageErrors.join('; ')}`);
      passed += 1;
      console.log(`ok   ${spec} › ${test.name}`);
    } catch (error) {
      failed += 1;
      const shot = `target/e2e/${spec}-${test.name}.png`.replace(/[^\w./-]+/g, '_');
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.log(`FAIL ${spec} › ${test.name}\n     ${String(error.message ?? error).split('\n').join('\n     ')}\n     (schermafdruk: ${shot})`);
    } finally {
      await context.close();
    }
  }
  if (ran) secondsPerSpec.set(spec, (performance.now() - specStart) / 1000);
}
await browser.close();
server.close();
console.log('\nseconden per spec (traagste eerst):');
for (const [spec, seconds] of [...secondsPerSpec].sort((a, b) => b[1] - a[1])) {
  console.log(`${seconds.toFixed(1).padStart(7)} s  ${spec}`);
}
console.log(`${((performance.now() - startedAt) / 1000).toFixed(1).padStart(7)} s  totaal`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
