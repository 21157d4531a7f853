// The council's cycle after the vote (issue 26): the municipality's own note beside its figures,
// "Voorspel eerst" in the presentation, and what was realised against what was planned.
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { PresentationPage, SCENARIO as PRESENTED, ScenarioPage, downloadText, modelFor, slideNumber } from './pages.mjs';

const SCENARIO = 'naam=Ambitieus&k.home-start=20&g.naam=Zeist';
const HOSTILE = 'Wij kiezen <b>bewust</b> voor vrijwilligers. <script>window.geraakt=1</script><img src=x onerror="window.geraakt=1">';

/** The note as every surface shows it: its text, and whether any markup from it became an element. */
async function noteOn(page) {
  const note = page.getByTestId('eigen-toelichting').first();
  await note.waitFor();
  return {
    text: plain(await note.textContent()),
    elements: await note.locator('b, script, img').count(),
    hit: await page.evaluate(() => window.geraakt === 1),
  };
}

function assertAsText(shown, where) {
  assert(shown.text.includes('Wij kiezen <b>bewust</b> voor vrijwilligers. <script>'), `${where}: ${shown.text}`);
  assert(shown.text.includes('Contact: Anna de Vries, beleidsadviseur jeugd, a.devries@zeist.nl'), `${where}: ${shown.text}`);
  assert(shown.text.includes('Eigen tekst van de gemeente'), `${where}: niet als eigen tekst gemarkeerd`);
  assertEqual(shown.elements, 0, `${where}: opmaak uit de toelichting werd HTML`);
  assertEqual(shown.hit, false, `${where}: script uit de toelichting liep`);
}

export const tests = [
  {
    name: 'the municipality’s own note with markup in it shows as text on the page, the slide, both embeds and paper, and travels in the link',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(SCENARIO);
      await page.locator('#gemeente-toelichting').fill(HOSTILE);
      await page.locator('#gemeente-contact').fill('Anna de Vries');
      await page.locator('#gemeente-functie').fill('beleidsadviseur jeugd');
      await page.locator('#gemeente-email').fill('a.devries@zeist.nl');
      await page.locator('#gemeente-email').blur();
      const query = await scenario.settledQuery('g.email=');
      assertAsText(await noteOn(page), 'scenariopagina');
      // Under the figures: after the headline cards in the results.
      const below = await page.evaluate(() => {
        const cards = document.querySelector('[data-testid="headlines"]');
        const note = document.querySelector('[data-testid="eigen-toelichting"]');
        return Boolean(cards.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert(below, 'de toelichting staat onder de kerncijfers');
      await page.emulateMedia({ media: 'print' });
      assert(await page.getByTestId('eigen-toelichting').first().isVisible(), 'de toelichting op papier');
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${origin}/presenteren?${query}&dia=${slideNumber('gemeente')}`);
      await page.getByTestId('dia-gemeente').waitFor();
      assertAsText(await noteOn(page), 'dia');
      for (const embed of ['kerncijfers', 'cumulatief']) {
        await page.goto(`${origin}/inbedden/${embed}?${query}`);
        assertAsText(await noteOn(page), `ingesloten ${embed}`);
      }
      // Opened again from the link: the fields hold the text as typed.
      await new ScenarioPage(page, origin).open(query);
      assertEqual(await page.locator('#gemeente-toelichting').inputValue(), HOSTILE, 'toelichting uit de link');
      assertEqual(await page.getByTestId('link-messages').count(), 0, 'niets weggelaten');
    },
  },
  {
    name: 'a note too long or a wrong e-mail address gets a Dutch message naming the field, and the rest of the scenario is kept',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(`${SCENARIO}&g.toelichting=Kort.`);
      const note = page.locator('#gemeente-toelichting');
      await note.fill('x'.repeat(601));
      await page.getByTestId('gemeente-fout-toelichting').filter({ hasText: 'Toelichting van de gemeente: ten hoogste 600 tekens (nu 601).' }).waitFor();
      assertEqual(await note.getAttribute('aria-invalid'), 'true', 'veld gemarkeerd');
      assertEqual(await note.inputValue(), 'x'.repeat(601), 'wat getypt is blijft staan');
      const email = page.locator('#gemeente-email');
      await email.fill('anna bij zeist');
      await email.blur();
      await page.getByTestId('gemeente-fout-email').filter({ hasText: 'is geen e-mailadres' }).waitFor();
      await page.locator('#gemeente-contact').fill('Anna');
      const query = await scenario.settledQuery('g.contact=Anna');
      assert(query.includes('g.toelichting=Kort.') && !query.includes('g.email'), `link houdt de vorige toelichting, geen e-mail: ${query}`);
      assert(query.includes('k.home-start=20') && query.includes('g.naam=Zeist'), query);
      // The same from a link: named, the rest kept.
      await new ScenarioPage(page, origin).open(`${SCENARIO}&g.toelichting=${'y'.repeat(650)}&g.email=geen-adres`);
      const messages = plain(await page.getByTestId('link-messages').textContent());
      assert(messages.includes('‘Toelichting van de gemeente’ in de link was langer dan 600 tekens en is ingekort.'), messages);
      assert(messages.includes('E-mailadres van de contactpersoon: ‘geen-adres’ is geen e-mailadres'), messages);
      assertEqual(await page.locator('#gemeente-naam').inputValue(), 'Zeist', 'gemeente bewaard');
      await page.getByTestId('headlines').waitFor();
    },
  },
  {
    name: 'axe-core finds no serious violation in the note’s fields with an error, nor in the note on the slide',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open(`${SCENARIO}&g.toelichting=Wij%20kiezen%20bewust.&g.contact=Anna`);
      await page.getByTestId('eigen-toelichting').first().waitFor();
      await page.locator('#gemeente-email').fill('fout');
      await page.locator('#gemeente-email').blur();
      await page.getByTestId('gemeente-fout-email').filter({ hasText: 'geen e-mailadres' }).waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
      await page.goto(`${origin}/presenteren?${SCENARIO}&g.toelichting=Wij%20kiezen%20bewust.&dia=${slideNumber('gemeente')}`);
      await page.getByTestId('eigen-toelichting').waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten op de dia');
    },
  },
  {
    name: '“Voorspel eerst”, switched on, asks before the key figures; → reveals the answer on the same slide, the next step goes on',
    run: async ({ page, origin }) => {
      const at = slideNumber('kerncijfers');
      const presentation = new PresentationPage(page, origin);
      await presentation.goto(at - 1);
      const total = await presentation.count();
      // The presenter switches it on: one slide more, and the link says so.
      await page.getByTestId('voorspel-aan').click();
      await page.waitForFunction(() => location.search.includes('voorspel=1'));
      assertEqual(await presentation.count(), total + 1, 'één dia meer');
      assertEqual(await page.getByTestId('voorspel-aan').getAttribute('aria-pressed'), 'true', 'knop staat aan');
      await page.keyboard.press('ArrowRight');
      const slide = page.getByTestId('dia-voorspel');
      await slide.locator('h1', { hasText: 'Bij hoeveel van de 100 gezinnen moet het werken om de kosten terug te verdienen?' }).waitFor();
      assertEqual(await presentation.current(), at, 'de vraag staat vlak voor de kerncijfers');
      const answer = page.getByTestId('voorspel-antwoord');
      assertEqual(plain(await answer.textContent()).trim(), '', 'het antwoord nog niet te zien');
      assertEqual(await answer.getAttribute('aria-live'), 'polite', 'het antwoord wordt voorgelezen');
      // The first → shows the answer, on the same slide.
      await page.keyboard.press('ArrowRight');
      const card = (await modelFor(PRESENTED)).kerncijfers['break-even'];
      await answer.locator('.predict-value').waitFor();
      const shown = plain(await answer.textContent());
      assertEqual(plain(await answer.locator('.predict-value').textContent()), card.charAt(0).toUpperCase() + card.slice(1), 'zoals de kaart Terugverdiend als');
      assert(shown.includes((await modelFor(PRESENTED)).break_even), shown);
      assert(shown.includes('Berekend bij de standaardwaarden.'), shown);
      assertEqual(await presentation.current(), at, 'nog op dezelfde dia');
      // The next goes on (PageDown, as a clicker sends).
      await page.keyboard.press('PageDown');
      await presentation.counter.filter({ hasText: `Dia ${at + 1} van ${total + 1}` }).waitFor();
      assert(page.url().includes('voorspel=1'), 'de link houdt het aan');
      // Back: the question again, answer hidden; the button steps like the keys.
      await page.keyboard.press('ArrowLeft');
      await slide.waitFor();
      assertEqual(plain(await answer.textContent()).trim(), '', 'terug: het antwoord weer verborgen');
      const next = page.getByRole('button', { name: 'Volgende →' });
      await next.click();
      await answer.locator('.predict-value').waitFor();
      await next.click();
      await presentation.counter.filter({ hasText: `Dia ${at + 1} van` }).waitFor();
      // Switched off: the key figures stay on screen under their old number.
      await page.getByTestId('voorspel-aan').click();
      await presentation.counter.filter({ hasText: `Dia ${at} van ${total}` }).waitFor();
      assert(!page.url().includes('voorspel'), page.url());
    },
  },
  {
    name: '“Voorspel eerst” with a changed assumption says the answer is at the chosen assumptions; axe finds no serious violation',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      const query = `${PRESENTED}&a.discontovoet=0.05`;
      const presentation = await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'), `${query}&voorspel=1`);
      await page.getByTestId('dia-voorspel').waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten bij de vraag');
      await page.getByRole('button', { name: 'Toon het antwoord' }).click();
      const answer = page.getByTestId('voorspel-antwoord');
      await answer.locator('.predict-basis', { hasText: 'Berekend bij de gekozen aannames (1 aangepast).' }).waitFor();
      assertEqual(await presentation.current(), slideNumber('kerncijfers'), 'nog op de vraag');
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten bij het antwoord');
    },
  },
  {
    name: 'realised figures typed from an annual report show planned against realised, a chart, a model estimate labelled as such, a paragraph and a CSV, and travel in the link',
    run: async ({ page, origin }) => {
      // Years long past, so every year has begun whatever the date.
      const query = 'naam=Ambitieus&jaar=2020&looptijd=4&k.home-start=20&k.samen-oplopen=10&g.naam=Zeist';
      const scenario = await new ScenarioPage(page, origin).open(query);
      const panel = page.getByTestId('gerealiseerd');
      await panel.getByTestId('gerealiseerd-invoer').waitFor();
      assertEqual(await panel.getByTestId('gerealiseerd-invoer').locator('tbody tr').count(), 8, 'twee initiatieven, vier begonnen jaren');
      await page.locator('#gerealiseerd-home-start-2020-koppelingen').fill('18');
      await page.locator('#gerealiseerd-home-start-2020-koppelingen').press('Tab');
      await page.locator('#gerealiseerd-home-start-2020-kosten').fill('95.000');
      await page.locator('#gerealiseerd-home-start-2020-kosten').press('Tab');
      const linked = await scenario.settledQuery('r.home-start.2020=18,,,95000');
      const said = plain(await panel.getByTestId('gerealiseerd-zinnen').textContent());
      assert(said.includes('Er zijn 18 koppelingen gemaakt: 2 minder dan gepland (20; 10% minder).'), said);
      assert(said.includes('De werkelijke kosten waren € 95.000'), said);
      assert(said.includes('Home-Start: ') && said.includes('per gerealiseerde koppeling, gepland'), said);
      assert(said.includes('modelschatting, geen gemeten effect, bij de standaardwaarden'), said);
      const row = plain(await panel.getByTestId('gerealiseerd-tabel').locator('tbody tr').first().textContent());
      assert(row.startsWith('Home-Start 2020') && row.includes('18') && row.includes('€ 95.000'), row);
      assert(await panel.locator('.realised-chart svg title', { hasText: 'Koppelingen: gepland en gerealiseerd' }).count() === 1, 'een grafiek');
      const paragraph = plain(await panel.getByTestId('verantwoording').textContent());
      assert(paragraph.startsWith('Verantwoording 2020. De gemeente Zeist financierde'), paragraph);
      assert(paragraph.includes('modelschatting, geen gemeten effect'), paragraph);
      const csv = await downloadText(page, () => panel.getByTestId('export-gerealiseerd-csv').click());
      const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert(lines[0].startsWith('Jaar;Initiatief;Koppelingen gepland;Koppelingen gerealiseerd'), lines[0]);
      assert(lines.some((l) => l.startsWith('2020;"Home-Start";20;18;')), csv);
      // Bad input: named, the scenario and the link as they were.
      const families = page.locator('#gerealiseerd-home-start-2021-gezinnen');
      await families.fill('-3');
      await families.press('Tab');
      await panel.getByTestId('gerealiseerd-fouten').filter({ hasText: 'Home-Start, 2021, bereikte gezinnen: een aantal of bedrag kan niet negatief zijn.' }).waitFor();
      assertEqual(await families.getAttribute('aria-invalid'), 'true', 'veld gemarkeerd');
      const hours = page.locator('#gerealiseerd-samen-oplopen-2020-uren');
      await hours.fill('veel');
      await hours.press('Tab');
      await panel.getByTestId('gerealiseerd-fouten').filter({ hasText: 'Samen Oplopen 2020, vrijwilligersuren' }).waitFor();
      assertEqual(new URL(page.url()).search.slice(1), linked, 'de link bleef gelijk');
      // Opened from the link: the same figures, and a year outside the scenario named.
      await new ScenarioPage(page, origin).open(`${linked}&r.home-start.2031=5`);
      const messages = plain(await page.getByTestId('link-messages').textContent());
      assert(messages.includes('Gerealiseerde cijfers voor Home-Start in ‘2031’ in de link vallen buiten de looptijd van het scenario (2020–2023)'), messages);
      assertEqual(await page.locator('#gerealiseerd-home-start-2020-koppelingen').inputValue(), '18', 'uit de link');
      await page.getByTestId('gerealiseerd-zinnen').waitFor();
      // The slide "Wat is er gerealiseerd?" follows the municipality's, with the same sentences.
      await page.goto(`${origin}/presenteren?${linked}&dia=${slideNumber('gemeente') + 1}`);
      const slide = page.getByTestId('dia-gerealiseerd');
      await slide.locator('svg').waitFor();
      assertEqual(await slide.locator('svg title', { hasText: 'Koppelingen: gepland en gerealiseerd' }).count(), 1, 'de grafiek op de dia');
      // Slide type: the chart's smallest text is still at least 24 px on screen (slide rule).
      const smallest = await slide.locator('svg text').evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
      assert(smallest >= 24, `kleinste tekst in de grafiek op de dia: ${smallest}px`);
      assert(plain(await slide.textContent()).includes('Er zijn 18 koppelingen gemaakt: 2 minder dan gepland (20; 10% minder).'), 'zinnen op de dia');
    },
  },
  {
    name: 'on a 1280×720 projector the slide "Wat is er gerealiseerd?" keeps its sentences above the stamp and its chart type at 24 px or more',
    context: { viewport: { width: 1280, height: 720 } },
    run: async ({ page, origin }) => {
      const query = 'naam=Ambitieus&jaar=2020&looptijd=4&k.home-start=20&g.naam=Zeist&r.home-start.2020=18,30,1200,95000';
      await page.goto(`${origin}/presenteren?${query}&dia=${slideNumber('gemeente') + 1}`);
      const slide = page.getByTestId('dia-gerealiseerd');
      await slide.locator('svg').waitFor();
      const last = await slide.locator('.realised-sentences li').last().boundingBox();
      const stamp = await page.locator('.slide-stamp').boundingBox();
      assert(last.y + last.height <= stamp.y + 1, `de laatste zin (tot ${Math.round(last.y + last.height)} px) loopt onder de stempel (vanaf ${Math.round(stamp.y)} px)`);
      const smallest = await slide.locator('svg text').evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
      assert(smallest >= 24, `kleinste tekst in de grafiek op de dia: ${smallest}px`);
    },
  },
  {
    name: 'every copy button puts its own text on the clipboard and says so; refused, it says what to select by hand',
    run: async ({ page, origin, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const query = 'naam=Ambitieus&jaar=2020&looptijd=4&k.home-start=20&g.naam=Zeist&r.home-start.2020=18,,,95000';
      await new ScenarioPage(page, origin).open(query);
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      // [button, the text it copies, what it says]
      const buttons = [
        ['copy-verantwoording', 'verantwoording', 'Tekst gekopieerd.'],
        ['copy-amendement-tekst', 'amendement-tekst', 'Tekst gekopieerd.'],
        ['copy-programmapunt', 'programmapunt', 'Tekst gekopieerd.'],
        ['copy-begroting', null, 'Tabel gekopieerd.'],
      ];
      for (const [button, source, said] of buttons) {
        await page.getByTestId(button).click();
        await page.getByTestId(button).locator('xpath=following-sibling::span[@role="status"][1]').filter({ hasText: said }).waitFor();
        const copied = await clipboard();
        if (source) assertEqual(plain(copied).trim(), plain(await page.getByTestId(source).textContent()).trim(), `${button}: het klembord`);
        else assert(copied.startsWith('Jaar\t') && copied.includes('Totaal\t'), `${button}: de tabel, tab-gescheiden: ${copied.slice(0, 80)}`);
      }
      await page.getByTestId('embed').click();
      await page.getByTestId('copy-embed').click();
      await page.getByText('Code gekopieerd.', { exact: false }).waitFor();
      assertEqual(await clipboard(), await page.getByTestId('embed-snippet').inputValue(), 'de code op het klembord');
      // A browser that refuses the clipboard: the message says what to select and copy by hand.
      await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('geweigerd')); });
      await page.getByTestId('copy-begroting').click();
      await page.getByText('Kopiëren lukte niet: selecteer de tabel en kopieer hem zelf.').waitFor();
      await page.getByTestId('copy-verantwoording').click();
      await page.getByText('Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.').first().waitFor();
    },
  },
  {
    name: 'a scenario whose first year lies ahead says no year has begun; axe finds no serious violation in the realised view',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      const next = new Date().getFullYear() + 1;
      await new ScenarioPage(page, origin).open(`jaar=${next}&k.home-start=20`);
      const empty = plain(await page.getByTestId('gerealiseerd-leeg').textContent());
      assert(empty.includes(`Nog geen jaar van dit scenario is begonnen (het eerste jaar is ${next})`), empty);
      await new ScenarioPage(page, origin).open('jaar=2020&looptijd=2&k.home-start=20&r.home-start.2020=18,20,400,95000');
      await page.getByTestId('gerealiseerd-zinnen').waitFor();
      await page.locator('#gerealiseerd-home-start-2021-koppelingen').fill('-1');
      await page.locator('#gerealiseerd-home-start-2021-koppelingen').press('Tab');
      await page.getByTestId('gerealiseerd-fouten').filter({ hasText: 'negatief' }).waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
    },
  },
];
