// Presenting and sharing: slides, exports, programme text, saved scenarios, offline.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { CHART_IDS, IDS, NAMES, PresentationPage, SCENARIO, modelFor, slideNumber } from './pages.mjs';

async function openResults(page, origin, query = SCENARIO) {
  await page.goto(`${origin}/scenario?${query}`);
  await page.getByTestId('headlines').waitFor();
}

const CHART_SLIDES = IDS.grafieken.map((chart) => chart.dia);

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** A CSV line split into fields at the semicolons (quoted fields may hold them), unquoted. */
function fields(line) {
  return [...line.matchAll(/("([^"]|"")*"|[^;]*)(;|$)/g)].map((m) => m[1].replace(/^"|"$/g, '')).slice(0, -1);
}

export const tests = [
  {
    name: 'presentation mode steps through every slide by keyboard and Esc leaves it',
    run: async ({ page, origin }) => {
      await openResults(page, origin);
      await page.getByTestId('present').click();
      const presentation = new PresentationPage(page, origin);
      const { counter } = presentation;
      const total = await presentation.count();
      assertEqual(total, IDS.dias.length, 'een dia per onderdeel, een per grafiek');
      const titles = [];
      for (let n = 1; n <= total; n += 1) {
        assertEqual((await counter.textContent()).trim(), `Dia ${n} van ${total}`, 'diateller');
        titles.push(await page.locator('.slide h1, .slide figure svg').first().textContent());
        await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
      }
      assert(titles[0].includes('Gemeente Voorbeeld'), `titeldia noemt het scenario: ${titles[0]}`);
      await page.keyboard.press('PageUp');
      assertEqual((await counter.textContent()).trim(), `Dia ${total - 1} van ${total}`, 'PageUp gaat terug');
      assert(page.url().includes(`dia=${total - 1}`), 'de dia staat in de link');
      await page.keyboard.press('Escape');
      await page.getByTestId('headlines').waitFor();
      assert(new URL(page.url()).pathname === '/scenario', 'Esc gaat terug naar het scenario');
    },
  },
  {
    name: 'a presentation link opens at its slide and passes axe-core',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      const presentation = await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'));
      assertEqual(await presentation.current(), slideNumber('kerncijfers'), 'opent op de dia van de link');
      await page.locator('.slide-headlines').waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten in de presentatie');
    },
  },
  {
    name: 'on a 1280×720 projector every slide fits without scrolling, and every assumption in use is shown',
    context: { viewport: { width: 1280, height: 720 } },
    run: async ({ page, origin }) => {
      const all = 'naam=Gemeente%20Voorbeeld&k.buurtgezinnen=12&k.steunouder=10&k.home-start=20&k.samen-oplopen=10';
      const presentation = new PresentationPage(page, origin);
      const headlines = slideNumber('kerncijfers');
      await presentation.goto(headlines, all);
      // Wait for the simulated ranges, the longest text the headline slide shows.
      await page.locator('.slide-headlines').filter({ hasText: '8 van de 10' }).waitFor();
      for (let n = 1; n <= IDS.dias.length; n += 1) {
        await presentation.goto(n, all);
        if (n === headlines) await page.locator('.slide-headlines').filter({ hasText: '8 van de 10' }).waitFor();
        if (CHART_SLIDES.includes(n)) await page.locator('.slide figure.chart svg').waitFor();
        const [scroll, visible] = await page.locator('.slide-area').evaluate((el) => [el.scrollHeight, el.clientHeight]);
        assert(scroll <= visible + 1, `dia ${n} past niet: ${scroll} px inhoud in ${visible} px`);
      }
      // The assumptions slide leaves none of the scenario's assumptions out.
      await presentation.goto(slideNumber('aannames'), all);
      await page.locator('.slide-assumptions tbody th').first().waitFor();
      const terms = await page.locator('.slide-assumptions tbody th').allTextContents();
      for (const label of ['Wat ook zonder koppeling was gebeurd', 'Tijd tot de besparing', 'Duur van een koppeling – Samen Oplopen']) {
        assert(terms.some((t) => t.startsWith(label)), `${label} op de dia: ${terms.join(' | ')}`);
      }
      // With one initiative, the other initiatives' assumptions stay off the slide.
      await presentation.goto(slideNumber('aannames'), 'k.samen-oplopen=10');
      await page.locator('.slide-assumptions tbody th').first().waitFor();
      const only = await page.locator('.slide-assumptions tbody th').allTextContents();
      assert(only.some((t) => t.endsWith('– Samen Oplopen')), `Samen Oplopen: ${only.join(' | ')}`);
      assert(!only.some((t) => t.endsWith('– Buurtgezinnen') || t.endsWith('– Steunouder')), `alleen gekozen initiatieven: ${only.join(' | ')}`);
    },
  },
  {
    name: 'the exported CSV parses and its totals equal the figures on screen',
    run: async ({ page, origin }) => {
      await openResults(page, origin);
      const { name, text } = await download(page, () => page.getByTestId('export-csv').click());
      assert(name.endsWith('.csv'), `bestandsnaam ${name}`);
      const lines = text.replace(/^\uFEFF/, '').trim().split(/\r\n/).filter((line) => !line.startsWith('#'));
      const header = fields(lines[0]);
      const cost = header.indexOf('Kosten centraal (€)');
      assert(cost > 0, `kolom ‘Kosten centraal (€)’ in ${lines[0]}`);
      // A Dutch spreadsheet's form: decimal comma, whole years.
      const rows = lines.slice(1).map(fields);
      assert(rows.every((row) => /^\d{4}$/.test(row[0]) && /^-?\d+,\d{2}$/.test(row[cost])), `jaren en bedragen: ${lines[1]}`);
      const total = rows.reduce((sum, row) => sum + Number(row[cost].replace(',', '.')), 0);
      const model = await modelFor(new URL(page.url()).search.slice(1) || SCENARIO);
      assert(Math.abs(total - model.kosten_totaal) < 0.01, `som ${total} ≠ ${model.kosten_totaal}`);
      const shown = plain(await page.getByTestId('kerncijfer-kosten').locator('.headline-value').textContent()).trim();
      // The CSV keeps the exact amounts (their sum is the model's total above); the card shows
      // that same total as the model writes it.
      assertEqual(shown, model.kerncijfers.kosten, 'scherm en model');
      // The message says what the file is, for a spreadsheet in another language.
      assert((await page.getByTestId('action-message').textContent()).includes('komma als decimaalteken'), 'melding over het decimaalteken');
    },
  },
  {
    name: 'an exported SVG is valid SVG with the chart\'s title',
    run: async ({ page, origin }) => {
      await openResults(page, origin);
      const figure = page.locator(`figure[data-chart="${CHART_IDS[0]}"]`);
      const { name, text } = await download(page, () => figure.getByRole('button', { name: 'Download SVG' }).click());
      assert(name.endsWith('.svg') && name.includes('gemeente-voorbeeld'), `bestandsnaam ${name}`);
      const parsed = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
      }, text);
      assertEqual(parsed.error, null, 'SVG zonder parseerfout');
      assertEqual(parsed.root, 'svg', 'hoofdelement svg');
      assert(parsed.text.includes('Kosten per jaar per initiatief') && parsed.text.includes('Gemeente Voorbeeld'), 'titel met scenarionaam');
      const [pngFile] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download PNG' }).click()]);
      const bytes = await readFile(await pngFile.path());
      assertEqual(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'PNG-bestand');
      assert(bytes.readUInt32BE(16) >= 1440, `PNG breed genoeg voor een dia: ${bytes.readUInt32BE(16)}`);
    },
  },
  {
    name: 'the programme text names the figures shown and can be copied',
    run: async ({ page, origin, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openResults(page, origin);
      const model = await modelFor(new URL(page.url()).search.slice(1) || SCENARIO);
      // The range follows once the simulation has run (it waits for input to rest).
      await page.getByTestId('programme-text').filter({ hasText: '8 van de 10 uitkomsten' }).waitFor();
      const text = plain(await page.getByTestId('programme-text').textContent()).trim();
      assertEqual(text, model.programma, 'programmatekst zoals het model hem opstelt');
      const cost = plain(await page.getByTestId('kerncijfer-kosten').locator('.headline-value').textContent()).trim();
      assert(text.includes(cost), `noemt de kosten ${cost}`);
      // The scenario's name is not the municipality: "De gemeente Gemeente Voorbeeld" is not written.
      assert(text.startsWith('De gemeente investeert') && !text.includes('Gemeente Voorbeeld'), `scenarionaam niet als gemeente: ${text.slice(0, 60)}`);
      assert(text.includes('Bronnen'), 'noemt de bronnen');
      await page.getByTestId('copy-programme').click();
      await page.getByText('Tekst gekopieerd.').waitFor();
      // Pasted into Word the amounts stay on one line: the no-break characters go along.
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied.includes('€\u00a0'), 'vaste spatie na het euroteken in de gekopieerde tekst');
      assertEqual(plain(copied), text, 'klembord');
    },
  },
  {
    name: 'the share button copies a link that reproduces the scenario',
    run: async ({ page, origin, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openResults(page, origin);
      await page.getByTestId('share').click();
      await page.getByText('De link naar dit scenario is gekopieerd', { exact: false }).waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert(link.includes('/scenario?') && link.includes('k.home-start=20'), `link ${link}`);
      for (const id of CHART_IDS) {
        await openResults(page, origin);
        await page.locator(`figure[data-chart="${id}"]`).getByRole('link', { name: 'Alleen deze grafiek' }).click();
        await page.locator(`figure[data-chart="${id}"] svg`).first().waitFor();
        assertEqual(await page.locator('figure').count(), 1, `${id}: één grafiek op de pagina`);
        assert(page.url().includes(`/grafiek/${id}?`) && page.url().includes('k.home-start=20'), `link ${page.url()}`);
      }
    },
  },
  {
    name: 'a saved scenario survives a reload and an import of its exported file',
    run: async ({ page, origin }) => {
      await openResults(page, origin);
      await page.goto(`${origin}/scenarios?${SCENARIO}`);
      await page.getByTestId('save-current').click();
      await page.getByTestId('saved-list').waitFor();
      await page.reload();
      assert((await page.getByTestId('saved-list').textContent()).includes('Gemeente Voorbeeld'), 'bewaard na herladen');
      const exported = await download(page, () => page.getByRole('button', { name: /downloaden/ }).click());
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByTestId('import-file').setInputFiles({ name: 'scenarios.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) });
      await page.getByTestId('saved-list').waitFor();
      assert((await page.getByTestId('saved-list').textContent()).includes('Gemeente Voorbeeld'), 'terug na inlezen');
      // One scenario is "1 scenario", not "1 scenario('s)".
      await page.getByText('1 scenario ingelezen en bewaard: 1 nieuw, 0 vervangen.').waitFor({ timeout: 3000 });
    },
  },
  {
    name: 'a broken import file gives a Dutch message and leaves the saved scenarios intact',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenarios?${SCENARIO}`);
      await page.getByTestId('save-current').click();
      await page.getByTestId('import-file').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"steunwijzer_scenarios": 1, "scenarios": [') });
      await page.getByText('Niet ingelezen', { exact: false }).waitFor();
      const message = await page.getByTestId('saved-message').textContent();
      assert(message.includes('beschadigd') && message.includes('ongewijzigd'), `melding: ${message}`);
      assertEqual(await page.getByTestId('saved-list').locator('li').count(), 1, 'het bewaarde scenario is er nog');
    },
  },
  {
    name: 'two saved scenarios side by side',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenarios?naam=Bescheiden&k.home-start=10`);
      await page.getByTestId('save-current').click();
      await page.goto(`${origin}/scenarios?naam=Ambitieus&k.home-start=40&k.samen-oplopen=20`);
      await page.getByTestId('save-current').click();
      await page.getByLabel('Bescheiden vergelijken').check();
      await page.getByLabel('Ambitieus vergelijken').check();
      const comparison = page.getByTestId('scenario-comparison');
      await comparison.waitFor();
      const text = plain(await comparison.textContent());
      assert(text.includes((await modelFor('naam=Bescheiden&k.home-start=10')).kerncijfers.kosten), 'kosten bescheiden');
      assert(text.includes((await modelFor('naam=Ambitieus&k.home-start=40&k.samen-oplopen=20')).kerncijfers.kosten), 'kosten ambitieus');
      await comparison.locator('svg').first().waitFor();
    },
  },
  {
    name: 'after one online visit the app loads and works offline',
    context: { serviceWorkers: 'allow' },
    run: async ({ page, origin, context }) => {
      await openResults(page, origin);
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.getByTestId('headlines').waitFor();
      await context.setOffline(true);
      await page.goto(`${origin}/vergelijken`);
      await page.getByTestId('comparison-table').waitFor();
      await page.goto(`${origin}/scenario?k.steunouder=12`);
      await page.getByTestId('headlines').waitFor();
      assertEqual(await page.getByTestId('data-error').count(), 0, 'geen foutmelding offline');
    },
  },
  {
    name: 'printed, the page shows results, charts and every assumption, without menu or inputs',
    run: async ({ page, origin }) => {
      await openResults(page, origin);
      await page.locator('figure.chart svg').nth(CHART_IDS.length - 1).waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const [selector, what] of [['.site-header', 'menu'], ['.builder', 'invoer'], ['.actions', 'knoppen'], ['.chart-tools', 'downloadknoppen']]) {
        assertEqual(await page.locator(selector).first().isVisible(), false, `${what} niet op papier`);
      }
      assert(await page.getByTestId('headlines').isVisible(), 'kerncijfers op papier');
      assertEqual(await page.locator('figure.chart svg').count(), CHART_IDS.length, 'elke grafiek');
      for (const svg of await page.locator('figure.chart svg').all()) assert(await svg.isVisible(), 'grafiek zichtbaar');
      // The assumptions panel is closed on screen; on paper every assumption is there.
      // (One the whole scenario uses: those of initiatives outside it stay off the paper.)
      const assumption = page.getByTestId('assumptions-panel').locator('li.parameter[data-parameter="deadweight"]');
      assert(await assumption.isVisible(), 'aannames uitgeklapt op papier');
      const others = Object.keys(NAMES).filter((slug) => !SCENARIO.includes(`k.${slug}=`));
      const listed = await page.getByTestId('assumptions-panel').locator('li.parameter').evaluateAll((els) => els.map((el) => el.dataset.parameter));
      assertEqual(listed.filter((id) => others.some((slug) => id.endsWith(`.${slug}`))).join(' '), '', 'geen aannames van andere initiatieven');
      const charts = await page.locator('figure.chart').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
      assert(charts.every((b) => b === 'avoid'), `grafieken niet gesplitst: ${charts}`);
      const pdf = await page.pdf({ format: 'A4' });
      assertEqual(pdf.subarray(0, 5).toString(), '%PDF-', 'een PDF');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      // Each assumption prints its reason and what each end of its range rests on.
      assert(pages >= 2 && pages <= 14, `A4-pagina's: ${pages}`);
    },
  },
  {
    name: 'a link to an unknown chart says so and links to the real ones instead of drawing another',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/grafiek/kosten-per-jaar-oud?${SCENARIO}`);
      await page.getByRole('heading', { name: 'Onbekende grafiek' }).waitFor();
      assertEqual(await page.locator('figure').count(), 0, 'geen grafiek getekend');
      const links = page.getByRole('main').getByRole('listitem').getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      assertEqual(hrefs.join(' '), CHART_IDS.map((id) => `/grafiek/${id}`).join(' '), 'een link per grafiek');
      await links.nth(CHART_IDS.length - 1).click();
      const last = CHART_IDS[CHART_IDS.length - 1];
      await page.locator(`figure[data-chart="${last}"] svg`).first().waitFor();
      assert(page.url().includes('k.home-start=20'), `het scenario gaat mee: ${page.url()}`);
    },
  },
  {
    name: 'the slides show every number the user changed, sourced ones too, and the discount rate in use',
    run: async ({ page, origin }) => {
      const changed = `${SCENARIO}&a.discontovoet=0.03&a.kosten_jeugdhulptraject=17000`;
      const presentation = await new PresentationPage(page, origin).goto(slideNumber('bronnen'), changed);
      const rate = page.getByTestId('slide-sources').locator('li').filter({ hasText: 'discontovoet' });
      assertEqual(await rate.count(), 1, 'een regel voor de discontovoet');
      assert((await rate.textContent()).endsWith(': 3% (aangepast)'), `discontovoet zoals gebruikt: ${await rate.textContent()}`);
      assert(!(await page.getByTestId('slide-sources').textContent()).includes('2,25%'), 'niet de standaardwaarde');
      await presentation.goto(slideNumber('bronnen'));
      assert((await rate.textContent()).endsWith(': 2,25%'), `standaard discontovoet uit het parameterbestand: ${await rate.textContent()}`);
      await presentation.goto(slideNumber('aannames'), changed);
      const listed = plain(await page.getByTestId('changed-sources').textContent());
      assert(listed.includes('Kosten van een traject specialistische jeugdhulp'), `aangepaste broncijfers: ${listed}`);
      assert(listed.includes('€ 17.000 per traject (aangepast); in de bron € 15.000 per traject'), `waarde en bronwaarde: ${listed}`);
      assert(listed.includes('Discontovoet') && listed.includes('3% (aangepast)'), `discontovoet: ${listed}`);
      await presentation.goto(slideNumber('aannames'));
      assertEqual(await page.getByTestId('changed-sources').count(), 0, 'zonder aanpassingen geen lijst');
    },
  },
];
