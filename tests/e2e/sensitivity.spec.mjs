// Which assumption decides the outcome: the tornado chart and its words on /scenario, against the
// model (`projectie`), and the consistency rule: each bar's ends are the net result the page
// shows with that one parameter set through the link.
import { readFile } from 'node:fs/promises';
import { assert, assertEqual, AXE_CONTEXT, plain, seriousViolations } from './harness.mjs';
import { ScenarioPage, PresentationPage, modelFor, slideNumber } from './pages.mjs';

const SLUG = 'gevoeligheid';
/** Home-Start at the defaults: negative under every single range. */
const DEFAULTS = 'jaar=2027&looptijd=4&k.home-start=20';
/** The same close to break-even (more placements avoided, little deadweight, the top youth-care
 * cost): the share of youth care avoided turns the sign within its range. */
const NEAR = `${DEFAULTS}&a.aandeel_uithuisplaatsing_voorkomen=0.02&a.deadweight=0.1&a.kosten_jeugdhulptraject=18000`;

/** `query` with `a.<id>` set to `value` (replacing a value already there). */
function withValue(query, id, value) {
  const params = new URLSearchParams(query);
  params.set(`a.${id}`, String(value));
  return params.toString();
}

async function openView(page, origin, query) {
  const scenario = await new ScenarioPage(page, origin).open(query);
  const figure = scenario.chart(SLUG);
  // The view follows the scenario after a pause; wait until it belongs to this one.
  await page.locator('#gevoeligheid[data-current="true"]').waitFor();
  await figure.locator('svg').waitFor();
  return { scenario, figure };
}

/** The chart's table as shown: [label, low, net at low, high, net at high, swing] per bar. */
async function tableRows(figure) {
  await figure.locator('details.chart-table > summary').click();
  await figure.locator('table tbody tr').first().waitFor();
  const rows = await figure.locator('table tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  return rows.map((row) => row.map(plain));
}

export const tests = [
  {
    name: 'each bar ends where the page’s net result goes when that value is set through the link',
    run: async ({ page, origin }) => {
      const { scenario, figure } = await openView(page, origin, NEAR);
      const model = await modelFor(NEAR);
      const rows = await tableRows(figure);
      const bars = model.gevoeligheid.staven;
      assertEqual(rows.length, bars.length, 'een rij per staaf, niets weggelaten');
      let checked = 0;
      for (const [index, bar] of bars.entries()) {
        if (!bar.aanpasbaar) continue;
        for (const [end, column] of [['laag', 2], ['hoog', 4]]) {
          const linked = await modelFor(withValue(NEAR, bar.id, bar[end]));
          assertEqual(rows[index][column], linked.kerncijfers.netto, `${bar.id} op ${bar[end]}: staafeinde = netto via de link`);
          checked += 1;
        }
      }
      assert(checked >= 10, `genoeg staven nagelopen (${checked})`);
      // On the page itself: open the link of the largest driver's low end.
      const first = bars.find((b) => b.aanpasbaar);
      const row = rows[bars.indexOf(first)];
      await scenario.open(withValue(NEAR, first.id, first.laag));
      assertEqual((await scenario.figures()).netto, row[2], `pagina met a.${first.id}=${first.laag}`);
    },
  },
  {
    name: 'a button beside a bar sets that value, and the net result follows',
    run: async ({ page, origin }) => {
      const { scenario, figure } = await openView(page, origin, NEAR);
      const rows = await tableRows(figure);
      await page.locator('#gevoeligheid details.try-values > summary').click();
      const item = page.locator('#gevoeligheid li[data-bar]').first();
      const id = await item.getAttribute('data-bar');
      const high = Number(await item.getAttribute('data-high'));
      await item.getByRole('button').nth(1).click();
      await scenario.settledQuery(`a.${id}=`);
      // The view marks itself busy until its runs belong to the new value.
      await page.locator('#gevoeligheid[data-current="true"]').waitFor();
      assertEqual((await scenario.figures()).netto, rows[0][4], `${id} op de bovengrens`);
      const model = await modelFor(withValue(NEAR, id, high));
      assertEqual((await scenario.figures()).netto, model.kerncijfers.netto, 'zoals het model');
    },
  },
  {
    name: 'the words say where the sign turns, and that it does not where it never does',
    run: async ({ page, origin }) => {
      for (const [query, opening] of [[NEAR, 'Het is onzeker of de vermeden kosten de kosten overtreffen'], [DEFAULTS, 'Binnen de bandbreedte van elke aanname afzonderlijk blijft het saldo negatief']]) {
        const { figure } = await openView(page, origin, query);
        const model = await modelFor(query);
        assert(model.gevoeligheid.conclusie.startsWith(opening), `${query}: ${model.gevoeligheid.conclusie}`);
        const caption = plain(await figure.locator('figcaption').textContent()).trim();
        assert(caption.endsWith(model.gevoeligheid.conclusie), `bijschrift eindigt met de conclusie: ${caption}`);
        const drivers = await page.getByTestId('gevoeligheid-drijvers').locator('li').allTextContents();
        // The page keeps amounts on one line (no-break space, word joiner); the words are the model's.
        const unbroken = (d) => plain(d).trim();
        assertEqual(JSON.stringify(drivers.map(unbroken)), JSON.stringify(model.gevoeligheid.drijvers), 'de drie grootste, zoals het model');
      }
      await openView(page, origin, NEAR);
      const drivers = await page.getByTestId('gevoeligheid-drijvers').textContent();
      assert(/wordt positief als dit ten minste [\d,]+%/.test(drivers), `omslagwaarde genoemd: ${drivers}`);
    },
  },
  {
    name: 'a bar leads to its assumption on the assumptions page',
    run: async ({ page, origin }) => {
      await openView(page, origin, NEAR);
      await page.locator('#gevoeligheid details.try-values > summary').click();
      const item = page.locator('#gevoeligheid li[data-bar]').first();
      const id = await item.getAttribute('data-bar');
      await item.getByRole('link').click();
      await page.waitForURL(/\/aannames/);
      assert(page.url().includes(`#parameter-${id}`), page.url());
      assert(page.url().includes('a.deadweight=0.1'), 'het scenario gaat mee');
      await page.locator(`[id="parameter-${id}"]`).waitFor();
      assert(await page.locator(`[id="parameter-${id}"]`).isVisible(), 'de aanname staat op de pagina');
      assert(await page.getByTestId('gevoeligheid-methode').isVisible(), 'de methode in gewone woorden');
    },
  },
  {
    name: 'the programme text says what the result depends on most, as the model does',
    run: async ({ page, origin }) => {
      await openView(page, origin, NEAR);
      const programme = page.getByTestId('programme-text');
      await programme.filter({ hasText: 'Het resultaat hangt het meest af van' }).waitFor();
      const model = (await modelFor(NEAR)).programma;
      const sentence = model.split('. ').find((s) => s.startsWith('Het resultaat hangt het meest af van'));
      assert(sentence && plain(await programme.textContent()).includes(sentence), `zin uit het model: ${sentence}`);
    },
  },
  {
    name: 'the sensitivity slide shows the chart and the conclusion, and fits a projector',
    context: { viewport: { width: 1280, height: 720 } },
    run: async ({ page, origin }) => {
      const slides = await new PresentationPage(page, origin).goto(slideNumber(`grafiek-${SLUG}`), NEAR);
      assert(await slides.count() > 0, 'dia’s');
      const conclusion = (await modelFor(NEAR)).gevoeligheid.conclusie;
      const figure = page.locator(`figure[data-chart="${SLUG}"]`);
      // The chart follows the opened link after a pause, like the band.
      await figure.filter({ hasText: conclusion }).waitFor();
      assert(await figure.locator('svg').isVisible(), 'de grafiek op de dia');
      // The flipping case has the longest conclusion: on a 1280×720 projector it still fits.
      const [scroll, visible] = await page.locator('.slide-area').evaluate((el) => [el.scrollHeight, el.clientHeight]);
      assert(scroll <= visible + 1, `de dia past niet: ${scroll} px inhoud in ${visible} px`);
    },
  },
  {
    name: 'on paper the view keeps its chart and words, without its buttons',
    run: async ({ page, origin }) => {
      await openView(page, origin, NEAR);
      await page.emulateMedia({ media: 'print' });
      const section = page.locator('#gevoeligheid');
      assert(await section.locator('svg').isVisible(), 'grafiek op papier');
      assert(await page.getByTestId('gevoeligheid-drijvers').isVisible(), 'de woorden op papier');
      assertEqual(await section.locator('button:visible').count(), 0, 'geen knoppen op papier');
    },
  },
  {
    name: 'the chart exports as SVG and CSV with every bar',
    run: async ({ page, origin }) => {
      const { figure } = await openView(page, origin, NEAR);
      const bars = (await modelFor(NEAR)).gevoeligheid.staven.length;
      const [csv] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download CSV' }).click()]);
      const lines = (await readFile(await csv.path(), 'utf8')).trim().split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
      assert(lines.length >= bars + 1, `kop plus een regel per staaf: ${lines.length} voor ${bars}`);
      const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download SVG' }).click()]);
      const text = await readFile(await svg.path(), 'utf8');
      assert(text.startsWith('<svg') && text.includes('Wat als een aanname anders uitvalt?'), 'SVG met titel');
      assert(text.includes('Bron:'), 'bronregel in de SVG');
    },
  },
  {
    name: 'axe-core finds no serious or critical violation in the sensitivity view',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await openView(page, origin, NEAR);
      await page.locator('#gevoeligheid details.try-values > summary').click();
      const violations = await seriousViolations(page);
      assertEqual(violations.length, 0, violations.join('\n'));
    },
  },
];
