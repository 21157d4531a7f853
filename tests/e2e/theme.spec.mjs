// The house style: Steunwijzer is built on NL Design System component CSS and one theme of design
// tokens. The open voorbeeld theme ships; a municipality swaps in its own theme.css with the one
// setting scripts/theme.mjs reads. Here a copy of the build is re-themed with a small test theme
// (tests/e2e/fixtures/proef-theme.css) and served on its own port: colours and fonts must follow
// the theme everywhere, at AA contrast, with axe finding nothing serious on any route. A real
// municipal theme as published (Den Haag's, EUPL, pinned in scripts/package.json) has no basis
// token layer, only Utrecht and nl-* component tokens: it must arrive too, with 44 px buttons.
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AXE_CONTEXT, assert, assertEqual, seriousViolations, serveStatic } from './harness.mjs';
import { ROUTE_KINDS, SCENARIO } from './pages.mjs';

const { applyTheme } = await import(pathToFileURL(resolve('scripts/theme.mjs')));
const TEST_THEME = 'tests/e2e/fixtures/proef-theme.css';
const DEN_HAAG = 'scripts/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css';

/** One page of every kind, with what to wait for before looking, and an unknown address. */
const ROUTES = [...ROUTE_KINDS, ['/bestaat-niet', 'h1']];

/** A re-themed copy of the build, served on its own port. */
async function themedBuild(themePath = TEST_THEME) {
  const dir = await mkdtemp(join(tmpdir(), 'steunwijzer-thema-'));
  await cp('dist', dir, { recursive: true });
  const theme = await applyTheme(dir, themePath);
  return { ...theme, dir, server: await serveStatic(dir) };
}

/** What the reader sees of the page's main parts: colours, fonts and their contrast. */
async function look(page) {
  return page.evaluate(() => {
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const background = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (element) => {
      const [l1, l2] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))].sort((a, b) => b - a);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const part = (selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      return { color: style.color, background: `rgb(${background(element).join(', ')})`, font: style.fontFamily, contrast: contrast(element) };
    };
    return {
      // The theme's class; the pre-render may add its own (voorweergave-elders) beside it.
      themeClass: [...document.documentElement.classList].filter((c) => c.endsWith('-theme')).join(' '),
      body: part('body'),
      heading: part('main h1'),
      header: part('.site-header .brand-name'),
      link: part('.site-footer a'),
      button: part('main button:not([disabled])'),
    };
  });
}

async function open(page, origin, path, ready) {
  await page.goto(origin + path);
  await page.locator(ready).first().waitFor();
}

export const tests = [
  {
    name: 'the build ships the open voorbeeld theme: its class on <html>, its tokens in one stylesheet, nothing from elsewhere',
    run: async ({ page, origin }) => {
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await open(page, origin, `/scenario?${SCENARIO}`, '[data-testid="headlines"]');
      const seen = await look(page);
      assertEqual(seen.themeClass, 'voorbeeld-theme', 'themaklasse op <html>');
      const token = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--basis-text-font-family-default').trim());
      assert(token.includes('Noto Sans'), `token van het voorbeeldthema: ${token}`);
      assert(seen.body.font.includes('Noto Sans'), `lettertype uit het thema: ${seen.body.font}`);
      const sheets = requests.filter((url) => url.endsWith('.css'));
      assertEqual(sheets.length, 1, `één stylesheet: ${sheets.join(', ')}`);
      assert(requests.every((url) => url.startsWith(origin)), `alles van de eigen oorsprong: ${requests.filter((u) => !u.startsWith(origin)).join(', ')}`);
      const html = await readFile('dist/index.html', 'utf8');
      const css = await readFile(join('dist', html.match(/href="\/(style-[0-9a-f]+\.css)"/)[1]), 'utf8');
      assert(css.includes('.voorbeeld-theme {') && css.includes('button{') && css.includes('caption{'), 'thema en NL Design System-componenten in de stylesheet');
    },
  },
  {
    name: 'a second theme changes colours and fonts of header, headings, text, links and buttons, at AA contrast',
    run: async ({ page, origin }) => {
      await open(page, origin, `/scenario?${SCENARIO}`, '[data-testid="headlines"]');
      const before = await look(page);
      const themed = await themedBuild();
      try {
        assertEqual(themed.name, 'proef-theme', 'klasse uit het themabestand gelezen');
        assertEqual((await readdir(themed.dir)).filter((f) => f.endsWith('.css')).length, 1, 'nog steeds één stylesheet');
        assert((await readFile(join(themed.dir, 'index.html'), 'utf8')).includes('http-equiv="Content-Security-Policy"'), 'de CSP blijft staan');
        await open(page, themed.server.origin, `/scenario?${SCENARIO}`, '[data-testid="headlines"]');
        const after = await look(page);
        assertEqual(after.themeClass, 'proef-theme', 'themaklasse op <html>');
        assert(after.body.font.startsWith('Georgia'), `lettertype van het proefthema: ${after.body.font}`);
        assertEqual(after.body.color, 'rgb(29, 26, 51)', 'tekstkleur uit het thema');
        assertEqual(after.header.background, 'rgb(106, 27, 82)', 'kopbalk in de themakleur');
        assertEqual(after.heading.color, 'rgb(106, 27, 82)', 'kop in de themakleur');
        assertEqual(after.link.color, 'rgb(138, 28, 74)', 'linkkleur uit het thema');
        assertEqual(after.button.background, 'rgb(138, 28, 74)', 'knop in de themakleur');
        // Charts: the theme's font and text colour, the initiative palette unchanged.
        const chartText = await page.locator('.chart-svg svg text[fill="#222222"]').first().evaluate((t) => [getComputedStyle(t).fontFamily, getComputedStyle(t).fill]);
        assert(chartText[0].startsWith('Georgia'), `lettertype in de grafiek: ${chartText[0]}`);
        assertEqual(chartText[1], 'rgb(29, 26, 51)', 'tekstkleur in de grafiek');
        const bars = await page.locator('.chart-svg svg rect[fill="#56B4E9"]').count();
        assert(bars > 0, 'de kleur van Home-Start blijft');
        for (const part of ['body', 'heading', 'header', 'link', 'button']) {
          assert(JSON.stringify(after[part]) !== JSON.stringify(before[part]), `${part} volgt het thema: ${JSON.stringify(after[part])}`);
          assert(after[part].contrast >= 4.5, `${part}: contrast ${after[part].contrast.toFixed(2)} onder AA in het proefthema`);
          assert(before[part].contrast >= 4.5, `${part}: contrast ${before[part].contrast.toFixed(2)} onder AA in het voorbeeldthema`);
        }
      } finally {
        themed.server.close();
      }
    },
  },
  {
    // The voorbeeld theme is the build itself: robustness.spec scans its routes.
    name: 'axe-core finds no serious or critical violation on any route, in the second theme and Den Haag’s',
    context: AXE_CONTEXT,
    run: async ({ page }) => {
      const themed = await themedBuild();
      const denHaag = await themedBuild(DEN_HAAG);
      try {
        const found = [];
        for (const [name, base] of [['proef', themed.server.origin], ['denhaag', denHaag.server.origin]]) {
          for (const [path, ready] of ROUTES) {
            await open(page, base, path, ready);
            const violations = await seriousViolations(page);
            if (violations.length) found.push(`${name} ${path}: ${violations.join('; ')}`);
          }
        }
        assertEqual(found.join('\n'), '', 'axe op elke route');
      } finally {
        themed.server.close();
        denHaag.server.close();
      }
    },
  },
  {
    name: 'a municipal theme without the basis layer (Den Haag) themes font, header and buttons; every button is at least 44 px in every theme',
    run: async ({ page, origin }) => {
      const denHaag = await themedBuild(DEN_HAAG);
      const proef = await themedBuild();
      try {
        assertEqual(denHaag.name, 'denhaag-theme', 'klasse uit het themabestand');
        await open(page, denHaag.server.origin, `/scenario?${SCENARIO}`, '[data-testid="headlines"]');
        const seen = await look(page);
        assertEqual(seen.themeClass, 'denhaag-theme', 'themaklasse op <html>');
        // What the theme itself says, resolved by the browser on a probe element.
        const theme = await page.evaluate(() => {
          const root = getComputedStyle(document.documentElement);
          const probe = document.createElement('div');
          document.body.append(probe);
          probe.style.color = root.getPropertyValue('--utrecht-button-background-color');
          const button = getComputedStyle(probe).color;
          probe.remove();
          return { font: root.getPropertyValue('--utrecht-document-font-family').trim(), button };
        });
        assert(theme.font.includes('TheSans'), `lettertype in het thema: ${theme.font}`);
        assert(seen.body.font.includes('TheSans'), `lettertype uit het thema: ${seen.body.font}`);
        assertEqual(seen.header.background, theme.button, 'kopbalk in de knopkleur van het thema');
        assertEqual(seen.button.background, theme.button, 'knop gevuld in de kleur van het thema');
        for (const part of ['body', 'heading', 'header', 'link', 'button']) {
          assert(seen[part].contrast >= 4.5, `${part}: contrast ${seen[part].contrast.toFixed(2)} onder AA in het Haagse thema`);
        }
        for (const [name, base] of [['voorbeeld', origin], ['proef', proef.server.origin], ['denhaag', denHaag.server.origin]]) {
          for (const [path, ready] of [[`/scenario?${SCENARIO}`, '[data-testid="headlines"]'], ['/scenarios', 'h1'], [`/presenteren?${SCENARIO}`, '[data-testid="presentation"]']]) {
            await open(page, base, path, ready);
            const small = await page.evaluate(() => [...document.querySelectorAll('button:not(.link-button)')]
              .filter((b) => b.offsetParent !== null)
              .map((b) => ({ text: b.textContent.trim().slice(0, 30), height: b.getBoundingClientRect().height }))
              .filter((b) => b.height < 44));
            assertEqual(small.map((b) => `${b.text} (${b.height.toFixed(1)} px)`).join(', '), '', `${name} ${path}: knoppen onder 44 px`);
          }
        }
      } finally {
        denHaag.server.close();
        proef.server.close();
      }
    },
  },
];
