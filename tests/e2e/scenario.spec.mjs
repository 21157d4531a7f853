// The scenario page: choose initiatives and matches, see the model's figures, share the link.
import { AXE_CONTEXT, assert, assertEqual, seriousViolations } from './harness.mjs';
import { modelFor } from './model.mjs';

const FIGURES = ['kosten', 'gezinnen', 'vrijwilligersuren', 'vermeden', 'netto', 'break-even'];

async function openScenario(page, origin, query = '') {
  await page.goto(`${origin}/scenario${query ? `?${query}` : ''}`);
  await page.getByTestId('scenario-initiatives').waitFor();
}

async function shownFigures(page) {
  await page.getByTestId('headlines').waitFor();
  const figures = {};
  for (const id of FIGURES) {
    figures[id] = (await page.getByTestId(`kerncijfer-${id}`).locator('.headline-value').textContent()).trim();
  }
  return figures;
}

/** The query once the URL has caught up with the page (it follows after a short pause). */
async function settledQuery(page, mustContain) {
  await page.waitForFunction((part) => location.search.includes(part), mustContain, { timeout: 5000 });
  return new URL(page.url()).search.slice(1);
}

export const tests = [
  {
    name: 'choosing an initiative and matches shows the model\'s figures for that scenario',
    run: async ({ page, origin }) => {
      await openScenario(page, origin);
      await page.getByTestId('empty-scenario').waitFor();
      await page.getByRole('checkbox', { name: /^Home-Start/ }).check();
      const field = page.getByLabel('Home-Start: koppelingen per jaar', { exact: true });
      await field.fill('20');
      const query = await settledQuery(page, 'k.home-start=20');
      const model = modelFor(query);
      const shown = await shownFigures(page);
      for (const id of FIGURES) assertEqual(shown[id], model.kerncijfers[id], `kerncijfer ${id}`);
      // Worked example: 20 matches × € 2.200 (wegwijzer) for 4 years, plus the assumed 75% surcharge
      // in Home-Start's one assumed start year: 20 × 2.200 × (4 + 0,75).
      assertEqual(shown.kosten, '€ 209.000', 'Home-Start, 20 koppelingen, 4 jaar');
      assert((await page.getByTestId('kerncijfer-kosten').textContent()).includes('constante prijzen'), 'constante prijzen, niet nominaal');
      assert((await page.getByTestId('kerncijfer-break-even').textContent()).includes('Ter vergelijking: bij preventieve jeugdinterventies gaat ongeveer 1 op de 8'), 'de toetssteen naast het break-evenpunt');
      assertEqual((await page.getByTestId('break-even').textContent()).trim(), model.break_even, 'break-evenzin');
      // Amounts in the small print never break between "€" and the number.
      const detail = await page.getByTestId('kerncijfer-vermeden').locator('.headline-detail').textContent();
      assert(detail.includes('€\u00a0') && !detail.includes('€ '), `vaste spatie na het euroteken: ${detail}`);
    },
  },
  {
    name: 'the slider and the number field stay in step',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.samen-oplopen=10');
      const slider = page.getByLabel('Samen Oplopen: koppelingen per jaar (schuifregelaar)');
      await slider.fill('35');
      assertEqual(await page.getByLabel('Samen Oplopen: koppelingen per jaar', { exact: true }).inputValue(), '35', 'veld volgt schuif');
      const query = await settledQuery(page, 'k.samen-oplopen=35');
      assertEqual((await shownFigures(page)).kosten, modelFor(query).kerncijfers.kosten, 'kosten na schuiven');
    },
  },
  {
    name: 'a menu click right after typing keeps what was typed',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.home-start=20');
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
      assertEqual(await page.getByLabel('Home-Start: koppelingen per jaar', { exact: true }).inputValue(), '33', 'getypt aantal blijft');
      assert(new URL(page.url()).search.includes('k.home-start=33'), `link ${page.url()}`);
    },
  },
  {
    name: 'a link reproduces the scenario exactly',
    run: async ({ page, origin, context }) => {
      await openScenario(page, origin);
      await page.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').fill('Gemeente Voorbeeld & Co');
      await page.getByRole('checkbox', { name: /^Buurtgezinnen/ }).check();
      await page.getByRole('checkbox', { name: /^Samen Oplopen/ }).check();
      await page.getByLabel('Looptijd', { exact: true }).fill('6');
      await page.getByLabel('Per jaar instellen (opbouw) voor Samen Oplopen').check();
      await page.getByLabel('Samen Oplopen: koppelingen in 2029').fill('25');
      await page.getByLabel('Eigen kosten per koppeling voor Buurtgezinnen').check();
      await page.getByLabel('Buurtgezinnen: eigen kosten per koppeling per jaar').fill('2.600');
      const query = await settledQuery(page, 'kosten.buurtgezinnen=2600');
      const before = await shownFigures(page);

      const second = await context.newPage();
      await openScenario(second, origin, query);
      assertEqual(JSON.stringify(await shownFigures(second)), JSON.stringify(before), 'dezelfde kerncijfers');
      assertEqual(await second.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').inputValue(), 'Gemeente Voorbeeld & Co', 'naam');
      assertEqual(await second.getByLabel('Samen Oplopen: koppelingen in 2029').inputValue(), '25', 'opbouw per jaar');
      assertEqual(await second.getByLabel('Looptijd', { exact: true }).inputValue(), '6', 'looptijd');
      await second.waitForTimeout(600);
      assertEqual(new URL(second.url()).search.slice(1), query, 'de link blijft dezelfde');
      assertEqual(await second.getByTestId('link-messages').count(), 0, 'geen melding bij een geldige link');
    },
  },
  {
    name: 'a garbled link keeps the valid parts and names what was dropped',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.home-start=20&k.bestaat-niet=5&looptijd=99&k.steunouder=abc&naam=Test%ZZ&a.discontovoet=0.5');
      const messages = page.getByTestId('link-messages');
      await messages.waitFor();
      const text = await messages.textContent();
      assert(/looptijd/i.test(text), `melding noemt de looptijd: ${text}`);
      assert(text.includes('bestaat-niet'), `melding noemt het onbekende initiatief: ${text}`);
      // An assumption out of range is named in its own unit, with the range the page allows.
      assert(text.includes('(‘50%’) ligt buiten het toegestane bereik (0% – 6%)'), `discontovoet in procenten: ${text}`);
      assert(await page.getByRole('checkbox', { name: /^Home-Start/ }).isChecked(), 'Home-Start blijft gekozen');
      assertEqual(await page.getByLabel('Home-Start: koppelingen per jaar', { exact: true }).inputValue(), '20', '20 koppelingen blijven');
      await page.getByTestId('headlines').waitFor();
    },
  },
  {
    name: 'text, negative and absurd numbers get a Dutch message and the scenario stays',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.home-start=20');
      const before = await shownFigures(page);
      const field = page.getByLabel('Home-Start: koppelingen per jaar', { exact: true });
      for (const [typed, expected] of [['abc', 'geen getal'], ['-5', 'negatief'], ['999999', 'te groot'], ['2,5', 'heel getal']]) {
        await field.fill(typed);
        const message = await page.locator('#koppelingen-home-start-melding').textContent();
        assert(message.includes(expected), `${typed}: ${message}`);
        assertEqual(await field.getAttribute('aria-invalid'), 'true', `${typed}: veld gemarkeerd`);
        assertEqual(JSON.stringify(await shownFigures(page)), JSON.stringify(before), `${typed}: scenario ongewijzigd`);
      }
      await field.fill('30');
      assertEqual(await field.getAttribute('aria-invalid'), null, 'geldige invoer haalt de markering weg');
    },
  },
  {
    name: 'the model\'s notices appear for the rules a scenario breaks',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.buurtgezinnen=5&k.steunouder=12&looptijd=1');
      const notices = page.getByTestId('notices');
      await notices.waitFor();
      const text = await notices.textContent();
      assert(text.includes('Buurtgezinnen') && text.includes('Steunouder'), `beide gekozen: ${text}`);
      assert(/minimum|minimaal/i.test(text) && text.includes('10'), `onder het minimum van 10: ${text}`);
      assert(/2 jaar|twee jaar/.test(text), `looptijd korter dan de minimale samenwerking: ${text}`);
    },
  },
  {
    name: 'a typed name is shown as text and never runs as HTML',
    run: async ({ page, origin }) => {
      let dialogs = 0;
      page.on('dialog', async (dialog) => { dialogs += 1; await dialog.dismiss(); });
      await openScenario(page, origin, 'k.home-start=10');
      const hostile = '<img src=x onerror=alert(1)>';
      await page.getByLabel('Naam van het scenario (bijvoorbeeld uw gemeente)').fill(hostile);
      await settledQuery(page, 'naam=');
      await page.reload();
      await page.getByTestId('headlines').waitFor();
      await page.waitForTimeout(300);
      assertEqual(dialogs, 0, 'geen script uitgevoerd');
      assertEqual(await page.locator('img[src="x"]').count(), 0, 'geen img-element uit de naam');
      const heading = await page.locator('#resultaten-titel').textContent();
      assert(heading.includes(hostile), `de naam staat er als tekst: ${heading}`);
      const chartTitle = await page.locator('figure[data-chart="kosten-per-jaar"] svg').textContent();
      assert(chartTitle.includes(hostile), 'de naam staat als tekst in de grafiektitel');
    },
  },
  {
    name: 'three charts with a text alternative and a data table',
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.home-start=20&k.samen-oplopen=10');
      await page.getByTestId('headlines').waitFor();
      for (const id of ['kosten-per-jaar', 'cumulatief', 'netto-resultaat']) {
        const figure = page.locator(`figure[data-chart="${id}"]`);
        await figure.locator('svg').first().waitFor();
        const name = await figure.locator('svg[role="img"] > title').textContent();
        assert(name.length > 10, `${id}: naam van de grafiek voor schermlezers`);
        const caption = await figure.locator('figcaption').textContent();
        assert(/€/.test(caption) && caption.length > 40, `${id}: samenvatting met de getallen: ${caption}`);
        assert((await figure.locator('svg').textContent()).includes('Bron'), `${id}: bronregel in de grafiek`);
        await figure.getByText('Toon als tabel').click();
        await figure.locator('table tbody tr').first().waitFor();
        assert(await figure.locator('table tbody tr').count() > 0, `${id}: tabel met rijen`);
      }
    },
  },
  {
    name: 'axe-core finds no serious or critical violation on the scenario page',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await openScenario(page, origin, 'k.buurtgezinnen=10&k.home-start=20');
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('assumptions-panel').locator('summary').click();
      for (const toggle of await page.getByText('Toon als tabel').all()) await toggle.click();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
    },
  },
];
