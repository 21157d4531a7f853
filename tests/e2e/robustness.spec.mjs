// Accessibility on every route, keyboard-only use, the security policy, and hostile input.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, seriousViolations } from './harness.mjs';
import { IDS, ROUTES as PAGES, SCENARIO, ScenarioPage } from './pages.mjs';
// Every page of the app, a chart slide and an unknown chart.
const ROUTES = [
  ...PAGES,
  ['/grafiek/bestaat-niet', '[data-testid="unknown-chart"]'],
  [`/presenteren?${SCENARIO}&dia=${IDS.grafieken[0].dia}`, '.slide figure svg'],
];

/** Pages the route list above leaves out, checked here too (they were checked in theme.spec's
 * voorbeeld pass and journeys.spec's phone widths before those merged into the tests below). */
const ALSO = [
  ['/', '[data-testid="comparison-table"]'],
  ['/scenario', '[data-testid="scenario-initiatives"]'],
  ['/scenarios', 'h1'],
  [`/inbedden/kerncijfers?${SCENARIO}`, '.headline'],
  ['/bestaat-niet', 'h1'],
];

/** Whether the focused element shows a focus ring. */
async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return el !== document.body && (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
  });
}

async function tabTo(page, predicate, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`niet bereikbaar met Tab: ${predicate}`);
}

export const tests = [
  {
    name: 'axe-core finds no serious or critical violation on any route, presentation included',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      const found = [];
      for (const [path, ready] of [...ROUTES, ...ALSO]) {
        await page.goto(origin + path);
        await page.locator(ready).first().waitFor();
        const violations = await seriousViolations(page);
        if (violations.length) found.push(`${path}: ${violations.join('; ')}`);
      }
      assertEqual(found.join('\n'), '', 'toegankelijkheidsfouten');
    },
  },
  {
    name: 'on a phone no page is wider than the screen',
    context: { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true },
    run: async ({ page, origin }) => {
      const wide = [];
      for (const [path, ready] of [...ROUTES, ...ALSO]) {
        await page.goto(origin + path);
        await page.locator(ready).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path}: ${overflow}px te breed`);
      }
      assertEqual(wide.join('\n'), '', 'pagina breder dan het scherm');
    },
  },
  {
    name: 'keyboard only: pick an initiative, set matches, read a chart table, present and leave',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario`);
      await page.getByTestId('scenario-initiatives').waitFor();
      await tabTo(page, () => document.activeElement.id === 'kies-home-start');
      assert(await focusVisible(page), 'focus zichtbaar op het keuzevakje');
      await page.keyboard.press('Space');
      await tabTo(page, () => document.activeElement.id === 'koppelingen-home-start');
      assert(await focusVisible(page), 'focus zichtbaar op het getalveld');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('25');
      await page.getByTestId('headlines').waitFor();
      await tabTo(page, () => document.activeElement.tagName === 'SUMMARY' && document.activeElement.textContent.includes('Toon als tabel'));
      assert(await focusVisible(page), 'focus zichtbaar op "Toon als tabel"');
      await page.keyboard.press('Enter');
      await page.locator('details.chart-table[open] tbody tr').first().waitFor();
      const rows = await page.locator('details.chart-table[open] tbody tr').count();
      assert(rows >= 4, `tabel open met ${rows} rijen`);
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, () => document.activeElement.dataset.testid === 'present', 120);
      await page.keyboard.press('Enter');
      await page.getByTestId('slide-counter').waitFor();
      await page.keyboard.press('ArrowRight');
      assert((await page.getByTestId('slide-counter').textContent()).startsWith('Dia 2'), 'volgende dia');
      await page.keyboard.press('Escape');
      await page.getByTestId('headlines').waitFor();
      assertEqual(await new ScenarioPage(page, origin).matchesField('home-start').inputValue(), '25', 'scenario behouden');
    },
  },
  {
    name: 'the app runs under its Content-Security-Policy and asks nothing of other origins',
    run: async ({ page, origin }) => {
      const foreign = [];
      page.on('request', (request) => { if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url()); });
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      for (const [path, ready] of ROUTES) {
        await page.goto(origin + path);
        await page.locator(ready).first().waitFor();
        assertEqual((await page.evaluate(() => window.__violations)).join('; '), '', `CSP-overtredingen op ${path}`);
      }
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'") && !csp.includes('unsafe-inline'), `strikte CSP: ${csp}`);
      assertEqual(foreign.join(', '), '', 'verzoeken naar andere origins');
    },
  },
  {
    name: 'a hostile data file is shown as text and runs no script',
    run: async ({ page, origin }) => {
      let dialogs = 0;
      page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
      const data = JSON.parse(await readFile('assets/data/collectief.json', 'utf8'));
      const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      data.rows[0].cells[0].text = hostile;
      data.notes[0].title = hostile;
      await page.route('**/assets/data/collectief.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
      await page.goto(`${origin}/vergelijken`);
      await page.getByTestId('comparison-table').waitFor();
      // The hostile text is on the page as text: an element made from it would be there by now,
      // and without one nothing is left that could run a script later.
      await page.locator('tr[data-row="aard"] td').first().filter({ hasText: hostile }).waitFor();
      assertEqual(await page.locator('img[src="x"]').count(), 0, 'geen img uit de gegevens');
      assertEqual(dialogs, 0, 'geen script uitgevoerd');
    },
  },
  {
    name: 'a broken parameter file stops the scenario with a Dutch message but not the table',
    run: async ({ page, origin }) => {
      await page.route('**/assets/data/parameters.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"units": [], "groups": [], "parameters": [{"id": 1}]}' }));
      await page.goto(`${origin}/scenario?${SCENARIO}`);
      await page.getByTestId('data-error').waitFor();
      assert((await page.getByTestId('data-error').textContent()).includes('parameters.json'), 'melding noemt het bestand');
      assert(page.url().includes('k.home-start=20'), 'het scenario blijft in de link');
      await page.getByRole('link', { name: '1. Vergelijken' }).click();
      await page.getByTestId('comparison-table').waitFor();
    },
  },
  {
    name: 'absurd input in the other fields gets a Dutch message and keeps the scenario',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${SCENARIO}`);
      await page.getByTestId('headlines').waitFor();
      const cost = async () => page.getByTestId('kerncijfer-kosten').locator('.headline-value').textContent();
      const before = await cost();
      const cases = [
        ['Eerste jaar', 'twintig', 'geen getal'],
        ['Eerste jaar', '1850', 'te klein'],
        ['Looptijd', '0', 'te klein'],
        ['Looptijd', '11', 'te groot'],
        ['Looptijd', '1e3', 'geen getal'],
      ];
      for (const [label, typed, expected] of cases) {
        const field = page.getByLabel(label, { exact: true });
        await field.fill(typed);
        const message = await page.locator(`#${await field.getAttribute('id')}-melding`).textContent();
        assert(message.includes(expected), `${label} ${typed}: ${message}`);
        assertEqual(await cost(), before, `${label} ${typed}: kosten ongewijzigd`);
        await field.fill(label === 'Looptijd' ? '4' : '2027');
      }
      await page.getByTestId('assumptions-panel').locator('summary').click();
      const share = page.getByLabel('Gezinnen bij wie specialistische jeugdhulp niet nodig is aanpassen', { exact: true });
      await share.fill('95');
      const id = await share.getAttribute('id');
      assert((await page.locator(`#${id}-melding`).textContent()).includes('te groot'), 'aanname buiten de bandbreedte');
      assertEqual(await cost(), before, 'kosten ongewijzigd na een aanname buiten de bandbreedte');
    },
  },
  {
    name: 'garbled and hostile links never give a blank page',
    // Errors in the page fail the test in the runner (run.mjs).
    run: async ({ page, origin }) => {
      const links = [
        '/scenario?%', '/scenario?k.home-start=%E0%A4%A', '/scenario?looptijd=-1&jaar=NaN&k.home-start=1e309',
        '/scenario?k.home-start=' + '9'.repeat(400), '/scenario?naam=%3Cscript%3Ealert(1)%3C%2Fscript%3E&k.steunouder=10',
        '/scenario?a.discontovoet=Infinity&a.bestaat.niet=1&kosten.home-start=-5', '/presenteren?dia=999', '/presenteren?dia=-1',
        '/grafiek/bestaat-niet', '/scenario?&&&==&k.=&=5',
      ];
      for (const link of links) {
        await page.goto(origin + link);
        await page.locator('h1').first().waitFor();
        const text = await page.locator('main').innerText();
        assert(text.trim().length > 20, `${link}: pagina niet leeg`);
        // The message about the link may quote what was in it; the figures may not show it.
        const figures = await page.evaluate(() => {
          const main = document.querySelector('main').cloneNode(true);
          main.querySelector('[data-testid="link-messages"]')?.remove();
          return main.innerText;
        });
        assert(!/NaN|Infinity|undefined/.test(figures), `${link}: geen NaN of undefined in de cijfers`);
      }
    },
  },
  {
    name: 'a panic shows a Dutch message with a way back, and the reload keeps the scenario',
    allowPageErrors: true, // the deliberate panic itself
    run: async ({ page, origin }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/meting?k.home-start=20`);
      await page.getByTestId('force-panic').click();
      const panel = page.locator('.panic-panel[role="alert"]');
      await panel.waitFor();
      assert((await panel.textContent()).includes('Er ging iets mis in Steunwijzer'), 'Nederlandse melding');
      assert(await panel.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement), 'melding krijgt de focus');
      assert(errors.length > 0, 'de paniek is echt gebeurd');
      const reload = panel.getByRole('link', { name: 'Pagina opnieuw laden' });
      assert((await reload.getAttribute('href')).includes('k.home-start=20'), 'herladen houdt het scenario');
      assertEqual(await panel.getByRole('link', { name: 'Opnieuw beginnen' }).getAttribute('href'), '/', 'opnieuw beginnen');
      await reload.click();
      await page.getByTestId('measurements').waitFor({ timeout: 15000 });
      assertEqual(await page.locator('.panic-panel').count(), 0, 'na herladen werkt de app weer');
    },
  },
];
