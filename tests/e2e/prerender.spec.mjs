// The pre-rendered pages (src/bin/prerender.rs): readable before and without the app, replaced
// by the app without a jump or a second copy, accessible, and nothing downloaded twice.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, seriousViolations, waitForApp } from './harness.mjs';

const data = JSON.parse(await readFile('assets/data/collectief.json', 'utf8'));
const TABLE_ROWS = '[data-testid="comparison-table"] tbody tr';
const LINK = '/scenario?jaar=2027&looptijd=4&k.samen-oplopen=20';

/** Keeps the wasm from arriving, so the page stays as the pre-render wrote it. */
const withoutApp = (page) => page.route('**/*.wasm', (route) => route.abort());

/** Holds the wasm back until the returned function is called. */
async function holdApp(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  return release;
}

export const tests = [
  {
    name: 'with JavaScript off the start page shows the whole table and says what needs JavaScript',
    prerendered: true,
    context: { javaScriptEnabled: false },
    run: async ({ page, origin }) => {
      for (const path of ['/', '/vergelijken']) {
        await page.goto(origin + path);
        assertEqual(await page.locator(TABLE_ROWS).count(), data.rows.length, `${path}: elke rij van de tabel`);
        assert(await page.locator(TABLE_ROWS).first().isVisible(), `${path}: de tabel is zichtbaar`);
        const first = data.rows[0].cells.find((c) => c.text);
        assert((await page.getByTestId('comparison-table').textContent()).includes(first.text.replace(/\s+/g, ' ').trim()), `${path}: de tekst uit het gegevensbestand`);
        assert(await page.locator('.noscript').isVisible(), `${path}: zegt dat rekenen JavaScript vraagt`);
        assert(!(await page.getByText('Berekenen…').isVisible()), `${path}: geen "Berekenen…" op de startpagina`);
      }
    },
  },
  {
    name: 'with JavaScript off the assumptions and the accessibility statement are readable',
    prerendered: true,
    context: { javaScriptEnabled: false },
    run: async ({ page, origin }) => {
      const params = JSON.parse(await readFile('assets/data/parameters.json', 'utf8'));
      await page.goto(`${origin}/aannames`);
      const list = page.getByTestId('parameter-list');
      assert(await list.isVisible(), 'de lijst met aannames');
      const text = await list.textContent();
      const shown = params.parameters.filter((p) => text.includes(p.label));
      assertEqual(shown.length, params.parameters.length, 'elke aanname met haar naam');
      await page.goto(`${origin}/toegankelijkheid`);
      assert(/toegankelijk/i.test(await page.locator('h1').textContent()), 'de verklaring heeft haar kop');
    },
  },
  {
    name: 'a shared scenario link shows the frame and "Berekenen…" until the app is there, not the start page',
    prerendered: true,
    allowPageErrors: true,
    run: async ({ page, origin }) => {
      await withoutApp(page);
      await page.goto(origin + LINK);
      assert(await page.getByText('Berekenen…').isVisible(), '"Berekenen…" in de plaats van de resultaten');
      assert(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), 'het menu staat er');
      assert(!(await page.locator(TABLE_ROWS).first().isVisible()), 'niet de tabel van de startpagina');
    },
  },
  {
    name: 'when the app takes over, the table keeps its place and appears once',
    prerendered: true,
    run: async ({ page, origin }) => {
      const release = await holdApp(page);
      await page.goto(origin + '/', { waitUntil: 'domcontentloaded' });
      await page.locator(TABLE_ROWS).first().waitFor();
      const box = () => page.evaluate((sel) => {
        const rows = [...document.querySelectorAll(sel)].filter((r) => r.checkVisibility());
        const table = rows[0].closest('table').getBoundingClientRect();
        return { top: Math.round(table.top), height: Math.round(table.height), width: Math.round(table.width), page: document.documentElement.scrollHeight };
      }, TABLE_ROWS);
      const before = await box();
      assert(await page.locator('#voorweergave').count() === 1, 'eerst de voorweergave');
      release();
      await waitForApp(page);
      assertEqual(await page.locator('#voorweergave').count(), 0, 'de app heeft de voorweergave vervangen');
      const after = await box();
      assertEqual(JSON.stringify(after), JSON.stringify(before), 'de tabel staat op dezelfde plek, even groot');
      assertEqual(await page.getByTestId('comparison-table').count(), 1, 'één tabel');
      assertEqual(await page.locator('main').count(), 1, 'één <main>');
      assertEqual(await page.locator('h1').count(), 1, 'één kop');
      // The app is live: the picker changes the table.
      const columns = await page.locator('[data-testid="comparison-table"] thead th').count();
      await page.getByRole('checkbox', { name: 'Steunouder' }).uncheck();
      assert(await page.locator('[data-testid="comparison-table"] thead th').count() < columns, 'de keuze werkt na het overnemen');
    },
  },
  {
    name: 'axe finds nothing serious on the pre-rendered pages',
    prerendered: true,
    allowPageErrors: true,
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await withoutApp(page);
      const found = [];
      for (const path of ['/', '/vergelijken', '/aannames', '/toegankelijkheid', LINK]) {
        await page.goto(origin + path);
        assert(await page.locator('#voorweergave').count() === 1, `${path}: de voorweergave`);
        found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
      }
      assertEqual(found.join('\n'), '', 'geen ernstige toegankelijkheidsfouten');
    },
  },
  {
    name: 'nothing is downloaded twice: the preloaded data files are what the app uses',
    prerendered: true,
    run: async ({ page, origin }) => {
      for (const path of ['/', LINK]) {
        const requests = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await page.goto(origin + path);
        await waitForApp(page);
        await page.waitForLoadState('networkidle');
        page.removeAllListeners('request');
        const twice = requests.filter((p, i) => requests.indexOf(p) !== i);
        assertEqual(twice.join(', '), '', `${path}: geen bestand twee keer opgehaald`);
        for (const file of ['collectief.json', 'parameters.json']) {
          assert(requests.includes(`/assets/data/${file}`), `${path}: ${file} opgehaald`);
        }
      }
    },
  },
];
