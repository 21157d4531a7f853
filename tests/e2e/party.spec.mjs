// Party staff drafting an election programme: two saved scenarios compared, every comparison
// exported, printed, and the CSV downloads read as a Dutch spreadsheet reads them.
import { readFile } from 'node:fs/promises';
import { assert, assertEqual } from './harness.mjs';

const BESCHEIDEN = { naam: 'Bescheiden', link: 'naam=Bescheiden&k.home-start=10' };
const AMBITIEUS = { naam: 'Ambitieus', link: 'naam=Ambitieus&k.home-start=25&k.samen-oplopen=5,10,15,20' };
const LEEG = { naam: 'Scenario 3', link: 'naam=Scenario%203' };

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Opens the scenarios page (with `query` as the current scenario) with `entries` imported and
 * ticked for comparison. */
async function compare(page, origin, entries, query = '') {
  await page.goto(`${origin}/scenarios${query}`);
  const file = { name: 'scenarios.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ steunwijzer_scenarios: 1, scenarios: entries })) };
  await page.getByTestId('import-file').setInputFiles(file);
  for (const { naam } of entries) await page.getByLabel(`${naam} vergelijken`, { exact: true }).check();
  const section = page.getByTestId('scenario-comparison');
  await section.locator('figure svg').waitFor();
  return section;
}

/** "8 van de 10 uitkomsten tussen € 46.100 en € 107.000" → ['€ 46.100', '€ 107.000'], spaces plain. */
function p10p90(text) {
  const match = text.replace(/\u00a0/g, ' ').replace(/\u2060/g, '').match(/8 van de 10 uitkomsten tussen (.+?) en (−?€ [\d.,]+(?: mln)?)/);
  assert(match, `geen P10–P90 in: ${text}`);
  return [match[1], match[2]];
}

/** A CSV file as rows of unquoted fields: CRLF between rows, semicolons between fields
 * (a quoted field may hold one, "Home-Start: 25 …; Samen Oplopen …"). */
function csvRows(bytes) {
  const field = /("(?:[^"]|"")*"|[^;]*)(;|$)/g;
  return bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n')
    .filter((line) => !line.startsWith('#')) // the provenance stamp
    .map((line) => [...line.matchAll(field)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')));
}

export const tests = [
  {
    name: 'the comparison says what each scenario contains',
    run: async ({ page, origin }) => {
      const section = await compare(page, origin, [BESCHEIDEN, AMBITIEUS]);
      const contents = await section.getByTestId('compare-contents').locator('td').allTextContents();
      assertEqual(contents[0], 'Home-Start: 10 koppelingen per jaar', 'Bescheiden');
      assertEqual(contents[1], 'Home-Start: 25 koppelingen per jaar; Samen Oplopen: oplopend van 5 naar 20 koppelingen per jaar', 'Ambitieus');
      const periods = await section.getByTestId('compare-period').locator('td').allTextContents();
      assertEqual(periods.join(' | '), '2027–2030 | 2027–2030', 'de jaren van elk');
    },
  },
  {
    name: 'the comparison uses the scenario page’s P10–P90, in the table and the chart',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${AMBITIEUS.link}`);
      const onPage = p10p90(await page.getByTestId('kerncijfer-vermeden').locator('.headline-detail').textContent());
      const section = await compare(page, origin, [BESCHEIDEN, AMBITIEUS]);
      const row = section.locator('tbody tr', { hasText: 'Vermeden' }).first();
      const cell = await row.locator('td').nth(1).textContent();
      assertEqual(p10p90(cell).join(' – '), onPage.join(' – '), 'tabel zoals de scenariopagina');
      const caption = await section.locator('figcaption').textContent();
      assert(caption.replace(/\u00a0/g, ' ').includes(`tussen ${onPage[0]} en ${onPage[1]}`), `grafiek zoals de scenariopagina: ${caption}`);
      const axis = await section.locator('figure svg text').allTextContents();
      assert(!axis.some((t) => t.includes('mln')), `as niet tot de uitersten gerekt: ${axis.join(' | ')}`);
    },
  },
  {
    name: 'the comparison chart and table export as SVG, PNG and CSV',
    run: async ({ page, origin }) => {
      const section = await compare(page, origin, [BESCHEIDEN, AMBITIEUS]);
      const svg = await download(page, () => section.getByTestId('compare-svg').click());
      assert(svg.name.endsWith('.svg') && svg.bytes.toString('utf8').includes('<svg') && svg.bytes.toString('utf8').includes('Ambitieus'), `svg: ${svg.name}`);
      const png = await download(page, () => section.getByTestId('compare-png').click());
      assert(png.name.endsWith('.png') && png.bytes.subarray(1, 4).toString() === 'PNG', `png: ${png.name}`);
      const csv = await download(page, () => section.getByTestId('compare-csv').click());
      const rows = csvRows(csv.bytes);
      assertEqual(rows[0].slice(0, 3).join(' | '), 'Scenario | Periode | Wat zit erin', 'kopregel');
      assert(rows[0].includes('Vermeden kosten, P90'), `P90 in ${rows[0].join(';')}`);
      assertEqual(rows.length, 3, 'een rij per scenario');
      assert(rows[2][2].startsWith('Home-Start: 25'), `inhoud: ${rows[2][2]}`);
      assert(rows.slice(1).every((r) => r.slice(3).every((f) => /^-?\d+,\d{2}$/.test(f))), `bedragen met decimale komma: ${rows[1].join(';')}`);
    },
  },
  {
    name: 'the printed comparison has no buttons, file chooser or checkboxes and fits the page',
    context: { viewport: { width: 700, height: 900 } },
    run: async ({ page, origin }) => {
      await compare(page, origin, [BESCHEIDEN, AMBITIEUS]);
      await page.emulateMedia({ media: 'print' });
      const controls = await page.locator('button, input, select').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 60)));
      assertEqual(controls.join(' | '), '', 'geen bedieningselementen in de afdruk');
      const table = await page.getByTestId('side-by-side').boundingBox();
      assert(table.x + table.width <= 700, `tabel binnen de pagina: ${table.x + table.width}`);
      assert(await page.locator('figure[data-chart="vergelijking"] svg').isVisible(), 'de grafiek staat erin');
    },
  },
  {
    name: 'a loss is not called the highest result, and an empty scenario is not the best',
    run: async ({ page, origin }) => {
      const section = await compare(page, origin, [BESCHEIDEN, AMBITIEUS, LEEG]);
      const caption = (await section.locator('figcaption').textContent()).replace(/\u00a0/g, ' ');
      assert(!caption.includes('hoogst'), `‘hoogst’ bij een verlies: ${caption}`);
      assert(!caption.includes('Scenario 3:'), `het lege scenario als beste: ${caption}`);
      assert(caption.includes('Het kleinste nettoverlies (contante waarde) heeft Bescheiden'), caption);
    },
  },
  {
    name: 'chart CSVs open in a Dutch spreadsheet: semicolons, decimal comma, whole years, percentages',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${AMBITIEUS.link}`);
      await page.getByTestId('headlines').waitFor();
      const costs = csvRows((await download(page, () => page.locator('figure[data-chart="kosten-per-jaar"]').getByRole('button', { name: 'Download CSV' }).click())).bytes);
      assert(costs.length > 2 && costs.slice(1).every((r) => /^20\d\d$/.test(r[0])), `hele jaren: ${costs.map((r) => r[0]).join(' ')}`);
      assert(costs.slice(1).every((r) => r.slice(1).every((f) => /^-?\d+,\d{2}$/.test(f) || f === '–')), `decimale komma: ${costs[1].join(';')}`);
      const shares = csvRows((await download(page, () => page.locator('figure[data-chart="netto-resultaat"]').getByRole('button', { name: 'Download CSV' }).click())).bytes);
      assert(shares.slice(1).every((r) => /^\d+,\d{2}%$/.test(r[0])), `aandelen als percentage: ${shares.map((r) => r[0]).join(' ')}`);
      const projection = csvRows((await download(page, () => page.getByTestId('export-csv').click())).bytes);
      assertEqual(projection[0][0], 'Jaar', 'Nederlandse kopregel');
      assert(projection[0].includes('Vermeden kosten t/m dit jaar P90 (€)'), `P10–P90 in de doorrekening: ${projection[0].join(';')}`);
      assert(projection.slice(1).every((r) => /^20\d\d$/.test(r[0]) && /^\d+$/.test(r[3])), `hele jaren en gezinnen: ${projection[1].join(';')}`);
    },
  },
  {
    name: 'the programme text reads as a programme line',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${BESCHEIDEN.link}`);
      const text = (await page.getByTestId('programme-text').textContent()).replace(/\u00a0/g, ' ');
      assert(text.startsWith('De gemeente investeert in 2027–2030'), `geen scenarionaam als gemeente: ${text.slice(0, 80)}`);
      assert(!/structureel|gedurende/.test(text), `looptijd één keer: ${text}`);
      assert(!/bandbreedte (€ [\d.]+) – \1\)/.test(text) && !text.includes('zonder bandbreedte'), `geen bandbreedte gelijk aan de waarde: ${text}`);
      assert(text.includes('Per saldo is het resultaat voor de gemeente in contante waarde'), 'het netto resultaat staat erin');
    },
  },
  {
    name: 'saving again keeps the comparison ticked',
    run: async ({ page, origin }) => {
      // Saving a new one, then saving a changed "Bescheiden" over the stored one.
      await compare(page, origin, [BESCHEIDEN, AMBITIEUS], '?naam=Derde&k.home-start=5');
      await page.getByTestId('save-current').click();
      await page.getByLabel('Derde vergelijken', { exact: true }).waitFor();
      await page.goto(`${origin}/scenario?naam=Bescheiden&k.home-start=12`);
      await page.getByRole('link', { name: /Scenario's vergelijken/ }).click();
      await page.getByTestId('save-current').click();
      await page.getByTestId('saved-message').filter({ hasText: 'Bescheiden' }).waitFor();
      for (const naam of ['Bescheiden', 'Ambitieus']) {
        assert(await page.getByLabel(`${naam} vergelijken`, { exact: true }).isChecked(), `${naam} blijft aangevinkt`);
      }
      assert(await page.getByTestId('scenario-comparison').isVisible(), 'de vergelijking blijft staan');
    },
  },
];
