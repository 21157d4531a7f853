// Journeys from the December walkthrough: keyboard only on the scenario page, an empty scenario,
// and a phone held upright (390×844, touch). The phone's page widths, touch targets, stacked
// table and unbroken words are checked once, in robustness.spec, start.spec, comparison.spec
// and phone.spec.
import { AXE_CONTEXT, assert, assertEqual, seriousViolations } from './harness.mjs';
import { ROUTE_KINDS, SCENARIO, ScenarioPage } from './pages.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Presses Tab until `predicate` holds in the page; returns how many presses it took. */
async function tabUntil(page, predicate, limit = 120) {
  for (let i = 1; i <= limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return i;
  }
  throw new Error(`niet bereikbaar met Tab: ${predicate}`);
}

export const tests = [
  {
    name: 'keyboard: one tab stop per number, the slider beside it is no second stop',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(SCENARIO);
      await scenario.matchesField('home-start').focus();
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => `${document.activeElement.tagName} ${document.activeElement.type ?? ''}`);
      assert(!next.includes('range'), `na het getalveld komt de schuifregelaar als tweede tabstop (${next})`);
      const tabbableSliders = await page.locator('input[type="range"]:not([tabindex="-1"])').count();
      assertEqual(tabbableSliders, 0, 'schuifregelaars die een eigen tabstop hebben');
    },
  },
  {
    name: 'keyboard: the slider still works with a pointer and moves the number field',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(SCENARIO);
      await page.getByTestId('headlines').waitFor();
      const field = scenario.matchesField('home-start');
      await page.waitForFunction(() => document.getElementById('koppelingen-home-start')?.value === '20');
      const slider = page.locator('[data-initiative="home-start"] input[type="range"]');
      const box = await slider.boundingBox();
      assert(box, 'schuifregelaar zichtbaar');
      await slider.click({ position: { x: box.width * 0.75, y: box.height / 2 } });
      await page.waitForFunction(() => document.getElementById('koppelingen-home-start').value !== '20', null, { timeout: 3000 })
        .catch(() => {});
      const shown = await field.inputValue();
      assert(shown !== '20', `het getalveld volgt de schuifregelaar niet (nog ${shown})`);
    },
  },
  {
    name: 'keyboard: a skip link "Naar de resultaten" leads past the form to the results',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(SCENARIO);
      const presses = await tabUntil(page, () => document.activeElement.textContent.trim() === 'Naar de resultaten', 10);
      assert(presses <= 3, `de link "Naar de resultaten" komt pas na ${presses} keer Tab`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const inResults = await page.evaluate(() => Boolean(document.activeElement.closest('.results-column')));
      assert(inResults, 'na de link staat de focus niet in de resultaten');
    },
  },
  {
    name: 'keyboard: the scenario page with the skip link stays free of serious axe violations',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(SCENARIO);
      await page.getByTestId('headlines').waitFor();
      assertEqual((await seriousViolations(page)).join('; '), '', 'toegankelijkheidsfouten');
    },
  },
  {
    name: 'empty scenario: the cumulative chart says there is nothing yet, no euro axis and no catching up',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open();
      const chart = scenario.chart('cumulatief');
      await chart.locator('svg').waitFor();
      const text = (await chart.textContent()).replace(/\s+/g, ' ');
      assert(text.includes('Geen gegevens'), `de cumulatieve grafiek zegt niet dat er nog niets gekozen is: ${text.slice(0, 200)}`);
      assert(!/€\s*0/.test(await chart.locator('svg').textContent()), 'de lege grafiek tekent een euro-as');
      assert(!text.includes('halen de vermeden kosten de kosten niet in'), 'de lege grafiek zegt iets over inhalen');
    },
  },
  {
    name: 'empty scenario: sharing, presenting, printing and CSV wait until there is something to export',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open();
      const actions = page.getByTestId('scenario-actions');
      await actions.waitFor();
      const enabled = await actions.locator('button:not([disabled])').allTextContents();
      assertEqual(enabled.join(', '), '', 'knoppen die actief zijn bij een leeg scenario');
      const reason = (await page.getByTestId('actions-reason').textContent()).trim();
      assert(/initiatief/.test(reason), `geen reden bij de uitgeschakelde knoppen: ${reason}`);
      await new ScenarioPage(page, origin).choose('home-start');
      await page.getByTestId('headlines').waitFor();
      assertEqual(await actions.locator('button[disabled]').count(), 0, 'knoppen blijven uit met een initiatief gekozen');
    },
  },
  {
    name: 'empty scenario: it cannot be saved, and the page says why',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenarios`);
      const save = page.getByTestId('save-current');
      await save.waitFor();
      assert(await save.isDisabled(), 'een leeg scenario kan worden bewaard');
      const reason = (await page.getByTestId('save-reason').textContent()).trim();
      assert(/initiatief/.test(reason), `geen reden bij het uitgeschakelde bewaren: ${reason}`);
    },
  },
  {
    name: 'empty scenario: the results say what to do first and offer an example to open',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open();
      const empty = page.getByTestId('empty-scenario');
      await empty.waitFor();
      await empty.getByRole('link', { name: /voorbeeld/ }).click();
      await page.getByTestId('headlines').waitFor();
      const chosen = await page.locator('.choice.chosen').count();
      assertEqual(chosen, 2, 'gekozen initiatieven in het voorbeeld');
    },
  },
  {
    name: 'zero matches: the break-even card never says "bij – gezinnen"',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.home-start=0');
      const figures = await scenario.figures();
      assert(!figures['break-even'].includes('–'), `de kaart zegt "${figures['break-even']}"`);
    },
  },
  {
    name: 'phone: chart text on the scenario page is at least 11 px as drawn',
    context: PHONE,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(SCENARIO);
      const chart = page.locator('figure[data-chart] .chart-svg svg').first();
      await chart.waitFor();
      const smallest = await chart.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')]
        .map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
      assert(smallest >= 11, `de kleinste grafiektekst is ${smallest.toFixed(1)} px hoog`);
    },
  },
];
