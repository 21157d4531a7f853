// The council annex "Bijlage bij het raadsvoorstel" (issue 26 part 2): reached from the scenario's
// actions with the scenario kept, every section on the page, A4 on paper with the stamp and its
// print date on every page, and "Kopieer voor Word" putting headings and tables on the clipboard.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { SCENARIO, ScenarioPage, modelFor } from './pages.mjs';

const CHANGED = `${SCENARIO}&a.deadweight=0.1`;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

async function today(page) {
  const [d, m, y] = await page.evaluate(() => { const n = new Date(); return [n.getDate(), n.getMonth(), n.getFullYear()]; });
  return `${d} ${MONTHS[m]} ${y}`;
}

/** Opens the annex of `query` and waits until it is complete: the "how sure" sentence is in and
 * the buttons are enabled. */
async function openAnnex(page, origin, query) {
  await page.goto(`${origin}/bijlage?${query}`);
  await page.getByTestId('annex').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="annex-copy"]')?.disabled);
}

const sections = (page) => page.locator('[data-testid="annex"] section').evaluateAll((els) => els.map((el) => el.dataset.section));

export const tests = [
  {
    name: 'the annex is reached from the scenario\'s actions, keeps the scenario and shows every section',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(CHANGED);
      await page.getByTestId('headlines').waitFor();
      await page.getByRole('button', { name: 'Bijlage bij raadsvoorstel' }).click();
      const annex = page.getByTestId('annex');
      await annex.waitFor();
      const url = new URL(page.url());
      assertEqual(url.pathname, '/bijlage', 'de bijlage heeft haar eigen adres');
      assert(url.search.includes('k.home-start=20') && url.search.includes('a.deadweight=0.1'), `het scenario gaat mee: ${url.search}`);
      await page.waitForFunction(() => !document.querySelector('[data-testid="annex-copy"]')?.disabled);
      const model = await modelFor(CHANGED);
      assertEqual(await annex.getByRole('heading', { level: 1 }).textContent(), 'Bijlage bij het raadsvoorstel', 'titel');
      const lead = plain((await annex.locator('.annex-lead').allTextContents()).join('\n'));
      assert(lead.includes(model.voorstel), `het voorstel in één zin: ${lead}`);
      assertEqual((await sections(page)).join(' '), 'kerncijfers gewijzigd begroting amendement aannames bronnen', 'de secties');
      const figures = plain(await annex.locator('[data-section="kerncijfers"]').textContent());
      for (const [id, value] of Object.entries(model.kerncijfers)) {
        assert(figures.includes(plain(value)), `kerncijfer ${id} (${plain(value)}) in de bijlage: ${figures.slice(0, 300)}`);
      }
      assert(figures.includes(`Hoe zeker? ${plain(model.hoe_zeker)}`), `hoe zeker, zoals het model het zegt: ${figures}`);
      const changed = plain(await annex.locator('[data-section="gewijzigd"]').textContent());
      assert(changed.includes('1 aanname wijkt af van de standaard') && changed.includes('10%'), `de gewijzigde aanname: ${changed}`);
      const amendment = plain(await annex.locator('[data-section="amendement"]').textContent());
      assert(amendment.includes('besluit de begroting als volgt te wijzigen'), `de amendementstekst: ${amendment.slice(0, 200)}`);
      const grades = await annex.locator('[data-section="aannames"] tbody tr td:nth-child(4)').allTextContents();
      assert(grades.length > 10 && grades.every((g) => ['hard', 'onderbouwd', 'aanname'].includes(g)), `elke aanname met haar hardheid: ${grades}`);
      assertEqual([...new Set(grades)].sort().join(' '), 'aanname hard onderbouwd', 'alle drie de graden komen voor');
      const addresses = await annex.locator('[data-section="bronnen"] a.address').evaluateAll((as) => as.map((a) => a.href));
      assert(addresses.length > 0 && addresses.every((a) => a.startsWith('https://')), `bronnen met hun adres: ${addresses}`);
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten in de bijlage');
    },
  },
  {
    name: 'the municipality\'s own note (as text, never markup) and the realised figures have their sections in the annex',
    run: async ({ page, origin }) => {
      const note = encodeURIComponent('Wij starten klein. <script>window.geraakt=1</script>');
      const query = `naam=Ambitieus&jaar=2020&looptijd=4&k.home-start=20&g.naam=Zeist&g.toelichting=${note}&g.contact=Anna%20de%20Vries&r.home-start.2020=18,,,95000`;
      await openAnnex(page, origin, query);
      assertEqual((await sections(page)).join(' '), 'kerncijfers begroting amendement gerealiseerd toelichting aannames bronnen', 'de secties');
      const own = page.locator('[data-section="toelichting"]');
      assertEqual(plain(await own.locator('h2').textContent()), 'Toelichting van de gemeente Zeist', 'wiens tekst het is');
      const ownText = plain(await own.textContent());
      assert(ownText.includes('Wij starten klein. <script>window.geraakt=1</script>') && ownText.includes('Contact: Anna de Vries'), ownText);
      assertEqual(await own.locator('script').count(), 0, 'de toelichting werd geen HTML');
      assertEqual(await page.evaluate(() => window.geraakt === 1), false, 'geen script uit de toelichting');
      const realised = page.locator('[data-section="gerealiseerd"]');
      const row = (await realised.locator('tbody tr').first().locator('th, td').allTextContents()).map(plain);
      assertEqual(row.slice(0, 4).join(' | '), '2020 | Home-Start | 20 | 18', 'gepland en gerealiseerd in 2020');
      assertEqual(row[5], '€ 95.000', 'de werkelijke kosten');
      assert(plain(await realised.textContent()).includes('Verantwoording 2020.'), 'de alinea voor de jaarrekening');
    },
  },
  {
    name: 'without changed assumptions the annex has no such section; without an initiative it says what to do',
    run: async ({ page, origin }) => {
      await openAnnex(page, origin, SCENARIO);
      assertEqual((await sections(page)).join(' '), 'kerncijfers begroting amendement aannames bronnen', 'de secties zonder wijzigingen');
      await page.goto(`${origin}/bijlage`);
      const empty = page.getByTestId('annex-empty');
      await empty.waitFor();
      assert((await empty.textContent()).includes('nog geen initiatief gekozen'), 'uitleg bij een leeg scenario');
      assertEqual(await page.getByTestId('annex').count(), 0, 'geen bijlage zonder voorstel');
    },
  },
  {
    name: 'the annex prints on A4 with the stamp and its print date at the foot of every page, nothing cut off',
    // The width an A4 page gives between margins of 15 mm: 180 mm at 96 dpi.
    context: { viewport: { width: 680, height: 960 } },
    run: async ({ page, origin }) => {
      await openAnnex(page, origin, CHANGED);
      await page.emulateMedia({ media: 'print' });
      assertEqual(await page.getByTestId('annex-tools').isVisible(), false, 'geen knoppen op papier');
      const clipped = await page.locator('.annex, .annex table, .annex .table-scroll, .annex p, .annex li').evaluateAll((els) => els
        .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className || el.tagName}: ${el.textContent.trim().slice(0, 60)} (${el.scrollWidth} > ${el.clientWidth})`));
      assertEqual(clipped.join('; '), '', 'niets afgesneden of buiten zijn vak');
      assert(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'niets breder dan de pagina');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
      assert(box && Math.abs(Number(box[1]) - 595) < 2 && Math.abs(Number(box[2]) - 842) < 2, `A4 staand: ${box?.slice(1)}`);
      await writeFile('target/e2e/bijlage.pdf', pdf);
      // Each page's text (poppler's pdftotext, which scripts/setup.sh installs).
      const pages = Number(execFileSync('pdfinfo', ['target/e2e/bijlage.pdf'], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
      assert(pages >= 2, `de bijlage beslaat meer dan één pagina: ${pages}`);
      const date = await today(page);
      for (let n = 1; n <= pages; n += 1) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), 'target/e2e/bijlage.pdf', '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        assert(text.includes(`afgedrukt op ${date}`) && text.includes('/bijlage?'), `pagina ${n} van ${pages} draagt de stempel met de datum: ${text.slice(-300)}`);
      }
      // Nothing dropped between pages: the last source is on the last page, under the stamp's rule.
      const lastSource = plain(await page.locator('.annex-sources li').last().textContent()).slice(0, 40);
      const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), 'target/e2e/bijlage.pdf', '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert(last.includes(lastSource), `de laatste bron (${lastSource}) staat op de laatste pagina: ${last.slice(0, 300)}`);
    },
  },
  {
    name: '"Kopieer voor Word" puts headings and real tables on the clipboard as text/html, plain text beside it, user text escaped',
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
    run: async ({ page, origin }) => {
      const hostile = `naam=${encodeURIComponent('<script>alert(1)</script> Zeist')}&k.home-start=20`;
      await openAnnex(page, origin, hostile);
      await page.getByRole('button', { name: 'Kopieer voor Word' }).click();
      await page.getByTestId('annex-message').filter({ hasText: 'gekopieerd' }).waitFor();
      const { types, html, text } = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return {
          types: item.types,
          html: await (await item.getType('text/html')).text(),
          text: await (await item.getType('text/plain')).text(),
        };
      });
      assert(types.includes('text/html') && types.includes('text/plain'), `beide soorten: ${types}`);
      for (const part of ['<h1>Bijlage bij het raadsvoorstel</h1>', '<h2>Alle aannames met hun hardheid</h2>', '<table', '<th ', '<caption>Begrotingsregels']) {
        assert(html.includes(part), `${part} in de HTML: ${html.slice(0, 300)}`);
      }
      assert(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Zeist'), 'de naam als tekst, niet als opmaak');
      assert(html.includes(`geëxporteerd op ${await today(page)}`), 'de stempel met de datum');
      assert(text.startsWith('Bijlage bij het raadsvoorstel') && text.includes('Scenario: <script>alert(1)</script> Zeist'), `platte tekst: ${text.slice(0, 200)}`);
    },
  },
  {
    name: 'when the browser refuses the clipboard the annex says so in Dutch and selects its text to copy by hand',
    run: async ({ page, origin }) => {
      // A browser without ClipboardItem (older Firefox) cannot write formatted text.
      await page.addInitScript(() => { delete window.ClipboardItem; });
      await openAnnex(page, origin, SCENARIO);
      await page.getByRole('button', { name: 'Kopieer voor Word' }).click();
      const message = page.getByTestId('annex-message');
      await message.filter({ hasText: 'klembord' }).waitFor();
      assert((await message.textContent()).includes('Ctrl+C'), 'zegt hoe het wel kan');
      const selected = await page.evaluate(() => window.getSelection().toString());
      assert(selected.startsWith('Bijlage bij het raadsvoorstel') && selected.includes('Bronnen'), `de bijlage is geselecteerd: ${selected.slice(0, 80)}`);
    },
  },
  {
    name: 'on a phone the annex fits the width: each table row reads as a list of its named cells',
    context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, ...AXE_CONTEXT },
    run: async ({ page, origin }) => {
      await openAnnex(page, origin, CHANGED);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 390, `de pagina is ${wide}px breed`);
      // The column heads are there for screen readers only (visually hidden) on a phone.
      const wider = await page.locator('.annex table, .annex td, .annex th').evaluateAll((els) => els
        .filter((el) => !el.closest('thead'))
        .filter((el) => el.getBoundingClientRect().right > 390.5 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent.slice(0, 40)));
      assertEqual(wider.join('; '), '', 'elke tabel binnen het scherm');
      const grade = page.locator('[data-section="aannames"] tbody tr').first().locator('td').nth(2);
      assertEqual(await grade.getAttribute('data-label'), 'Hardheid', 'elke cel noemt haar kolom');
      const before = await grade.evaluate((el) => getComputedStyle(el, '::before').content);
      assert(before.includes('Hardheid'), `de kolomnaam staat voor de waarde: ${before}`);
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten in de bijlage op een telefoon');
    },
  },
];
