// The embed view (`/inbedden/…`) in an iframe on another origin, as a council information system
// or a party site would show it: the host page is served by a second static server on its own
// port and pastes the code the "Insluiten" button gives.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AXE_CONTEXT, assert, assertEqual, seriousViolations, serveStatic } from './harness.mjs';
import { CHART_IDS, SCENARIO } from './pages.mjs';

/** The iframe code the scenario page offers for `choice` (a slug), read from its text area. */
async function embedCode(page, origin, choice) {
  await page.goto(`${origin}/scenario?${SCENARIO}`);
  await page.getByTestId('headlines').waitFor();
  await page.getByTestId('embed').click();
  await page.getByTestId('embed-choice').selectOption(choice);
  const snippet = page.getByTestId('embed-snippet');
  await page.waitForFunction((slug) => document.querySelector('[data-testid="embed-snippet"]').value.includes(`/inbedden/${slug}?`), choice);
  return snippet.inputValue();
}

/** A host page on its own origin with `code` pasted in, recording the messages it receives. */
async function hostPage(code) {
  const dir = await mkdtemp(join(tmpdir(), 'steunwijzer-host-'));
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatie</title></head>
<body><h1>Raadsinformatie</h1><script>window.heights = []; addEventListener('message', (e) => window.heights.push({ origin: e.origin, data: e.data }));</script>
${code}
</body></html>`);
  return serveStatic(dir);
}

export const tests = [
  {
    name: 'a chart embeds in an iframe on another origin: no menu, source, stamp, link to the scenario, height reported and applied',
    run: async ({ page, origin }) => {
      const chart = CHART_IDS[0];
      const code = await embedCode(page, origin, chart);
      assert(code.startsWith(`<iframe src="${origin}/inbedden/${chart}?`), `iframe-code: ${code}`);
      const host = await hostPage(code);
      try {
        assert(host.origin !== origin, 'een andere oorsprong');
        await page.goto(host.origin);
        const frame = page.frameLocator('iframe[data-steunwijzer]');
        await frame.locator(`figure[data-chart="${chart}"] svg`).waitFor();
        assertEqual(await frame.locator('nav, .site-header, .site-footer').count(), 0, 'geen menu, kop of voet');
        assertEqual(await frame.locator('.chart-tools').count(), 0, 'alleen lezen: geen exportknoppen');
        assert((await frame.locator('figure svg').textContent()).includes('Bron:'), 'de bronregel');
        assert((await frame.getByTestId('stamp').textContent()).startsWith('Steunwijzer '), 'de stempel');
        const open = frame.getByTestId('embed-open');
        assertEqual((await open.textContent()).trim(), 'Open in Steunwijzer (opent in een nieuw venster)', 'linktekst');
        const href = await open.getAttribute('href');
        assert(href.startsWith(`${origin}/scenario?naam=Gemeente%20Voorbeeld&`) && href.includes('&k.home-start=20&k.samen-oplopen=10&gegevens='), `link naar het hele scenario: ${href}`);
        assertEqual(await open.getAttribute('target'), '_blank', 'opent buiten het frame');

        // The height message arrives from Steunwijzer's origin, and the pasted script applies it.
        await page.waitForFunction(() => window.heights.some((m) => m.data && m.data.type === 'steunwijzer-hoogte'));
        const messages = await page.evaluate(() => window.heights.filter((m) => m.data && m.data.type === 'steunwijzer-hoogte'));
        assert(messages.every((m) => m.origin === origin), `van Steunwijzer: ${messages.map((m) => m.origin).join(', ')}`);
        await page.waitForFunction(() => {
          const frame = document.querySelector('iframe[data-steunwijzer]');
          const last = window.heights.filter((m) => m.data && m.data.type === 'steunwijzer-hoogte').at(-1);
          return frame.style.height === `${last.data.hoogte}px`;
        });
        const { height, content } = await page.evaluate(() => {
          const frame = document.querySelector('iframe[data-steunwijzer]');
          return { height: frame.getBoundingClientRect().height, content: window.heights.at(-1).data.hoogte };
        });
        assert(content > 300 && Math.abs(height - content) < 2, `iframe ${height} px voor inhoud van ${content} px`);
        // Everything inside fits: the frame's document does not scroll.
        const scrolls = await page.frames().find((f) => f.url().includes('/inbedden/')).evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
        assert(!scrolls, 'het frame hoeft niet te scrollen');
      } finally {
        host.close();
      }
    },
  },
  {
    name: 'the headline figures embed shows the figures of the scenario with their source',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/inbedden/kerncijfers?${SCENARIO}`);
      await page.getByTestId('kerncijfer-kosten').waitFor();
      const shown = (await page.getByTestId('kerncijfer-kosten').locator('.headline-value').textContent()).trim();
      await page.goto(`${origin}/scenario?${SCENARIO}`);
      const onPage = (await page.getByTestId('kerncijfer-kosten').locator('.headline-value').textContent()).trim();
      assertEqual(shown, onPage, 'zelfde kosten als op de scenariopagina');
      await page.goto(`${origin}/inbedden/kerncijfers?${SCENARIO}`);
      assert((await page.locator('.embed-source').textContent()).startsWith('Bron: '), 'bronregel');
    },
  },
  {
    name: 'an unknown embed says so in Dutch',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/inbedden/bestaat-niet?${SCENARIO}`);
      assert((await page.getByTestId('embed-unknown').textContent()).includes('bestaat niet'), 'melding');
    },
  },
  {
    name: 'axe-core finds no serious or critical violation in the embeds and the embed code',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      for (const slug of ['kerncijfers', ...CHART_IDS]) {
        await page.goto(`${origin}/inbedden/${slug}?${SCENARIO}`);
        await page.getByTestId('stamp').waitFor();
        await page.locator('.headline, figure svg').first().waitFor();
        const violations = await seriousViolations(page);
        assertEqual(violations.join('\n'), '', `axe op /inbedden/${slug}`);
      }
      await page.goto(`${origin}/scenario?${SCENARIO}`);
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('embed').click();
      await page.getByTestId('embed-code').waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'axe met de insluitcode open');
    },
  },
];
