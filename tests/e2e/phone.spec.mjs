// The comparison of saved scenarios on a phone (390×844): the page stays as wide as the screen,
// every column can be read without scrolling sideways, and no word is broken in the middle.
import { assert, AXE_CONTEXT, seriousViolations } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, ...AXE_CONTEXT };
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

/** Words of the cells that are drawn over more than one line without a space or hyphen between
 * the parts: a word broken in the middle. */
async function brokenWords(table) {
  return table.evaluate((element) => {
    const broken = [];
    for (const cell of element.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/[\p{L}\p{N}.,]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
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
];
