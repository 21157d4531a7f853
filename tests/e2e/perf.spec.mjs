// What the speed work must keep true for the user, asserted as behaviour, never as times: a shared
// link shows its figures before its charts, and a slider step updates the page in place.
import { assert, assertEqual, plain } from './harness.mjs';
import { ScenarioPage, modelFor } from './pages.mjs';

const LINK = 'jaar=2027&looptijd=4&k.samen-oplopen=20';
// The parts of the scenario page built after its headline figures, one frame each.
const LATER_PARTS = [
  '[data-testid="scenario-actions"]', 'section.charts', '#gevoeligheid', '[data-testid="programme-text"]',
  '[data-testid="assumptions-panel"]', '[data-testid="municipality-panel"]',
];

export const tests = [
  {
    name: 'a shared link paints its headline figures in a frame before the charts are drawn',
    run: async ({ page, origin }) => {
      // Recorded just before the browser paints the first frame that shows the cost figure.
      await page.addInitScript(() => {
        const shown = () => [...document.querySelectorAll('[data-testid="kerncijfer-kosten"] .headline-value')]
          .some((e) => e.checkVisibility() && e.textContent.trim() !== '');
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            window.__firstFrame = {
              cost: document.querySelector('[data-testid="kerncijfer-kosten"] .headline-value').textContent.trim(),
              charts: document.querySelectorAll('figure[data-chart] .chart-svg svg').length,
            };
          });
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      const scenario = await new ScenarioPage(page, origin).open(LINK);
      await page.waitForFunction(() => window.__firstFrame !== undefined);
      const first = await page.evaluate(() => window.__firstFrame);
      assertEqual(plain(first.cost), (await modelFor(LINK)).kerncijfers.kosten, 'het eerste beeld toont de kosten van de link');
      assertEqual(first.charts, 0, 'in het eerste beeld met de kosten is nog geen grafiek getekend');
      // The charts follow, and the band and the sensitivity view with them.
      await scenario.chart('kosten-per-jaar').locator('svg').waitFor();
      await page.locator('#gevoeligheid[data-current="true"]').waitFor();
    },
  },
  {
    name: 'a shared link builds only its figures in the first frame, then every later part of the page arrives',
    run: async ({ page, origin }) => {
      // Which of the later parts exist in the frame that first shows the cost figure.
      await page.addInitScript((parts) => {
        const shown = () => [...document.querySelectorAll('[data-testid="kerncijfer-kosten"] .headline-value')]
          .some((e) => e.checkVisibility() && e.textContent.trim() !== '');
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          window.__firstFrameParts = parts.filter((selector) => document.querySelector(selector) !== null);
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      }, LATER_PARTS);
      await new ScenarioPage(page, origin).open(LINK);
      await page.waitForFunction(() => window.__firstFrameParts !== undefined);
      const early = await page.evaluate(() => window.__firstFrameParts);
      assert(early.length === 0, `in het eerste beeld met de kosten staat al: ${early.join(', ')}`);
      for (const selector of LATER_PARTS) await page.locator(selector).first().waitFor({ state: 'attached' });
      await page.locator('#gevoeligheid[data-current="true"]').waitFor();
    },
  },
  {
    name: 'a shared link to a place in a later part of the page (#gevoeligheid, #gemeente-titel) opens there',
    run: async ({ page, origin }) => {
      for (const anchor of ['gevoeligheid', 'gemeente-titel']) {
        // A new document each time: a change of the hash alone would not load the page again.
        await page.goto('about:blank');
        await page.goto(`${origin}/scenario?${LINK}#${anchor}`);
        await page.locator(`#${anchor}`).waitFor();
        // Once the band and the sensitivity runs are in (they change the height of the parts
        // above) and the (smooth) scrolling has come to rest for ten frames, the place is in
        // view: its top in the upper half of the window (at the top unless the page ends first).
        await page.locator('#gevoeligheid[data-current="true"]').waitFor();
        const place = await page.evaluate(async (id) => {
          const frame = () => new Promise((done) => requestAnimationFrame(done));
          let still = 0;
          let last = window.scrollY;
          for (let i = 0; i < 600 && still < 10; i += 1) {
            await frame();
            still = window.scrollY === last ? still + 1 : 0;
            last = window.scrollY;
          }
          // The place's heading: the target itself, or the first heading in it.
          const target = document.getElementById(id);
          const heading = target.matches('h1, h2, h3') ? target : target.querySelector('h2, h3');
          const box = heading.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, scrolled: window.scrollY, height: window.innerHeight };
        }, anchor);
        assert(place.scrolled > 0 && place.top > -2 && place.bottom < place.height / 2,
          `de kop van #${anchor} staat niet bovenin beeld: ${JSON.stringify(place)}`);
      }
    },
  },
];
