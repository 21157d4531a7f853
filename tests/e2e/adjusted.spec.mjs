// Changed assumptions are visible wherever a figure goes (issue 22, DEF-B1): the scenario page
// with its way back to the standard, both embeds, the key-figures slide, the hand-out, paper, the
// CSV and SVG exports and the copied texts; and "how sure is it?" in one sentence beside the net
// result. The same pages without changed assumptions show no notice.
import { assert, assertEqual, plain } from './harness.mjs';
import { CHART_IDS, PresentationPage, ScenarioPage, downloadText, slideNumber } from './pages.mjs';

/** Home-Start with two assumptions changed through the link: deadweight and discount rate. */
const BASE = 'k.home-start=20';
const CHANGED = `${BASE}&a.deadweight=0.1&a.discontovoet=0`;
const ZEIST = 'g.naam=Zeist&g.inwoners=40000&g.jeugdigen=8000&g.jeugdhulp=1150&g.kosten_jeugdzorg=14000000';

/** Asserts the notice in `scope` counts two changes and gives each standard → chosen. */
async function assertNotice(scope, where) {
  const notice = scope.getByTestId('adjusted-notice');
  await notice.waitFor();
  assert(await notice.isVisible(), `${where}: de melding is zichtbaar`);
  const text = plain(await notice.textContent());
  assert(text.includes('2 aannames wijken af van de standaard'), `${where}: aantal: ${text}`);
  assert(text.includes('30% → 10%'), `${where}: deadweight standaard → gekozen: ${text}`);
  assert(text.includes('2,25% → 0%'), `${where}: discontovoet standaard → gekozen: ${text}`);
}

export const tests = [
  {
    name: 'on a phone the bar that keeps cost and net in sight says that assumptions were changed',
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    run: async ({ page, origin }) => {
      for (const [query, expected] of [[CHANGED, ' · 2 aannames aangepast'], [BASE, '']]) {
        await page.goto(`${origin}/scenario?${query}`);
        const bar = page.getByTestId('sticky-summary');
        await bar.waitFor();
        const text = plain(await bar.textContent());
        assert(/^Kosten .+ · netto [^·]+/.test(text), `balk: ${text}`);
        assertEqual(text.includes('aangepast'), expected !== '', `balk bij ${query}: ${text}`);
        if (expected) assert(text.endsWith(expected), `balk: ${text}`);
      }
    },
  },
  {
    name: 'the scenario page names the changed assumptions above the figures and one button brings back the standard values',
    run: async ({ page, origin }) => {
      const scenario = new ScenarioPage(page, origin);
      await scenario.open(CHANGED);
      await assertNotice(page, '/scenario');
      // Above the headline figures, not somewhere down the page.
      const [notice, cards] = await Promise.all(['adjusted-notice', 'headlines'].map((id) => page.getByTestId(id).boundingBox()));
      assert(notice.y < cards.y, `boven de kerncijfers: ${notice.y} < ${cards.y}`);
      const changedNet = (await scenario.figures()).netto;

      await page.getByTestId('reset-assumptions').click();
      await page.getByTestId('adjusted-notice').waitFor({ state: 'detached' });
      await page.waitForFunction(() => !location.search.includes('a.'), null, { timeout: 5000 });
      const query = new URL(page.url()).search;
      assert(query.includes('k.home-start=20'), `het scenario blijft: ${query}`);
      const standardNet = (await scenario.figures()).netto;
      assert(standardNet !== changedNet, `de cijfers rekenen weer met de standaard: ${changedNet} → ${standardNet}`);
      await page.reload();
      await page.getByTestId('headlines').waitFor();
      assertEqual(await page.getByTestId('adjusted-notice').count(), 0, 'na herladen geen melding');
    },
  },
  {
    name: 'without changed assumptions no page shows the notice',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(BASE);
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('how-sure').filter({ hasText: 'doorrekeningen' }).waitFor();
      assertEqual(await page.getByTestId('adjusted-notice').count(), 0, '/scenario');
      const texts = plain(await page.getByTestId('programme-text').textContent());
      assert(!texts.includes('andere waarde'), `programmatekst: ${texts}`);
      await page.goto(`${origin}/inbedden/kerncijfers?${BASE}`);
      await page.getByTestId('kerncijfer-netto').waitFor();
      assertEqual(await page.getByTestId('adjusted-notice').count(), 0, 'kerncijfers-embed');
      await page.goto(`${origin}/inbedden/${CHART_IDS[1]}?${BASE}`);
      await page.locator('figure svg').waitFor();
      assert(!(await page.locator('figure svg').textContent()).includes('Let op'), 'geen regel in de grafiek');
      assertEqual(await page.getByTestId('adjusted-notice').count(), 0, 'grafiek-embed');
      await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'), BASE);
      await page.locator('.slide h1', { hasText: 'Kerncijfers' }).waitFor();
      assertEqual(await page.getByTestId('adjusted-notice').count(), 0, 'dia');
    },
  },
  {
    name: 'both embeds show the changed assumptions visibly, the chart also inside its picture',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/inbedden/kerncijfers?${CHANGED}`);
      await page.getByTestId('kerncijfer-netto').waitFor();
      await assertNotice(page, 'kerncijfers-embed');
      for (const chart of CHART_IDS) {
        await page.goto(`${origin}/inbedden/${chart}?${CHANGED}`);
        await page.locator(`figure[data-chart="${chart}"] svg`).waitFor();
        await assertNotice(page, `${chart}-embed`);
        const drawn = plain(await page.locator('figure svg').textContent());
        assert(drawn.includes('Let op: 2 aannames wijken af van de standaard'), `${chart}: in de grafiek: ${drawn}`);
      }
    },
  },
  {
    name: 'the key-figures slide and the hand-out say which assumptions differ and how sure the result is',
    context: { viewport: { width: 1280, height: 720 } },
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'), CHANGED);
      const slide = page.locator('.slide', { has: page.locator('h1', { hasText: 'Kerncijfers' }) });
      await assertNotice(slide, 'dia kerncijfers');
      const sure = slide.getByTestId('how-sure');
      await sure.filter({ hasText: 'doorrekeningen' }).waitFor();
      // The slide still fits the projector: nothing runs below the slide area.
      const overflow = await page.evaluate(() => {
        const area = document.querySelector('.slide-area');
        return area.scrollHeight - area.clientHeight;
      });
      assert(overflow <= 1, `de dia past: ${overflow} px te veel`);
      await page.screenshot({ path: 'target/e2e/aangepast-dia.png' });

      await page.goto(`${origin}/presenteren/hand-out?${CHANGED}`);
      await page.getByTestId('handout').waitFor();
      await page.emulateMedia({ media: 'print' });
      await assertNotice(page.getByTestId('handout'), 'hand-out');
    },
  },
  {
    name: 'on paper, in the CSV and SVG exports and in the copied texts the changed assumptions are named',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${CHANGED}&${ZEIST}`);
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('how-sure').filter({ hasText: 'doorrekeningen' }).waitFor();

      const csv = await downloadText(page, () => page.getByTestId('export-csv').click());
      const lines = csv.trim().split('\r\n');
      const note = lines.findIndex((l) => l.startsWith('# Let op: 2 aannames wijken af van de standaard'));
      assert(note > 0, `een regel in de CSV: ${lines.slice(-3).join(' | ')}`);
      assert(plain(lines[note]).includes('30% → 10%') && !lines[note].includes(';'), `één cel: ${lines[note]}`);
      assert(lines[note + 1].startsWith('# Steunwijzer '), `vóór de stempel: ${lines.slice(-2).join(' | ')}`);

      const figure = new ScenarioPage(page, origin).chart(CHART_IDS[0]);
      const svg = plain(await downloadText(page, () => figure.getByRole('button', { name: 'Download SVG' }).click()));
      assert(/<text[^>]*>\s*Let op: 2 aannames wijken af van de standaard/.test(svg), 'zichtbare tekst in de SVG');
      const chartCsv = await downloadText(page, () => figure.getByRole('button', { name: 'Download CSV' }).click());
      assert(chartCsv.includes('# Let op: 2 aannames'), 'grafiek-CSV');
      const budget = await downloadText(page, () => page.getByTestId('export-begroting-csv').click());
      assert(budget.includes('# Let op: 2 aannames'), 'begrotingsregels-CSV');

      for (const id of ['programme-text', 'programmapunt', 'amendement-tekst']) {
        const text = plain(await page.getByTestId(id).textContent());
        assert(text.includes('2 andere waarden dan de standaard van Steunwijzer'), `${id}: ${text}`);
        assert(text.includes('10% in plaats van 30%'), `${id}: ${text}`);
        assert(!text.includes('aannames van Steunwijzer'), `${id} noemt ze niet die van Steunwijzer: ${text}`);
      }

      await page.emulateMedia({ media: 'print' });
      await assertNotice(page, 'afdruk');
      assertEqual(await page.getByTestId('reset-assumptions').isVisible(), false, 'geen knop op papier');
    },
  },
  {
    name: 'how sure it is stands in one sentence beside the net result, and the short programme point gives the net result',
    run: async ({ page, origin }) => {
      const scenario = new ScenarioPage(page, origin);
      await scenario.open(`${BASE}&${ZEIST}`);
      const sure = page.getByTestId('how-sure');
      await sure.filter({ hasText: 'doorrekeningen' }).waitFor();
      const said = plain(await sure.textContent());
      assert(/In (geen|minder dan 1|\d+|meer dan 9|alle) (van de )?10 doorrekeningen verdient het zich terug/.test(said), said);
      assert(said.includes('aanname'), `en of één aanname het omdraait: ${said}`);
      // Beside the net result: right under the cards, not thousands of pixels away.
      const [box, cards] = await Promise.all([sure.boundingBox(), page.getByTestId('headlines').boundingBox()]);
      assert(box.y - (cards.y + cards.height) < 60, `naast de kerncijfers: ${box.y} na ${cards.y + cards.height}`);

      const net = (await scenario.figures()).netto;
      const point = plain(await page.getByTestId('programmapunt').textContent());
      assert(point.includes(`per saldo ${net} (contante waarde)`), `programmapunt met het netto resultaat ${net}: ${point}`);
      const total = plain(await page.getByTestId('begroting-totaal').textContent());
      assert(total.includes('niet verdisconteerd'), `het totaal zegt dat het niet verdisconteerd is: ${total}`);
    },
  },
];
