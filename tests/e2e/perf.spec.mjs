// What the speed work must keep true for the user, asserted as behaviour, never as times: a shared
// link shows its figures before its charts, and a slider step updates the page in place.
import { assert, assertEqual, plain } from './harness.mjs';
import { ScenarioPage, modelFor } from './pages.mjs';

const LINK = 'jaar=2027&looptijd=4&k.samen-oplopen=20';

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
];
