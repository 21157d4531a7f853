// "Uw gemeente": a council member of a municipality of 40.000 enters four figures, sees the
// scenario at that scale, copies a budget table and an amendment paragraph; the link carries it.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { ScenarioPage, modelFor, scaleOf, slideNumber } from './pages.mjs';

const ZEIST = 'g.naam=Zeist&g.inwoners=40000&g.jeugdigen=8000&g.jeugdhulp=1150&g.kosten_jeugdzorg=14000000';
const SCENARIO = 'naam=Ambitieus&k.home-start=20';

/** "€ 209.000" → 209000. */
const euros = (text) => Number(text.replace(/[^\d,−-]/g, '').replace(',', '.').replace('−', '-'));

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

export const tests = [
  {
    name: 'four figures typed in the panel show the scenario at the municipality’s scale, and the texts name it',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(SCENARIO);
      const panel = page.getByTestId('municipality-panel');
      // Without figures: the national picture with its sources, no local scale.
      const national = plain(await panel.getByTestId('landelijk-beeld').textContent());
      assert(national.includes('14%') && national.includes('Nederlands Jeugdinstituut'), `landelijk beeld: ${national}`);
      assert(!(await scaleOf(page))['Kosten per inwoner per jaar'], 'geen kosten per inwoner zonder inwonertal');
      await page.getByLabel('Gemeente', { exact: true }).fill('Zeist');
      await page.locator('#gemeente-inwoners').fill('40.000');
      await page.locator('#gemeente-jeugdigen').fill('8.000');
      await page.locator('#gemeente-jeugdhulp').fill('1.150');
      await page.locator('#gemeente-kosten_jeugdzorg').fill('14.000.000');
      const query = await scenario.settledQuery('g.kosten_jeugdzorg=14000000');
      assert(query.includes(ZEIST), `link: ${query}`);
      const model = await modelFor(query);
      const scale = await scaleOf(page);
      assertEqual(scale['Koppelingen per jaar per 1.000 jeugdigen'], '2,5', '20 koppelingen op 8.000 jeugdigen');
      assert(scale['Koppelingen per jaar naast de jeugdigen met jeugdhulp'].startsWith('20 tegenover 1.150'), JSON.stringify(scale));
      // Every line as the model writes it (the arithmetic and the decimal comma: tests/municipality_scale.rs).
      for (const [label, value] of Object.entries(model.gemeente_schaal)) assertEqual(scale[label], value, label);
      assertEqual(Object.keys(scale).sort().join(' | '), Object.keys(model.gemeente_schaal).sort().join(' | '), 'dezelfde regels');
      const even = plain(await page.getByTestId('gemeente-terugverdiend').textContent());
      assert(/per jaar ongeveer [\d,]+ trajecten minder nodig zijn, van de 1\.150 jeugdigen met jeugdhulp in Zeist/.test(even), even);
      // The budget table: the horizon's costs add up to the headline cost.
      const rows = page.getByTestId('begrotingsregels').locator('tbody tr');
      const costs = [];
      for (let i = 0; i < 4; i += 1) costs.push(euros(await rows.nth(i).locator('td').first().textContent()));
      assertEqual(costs.reduce((a, b) => a + b, 0), euros(model.kerncijfers.kosten), 'kosten per jaar tellen op');
      const header = await page.getByTestId('begrotingsregels').locator('thead').textContent();
      assert(header.includes('taakveld 6.1 Samenkracht en burgerparticipatie'), header);
      assert((await page.getByTestId('taakvelden-bron').textContent()).includes('Monitor Langdurige Zorg'), 'bron van het taakveld');
      const amendment = plain(await page.getByTestId('amendement-tekst').textContent());
      assert(amendment.startsWith('De raad van de gemeente Zeist,') && amendment.includes('Dekking: [in te vullen door de indiener]'), amendment);
      const point = plain(await page.getByTestId('programmapunt').textContent());
      assert(point.startsWith('De gemeente Zeist investeert in 2027–2030'), point);
      const programme = plain(await page.getByTestId('programme-text').textContent());
      assert(programme.startsWith('De gemeente Zeist investeert') && !programme.includes('Ambitieus'), programme);
    },
  },
  {
    name: 'a link with g.* keys reproduces the municipality, also after a reload',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${SCENARIO}&${ZEIST}`);
      for (const reload of [false, true]) {
        if (reload) await page.reload();
        await page.getByTestId('gemeente-schaal').waitFor();
        assertEqual(await page.locator('#gemeente-naam').inputValue(), 'Zeist', 'naam');
        assertEqual(await page.locator('#gemeente-inwoners').inputValue(), '40.000', 'inwoners');
        assertEqual(await page.locator('#gemeente-kosten_jeugdzorg').inputValue(), '14.000.000', 'uitgaven');
        assertEqual((await scaleOf(page))['Koppelingen per jaar per 1.000 jeugdigen'], '2,5', 'schaal');
        assertEqual(await page.getByTestId('link-messages').count(), 0, 'niets weggelaten');
      }
      assert(new URL(page.url()).search.includes(ZEIST), 'de link houdt de cijfers');
    },
  },
  {
    name: 'a garbled g.* value is named and dropped, the rest kept; an impossible typed value is refused beside its field',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(`${SCENARIO}&g.naam=Zeist&g.inwoners=veel&g.jeugdigen=8000`);
      const messages = page.getByTestId('link-messages');
      await messages.waitFor();
      const text = await messages.textContent();
      assert(text.includes('‘g.inwoners’') && text.includes('geen geldig getal'), text);
      assertEqual(await page.locator('#gemeente-naam').inputValue(), 'Zeist', 'naam bewaard');
      assertEqual(await page.locator('#gemeente-jeugdigen').inputValue(), '8.000', 'jeugdigen bewaard');
      assertEqual(await page.locator('#gemeente-inwoners').inputValue(), '', 'onleesbaar inwonertal weggelaten');
      // Typed: fewer inhabitants than young people cannot be.
      await page.locator('#gemeente-inwoners').fill('5.000');
      const error = page.getByTestId('gemeente-fout-inwoners');
      await error.filter({ hasText: 'minder dan het aantal jeugdigen' }).waitFor();
      assertEqual(await page.locator('#gemeente-inwoners').inputValue(), '5.000', 'wat getypt is blijft staan');
      assertEqual(await page.locator('#gemeente-inwoners').getAttribute('aria-invalid'), 'true', 'veld gemarkeerd');
      await page.locator('#gemeente-inwoners').fill('40.000');
      await scenario.settledQuery('g.inwoners=40000');
      assertEqual((await error.textContent()).trim(), '', 'melding weg na een mogelijk getal');
      assert(!new URL(page.url()).search.includes('g.inwoners=5000'), 'het onmogelijke getal kwam niet in de link');
    },
  },
  {
    name: 'the slide “Wat betekent dit voor Zeist?” shows the scale, break-even and budget line',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/presenteren?${SCENARIO}&${ZEIST}&dia=${slideNumber('gemeente')}`);
      const slide = page.getByTestId('dia-gemeente');
      await slide.locator('h1', { hasText: 'Wat betekent dit voor Zeist?' }).waitFor();
      const text = plain(await slide.textContent());
      assert(text.includes('Koppelingen per jaar per 1.000 jeugdigen') && text.includes('2,5'), text);
      assert(text.includes('van de 1.150 jeugdigen met jeugdhulp in Zeist'), text);
      assert(text.includes('Begroting, taakveld 6.1 Samenkracht en burgerparticipatie: 2027: €'), text);
      // Without a name: never the scenario's name.
      await page.goto(`${origin}/presenteren?${SCENARIO}&dia=${slideNumber('gemeente')}`);
      await slide.locator('h1', { hasText: 'Wat betekent dit voor de gemeente?' }).waitFor();
    },
  },
  {
    name: 'printed, the panel shows the scale, budget table and texts without its fields or buttons',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${SCENARIO}&${ZEIST}`);
      await page.getByTestId('begrotingsregels').waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const id of ['gemeente-schaal', 'begrotingsregels', 'amendement-tekst', 'programmapunt', 'landelijk-beeld']) {
        assert(await page.getByTestId(id).isVisible(), `${id} op papier`);
      }
      assertEqual(await page.locator('#gemeente-inwoners').isVisible(), false, 'invoervelden niet op papier');
      assertEqual(await page.getByTestId('export-begroting-csv').isVisible(), false, 'knoppen niet op papier');
      const pdf = await page.pdf({ format: 'A4' });
      assertEqual(pdf.subarray(0, 5).toString(), '%PDF-', 'een PDF');
      // A scenario without the municipality prints as it did before: no empty panel.
      await page.emulateMedia({ media: 'screen' });
      await new ScenarioPage(page, origin).open(SCENARIO);
      await page.getByTestId('begrotingsregels').waitFor();
      await page.emulateMedia({ media: 'print' });
      assertEqual(await page.getByTestId('municipality-panel').isVisible(), false, 'leeg paneel niet op papier');
    },
  },
  {
    name: 'the budget lines download as a CSV a Dutch spreadsheet reads, with the taakvelden',
    run: async ({ page, origin }) => {
      const query = `${SCENARIO}&${ZEIST}`;
      await new ScenarioPage(page, origin).open(query);
      await page.getByTestId('begrotingsregels').waitFor();
      const file = await download(page, () => page.getByTestId('export-begroting-csv').click());
      assertEqual(file.name, 'zeist-begrotingsregels.csv', 'bestandsnaam');
      const rows = file.text.replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.split(';'));
      assert(rows[0][1].includes('Kosten (€), taakveld 6.1 Samenkracht en burgerparticipatie'), rows[0].join(';'));
      assertEqual(rows[1][0], '2027', 'eerste jaar');
      const total = rows.find((r) => r[0] === '"Totaal"');
      assert(total, 'een totaalregel');
      assertEqual(Number(total[1].replace(',', '.')), euros((await modelFor(query)).kerncijfers.kosten), 'totale kosten zoals de kerncijfers');
    },
  },
  {
    name: 'axe-core finds no serious or critical violation in the panel, with figures and with an error',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${SCENARIO}&${ZEIST}`);
      await page.getByTestId('begrotingsregels').waitFor();
      await page.locator('#gemeente-jeugdhulp').fill('9.000');
      await page.getByTestId('gemeente-fout-jeugdhulp').filter({ hasText: 'meer dan het aantal jeugdigen' }).waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
      await page.goto(`${origin}/presenteren?${SCENARIO}&${ZEIST}&dia=${slideNumber('gemeente')}`);
      await page.getByTestId('dia-gemeente').waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten op de dia');
    },
  },
];
