// Nothing lost, nothing false (second fault review, December 2026): an embed leaves the working
// scenario alone, a stored list with one bad entry still shows the others, a field with an error
// leaves the scenario as it was, and every export and printed page carries the stamp with its
// date, readable on a slide.
import { assert, assertEqual, plain } from './harness.mjs';
import { PresentationPage, ScenarioPage, SCENARIO, downloadText, scaleOf, slideNumber } from './pages.mjs';

const ZEIST = 'g.naam=Zeist&g.inwoners=40000&g.jeugdigen=8000&g.jeugdhulp=1150&g.kosten_jeugdzorg=14000000';
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Today as the page's clock gives it, in Dutch words: "6 december 2026". */
async function today(page) {
  const [d, m, y] = await page.evaluate(() => { const n = new Date(); return [n.getDate(), n.getMonth(), n.getFullYear()]; });
  return `${d} ${MONTHS[m]} ${y}`;
}

export const tests = [
  {
    name: 'DEF-B2 a read-only embed leaves the working scenario alone',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open('naam=Mijn%20werk&k.buurtgezinnen=12');
      await page.getByTestId('headlines').waitFor();
      await page.waitForFunction(() => (localStorage.getItem('steunwijzer.werkscenario') ?? '').includes('Mijn%20werk'));
      await page.goto(`${origin}/inbedden/kerncijfers?naam=Van%20een%20andere%20site&k.samen-oplopen=300&a.deadweight=0.1`);
      // The embed has read its scenario: its stamp links to it.
      await page.getByTestId('stamp').filter({ hasText: 'k.samen-oplopen=300' }).waitFor();
      // Back on the scenario page without a link: the user's own work, not the embed's.
      await page.goto(`${origin}/scenario`);
      const name = page.getByLabel(/Naam van het scenario/);
      await page.getByTestId('headlines').waitFor();
      assertEqual(await name.inputValue(), 'Mijn werk', 'het eigen werkscenario is teruggehaald');
      const stored = await page.evaluate(() => localStorage.getItem('steunwijzer.werkscenario'));
      assert(stored.includes('k.buurtgezinnen=12') && !stored.includes('samen-oplopen'), `bewaard: ${stored}`);
    },
  },
  {
    name: 'DEF-B3 the budget-lines CSV ends with the stamp and its export date',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${SCENARIO}&${ZEIST}`);
      await page.getByTestId('begrotingsregels').waitFor();
      const csv = await downloadText(page, () => page.getByTestId('export-begroting-csv').click());
      const last = csv.trim().split('\r\n').at(-1);
      assert(last.startsWith('# Steunwijzer ') && last.includes(' · gegevens '), `laatste regel: ${last}`);
      assert(last.includes(`geëxporteerd op ${await today(page)}`), `exportdatum: ${last}`);
      assert(last.includes(`${origin}/scenario?`) && last.includes('g.inwoners=40000'), `link naar het scenario: ${last}`);
    },
  },
  {
    name: '“20 mln” typed as youth-care spending is read as twenty million, and a field with an error leaves the scenario as it was',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(`${SCENARIO}&${ZEIST}`);
      const field = page.locator('#gemeente-kosten_jeugdzorg');
      await page.getByTestId('gemeente-schaal').waitFor();
      const before = (await scaleOf(page))['Kosten als deel van de uitgaven aan jeugdzorg'];
      // Typed key by key, as a person does: "2", "20", "20 ", "20 m", … on the way.
      await field.click();
      await field.press('ControlOrMeta+a');
      await field.pressSequentially('20 mln');
      const query = await scenario.settledQuery('g.kosten_jeugdzorg=20000000');
      assert(!/g\.kosten_jeugdzorg=20(&|$)/.test(query), `geen € 20 in de link: ${query}`);
      assertEqual((await page.getByTestId('gemeente-fout-kosten_jeugdzorg').textContent()).trim(), '', 'geen melding');
      const share = (await scaleOf(page))['Kosten als deel van de uitgaven aan jeugdzorg'];
      assert(/^\d+(,\d+)?%$/.test(share) && Number(share.replace(',', '.').replace('%', '')) < Number(before.replace(',', '.').replace('%', '')), `deel bij € 20 mln (${share}) kleiner dan bij € 14 mln (${before})`);

      // A new edit that ends in an error: the message fits an amount, and the scenario keeps
      // € 20 mln, not the "2" typed on the way.
      await page.getByLabel('Gemeente', { exact: true }).click();
      await field.click();
      await field.press('ControlOrMeta+a');
      await field.pressSequentially('20 m');
      const error = page.getByTestId('gemeente-fout-kosten_jeugdzorg');
      await error.filter({ hasText: 'Typ bijvoorbeeld 20.000.000 of 20 mln' }).waitFor();
      assertEqual(await field.inputValue(), '20 m', 'wat getypt is blijft staan');
      assertEqual((await scaleOf(page))['Kosten als deel van de uitgaven aan jeugdzorg'], share, 'de schaal rekent met € 20 mln');
      // Another number field: a count with an error leaves the matches as they were.
      const matches = page.getByLabel('Home-Start: koppelingen per jaar', { exact: true });
      await matches.click();
      await matches.press('ControlOrMeta+a');
      await matches.pressSequentially('35 x');
      await page.locator('.field-message').filter({ hasText: 'geen getal' }).first().waitFor();
      await page.getByLabel('Gemeente', { exact: true }).click();
      const settled = await scenario.settledQuery('g.kosten_jeugdzorg=20000000');
      assert(settled.includes('k.home-start=20') && !settled.includes('k.home-start=35'), `koppelingen zoals ze waren: ${settled}`);
    },
  },
  {
    name: 'DEF-B8 a stored list with one unreadable entry shows the others, names it and keeps it',
    run: async ({ page, origin }) => {
      const long = `naam=Lang&k.home-start=5&x=${'a'.repeat(5000)}`;
      const list = { steunwijzer_scenarios: 1, scenarios: [
        { naam: 'Goed', link: 'k.home-start=5' },
        { naam: 'Lang', link: long },
        { naam: 'Utrecht\u202egnitsiL', link: 'k.home-start=7' },
      ] };
      await page.goto(`${origin}/scenarios?naam=Nieuw&k.home-start=9`);
      await page.evaluate((json) => localStorage.setItem('steunwijzer.scenarios', json), JSON.stringify(list));
      await page.reload();
      await page.locator('.saved-item').first().waitFor();
      assertEqual(await page.locator('.saved-item').count(), 2, 'de twee leesbare scenario\'s staan er');
      const message = await page.getByTestId('saved-message').textContent();
      assert(message.includes('Scenario 2 (‘Lang’)'), `het onleesbare scenario is genoemd: ${message}`);
      await page.getByTestId('save-current').click();
      await page.getByTestId('saved-message').filter({ hasText: '‘Nieuw’ is bewaard' }).waitFor();
      const stored = await page.evaluate(() => localStorage.getItem('steunwijzer.scenarios'));
      assert(stored.includes(long), 'het onleesbare scenario is niet overschreven');
      assertEqual(JSON.parse(stored).scenarios.map((s) => s.naam).join(', '), 'Goed, UtrechtgnitsiL, Nieuw, Lang', 'alles bewaard');
    },
  },
  {
    name: 'the stamp on a 1280×720 slide is at least 16 px, one calm line without the raw link',
    context: { viewport: { width: 1280, height: 720 } },
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'), `${SCENARIO}&a.deadweight=0.25`);
      const stamp = page.locator('.presentation .slide-stamp');
      await stamp.waitFor();
      const { size, cut, text, title } = await stamp.evaluate((el) => ({
        size: parseFloat(getComputedStyle(el).fontSize),
        cut: el.scrollWidth > el.clientWidth,
        text: el.textContent,
        title: el.getAttribute('title'),
      }));
      assert(size >= 16, `lettergrootte ${size}px`);
      assert(!cut, `niet afgekapt: ${text}`);
      assert(!text.includes('?') && text.includes('/presenteren') === false && text.endsWith('/scenario'), `korte vorm: ${text}`);
      assert(title.includes('k.home-start=20') && title.includes('gegevens='), `de hele link in de tooltip: ${title}`);
    },
  },
  {
    name: 'every page of the hand-out carries the stamp with its print date',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/presenteren/hand-out?${SCENARIO}`);
      const pages = page.locator('.handout-page');
      await pages.last().locator('.handout-stamp').waitFor();
      const count = await pages.count();
      const date = await today(page);
      for (let i = 0; i < count; i += 1) {
        const stamp = plain(await pages.nth(i).locator('.handout-stamp').textContent());
        assert(stamp.startsWith('Steunwijzer ') && stamp.includes(`afgedrukt op ${date}`) && stamp.includes('k.home-start=20'), `pagina ${i + 1}: ${stamp}`);
      }
      await page.emulateMedia({ media: 'print' });
      const breaks = await pages.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
      assert(breaks.slice(0, -1).every((b) => b === 'page'), `een dia met stempel per pagina: ${breaks}`);
      const visible = await pages.evaluateAll((els) => els.map((el) => el.querySelector('.handout-stamp').getClientRects().length > 0));
      assert(visible.every(Boolean), 'de stempel staat op elke pagina op papier');
    },
  },
  {
    name: 'a chart export names its date and shows the whole link under the chart, without “…”',
    run: async ({ page, origin }) => {
      // A long link: many assumptions changed.
      const query = `${SCENARIO}&${ZEIST}&a.deadweight=0.25&a.discontovoet=0.03&a.vertraging_effect=2&a.opslag_startjaren=0.5`;
      await new ScenarioPage(page, origin).open(query);
      const figure = page.locator('figure[data-chart]').first();
      await figure.locator('svg').waitFor();
      const svg = await downloadText(page, () => figure.getByRole('button', { name: 'Download SVG' }).click());
      const footer = svg.slice(svg.indexOf('class="herkomst"'));
      assert(footer.includes(`geëxporteerd op ${await today(page)}`), 'exportdatum onder de grafiek');
      assert(!footer.includes('…'), 'de link is niet afgekapt');
      const shown = [...footer.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].slice(1).map((m) => m[1]).join('').replaceAll('&amp;', '&');
      const meta = svg.match(/<metadata[^>]*>([^<]*)<\/metadata>/)[1].replaceAll('&amp;', '&');
      assert(meta.endsWith(shown) && shown.includes('g.kosten_jeugdzorg=14000000'), `zichtbare link = hele link:\n${shown}\n${meta}`);
    },
  },
];
