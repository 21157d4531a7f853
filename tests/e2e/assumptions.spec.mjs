// The assumptions page and the honesty of the figures: what changed and why, what rests on one
// case, where each document stands.
import { readFile } from 'node:fs/promises';
import { assert, assertEqual, plain } from './harness.mjs';
import { modelFor } from './model.mjs';
import { ScenarioPage } from './pages.mjs';

const parameterFile = JSON.parse(await readFile('assets/data/parameters.json', 'utf8'));
const parameters = parameterFile.parameters;
const documents = JSON.parse(await readFile('assets/data/documents.json', 'utf8')).documents;

async function openAssumptions(page, origin, query = '') {
  await page.goto(`${origin}/aannames${query}`);
  await page.getByTestId('parameter-list').locator('[data-parameter]').first().waitFor();
}

const item = (page, id) => page.getByTestId('parameter-list').locator(`[data-parameter="${id}"]`);

export const tests = [
  {
    name: 'a contents list at the top leads to every group of assumptions, the rules and the sources',
    run: async ({ page, origin }) => {
      await openAssumptions(page, origin);
      const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
      const links = await contents.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })));
      for (const group of parameterFile.groups) {
        assert(links.some((l) => l.href === `#groep-${group.id}` && l.text === group.label), `geen link naar ${group.label}: ${JSON.stringify(links)}`);
      }
      for (const target of ['#rekenregels-titel', '#bronnen-titel']) assert(links.some((l) => l.href === target), `geen link naar ${target}`);
      // Above the first group, and a link brings its heading to the top of the screen.
      const listTop = await page.getByTestId('parameter-list').evaluate((el) => el.getBoundingClientRect().top);
      assert((await contents.boundingBox()).y < listTop, 'de inhoud staat boven de aannames');
      const middle = parameterFile.groups[2];
      await contents.getByRole('link', { name: middle.label, exact: true }).click();
      // The theme scrolls smoothly; the heading ends at the top of the screen, with the focus.
      await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < 120; }, `groep-${middle.id}`, { timeout: 8000 });
      assertEqual(await page.evaluate(() => document.activeElement?.id), `groep-${middle.id}`, 'de focus staat op de groep');
    },
  },
  {
    name: 'every changed default is explained on the assumptions page with its evidence',
    run: async ({ page, origin }) => {
      await openAssumptions(page, origin);
      const section = page.getByTestId('changed-defaults');
      await section.waitFor();
      const changed = parameters.filter((p) => p.previous);
      assert(changed.length >= 5, 'the data names the changed defaults');
      assertEqual(await section.locator('li').count(), changed.length, 'one line per changed default');
      const surcharge = await section.locator('[data-parameter="opslag_startjaren"]').textContent();
      assert(surcharge.includes('nu 75%') && surcharge.includes('was 25%'), `old and new default: ${surcharge}`);
      assert(surcharge.includes('Meppel') && surcharge.includes('Dilany'), `the comparators: ${surcharge}`);
      const lag = await item(page, 'vertraging_effect').textContent();
      assert(lag.includes('Gewijzigd: ') && lag.includes('twee jaar'), `lag with the trial's evidence: ${lag}`);
    },
  },
  {
    name: 'Home-Start\'s start year is an assumption, and the youth-care cost carries its caveat',
    run: async ({ page, origin }) => {
      await openAssumptions(page, origin);
      const startYears = await item(page, 'startjaren.home-start').textContent();
      assert(startYears.includes('Aanname') && startYears.includes('Waarom deze aanname'), `label and reason: ${startYears}`);
      assert(startYears.includes('bandbreedte 0 jaar – 2 jaar'), `range: ${startYears}`);
      const youthCare = await item(page, 'kosten_jeugdhulptraject').textContent();
      assert(youthCare.includes('Let op: ') && youthCare.includes('Eén praktijkvoorbeeld'), `caveat: ${youthCare}`);
      const discount = await item(page, 'discontovoet').textContent();
      assert(discount.includes('Bron buiten de vijf documenten'), `outside source: ${discount}`);
      const rules = await page.getByTestId('rekenregels').textContent();
      assert(!rules.includes('9%'), 'no unverifiable percentage');
      assert(rules.includes('niet geïndexeerd') && !/nominaal/i.test(rules), `constant prices, not nominal: ${rules}`);
    },
  },
  {
    name: 'the documents are listed once, the outside sources apart, with their addresses',
    run: async ({ page, origin }) => {
      await openAssumptions(page, origin);
      const list = await page.getByTestId('documents').textContent();
      for (const d of documents) assert(list.includes(d.title), `document ${d.id} listed`);
      for (const d of documents.filter((d) => d.address)) assert(list.includes(d.address), `address of ${d.id}`);
      // An outside source without an address says that it was not checked (audit L1).
      for (const d of documents.filter((d) => d.origin === 'buiten_bronnen' && !d.address)) {
        assert(d.note && list.includes(d.note), `${d.id} zonder adres en zonder 'niet nagetrokken'`);
      }
      assert(list.includes('XpertiseZorg voor Valente'), 'Dutch "voor"');
    },
  },
  {
    name: 'a start year set to none or to half a year in a link',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?k.home-start=20&a.startjaren.home-start=0`);
      const cost = page.getByTestId('kerncijfer-kosten');
      await cost.locator('.headline-value').waitFor();
      assertEqual(plain(await cost.locator('.headline-value').textContent()).trim(), '€ 176.000', '20 × € 2.200 × 4 without a start year');
      assert((await cost.textContent()).includes('uit de bronnen'), 'then the cost is the sources\' alone');
      await page.goto(`${origin}/scenario?k.home-start=20&a.startjaren.home-start=1.5`);
      await page.getByTestId('link-messages').waitFor();
      assert((await page.getByTestId('link-messages').textContent()).includes('startjaren.home-start'), 'half a start year is named and dropped');
      assertEqual(plain(await cost.locator('.headline-value').textContent()).trim(), '€ 209.000', 'the default start year holds');
    },
  },
  {
    name: 'each end of an uncertain assumption shows what it rests on',
    run: async ({ page, origin }) => {
      await openAssumptions(page, origin);
      // Audit M3: an MKBA reader asks per range end for its own reason, not 'the middle'.
      for (const p of parameters.filter((p) => p.status === 'aanname')) {
        const ends = plain(await item(page, p.id).getByTestId('range-ends').textContent());
        assert(ends.includes(`Ondergrens: ${plain(p.low_reason)}`) && ends.includes(`Bovengrens: ${plain(p.high_reason)}`), `${p.id}: ${ends}`);
        const reason = plain(await item(page, p.id).locator('.parameter-reason').textContent());
        assert(!(reason + ends).includes('standaard in het midden'), `${p.id} rust op het midden`);
      }
    },
  },
  {
    name: 'earlier professional care is an assumption on /aannames, in the sensitivity view and in the net result',
    run: async ({ page, origin }) => {
      const id = 'extra_hulp_per_gezin';
      const p = parameters.find((x) => x.id === id);
      await openAssumptions(page, origin);
      const shown = plain(await item(page, id).textContent());
      assert(shown.includes(p.label) && shown.includes('Aanname') && shown.includes('Voor de beroepsmatige zorg'), shown);
      // Set to its high end through the link, the net result is what the model computes with
      // it, and lower than without: the assumption is counted.
      const query = `k.home-start=20&a.${id}=${p.high}`;
      const figures = await new ScenarioPage(page, origin).open(query).then((sp) => sp.figures());
      assertEqual(figures.netto, plain((await modelFor(query)).kerncijfers.netto).trim(), 'netto met eerder beroep op hulp');
      assert(figures.netto !== plain((await modelFor('k.home-start=20')).kerncijfers.netto).trim(), 'het eerdere beroep telt mee');
      // It has its own bar in the sensitivity view.
      await page.locator(`#gevoeligheid li[data-bar="${id}"]`).waitFor({ state: "attached", timeout: 8000 });
    },
  },
];
