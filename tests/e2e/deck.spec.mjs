// The alderman's deck: a presentation that says what is proposed, reads from the back of the
// council chamber on a 1280×720 projector, behaves in full screen, prints as a handout, and a
// scenario print that starts with the proposal.
import { readFile } from 'node:fs/promises';
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { IDS, PresentationPage, SCENARIO, modelFor, slideNumber } from './pages.mjs';

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

/** Every scenario initiative, and a name as long as a council's real ones get. */
const FOUR = 'k.buurtgezinnen=12&k.steunouder=10&k.home-start=20&k.samen-oplopen=10';
const LONG_NAME = `naam=${encodeURIComponent('Gemeente Súdwest-Fryslân — collegevoorstel informele gezinssteun, na het amendement')}`;
const FOUR_LONG = `${LONG_NAME}&${FOUR}`;

const parameterFile = JSON.parse(await readFile('assets/data/parameters.json', 'utf8'));
/** Parameter id → its entry in the parameter file (label, unit, low, high, status). */
const PARAMETERS = Object.fromEntries(parameterFile.parameters.map((p) => [p.id, p]));
const UNITS = Object.fromEntries(parameterFile.units.map((u) => [u.id, u]));

/** A number as the page writes it, from the parameter file's raw value and unit format. */
function shown(value, unit) {
  const nl = (v) => v.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  switch (UNITS[unit].format) {
    case 'eur': return `€ ${nl(value)}`;
    case 'share': case 'percent': return `${nl(value * 100)}%`;
    case 'years': case 'whole_years': return `${nl(value)} jaar`;
    case 'hours': return `${nl(value)} uur`;
    default: return nl(value);
  }
}

/** Every text of the slide as the room sees it (the chart's SVG text included, the screen
 * reader's caption not): its line boxes on screen and its size as rendered. */
async function slideTexts(page) {
  return page.locator('.slide').evaluate((slide) => {
    const out = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || el.closest('figcaption')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest('svg');
      if (svg) px *= svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.width.baseVal.value);
      out.push({ text, px, rects: rects.map((r) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom })) });
    }
    return out;
  });
}

/** Pairs of texts whose boxes overlap (more than a sliver: a line box is a little taller than
 * its letters). */
function overlaps(texts) {
  const found = [];
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      for (const a of texts[i].rects) {
        for (const b of texts[j].rects) {
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > 2 && h > 0.3 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) found.push(`"${texts[i].text}" × "${texts[j].text}"`);
        }
      }
    }
  }
  return [...new Set(found)];
}

/** What is wrong with the slide shown at 1280×720: text under 24 px, text over text, text cut
 * off or outside the slide, content that needs scrolling. */
async function slideProblems(page, n) {
  const problems = [];
  const texts = await slideTexts(page);
  for (const t of texts.filter((t) => t.px < MIN_PX - 0.05)) problems.push(`dia ${n}: "${t.text.slice(0, 50)}" is ${t.px.toFixed(1)} px`);
  for (const pair of overlaps(texts)) problems.push(`dia ${n}: tekst over tekst: ${pair}`);
  for (const t of texts.filter((t) => t.text.endsWith('…'))) problems.push(`dia ${n}: afgebroken: "${t.text}"`);
  const area = await page.locator('.slide-area').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, scroll: el.scrollHeight, visible: el.clientHeight };
  });
  if (area.scroll > area.visible + 1) problems.push(`dia ${n} past niet: ${area.scroll} px in ${area.visible} px`);
  for (const t of texts) {
    if (t.rects.some((r) => r.x0 < area.x0 - 1 || r.x1 > area.x1 + 1 || r.y1 > area.y1 + 1)) problems.push(`dia ${n}: buiten de dia: "${t.text.slice(0, 50)}"`);
  }
  problems.push(...(await overflowing(page, '.slide h1, .slide h2, .slide p, .slide li, .slide dt, .slide dd, .slide th, .slide td')).map((w) => `dia ${n}: loopt uit haar vak: ${w}`));
  return problems;
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
      const model = await modelFor(PROPOSAL);
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
      const model = await modelFor(PROPOSAL);
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
        const text = (await slideText(page)).replaceAll(EXPLAINED, '').replaceAll(EXPLAINED[0].toLowerCase() + EXPLAINED.slice(1), '');
        const found = text.match(JARGON);
        assert(!found, `dia ${n} (${IDS.dias[n - 1]}): "${found?.[0]}" in "${text.slice(Math.max(0, (found?.index ?? 0) - 60), (found?.index ?? 0) + 60)}"`);
      }
    },
  },
  {
    // Smoke test: where its labels go (never over the line or each other, at any size) is
    // checked natively over the chart's layout (src/charts/net_vs_share.rs, `at_any_size_…`).
    name: 'the net-result slide draws its chart with the central point named and its summary for screen readers',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      await new PresentationPage(page, origin).goto(slideNumber('grafiek-netto-resultaat'), PROPOSAL);
      await page.locator('.slide figure.chart svg').waitFor();
      const svgText = await slideText(page);
      assert(svgText.includes('centrale aanname'), 'het centrale punt heeft een label');
      const summary = (await page.locator('.slide figure.chart figcaption').textContent()).trim();
      assert(summary.startsWith('Bij de centrale aanname'), `de samenvatting: ${summary}`);
    },
  },
  {
    name: 'the sensitivity slide draws the largest assumptions as bars and names or counts the rest, at 24 px, without scrolling',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const presentation = new PresentationPage(page, origin);
      const n = slideNumber('grafiek-gevoeligheid');
      for (const query of [PROPOSAL, SCENARIO, FOUR]) {
        const bars = (await modelFor(query)).gevoeligheid.staven;
        await presentation.goto(n, query);
        await page.locator('.slide figure.chart svg').waitFor();
        const text = plain(await slideText(page));
        const lower = (label) => label[0].toLowerCase() + label.slice(1);
        // Named whole, or one quantity for several initiatives together ("duur van een
        // koppeling – Buurtgezinnen, Steunouder").
        const named = (label) => {
          if (text.includes(label) || text.includes(lower(label))) return true;
          const [base, initiative] = label.split(' – ');
          return Boolean(initiative) && text.split(/; |: /).some((item) => item.includes(`${lower(base)} – `) && item.includes(initiative));
        };
        // From the back of the room the largest few are read as bars with their values: at
        // least three are drawn (a row label starts with its capital, a name in the list not).
        const largest = bars.slice(0, 3).map((bar) => PARAMETERS[bar.id].label).filter((label) => !text.includes(label));
        assertEqual(largest.join(' | '), '', `${query}: de grootste aannames staan niet als staaf op de dia`);
        // The rest is named, or counted with the way to all of them.
        const counted = text.includes('alle op de scenariopagina');
        const missing = bars.map((bar) => PARAMETERS[bar.id].label).filter((label) => !named(label) && !counted);
        assertEqual(missing.join(' | '), '', `${query}: aannames die het saldo bewegen maar niet op de dia staan (${bars.length} in totaal)`);
        // Its type of at least 24 px is checked natively over the layout (src/charts/tornado.rs).
        const [scroll, visible] = await page.locator('.slide-area').evaluate((el) => [el.scrollHeight, el.clientHeight]);
        assert(scroll <= visible + 1, `${query}: de dia past niet: ${scroll} px in ${visible} px`);
      }
    },
  },
  {
    name: 'the assumptions slide gives each chosen assumption its value beside its label, its range and what it rests on',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const presentation = new PresentationPage(page, origin);
      for (const [query, chosen] of [[PROPOSAL, ['buurtgezinnen']], [FOUR, ['buurtgezinnen', 'steunouder', 'home-start', 'samen-oplopen']], ['k.home-start=20', ['home-start']]]) {
        await presentation.goto(slideNumber('aannames'), query);
        const rows = page.locator('.slide-assumptions tbody tr');
        await rows.first().waitFor();
        const expected = parameterFile.parameters
          .filter((p) => p.status === 'aanname' && p.adjustable !== false)
          .filter((p) => { const slug = p.id.split('.')[1]; return !slug || chosen.includes(slug); })
          .map((p) => p.id);
        const read = await rows.evaluateAll((trs) => trs.map((tr) => {
          const [label, value, range, basis] = [...tr.children];
          const box = (el) => el.getBoundingClientRect();
          const textRight = (el) => { const r = document.createRange(); r.selectNodeContents(el); return Math.max(...[...r.getClientRects()].map((c) => c.right)); };
          return {
            ids: tr.dataset.parameter.split(' '),
            label: label.textContent.trim(),
            value: value.textContent.trim(),
            range: range.textContent.replace(/\u00a0/g, ' ').trim(),
            basis: basis.textContent.trim(),
            gap: box(value).left - box(label).right,
            labelWidth: box(label).width,
            px: Math.min(...[label, value, range, basis].map((c) => parseFloat(getComputedStyle(c).fontSize))),
          };
        }));
        assertEqual(read.flatMap((r) => r.ids).sort().join(', '), expected.sort().join(', '), `${query}: de aannames van de gekozen initiatieven, geen andere`);
        for (const row of read) {
          for (const id of row.ids) {
            const p = PARAMETERS[id];
            const [base, initiative] = p.label.split(' – ');
            assert(row.label === p.label || (row.label.startsWith(`${base} – `) && row.label.includes(initiative)), `${id}: het label ${row.label}`);
            // An amount keeps its euro sign with a narrow no-break space; compare the words.
            const value = row.value.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2060/g, '');
            assert(value.startsWith(shown(p.value, p.unit)), `${id}: de waarde ${row.value}, niet ${shown(p.value, p.unit)}`);
            assertEqual(row.range, `${shown(p.low, p.unit)} – ${shown(p.high, p.unit)}`, `${id}: de bandbreedte`);
            // What it rests on: the documents it cites, by the short name the slide gives them.
            const cited = (p.references || []).map((r) => r.document);
            assert(cited.length ? !/^geen bron$/.test(row.basis) : row.basis === 'geen bron', `${id}: waarop het rust: ${row.basis}`);
          }
          assert(row.gap < 40, `${row.ids}: de waarde staat naast het label (${Math.round(row.gap)} px ertussen)`);
          assert(row.px >= MIN_PX, `${row.ids}: ${row.px} px`);
        }
        const problems = await slideProblems(page, query);
        assertEqual(problems.join('\n'), '', 'de dia leest en past');
      }
    },
  },
  {
    name: 'the handout prints each chart\'s summary under it, while the slides keep it for screen readers only',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const model = await modelFor(PROPOSAL);
      await new PresentationPage(page, origin).goto(CHART_SLIDES[0], PROPOSAL);
      const onSlide = page.locator('.slide figure.chart figcaption');
      await page.locator('.slide figure.chart svg').waitFor();
      const hidden = await onSlide.evaluate((el) => el.getBoundingClientRect().width <= 1);
      assert(hidden, 'op de dia alleen voor schermlezers');
      await page.goto(`${origin}/presenteren/hand-out?${PROPOSAL}`);
      await page.locator('.handout figure.chart svg').nth(CHART_SLIDES.length - 1).waitFor();
      await page.emulateMedia({ media: 'print' });
      const captions = page.locator('.handout figure.chart figcaption');
      assertEqual(await captions.count(), CHART_SLIDES.length, 'een samenvatting per grafiek');
      for (const caption of await captions.all()) {
        const [visible, text, px, width] = await caption.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return [r.width > 100 && r.height > 10 && getComputedStyle(el).visibility !== 'hidden', el.textContent.trim(), parseFloat(getComputedStyle(el).fontSize), r.width];
        });
        assert(visible, `de samenvatting staat op papier: ${text.slice(0, 60)} (${Math.round(width)} px breed)`);
        assert(text.length > 30 && px >= 12, `leesbaar: ${px} px, "${text.slice(0, 60)}"`);
        const under = await caption.evaluate((el) => el.getBoundingClientRect().top >= el.closest('figure').querySelector('svg').getBoundingClientRect().bottom - 1);
        assert(under, 'onder de grafiek');
      }
      const net = plain(await captions.nth(CHART_SLIDES.indexOf(slideNumber('grafiek-netto-resultaat'))).textContent());
      assert(net.includes(model.kerncijfers.netto), `de samenvatting noemt het netto van de kaart ${model.kerncijfers.netto}: ${net}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assertEqual(pages, IDS.dias.length, 'nog steeds een A4-pagina per dia');
    },
  },
  {
    name: 'with four initiatives and a long name every slide reads at 1280×720: nothing over anything, nothing cut, nothing under 24 px',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      const presentation = new PresentationPage(page, origin);
      const problems = [];
      for (let n = 1; n <= IDS.dias.length; n += 1) {
        await presentation.goto(n, FOUR_LONG);
        if (CHART_SLIDES.includes(n)) await page.locator('.slide figure.chart svg').waitFor();
        if (n === slideNumber('kerncijfers')) await waitForSettledHeadlines(page);
        problems.push(...(await slideProblems(page, `${n} (${IDS.dias[n - 1]})`)));
      }
      assertEqual(problems.join('\n'), '', 'elke dia leesbaar');
    },
  },
  {
    name: 'in full screen the presenter bar hides until the pointer moves, says how to leave, and closing leaves full screen',
    context: PROJECTOR,
    run: async ({ page, origin }) => {
      // Playwright's clock: time runs as usual, but the bar's rest timer can be jumped over.
      await page.clock.install();
      await new PresentationPage(page, origin).goto(slideNumber('titel'), PROPOSAL);
      const bar = page.getByTestId('presentation-bar');
      const rest = () => page.clock.fastForward(3500); // longer than the bar's rest time
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
      await rest();
      await bar.waitFor({ state: 'hidden' });
      // A keyboard user brings it back with Tab and lands in it.
      await page.keyboard.press('Tab');
      await bar.waitFor({ state: 'visible' });
      assert(await bar.evaluate((el) => el.contains(document.activeElement)), 'Tab zet de focus in de balk');
      // Longer than the bar's rest time: the page marks the bar as resting, yet with the focus
      // in it, it stays.
      await rest();
      await page.locator('.presentation.bar-hidden').waitFor({ state: 'attached' });
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
      const breaks = await page.locator('.handout-page').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
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
      const model = await modelFor(PROPOSAL);
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
