// The scenario page: choose initiatives and matches, see the model's figures, share the link.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations, settle } from './harness.mjs';
import { CHART_IDS, HEADLINE_IDS, ScenarioPage, modelFor } from './pages.mjs';

const parameters = JSON.parse(await readFile('assets/data/parameters.json', 'utf8'));
const valueOf = (id) => parameters.parameters.find((p) => p.id === id).value;

/** DEF-B1: ten assumptions set through the link to the favourable end of their own ranges. */
const FAVOURABLE_END = {
  aandeel_jeugdhulp_voorkomen: 'high', aandeel_uithuisplaatsing_voorkomen: 'high', deadweight: 'low',
  kosten_jeugdhulptraject: 'high', kosten_uithuisplaatsing_per_jaar: 'high', duur_uithuisplaatsing: 'high',
  vertraging_effect: 'low', discontovoet: 'low', opslag_startjaren: 'low', 'startjaren.home-start': 'low',
};
const FAVOURABLE = 'k.home-start=20&' + Object.entries(FAVOURABLE_END)
  .map(([id, end]) => `a.${id}=${parameters.parameters.find((p) => p.id === id)[end]}`).join('&');

/** A Dutch amount as shown ("−€ 86.300", "€ 224.000") as a number. */
const euros = (text) => {
  const digits = text.replace(/[^\d−-]/g, '');
  return Number(digits.replace(/[−-]/, '')) * (/[−-]/.test(digits) ? -1 : 1);
};

/** The headline cards' text on the current page: "standaardwaarden" only at the standard values,
 * and the net figure within the band printed beside it. */
async function assertChangedAssumptionsNamed(page, where) {
  const cards = page.locator('.headlines').first();
  await cards.waitFor();
  // The band follows the figures a moment later: wait until it is there.
  await page.waitForFunction(() => /uitkomsten tussen|zonder bandbreedte/.test(document.querySelector('[data-testid="kerncijfer-netto"] .headline-detail')?.textContent ?? ''));
  const all = plain(await cards.textContent());
  assert(!all.includes('standaardwaarden'), `${where}: “standaardwaarden” terwijl 10 aannames zijn aangepast: ${all}`);
  for (const id of ['netto', 'vermeden']) {
    const detail = plain(await page.getByTestId(`kerncijfer-${id}`).locator('.headline-detail').textContent());
    assert(detail.startsWith('bij de gekozen aannames (10 aangepast)'), `${where}, ${id}: ${detail}`);
  }
  const card = page.getByTestId('kerncijfer-netto');
  const value = euros(plain(await card.locator('.headline-value').textContent()));
  const detail = plain(await card.locator('.headline-detail').textContent());
  const band = detail.match(/tussen (.+?) en (.+?)(?:; het cijfer zelf ligt (hoger|lager).*)?$/);
  if (band) {
    // Inside the band, or the card says on which side it lies (what still varies can turn out
    // one way only, as earlier professional care at its default of € 0).
    const [low, high, side] = [euros(band[1]), euros(band[2]), band[3]];
    const inside = low <= value && value <= high;
    const said = side === 'hoger' ? value > high : side === 'lager' ? value < low : inside;
    assert(said, `${where}: ${value} buiten de band zonder dat de kaart het zegt: ${detail}`);
  } else {
    assert(detail.endsWith('zonder bandbreedte'), `${where}: ${detail}`);
  }
  return value;
}

export const tests = [
  {
    name: 'ten assumptions changed through a link are named on the scenario page and in the embed, and the net figure stays in its band or says where it lies (DEF-B1)',
    run: async ({ page, origin }) => {
      const model = await modelFor(FAVOURABLE);
      assertEqual(model.weggelaten.length, 0, `de link is geldig: ${model.weggelaten.join(' ')}`);
      const scenario = await new ScenarioPage(page, origin).open(FAVOURABLE);
      const onPage = await assertChangedAssumptionsNamed(page, '/scenario');
      assertEqual((await scenario.figures()).netto, model.kerncijfers.netto, 'het netto van het model');
      // The tables beside the cards say so as well.
      const caption = plain(await page.locator('table.who-pays caption').textContent());
      assert(caption.includes('gekozen aannames, 10 aangepast') && !caption.includes('standaardwaarden'), caption);
      await page.screenshot({ path: 'target/e2e/def-b1-scenario.png', fullPage: false });
      await page.goto(`${origin}/inbedden/kerncijfers?${FAVOURABLE}`);
      const inEmbed = await assertChangedAssumptionsNamed(page, '/inbedden/kerncijfers');
      assertEqual(inEmbed, onPage, 'dezelfde netto in de embed');
      await page.screenshot({ path: 'target/e2e/def-b1-embed.png', fullPage: true });
      // At the standard values the label says so.
      await page.goto(`${origin}/inbedden/kerncijfers?k.home-start=20`);
      await page.waitForFunction(() => /uitkomsten tussen/.test(document.querySelector('[data-testid="kerncijfer-netto"] .headline-detail')?.textContent ?? ''));
      assert(plain(await page.getByTestId('kerncijfer-netto').textContent()).includes('bij de standaardwaarden; 8 van de 10 uitkomsten tussen'), 'standaardwaarden');
    },
  },
  {
    name: 'choosing an initiative and matches shows the model\'s figures for that scenario',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open();
      await page.getByTestId('empty-scenario').waitFor();
      await scenario.choose('home-start');
      await scenario.setMatches('home-start', 20);
      const query = await scenario.settledQuery('k.home-start=20');
      const model = await modelFor(query);
      const shown = await scenario.figures();
      for (const id of HEADLINE_IDS) assertEqual(shown[id], model.kerncijfers[id], `kerncijfer ${id}`);
      // Worked example: 20 matches × € 2.200 (wegwijzer) for 4 years, plus the assumed 75% surcharge
      // in Home-Start's one assumed start year: 20 × 2.200 × (4 + 0,75).
      assertEqual(shown.kosten, '€ 209.000', 'Home-Start, 20 koppelingen, 4 jaar');
      assert((await page.getByTestId('kerncijfer-kosten').textContent()).includes('constante prijzen'), 'constante prijzen, niet nominaal');
      assert((await page.getByTestId('kerncijfer-break-even').textContent()).includes('Ter vergelijking: bij preventieve jeugdinterventies gaat ongeveer 1 op de 8'), 'de toetssteen naast het break-evenpunt');
      assertEqual(plain(await page.getByTestId('break-even').textContent()).trim(), model.break_even, 'break-evenzin');
      // Amounts in the small print never break between "€" and the number.
      const detail = await page.getByTestId('kerncijfer-vermeden').locator('.headline-detail').textContent();
      assert(detail.includes('€\u00a0') && !detail.includes('€ '), `vaste spatie na het euroteken: ${detail}`);
    },
  },
  {
    name: 'the slider and the number field stay in step',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.samen-oplopen=10');
      const slider = page.locator('[data-initiative="samen-oplopen"] input[type="range"]');
      await slider.fill('35');
      assertEqual(await scenario.matchesField('samen-oplopen').inputValue(), '35', 'veld volgt schuif');
      const query = await scenario.settledQuery('k.samen-oplopen=35');
      assertEqual((await scenario.figures()).kosten, (await modelFor(query)).kerncijfers.kosten, 'kosten na schuiven');
    },
  },
  {
    name: 'a menu click right after typing keeps what was typed',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.home-start=20');
      // Type and click in one go, faster than the address bar follows (it waits for a pause):
      // the menu link must carry the new number, not the one still in the address bar.
      await page.evaluate(async () => {
        const field = document.getElementById('koppelingen-home-start');
        field.value = '33';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0)); // a fast hand, not the same instant
        [...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('Aannames')).click();
      });
      await page.waitForURL(/\/aannames/);
      // The assumptions page also says how the model computes, start years included.
      assert((await page.getByTestId('rekenregels').textContent()).includes('vanaf het eerste jaar waarin dat initiatief koppelingen heeft'), 'rekenregels');
      await page.getByRole('link', { name: '2. Scenario en resultaten' }).click();
      await page.waitForURL(/\/scenario/);
      assertEqual(await scenario.matchesField('home-start').inputValue(), '33', 'getypt aantal blijft');
      assert(new URL(page.url()).search.includes('k.home-start=33'), `link ${page.url()}`);
    },
  },
  {
    name: 'the build-up check box stays under the pointer and stands above the year fields it opens',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open();
      await scenario.choose('samen-oplopen');
      const toggle = page.getByLabel('Per jaar instellen (opbouw) voor Samen Oplopen');
      // Where on the page (not in the window, which may scroll to the box).
      const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const before = await top(toggle);
      await toggle.check();
      const firstYear = page.getByLabel('Samen Oplopen: koppelingen in 2027');
      await firstYear.waitFor();
      const after = await top(toggle);
      assert(Math.abs(after - before) < 1, `het vinkje verspringt van y = ${before} naar ${after}`);
      assert(after < await top(firstYear), 'het vinkje staat boven de velden per jaar');
    },
  },
  {
    name: 'the break-even card, its sentence and the net-result chart name one share, in the words the percentages use',
    run: async ({ page, origin }) => {
      for (const query of ['k.buurtgezinnen=15', 'k.home-start=15', 'k.buurtgezinnen=15&k.samen-oplopen=10']) {
        const scenario = await new ScenarioPage(page, origin).open(query);
        const card = (await scenario.figures())['break-even'];
        const share = card.match(/^bij (\d+) van de 100 gezinnen$/)?.[1];
        assert(share, `${query}: kaart ‘${card}’`);
        const sentence = plain(await page.getByTestId('break-even').textContent());
        assert(sentence.includes(`als bij ${share} van de 100 bereikte gezinnen`) && !sentence.includes('de grens ligt'), `${query}: zin ‘${sentence}’`);
        const chart = scenario.chart('netto-resultaat');
        await chart.scrollIntoViewIfNeeded();
        const texts = (await chart.locator('svg text').allTextContents()).map((t) => plain(t));
        assert(texts.some((t) => t.includes(`${share} van de 100`)), `${query}: grafiek noemt ${share} van de 100 niet: ${texts.join(' | ')}`);
        // No second break-even beside it ("alleen jeugdhulp geteld, als in de kerncijfers: …").
        const words = plain(await chart.textContent());
        assert(!words.includes('als in de kerncijfers'), `${query}: een tweede break-even: ${words}`);
      }
    },
  },
  {
    name: 'a link reproduces the scenario exactly',
    run: async ({ page, origin, context }) => {
      const scenario = await new ScenarioPage(page, origin).open();
      await page.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').fill('Gemeente Voorbeeld & Co');
      await scenario.choose('buurtgezinnen');
      await scenario.choose('samen-oplopen');
      await page.getByLabel('Looptijd', { exact: true }).fill('6');
      await page.getByLabel('Per jaar instellen (opbouw) voor Samen Oplopen').check();
      await page.getByLabel('Samen Oplopen: koppelingen in 2029').fill('25');
      await page.getByLabel('Eigen kosten per koppeling voor Buurtgezinnen').check();
      await page.getByLabel('Buurtgezinnen: eigen kosten per koppeling per jaar').fill('2.600');
      const query = await scenario.settledQuery('kosten.buurtgezinnen=2600');
      const before = await scenario.figures();

      const second = await context.newPage();
      await second.clock.install(); // for `settle`: the address must not change once settled
      const reopened = await new ScenarioPage(second, origin).open(query);
      assertEqual(JSON.stringify(await reopened.figures()), JSON.stringify(before), 'dezelfde kerncijfers');
      assertEqual(await second.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').inputValue(), 'Gemeente Voorbeeld & Co', 'naam');
      assertEqual(await second.getByLabel('Samen Oplopen: koppelingen in 2029').inputValue(), '25', 'opbouw per jaar');
      assertEqual(await second.getByLabel('Looptijd', { exact: true }).inputValue(), '6', 'looptijd');
      await settle(second);
      assertEqual(new URL(second.url()).search.slice(1), query, 'de link blijft dezelfde');
      assertEqual(await second.getByTestId('link-messages').count(), 0, 'geen melding bij een geldige link');
    },
  },
  {
    name: 'a garbled link keeps the valid parts and names what was dropped',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.home-start=20&k.bestaat-niet=5&looptijd=99&k.steunouder=abc&naam=Test%ZZ&a.discontovoet=0.5');
      const messages = page.getByTestId('link-messages');
      await messages.waitFor();
      const text = await messages.textContent();
      assert(/looptijd/i.test(text), `melding noemt de looptijd: ${text}`);
      assert(text.includes('bestaat-niet'), `melding noemt het onbekende initiatief: ${text}`);
      // An assumption out of range is named in its own unit, with the range the page allows.
      assert(text.includes('(‘50%’) ligt buiten het toegestane bereik (0% – 6%)'), `discontovoet in procenten: ${text}`);
      assert(await page.getByRole('checkbox', { name: /^Home-Start/ }).isChecked(), 'Home-Start blijft gekozen');
      assertEqual(await scenario.matchesField('home-start').inputValue(), '20', '20 koppelingen blijven');
      await page.getByTestId('headlines').waitFor();
    },
  },
  {
    name: 'text, negative and absurd numbers get a Dutch message and the scenario stays',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.home-start=20');
      const before = await scenario.figures();
      const field = scenario.matchesField('home-start');
      for (const [typed, expected] of [['abc', 'geen getal'], ['-5', 'negatief'], ['999999', 'te groot'], ['2,5', 'heel getal']]) {
        await field.fill(typed);
        const message = await page.locator('#koppelingen-home-start-melding').textContent();
        assert(message.includes(expected), `${typed}: ${message}`);
        assertEqual(await field.getAttribute('aria-invalid'), 'true', `${typed}: veld gemarkeerd`);
        assertEqual(JSON.stringify(await scenario.figures()), JSON.stringify(before), `${typed}: scenario ongewijzigd`);
      }
      await field.fill('30');
      assertEqual(await field.getAttribute('aria-invalid'), null, 'geldige invoer haalt de markering weg');
    },
  },
  {
    name: 'the model\'s notices appear for the rules a scenario breaks',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open('k.buurtgezinnen=5&k.steunouder=12&looptijd=1');
      const notices = page.getByTestId('notices');
      await notices.waitFor();
      const text = await notices.textContent();
      assert(text.includes('Buurtgezinnen') && text.includes('Steunouder'), `beide gekozen: ${text}`);
      // Buurtgezinnen plans 5 in its first year, below the minimum of the parameter file.
      const minimum = valueOf('minimum_koppelingen_eerste_jaar.buurtgezinnen');
      assert(new RegExp(`\\b${minimum} koppelingen\\b`).test(text) && /\b5\b/.test(text), `onder het minimum van ${minimum}, met 5: ${text}`);
      assert(/2 jaar|twee jaar/.test(text), `looptijd korter dan de minimale samenwerking: ${text}`);
    },
  },
  {
    name: 'a typed name is shown as text and never runs as HTML',
    run: async ({ page, origin }) => {
      let dialogs = 0;
      page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
      await new ScenarioPage(page, origin).open('k.home-start=10');
      const hostile = '<img src=x onerror=alert(1)>';
      await page.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').fill(hostile);
      await new ScenarioPage(page, origin).settledQuery('naam=');
      await page.reload();
      // Every place the name goes has it as text (the heading and the chart's title, drawn last):
      // an element made from the name would be in the page by now.
      await page.locator('#resultaten-titel').filter({ hasText: hostile }).waitFor();
      await page.locator(`figure[data-chart="${CHART_IDS[0]}"] svg`).filter({ hasText: hostile }).waitFor();
      // Without an element made from the name, nothing is left that could run its onerror later.
      assertEqual(await page.locator('img[src="x"]').count(), 0, 'geen img-element uit de naam');
      assertEqual(dialogs, 0, 'geen script uitgevoerd');
    },
  },
  {
    name: 'every chart has a text alternative, a source line and a data table of its numbers',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.home-start=20&k.samen-oplopen=10');
      await page.getByTestId('headlines').waitFor();
      assertEqual(await page.locator('figure.chart').count(), CHART_IDS.length, 'een figuur per grafiek');
      for (const id of CHART_IDS) {
        const figure = scenario.chart(id);
        await figure.locator('svg').first().waitFor();
        const name = await figure.locator('svg[role="img"] > title').textContent();
        assert(name.length > 10, `${id}: naam van de grafiek voor schermlezers`);
        const caption = await figure.locator('figcaption').textContent();
        assert(/€/.test(caption) && caption.length > 40, `${id}: samenvatting met de getallen: ${caption}`);
        assert((await figure.locator('svg').textContent()).includes('Bron'), `${id}: bronregel in de grafiek`);
        await figure.getByText('Toon als tabel').click();
        await figure.locator('table tbody tr').first().waitFor();
        // Every row has a cell per column, and the table holds amounts, not only labels.
        const headers = await figure.locator('table thead th').count();
        const cells = await figure.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.cells.length));
        assert(headers >= 2 && cells.every((n) => n === headers), `${id}: ${headers} kolommen, rijen met ${cells.join(', ')} cellen`);
        assert((await figure.locator('table tbody').textContent()).includes('€'), `${id}: bedragen in de tabel`);
      }
    },
  },
  {
    name: 'the net result chart puts its central point at the headline net result, with the 1-in-8 comparison',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.samen-oplopen=20');
      const net = (await scenario.figures()).netto;
      const svg = scenario.chart('netto-resultaat').locator('svg');
      await svg.waitFor();
      const texts = (await svg.locator('text').allTextContents()).map((t) => plain(t).trim());
      assert(texts.some((t) => t.startsWith('centrale aanname') && t.endsWith(`: ${net}`)), `centraal punt ${net}: ${texts.join(' | ')}`);
      const all = texts.join(' ');
      assert(all.includes('ter vergelijking: ongeveer 1 op de 8 bereikte gezinnen'), `vergelijkingslijn: ${all}`);
      // One footing for the axis, the assumption and the comparison: before deadweight, said so.
      assert(all.includes('vóór aftrek'), `de as zegt hoe ze telt: ${all}`);
    },
  },
  {
    name: 'axe-core finds no serious or critical violation on the scenario page',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open('k.buurtgezinnen=10&k.home-start=20');
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('assumptions-panel').locator('summary').click();
      for (const toggle of await page.getByText('Toon als tabel').all()) await toggle.click();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
    },
  },
];
