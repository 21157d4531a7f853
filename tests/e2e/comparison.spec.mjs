// The comparison page: the Collectief's table as a council member reads it.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, seriousViolations } from './harness.mjs';
import { ComparisonPage, NAMES } from './pages.mjs';

const data = JSON.parse(await readFile('assets/data/collectief.json', 'utf8'));
export const tests = [
  {
    name: 'the table shows every cell of the source, empty ones as "niet gespecificeerd"',
    run: async ({ page, origin }) => {
      const table = await new ComparisonPage(page, origin).open();
      const { names, rows } = await table.read();
      assertEqual(names.join(' | '), 'Buurtgezinnen | Steunouder | Home-Start | Samen Oplopen', 'kolommen in de volgorde van de bron');
      assertEqual(Object.keys(rows).length, 12, 'twaalf rijen');
      for (const row of data.rows) {
        for (const cell of row.cells) {
          const shown = rows[row.id]?.[NAMES[cell.initiative]];
          assert(shown !== undefined, `cel ${row.id} / ${cell.initiative} ontbreekt`);
          if (cell.text) {
            assert(shown.includes(cell.text.replace(/\s+/g, ' ').trim()), `cel ${row.id} / ${cell.initiative} toont de tekst uit het gegevensbestand niet: ${shown}`);
          }
        }
      }
      assert(rows.minimum_koppelingen['Home-Start'].includes('niet gespecificeerd'), 'lege cel Home-Start minimum koppelingen');
      assert(rows.minimum_koppelingen['Samen Oplopen'].includes('niet gespecificeerd'), 'lege cel Samen Oplopen minimum koppelingen');
      assert(rows.minimum_koppelingen.Buurtgezinnen.includes('10 koppelingen'), 'Buurtgezinnen minimum 10');
      // Home-Start's ages and the cell's own sentence: the limit that differs is said once.
      const ages = rows.leeftijd['Home-Start'];
      assert(ages.includes('0–7, 0–12 of 0–18 jaar'), `leeftijden Home-Start: ${ages}`);
      assertEqual(ages.split('verschilt per gemeente').length - 1, 1, `‘verschilt per gemeente’ in ${ages}`);
    },
  },
  {
    name: 'figures use Dutch formats',
    run: async ({ page, origin }) => {
      const table = await new ComparisonPage(page, origin).open();
      const { rows } = await table.read();
      assert(rows.kosten.Buurtgezinnen.includes('€ 2.000 – € 2.350'), `kosten Buurtgezinnen: ${rows.kosten.Buurtgezinnen}`);
      assert(rows.kosten['Samen Oplopen'].includes('gemiddeld € 2.250 – € 2.500, na de eerste twee startjaren'), `kosten Samen Oplopen: ${rows.kosten['Samen Oplopen']}`);
      assert(rows.kosten['Home-Start'].includes('€ 2.200'), `kosten Home-Start: ${rows.kosten['Home-Start']}`);
      assert(rows.leeftijd.Buurtgezinnen.includes('0–23 jaar'), `leeftijd Buurtgezinnen: ${rows.leeftijd.Buurtgezinnen}`);
      assert(rows.minimale_samenwerking['Samen Oplopen'].includes('2 jaar'), 'minimale samenwerking Samen Oplopen');
    },
  },
  {
    name: 'the picker shows two to four initiatives side by side',
    run: async ({ page, origin }) => {
      const table = await new ComparisonPage(page, origin).open();
      await page.getByTestId('alike-notice').waitFor();
      await page.getByLabel('Steunouder', { exact: true }).uncheck();
      let { names } = await table.read();
      assertEqual(names.join(' | '), 'Buurtgezinnen | Home-Start | Samen Oplopen', 'Steunouder weg');
      assertEqual(await page.getByTestId('alike-notice').count(), 0, 'melding Buurtgezinnen/Steunouder verdwijnt');
      await page.getByLabel('Buurtgezinnen', { exact: true }).uncheck();
      // The last two are locked (aria-disabled); a click must change nothing.
      await page.getByLabel('Home-Start', { exact: true }).click({ force: true });
      ({ names } = await table.read());
      assertEqual(names.join(' | '), 'Home-Start | Samen Oplopen', 'de laatste twee blijven staan');
      assert(await page.getByLabel('Home-Start', { exact: true }).isChecked(), 'het vinkje blijft staan');
      await page.getByLabel('Steunouder', { exact: true }).check();
      ({ names } = await table.read());
      assertEqual(names.join(' | '), 'Steunouder | Home-Start | Samen Oplopen', 'terug in tabelvolgorde');
      const cards = await page.getByTestId('key-differences').locator('li').allTextContents();
      assertEqual(cards.length, 3, 'drie kaarten in één oogopslag');
      // Who hosts the child, in the source's words (wegwijzer, table): a steunouder, not a "gastgezin".
      assert(cards[0].includes('steunouder') && cards[1].includes('thuis'), `thuis of bij een steunouder staat op de kaarten: ${cards[0]}`);
      assert(!cards.join(' ').includes('gastgezin'), 'geen woord dat de bron niet gebruikt');
    },
  },
  {
    name: 'every cell reveals its source document and section, said once per row where the row has one source',
    run: async ({ page, origin }) => {
      await new ComparisonPage(page, origin).open();
      await page.getByTestId('toggle-sources').check();
      const shown = await page.locator('[data-testid="comparison-table"] tbody tr').evaluateAll((rows) => rows.map((tr) => ({
        id: tr.dataset.row,
        row: tr.querySelector('th .row-source')?.textContent ?? null,
        cells: [...tr.querySelectorAll('td')].map((td) => td.querySelector('.cell-source')?.textContent ?? null),
      })));
      assertEqual(shown.length, 12, 'twaalf rijen');
      for (const { id, row, cells } of shown) {
        const locations = new Set(data.rows.find((r) => r.id === id).cells.map((c) => c.source.location));
        const said = [row, ...cells].filter(Boolean);
        assert(said.length >= 1, `rij ${id} zonder bron`);
        assert(said.every((s) => s.startsWith('Bron: ') && s.includes('wegwijzer') && s.includes('rij')), `bronnen van ${id}: ${said.join(' | ')}`);
        // One source for the whole row is said once, in the row header; not four times over.
        if (locations.size === 1) assert(row && cells.every((c) => c === null), `rij ${id} herhaalt de bron in elke cel`);
        else assert(cells.every(Boolean), `rij ${id}: elke cel met een eigen bron toont die`);
      }
      const notes = await page.locator('.note').count();
      assertEqual(notes, data.notes.length, 'alle toelichtingen onder de tabel');
    },
  },
  {
    name: 'the table downloads as CSV with a header and twelve rows',
    run: async ({ page, origin }) => {
      await new ComparisonPage(page, origin).open();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-table-csv').click()]);
      const text = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = text.trim().split(/\r\n/).filter((line) => !line.startsWith('#'));
      assertEqual(lines.length, 13, 'kopregel en twaalf rijen');
      assertEqual(lines[0], '"rij";"Buurtgezinnen";"Steunouder";"Home-Start";"Samen Oplopen";"bron"', 'kopregel met puntkomma’s');
      assert(text.includes('2000-2350 euro per koppeling per jaar'), 'kosten als hele getallen');
    },
  },
  {
    name: 'a truncated data file shows a Dutch message, not a blank page',
    allowPageErrors: false,
    run: async ({ page, origin }) => {
      const original = await readFile('assets/data/collectief.json', 'utf8');
      await page.route('**/assets/data/collectief.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: original.slice(0, original.length / 2) }));
      await page.goto(origin + '/vergelijken');
      const error = page.getByTestId('data-error');
      await error.waitFor();
      const text = await error.textContent();
      assert(text.includes('collectief.json') && text.includes('beschadigd'), `melding: ${text}`);
      assert(await page.locator('h1').isVisible(), 'de pagina staat er nog');
    },
  },
  {
    name: 'a missing data file and a file with a wrong fact each get their own Dutch message',
    run: async ({ page, origin }) => {
      await page.route('**/assets/data/collectief.json', (route) => route.fulfill({ status: 404, body: 'weg' }));
      await page.goto(origin + '/vergelijken');
      await page.getByTestId('data-error').waitFor();
      assert((await page.getByTestId('data-error').textContent()).includes('kon niet worden geladen'), 'melding bij 404');

      const broken = structuredClone(data);
      broken.initiatives = broken.initiatives.filter((i) => i.id !== 'home-start');
      await page.unroute('**/assets/data/collectief.json');
      await page.route('**/assets/data/collectief.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
      await page.reload();
      await page.getByTestId('data-error').waitFor();
      const text = await page.getByTestId('data-error').textContent();
      assert(text.includes('bevat een fout'), `melding bij ontbrekend initiatief: ${text}`);
    },
  },
  {
    name: 'axe-core finds no serious or critical violation on the comparison page',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ComparisonPage(page, origin).open();
      await page.getByTestId('toggle-sources').check();
      const violations = await seriousViolations(page);
      assertEqual(violations.join('\n'), '', 'toegankelijkheidsfouten');
    },
  },
  {
    name: 'deep links work and an unknown address says so in Dutch',
    run: async ({ page, origin }) => {
      await new ComparisonPage(page, origin).open('/');
      await page.goto(origin + '/bestaat-niet');
      await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    },
  },
  {
    // The December walkthrough found the sticky row names and the separately scrolling header row
    // misaligned on a phone; the table now stacks, each value under its initiative's name.
    // On the table page and on the start page, which shows the same table.
    name: 'on a phone the table stacks on /vergelijken and /: no sideways scroll, each value under its initiative',
    context: { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true },
    run: async ({ page, origin }) => {
      for (const path of ['/vergelijken', '/']) {
        await new ComparisonPage(page, origin).open(path);
        const layout = await page.evaluate(() => ({
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          regionScrolls: document.querySelector('.table-scroll').scrollWidth > document.querySelector('.table-scroll').clientWidth + 1,
          named: [...document.querySelectorAll('.comparison tbody tr:first-child td')].map((td) => getComputedStyle(td, '::before').content),
        }));
        assert(layout.pageOverflow <= 0, `${path}: de pagina zelf schuift ${layout.pageOverflow}px opzij`);
        assert(!layout.regionScrolls, `${path}: de tabel schuift nog opzij binnen haar kader`);
        // Each value says whose it is, right beside it (no header row that scrolls away).
        const names = Object.values(NAMES);
        assert(layout.named.length === names.length && names.every((name) => layout.named.some((c) => c.includes(name))),
          `${path}: cellen zonder naam van het initiatief: ${layout.named}`);
      }
    },
  },
];
