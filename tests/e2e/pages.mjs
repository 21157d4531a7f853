// Page objects for the browser tests: how a user reaches the scenario page and the presentation,
// written once, so a changed label or a new chart or slide is one change here and none in the
// specs. Chart, slide and headline ids come from the app itself (`projectie --ids`).
import { readFile } from 'node:fs/promises';
import { IDS } from './model.mjs';
import { plain } from './harness.mjs';

export { IDS, modelFor } from './model.mjs';

/** The scenario most tests present: two initiatives, named after a municipality. */
export const SCENARIO = 'naam=Gemeente%20Voorbeeld&k.home-start=20&k.samen-oplopen=10';

/** Chart slugs in the order the page shows them. */
export const CHART_IDS = IDS.grafieken.map((chart) => chart.id);
/** Headline ids in the order the page shows them. */
export const HEADLINE_IDS = IDS.kerncijfers;

/** What each kind of page shows once it is ready, by route id (`projectie --ids`). */
const READY = {
  start: 'h1',
  vergelijken: '[data-testid="comparison-table"]',
  scenario: '[data-testid="headlines"]',
  aannames: '[data-testid="parameter-list"]',
  presenteren: '[data-testid="slide-counter"]',
  'hand-out': '[data-testid="handout"]',
  bijlage: '[data-testid="annex"], [data-testid="annex-empty"]',
  grafiek: 'figure svg',
  scenarios: '[data-testid="save-current"]',
  toegankelijkheid: 'h1',
  meting: '[data-testid="measurements"]',
  inbedden: '[data-testid="embed"] svg, [data-testid="embed"] .headline',
};
/** Every page of the app (one list, from `Route` in src/routes.rs) with SCENARIO, and what to
 * wait for: [address, selector, route id]. A new route fails here until READY names it. */
export const ROUTES = IDS.routes.map(({ id, pad }) => {
  if (!READY[id]) throw new Error(`route ${id} (${pad}): zet in pages.mjs READY waarop te wachten`);
  return [`${pad}?${SCENARIO}`, READY[id], id];
});
/** One page of each kind (the first chart, the first embed): for checks that look at the frame. */
export const ROUTE_KINDS = ROUTES.filter(([, , id], i) => ROUTES.findIndex((r) => r[2] === id) === i);
/** The kinds shown in the app's frame (header, menu, footer): all but the embeds. */
export const MENU_ROUTES = ROUTE_KINDS.filter(([, , id]) => id !== 'inbedden');

/** The number (from 1, as `dia=N`) of the slide with this id, e.g. `aannames`. */
export function slideNumber(id) {
  const index = IDS.dias.indexOf(id);
  if (index < 0) throw new Error(`geen dia ${id} in ${IDS.dias.join(', ')}`);
  return index + 1;
}

const collectief = JSON.parse(await readFile('assets/data/collectief.json', 'utf8'));
/** Initiative slug → name as the page writes it. */
export const NAMES = Object.fromEntries(collectief.initiatives.map((i) => [i.id, i.name]));

export class ScenarioPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  /** Opens `/scenario?query` and waits until the initiatives can be chosen. */
  async open(query = '') {
    await this.page.goto(`${this.origin}/scenario${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    await this.page.getByTestId('scenario-initiatives').waitFor();
    return this;
  }

  /** Ticks an initiative by its slug (`home-start`). */
  async choose(id) {
    await this.page.getByRole('checkbox', { name: new RegExp(`^${NAMES[id]}`) }).check();
  }

  /** The number field of an initiative's matches per year. */
  matchesField(id) {
    return this.page.getByLabel(`${NAMES[id]}: koppelingen per jaar`, { exact: true });
  }

  async setMatches(id, count) {
    await this.matchesField(id).fill(String(count));
  }

  /** The headline figures as shown: { kosten: '€ 176.000', … }. */
  async figures() {
    await this.page.getByTestId('headlines').waitFor();
    const figures = {};
    for (const id of HEADLINE_IDS) {
      figures[id] = plain(await this.page.getByTestId(`kerncijfer-${id}`).locator('.headline-value').textContent()).trim();
    }
    return figures;
  }

  /** The query once the address bar has caught up with the page (it follows after a pause). */
  async settledQuery(mustContain) {
    await this.page.waitForFunction((part) => location.search.includes(part), mustContain, { timeout: 5000 });
    return new URL(this.page.url()).search.slice(1);
  }

  /** The figure of chart `id` (a slug from CHART_IDS). */
  chart(id) {
    return this.page.locator(`figure[data-chart="${id}"]`);
  }
}

export class PresentationPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.counter = page.getByTestId('slide-counter');
  }

  /** Opens slide `n` of the scenario in `query` and waits until the counter says so. */
  async goto(n, query = SCENARIO) {
    await this.page.goto(`${this.origin}/presenteren?${query}&dia=${n}`);
    await this.counter.filter({ hasText: `Dia ${n} van` }).waitFor();
    return this;
  }

  /** Waits until the slide shown has its numbers: nothing in it marked busy (the band's sentence
   * says `aria-busy` until the simulation is in) and every chart in it drawn. */
  async settled() {
    await this.page.waitForFunction(() => {
      const area = document.querySelector('.slide-area');
      if (!area || area.querySelector('[aria-busy="true"]')) return false;
      return [...area.querySelectorAll('figure.chart')].every((f) => f.querySelector('.chart-svg svg') || f.querySelector('.error-panel'));
    });
    return this;
  }

  /** How many slides the counter says there are. */
  async count() {
    await this.counter.waitFor();
    return Number((await this.counter.textContent()).match(/van (\d+)/)[1]);
  }

  /** The number of the slide shown. */
  async current() {
    return Number((await this.counter.textContent()).match(/Dia (\d+)/)[1]);
  }
}

export class ComparisonPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  /** Opens the Collectief's table (at `/vergelijken`, or `path`) and waits for it. */
  async open(path = '/vergelijken') {
    await this.page.goto(this.origin + path);
    await this.page.getByTestId('comparison-table').waitFor();
    return this;
  }

  /** The table as text: { names: [column names], rows: { rowId: { initiativeName: cellText } } }. */
  async read() {
    return this.page.evaluate(() => {
      const table = document.querySelector('[data-testid="comparison-table"]');
      const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const rows = {};
      for (const tr of table.querySelectorAll('tbody tr')) {
        rows[tr.dataset.row] = Object.fromEntries(
          [...tr.querySelectorAll('td')].map((td, i) => [names[i], td.textContent.replace(/\s+/g, ' ').trim()]),
        );
      }
      return { names, rows };
    });
  }
}

/** The text of the file that `click` makes the page download. */
export async function downloadText(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await readFile(await file.path())).toString('utf8');
}

/** The list "Op de schaal van …" under Uw gemeente as { label: value }. */
export async function scaleOf(page) {
  const list = page.getByTestId('gemeente-schaal');
  await list.waitFor();
  const labels = await list.locator('dt').allTextContents();
  const values = await list.locator('dd').allTextContents();
  return Object.fromEntries(labels.map((l, i) => [l.trim(), plain(values[i]).trim()]));
}

/** Words under `root` (a locator) that are drawn over more than one line without a space or
 * hyphen between the parts: words broken in the middle. A word is a run of letters, digits,
 * `.`/`,` inside numbers, `%` and word joiners; text in charts (SVG) and hidden text do not count. */
export async function brokenWords(root) {
  return root.evaluate((element) => {
    const broken = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || node.parentElement.closest('svg')) continue;
      for (const match of node.textContent.matchAll(/[\p{L}\p{N}.,%\u2060]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}
