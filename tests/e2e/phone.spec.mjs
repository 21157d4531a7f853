// The app on a phone (390×844): the comparison of saved scenarios stays as wide as the screen,
// every column can be read without scrolling sideways, no word is broken in the middle, no line
// ends in "€" or "−" on any page (also at 1366 px), and the charts are drawn for the width they
// get, with text as large as the text around them.
import { assert, assertEqual, AXE_CONTEXT, seriousViolations } from './harness.mjs';
import { PresentationPage, ScenarioPage, CHART_IDS, brokenWords } from './pages.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, ...AXE_CONTEXT };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
/** One initiative, and all four: the sentence per initiative and the table only come with more. */
const ONE = 'naam=Gemeente%20Voorbeeld&k.buurtgezinnen=15';
const BESCHEIDEN = { naam: 'Bescheiden', link: 'naam=Bescheiden&k.home-start=10' };
const AMBITIEUS = { naam: 'Ambitieus', link: 'naam=Ambitieus&k.home-start=25&k.samen-oplopen=5,10,15,20' };
const BREED = { naam: 'Alle vier', link: 'naam=Alle%20vier&k.buurtgezinnen=15&k.steunouder=10&k.home-start=20&k.samen-oplopen=12' };

/** Opens /scenarios with `entries` stored and ticked, as a user who saved them earlier finds it. */
async function compareOnPhone(page, origin, entries) {
  await page.addInitScript((list) => {
    localStorage.setItem('steunwijzer.scenarios', JSON.stringify({ steunwijzer_scenarios: 1, scenarios: list }));
    sessionStorage.setItem('steunwijzer.vergelijken', JSON.stringify(list.map((s) => s.naam)));
  }, entries);
  await page.goto(`${origin}/scenarios`);
  const table = page.getByTestId('side-by-side');
  await table.waitFor();
  return table;
}

/** Lines of the page's main text that end in "€" or "−" with the amount on the next line. */
async function signsAtLineEnd(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.checkVisibility()) continue;
      for (const match of node.textContent.matchAll(/[€\u2212][\s\u00a0\u2060]*(?=\S)/g)) {
        // The sign and the first character after it: one line, or the sign was left behind.
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length + 1);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(node.textContent.slice(Math.max(0, match.index - 15), match.index + 12));
      }
    }
    return found;
  });
}

/** Opens the scenario and waits until the band, the sensitivity view and the programme text
 * belong to it: the page with all its sentences. */
async function openScenario(page, origin, query) {
  await new ScenarioPage(page, origin).open(query);
  await page.locator('#gevoeligheid[data-current="true"]').waitFor();
  await page.getByTestId('programme-text').filter({ hasText: '8 van de 10' }).waitFor();
}

/** Every line left with a sign on the pages a user reads: start, table, scenario with one and
 * four initiatives, assumptions and each slide of the presentation. */
async function signsOnEveryPage(page, origin) {
  const found = [];
  const look = async (where) => {
    for (const text of await signsAtLineEnd(page)) found.push(`${where}: ${text}`);
  };
  for (const path of ['/', '/vergelijken', '/aannames']) {
    await page.goto(origin + path);
    await page.locator('main h1').first().waitFor();
    await look(path);
  }
  for (const query of [ONE, BREED.link]) {
    await openScenario(page, origin, query);
    await look(`/scenario?${query}`);
  }
  await page.goto(`${origin}/bijlage?${BREED.link}`);
  await page.getByTestId('annex').waitFor();
  await look('/bijlage');
  const deck = new PresentationPage(page, origin);
  await deck.goto(1, BREED.link);
  const count = await deck.count();
  for (let n = 1; n <= count; n += 1) {
    if (n > 1) await deck.goto(n, BREED.link);
    // Slides with a chart or a band fill in once their numbers are in.
    await deck.settled();
    await look(`dia ${n}`);
  }
  return found;
}

/** Each chart of the page as drawn and as shown: its frame, the SVG's drawn width, the smallest
 * text as rendered (font size × shown / drawn width), and its texts. */
async function chartsAsShown(page) {
  return page.locator('main figure.chart').evaluateAll((figures) => figures.map((figure) => {
    const frame = figure.querySelector('.chart-svg');
    const svg = frame.querySelector('svg');
    const drawn = Number(svg.getAttribute('width'));
    const shown = svg.getBoundingClientRect().width;
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim());
    const sizes = texts.map((t) => Number(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize.replace('px', '')));
    return {
      id: figure.dataset.chart,
      drawn,
      shown,
      frame: frame.clientWidth,
      scrolls: frame.scrollWidth > frame.clientWidth + 0.5,
      smallest: Math.min(...sizes) * (shown / drawn),
      texts: texts.map((t) => t.textContent.trim()),
    };
  }));
}

export const tests = [
  {
    name: 'three compared scenarios fit a 390 px phone: no page overflow, no clipped column, no word broken mid-word',
    context: PHONE,
    run: async ({ page, origin }) => {
      const table = await compareOnPhone(page, origin, [BESCHEIDEN, AMBITIEUS, BREED]);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      assert(widths.page <= widths.screen, `de pagina is ${widths.page} px breed op een scherm van ${widths.screen} px`);
      const cells = await table.evaluate((element) => [...element.querySelectorAll('th, td')]
        .map((cell) => ({ text: cell.textContent.trim().slice(0, 40), left: cell.getBoundingClientRect().left, right: cell.getBoundingClientRect().right }))
        .filter((cell) => cell.text));
      const outside = cells.filter((cell) => cell.left < 0 || cell.right > 390.5);
      assert(outside.length === 0, `cellen buiten het scherm: ${outside.map((c) => `${c.text} (${Math.round(c.left)}–${Math.round(c.right)})`).join('; ')}`);
      const broken = await brokenWords(table);
      assert(broken.length === 0, `woorden midden in gebroken: ${broken.join(', ')}`);
      // Each scenario's name stays above its own figures: a card per scenario or aligned headers.
      // Each figure says whose it is, right beside it (no header row far above or off screen).
      const unnamed = await table.evaluate((element, names) => [...element.querySelectorAll('tbody td')]
        .filter((td) => {
          const before = getComputedStyle(td, '::before');
          const shown = before.display !== 'none' && names.some((name) => before.content.includes(name));
          const header = element.querySelectorAll('thead th')[td.cellIndex - 1];
          const headerInSight = header && header.checkVisibility() && header.getBoundingClientRect().right <= window.innerWidth;
          return !shown && !headerInSight;
        })
        .map((td) => td.textContent.trim().slice(0, 30)), [BESCHEIDEN, AMBITIEUS, BREED].map((s) => s.naam));
      assert(unnamed.length === 0, `cijfers zonder zichtbare scenarionaam: ${unnamed.join('; ')}`);
      const violations = await seriousViolations(page);
      assert(violations.length === 0, `axe: ${violations.join('; ')}`);
    },
  },
  {
    name: 'no line of the comparison of saved scenarios ends in "€" or "−" with its amount on the next line (phone)',
    context: PHONE,
    run: async ({ page, origin }) => {
      await compareOnPhone(page, origin, [BESCHEIDEN, AMBITIEUS]);
      await page.getByTestId('scenario-comparison').locator('figcaption').waitFor();
      const onComparison = await signsAtLineEnd(page);
      assert(onComparison.length === 0, `/scenarios: ${onComparison.join(' | ')}`);
    },
  },
  {
    name: 'no line on any page ends in "€" or "−" with its amount on the next line (phone)',
    context: PHONE,
    run: async ({ page, origin }) => {
      const found = await signsOnEveryPage(page, origin);
      assert(found.length === 0, `teken aan het eind van een regel: ${found.join(' | ')}`);
    },
  },
  {
    name: 'no line on any page ends in "€" or "−" with its amount on the next line (1366 px)',
    context: DESKTOP,
    run: async ({ page, origin }) => {
      const found = await signsOnEveryPage(page, origin);
      assert(found.length === 0, `teken aan het eind van een regel: ${found.join(' | ')}`);
    },
  },
  {
    name: 'on a phone each chart is drawn for its frame: no sideways scroll, text of at least 14 px, legend and source',
    context: PHONE,
    run: async ({ page, origin }) => {
      await openScenario(page, origin, BREED.link);
      const charts = await chartsAsShown(page);
      assert(charts.length === CHART_IDS.length, `grafieken: ${charts.map((c) => c.id).join(', ')}`);
      for (const chart of charts) {
        assert(!chart.scrolls && chart.shown <= chart.frame + 0.5, `${chart.id}: ${chart.shown} px in een kader van ${chart.frame} px`);
        assert(chart.smallest >= 13.95, `${chart.id}: kleinste tekst ${chart.smallest.toFixed(1)} px`);
        assert(chart.texts.some((t) => t.startsWith('Bron:')), `${chart.id}: bronregel`);
      }
      // The charts with a series per initiative name all four in their legend.
      for (const id of ['kosten-per-jaar']) {
        const texts = charts.find((c) => c.id === id).texts;
        for (const name of ['Buurtgezinnen', 'Steunouder', 'Home-Start', 'Samen Oplopen']) {
          assert(texts.includes(name), `${id}: legenda mist ${name}`);
        }
      }
      const page390 = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(page390 <= 390, `de pagina is ${page390} px breed`);
    },
  },
  {
    // The net-result and the sensitivity chart are also checked natively over their layouts at
    // twenty widths (`at_any_size_…` in src/charts/net_vs_share.rs and tornado.rs): no text
    // over another or over the line, the axis amounts apart, nothing outside or cut short.
    name: 'on a phone no chart text runs out of its picture or is cut short',
    context: PHONE,
    run: async ({ page, origin }) => {
      await openScenario(page, origin, ONE);
      const problems = [];
      for (const svg of await page.locator('main figure.chart .chart-svg svg, main #gevoeligheid svg').all()) {
        // Laid out only near the screen (content-visibility), so each is brought into view first.
        await svg.scrollIntoViewIfNeeded();
        const { id, outside, cut } = await svg.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const texts = [...el.querySelectorAll('text')].filter((t) => t.textContent.trim())
            .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }));
          const id = el.closest('figure')?.dataset.chart ?? 'gevoeligheid';
          const outside = texts.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5).map((t) => t.text);
          // A label cut with "…" leaves the reader guessing which assumption a bar is.
          const cut = texts.filter((t) => t.text.endsWith('…')).map((t) => t.text);
          return { id, outside, cut };
        });
        if (outside.length) problems.push(`${id}: buiten het beeld: ${outside.join(' | ')}`);
        if (cut.length) problems.push(`${id}: afgebroken: ${cut.join(' | ')}`);
      }
      assertEqual(problems.join('\n'), '', 'grafiektekst op een telefoon');
    },
  },
  {
    name: 'a phone turned sideways gets its charts drawn again for the new width',
    context: PHONE,
    run: async ({ page, origin }) => {
      await openScenario(page, origin, ONE);
      const before = (await chartsAsShown(page)).map((c) => c.drawn);
      await page.setViewportSize({ width: 844, height: 390 });
      // Drawn again after the window has kept its size for a moment.
      await page.waitForFunction((widths) => [...document.querySelectorAll('main figure.chart .chart-svg svg')]
        .some((svg, i) => Number(svg.getAttribute('width')) !== widths[i]), before, { timeout: 5000 });
      for (const chart of await chartsAsShown(page)) {
        assert(chart.shown <= chart.frame + 0.5 && !chart.scrolls, `${chart.id}: ${chart.shown} px in ${chart.frame} px`);
      }
    },
  },
  {
    name: 'at 1366 px the charts keep their page size (720 × 400 drawn)',
    context: DESKTOP,
    run: async ({ page, origin }) => {
      await openScenario(page, origin, BREED.link);
      for (const chart of await chartsAsShown(page)) {
        if (chart.id === 'gevoeligheid') continue; // grows with its number of bars
        assert(chart.drawn === 720, `${chart.id}: ${chart.drawn} px breed getekend`);
      }
    },
  },
  {
    // Once for the start page, once for the scenario with all four initiatives (the widest
    // "Wie betaalt" table and the most sentences), each once its sentences are all in.
    name: 'on a phone no word on / or the scenario page, its "Wie betaalt" table included, is broken in the middle',
    context: PHONE,
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/`);
      await page.getByTestId('comparison-table').waitFor();
      const onStart = await brokenWords(page.locator('main'));
      assertEqual(onStart.join(' | '), '', '/: woorden midden in gebroken');
      await openScenario(page, origin, BREED.link);
      await page.locator('table.who-pays').waitFor();
      const onScenario = await brokenWords(page.locator('main'));
      assertEqual(onScenario.join(' | '), '', `/scenario?${BREED.link}: woorden midden in gebroken`);
    },
  },
];
