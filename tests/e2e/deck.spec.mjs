// The alderman's deck: a presentation that says what is proposed, reads from the back of the
// council chamber on a 1280×720 projector, behaves in full screen, prints as a handout, and a
// scenario print that starts with the proposal.
import { AXE_CONTEXT, assert, assertEqual, seriousViolations } from './harness.mjs';
import { IDS, PresentationPage, modelFor, slideNumber } from './pages.mjs';

/** The shared link of the walkthrough: one initiative, its number also in the (long) name. */
const PROPOSAL = 'naam=Gemeente%20Voorbeeld%20%E2%80%94%2015%20Buurtgezinnen&k.buurtgezinnen=15';
const PROJECTOR = { viewport: { width: 1280, height: 720 } };
const CHART_SLIDES = IDS.grafieken.map((chart) => chart.dia);
/** Words an audience in the chamber does not know; allowed only beside plain words. */
const JARGON = /P10|P50|P90|contante waarde|deadweight|nominaal|break-even|mediaan/i;
/** The one label with a term in brackets after its plain words (from the parameter file). */
const EXPLAINED = 'Wat ook zonder koppeling was gebeurd (deadweight)';
/** Smallest type an audience reads from 8 m on a 720p projector (CSS pixels as rendered). */
const MIN_PX = 24;

/** Every text of the chart on the slide, with its size as rendered (SVG units scaled to the
 * pixels the SVG gets on screen), and the chart's width beside the slide's inner width. */
async function chartText(page) {
  const svg = page.locator('.slide figure.chart svg');
  await svg.waitFor();
  return svg.evaluate((el) => {
    const drawn = el.viewBox.baseVal?.width || el.width.baseVal.value;
    const box = el.getBoundingClientRect();
    const k = box.width / drawn;
    const area = document.querySelector('.slide-area');
    const style = getComputedStyle(area);
    const inner = area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const texts = [...el.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * k }))
      .filter((t) => t.text);
    return { texts, width: box.width, inner };
  });
}

/** Text of the slide as the room sees it, the chart's SVG text included; the chart's summary
 * for screen readers (a visually hidden caption on a slide) left out. */
async function slideText(page) {
  return page.locator('.slide').evaluate((el) => {
    const copy = el.cloneNode(true);
    for (const caption of copy.querySelectorAll('figcaption')) caption.remove();
    return copy.textContent.replace(/\s+/g, ' ');
  });
}

/** Elements of `selector` whose content is wider than their box (cut off or running out). */
async function overflowing(page, selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.className || el.tagName}: ${el.textContent.trim().slice(0, 60)} (${el.scrollWidth} > ${el.clientWidth})`));
}

async function waitForSettledHeadlines(page) {
  // The ranges follow once the simulation has run (the input rests for 150 ms first).
  await page.locator('.slide-headlines').filter({ hasText: '8 van de 10' }).waitFor();
}

export const tests = [
  {
    name: 'the title slide says what is proposed: matches per year, initiative, years and cost',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const model = modelFor(PROPOSAL);
      assertEqual(
        model.voorstel,
        `Voorstel: 15 koppelingen per jaar via Buurtgezinnen, 2027–2030, ${model.kerncijfers.kosten}`,
        'het voorstel in één zin, met de kosten van de kaart',
      );
      await new PresentationPage(page, origin).goto(slideNumber('titel'), PROPOSAL);
      const proposal = page.getByTestId('proposal');
      await proposal.filter({ hasText: model.voorstel }).waitFor();
      assertEqual((await proposal.textContent()).replace(/\u00a0/g, ' ').trim(), model.voorstel, 'de titeldia noemt het voorstel');
      const px = await proposal.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert(px >= 32, `het voorstel is groot genoeg voor de zaal: ${px} px`);
    },
  },
  {
    name: 'at 1280×720 every chart slide uses the slide\'s width, its text is at least 24 px and no title is cut off',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const presentation = new PresentationPage(page, origin);
      for (const n of CHART_SLIDES) {
        await presentation.goto(n, PROPOSAL);
        const { texts, width, inner } = await chartText(page);
        assert(width >= 0.95 * inner, `dia ${n}: grafiek ${Math.round(width)} px breed van ${Math.round(inner)} px`);
        const small = texts.filter((t) => t.px < MIN_PX - 0.05);
        assert(!small.length, `dia ${n}: tekst kleiner dan ${MIN_PX} px: ${small.slice(0, 5).map((t) => `"${t.text}" ${t.px.toFixed(1)} px`).join('; ')}`);
        const cut = texts.filter((t) => t.text.endsWith('…'));
        assert(!cut.length, `dia ${n}: afgebroken tekst: ${cut.map((t) => t.text).join('; ')}`);
        const [scroll, visible] = await page.locator('.slide-area').evaluate((el) => [el.scrollHeight, el.clientHeight]);
        assert(scroll <= visible + 1, `dia ${n} past niet: ${scroll} px inhoud in ${visible} px`);
      }
      for (let n = 1; n <= IDS.dias.length; n += 1) {
        await presentation.goto(n, PROPOSAL);
        const wide = await overflowing(page, '.slide h1, .slide h2, .slide p, .slide li, .slide dt, .slide dd');
        assert(!wide.length, `dia ${n}: tekst loopt uit haar vak: ${wide.join('; ')}`);
      }
    },
  },
  {
    name: 'the key-figures slide shows one number and one plain range per card, in type the room can read',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('kerncijfers'), PROPOSAL);
      await waitForSettledHeadlines(page);
      const model = modelFor(PROPOSAL);
      const cards = await page.locator('.slide-headlines .headline').evaluateAll((els) => els.map((el) => ({
        parts: [...el.children].map((c) => ({ cls: c.className, text: c.textContent.trim(), px: parseFloat(getComputedStyle(c).fontSize) })),
      })));
      assertEqual(cards.length, IDS.kerncijfers.length, 'een kaart per kerncijfer');
      cards.forEach((card, i) => {
        const values = card.parts.filter((p) => p.cls.includes('headline-value'));
        assertEqual(values.length, 1, `kaart ${i + 1}: één getal`);
        const id = IDS.kerncijfers[i];
        assertEqual(values[0].text.replace(/\u00a0/g, ' ').replace(/\u2060/g, ''), model.kerncijfers[id], `kaart ${id}: het getal van de scenariopagina`);
        const rest = card.parts.filter((p) => !p.cls.includes('headline-value') && !p.cls.includes('headline-label'));
        assert(rest.length <= 1, `kaart ${id}: hooguit één regel onder het getal: ${rest.map((p) => p.text).join(' | ')}`);
        for (const line of rest) {
          assert(!/[;·]/.test(line.text) && !/aanname|bron|standaardwaarde/i.test(line.text), `kaart ${id}: een gewone bandbreedte, geen toelichting: ${line.text}`);
          assert((line.text.match(/\d[\d.,]*/g) || []).length <= 4, `kaart ${id}: één bandbreedte: ${line.text}`);
        }
        for (const part of card.parts) assert(part.px >= MIN_PX, `kaart ${id}: "${part.text}" is ${part.px} px`);
      });
      const sentence = page.locator('.slide .break-even');
      const px = await sentence.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert(px >= MIN_PX, `de zin onder de kaarten: ${px} px`);
      const [scroll, visible] = await page.locator('.slide-area').evaluate((el) => [el.scrollHeight, el.clientHeight]);
      assert(scroll <= visible + 1, `kerncijfers passen niet: ${scroll} px in ${visible} px`);
    },
  },
  {
    name: 'no slide uses jargon an audience does not know without plain words',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const presentation = new PresentationPage(page, origin);
      const all = 'naam=Gemeente%20Voorbeeld&k.buurtgezinnen=12&k.home-start=20&k.samen-oplopen=10';
      for (let n = 1; n <= IDS.dias.length; n += 1) {
        await presentation.goto(n, all);
        if (CHART_SLIDES.includes(n)) await page.locator('.slide figure.chart svg').waitFor();
        if (n === slideNumber('kerncijfers')) await waitForSettledHeadlines(page);
        const text = (await slideText(page)).replaceAll(EXPLAINED, '');
        const found = text.match(JARGON);
        assert(!found, `dia ${n} (${IDS.dias[n - 1]}): "${found?.[0]}" in "${text.slice(Math.max(0, (found?.index ?? 0) - 60), (found?.index ?? 0) + 60)}"`);
      }
    },
  },
  {
    name: 'in full screen the presenter bar hides until the pointer moves, says how to leave, and closing leaves full screen',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('titel'), PROPOSAL);
      const bar = page.getByTestId('presentation-bar');
      const toggle = bar.getByRole('button', { name: /Volledig scherm/ });
      await toggle.click();
      await page.waitForFunction(() => document.fullscreenElement !== null);
      // The pointer rests after the click: the audience sees the slide only.
      await bar.waitFor({ state: 'hidden' });
      await page.mouse.move(200, 200);
      await page.mouse.move(640, 650);
      await bar.waitFor({ state: 'visible' });
      assertEqual((await toggle.textContent()).trim(), 'Volledig scherm verlaten (Esc)', 'de knop zegt hoe je het volledig scherm verlaat');
      assertEqual(await toggle.getAttribute('aria-pressed'), 'true', 'de knop staat aan');
      // Resting again hides it again.
      await bar.waitFor({ state: 'hidden' });
      // A keyboard user brings it back with Tab and lands in it.
      await page.keyboard.press('Tab');
      await bar.waitFor({ state: 'visible' });
      assert(await bar.evaluate((el) => el.contains(document.activeElement)), 'Tab zet de focus in de balk');
      // Longer than the bar's rest time: with the focus in it, it stays.
      await page.waitForTimeout(3500);
      assert(await bar.isVisible(), 'de balk blijft zolang de focus erin staat');
      await page.mouse.move(400, 400);
      await bar.getByRole('button', { name: /Sluiten/ }).click();
      await page.getByTestId('headlines').waitFor();
      assertEqual(await page.evaluate(() => document.fullscreenElement), null, 'na sluiten geen volledig scherm meer');
      assertEqual(new URL(page.url()).pathname, '/scenario', 'terug op de scenariopagina');
    },
  },
  {
    name: 'a handout prints every slide, one per A4 landscape page',
    context: { ...PROJECTOR, ...AXE_CONTEXT },
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('titel'), PROPOSAL);
      await page.getByTestId('presentation-bar').getByRole('link', { name: /Hand-out/ }).click();
      const slides = page.locator('.handout .slide');
      await slides.nth(IDS.dias.length - 1).waitFor();
      assertEqual(await slides.count(), IDS.dias.length, 'elke dia in de hand-out');
      assert(new URL(page.url()).search.includes('k.buurtgezinnen=15'), `het scenario gaat mee: ${page.url()}`);
      await page.locator('.handout figure.chart svg').nth(CHART_SLIDES.length - 1).waitFor();
      await page.locator('.handout .slide-headlines').filter({ hasText: '8 van de 10' }).waitFor();
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten in de hand-out');
      await page.emulateMedia({ media: 'print' });
      assertEqual(await page.locator('.handout-tools').isVisible(), false, 'geen knoppen op papier');
      const breaks = await slides.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
      assert(breaks.slice(0, -1).every((b) => b === 'page'), `een dia per pagina: ${breaks}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
      assertEqual(pages, IDS.dias.length, 'A4-pagina\'s: een per dia');
      const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
      assert(box, 'paginaformaat in de PDF');
      const [w, h] = [Number(box[1]), Number(box[2])];
      assert(Math.abs(w - 842) < 2 && Math.abs(h - 595) < 2, `A4 liggend (842 × 595 pt): ${w} × ${h}`);
    },
  },
  {
    name: 'the printed scenario starts with the proposal, the date and the link, leaves out other initiatives\' assumptions and cuts nothing off',
    // The width an A4 page gives between margins of 15 mm: 180 mm at 96 dpi.
    context: { viewport: { width: 680, height: 960 } },
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${PROPOSAL}`);
      await page.getByTestId('headlines').waitFor();
      const model = modelFor(PROPOSAL);
      await page.emulateMedia({ media: 'print' });
      const header = page.getByTestId('print-header');
      assert(await header.isVisible(), 'een kop op papier');
      const first = await page.locator('main').evaluate((main) => {
        const visible = [...main.querySelectorAll('*')].find((el) => el.getClientRects().length && el.textContent.trim() && getComputedStyle(el).visibility !== 'hidden');
        return visible?.closest('[data-testid="print-header"]') !== null;
      });
      assert(first, 'de kop staat bovenaan');
      const text = (await header.textContent()).replace(/\u00a0/g, ' ');
      assert(text.includes(model.voorstel), `het voorstel: ${text}`);
      assert(/Afgedrukt op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/.test(text), `de datum: ${text}`);
      const link = new URL(text.match(/https?:\/\/\S+/)?.[0] ?? 'http://x/');
      assertEqual(link.pathname, '/scenario', `de link naar het scenario: ${text}`);
      assert(link.search.includes('k.buurtgezinnen=15'), `de link houdt het scenario: ${link}`);
      await page.emulateMedia({ media: 'screen' });
      assertEqual(await header.isVisible(), false, 'op het scherm geen afdrukkop');
      await page.emulateMedia({ media: 'print' });
      // Only Buurtgezinnen is chosen: its duration is listed, the others' are not.
      const items = page.getByTestId('assumptions-panel').locator('li.parameter');
      const shown = await items.evaluateAll((els) => els.filter((el) => el.getClientRects().length).map((el) => el.dataset.parameter));
      assert(shown.includes('duur_koppeling.buurtgezinnen'), `de aannames van Buurtgezinnen: ${shown.join(', ')}`);
      const others = shown.filter((id) => /\.(steunouder|home-start|samen-oplopen)$/.test(id));
      assertEqual(others.join(', '), '', 'geen aannames van initiatieven buiten het scenario');
      const clipped = await overflowing(page, 'main .headline, main .headlines, main .chart, main table, main .programme, main .badge, main');
      assertEqual(clipped.join('; '), '', 'niets afgesneden of buiten zijn vak');
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(pageWidth <= 680, `de pagina blijft binnen A4: ${pageWidth} px`);
    },
  },
  {
    name: 'an empty scenario presents what to do first, not empty charts',
    context: { ...PROJECTOR, ...AXE_CONTEXT },
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/presenteren`);
      const empty = page.getByTestId('presentation-empty');
      await empty.waitFor();
      assertEqual(await page.locator('.presentation figure.chart, .presentation svg').count(), 0, 'geen lege grafieken');
      const links = await empty.getByRole('link').evaluateAll((as) => as.map((a) => new URL(a.href)));
      assert(links.some((l) => l.pathname === '/scenario'), 'een link naar het scenario');
      assert(links.some((l) => l.pathname === '/presenteren' && l.search.includes('k.')), 'een voorbeeld om te presenteren');
      assertEqual((await seriousViolations(page)).join('\n'), '', 'toegankelijkheidsfouten');
      await empty.getByRole('link', { name: /voorbeeld/i }).click();
      await page.getByTestId('proposal').waitFor();
      assertEqual(await page.getByTestId('presentation-empty').count(), 0, 'het voorbeeld heeft dia\'s');
      await page.keyboard.press('Escape');
      await page.getByTestId('headlines').waitFor();
    },
  },
];
