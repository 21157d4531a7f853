// The council member's journey from the December walkthrough: a start page that leads, a guide
// "Welk initiatief past bij uw gezinnen?", what "koppelingen per jaar" means, results per
// initiative, badges that lead to their assumptions, and the working scenario kept across tabs.
import { AXE_CONTEXT, assert, assertEqual, plain, seriousViolations } from './harness.mjs';
import { NAMES, ScenarioPage } from './pages.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function openStart(page, origin) {
  await page.goto(`${origin}/`);
  await page.getByTestId('comparison-table').waitFor();
}

export const tests = [
  {
    name: 'start page: a promise and the next step above the fold, the table still there',
    run: async ({ page, origin }) => {
      await openStart(page, origin);
      const promise = page.getByTestId('promise');
      assert(await promise.count() === 1, 'geen belofte in één regel bovenaan de startpagina');
      const cta = page.getByRole('link', { name: 'Reken uit wat dit uw gemeente kost →' });
      assertEqual(await cta.count(), 1, 'knop naar de volgende stap');
      const box = await cta.boundingBox();
      assert(box && box.y + box.height <= 900, `de volgende stap staat niet boven de vouw (y = ${box?.y})`);
      await cta.click();
      await page.getByTestId('scenario-initiatives').waitFor();
    },
  },
  {
    name: 'start page on a phone: the next step is above the fold too',
    context: PHONE,
    run: async ({ page, origin }) => {
      await openStart(page, origin);
      const box = await page.getByRole('link', { name: 'Reken uit wat dit uw gemeente kost →' }).boundingBox();
      assert(box && box.y + box.height <= 844, `op de telefoon staat de volgende stap op y = ${box?.y}`);
    },
  },
  {
    name: 'guide: young children, parenting questions, at home → Home-Start first, every initiative still named, with its source',
    run: async ({ page, origin }) => {
      await openStart(page, origin);
      const guide = page.getByTestId('guide');
      assertEqual(await guide.getByRole('heading', { name: 'Welk initiatief past bij uw gezinnen?' }).count(), 1, 'kop van de keuzehulp');
      await guide.getByLabel('Leeftijd van de kinderen (jaar)').fill('4');
      await guide.getByLabel('Vooral vragen over opvoeden').check();
      await guide.getByLabel('Een vrijwilliger komt bij het gezin thuis').check();
      const pointers = guide.getByTestId('guide-pointer');
      await page.waitForFunction(() => document.querySelector('[data-testid="guide-pointer"]')?.dataset.initiative === 'home-start');
      assertEqual(await pointers.count(), 4, 'de keuzehulp noemt alle vier de initiatieven');
      for (let i = 0; i < 4; i += 1) {
        const sources = await pointers.nth(i).locator('.guide-source').allTextContents();
        assert(sources.length === 3 && sources.every((s) => s.startsWith('Bron: ')), `wijzer ${i + 1} zonder bron bij elk antwoord: ${sources}`);
      }
      const hosted = guide.locator('[data-testid="guide-pointer"][data-initiative="buurtgezinnen"]');
      assert((await hosted.textContent()).includes('Past minder goed'), 'Buurtgezinnen (gastgezin) heet niet minder passend bij steun thuis');
      await guide.getByTestId('guide-link').click();
      await page.getByTestId('headlines').waitFor();
      for (const [slug, checked] of [['home-start', true], ['samen-oplopen', true], ['buurtgezinnen', false], ['steunouder', false]]) {
        const box = page.getByRole('checkbox', { name: new RegExp(`^${NAMES[slug]}`) });
        assertEqual(await box.isChecked(), checked, `${NAMES[slug]} vooraf gekozen`);
      }
    },
  },
  {
    name: 'guide: the start page with the guide stays free of serious axe violations',
    context: AXE_CONTEXT,
    run: async ({ page, origin }) => {
      await openStart(page, origin);
      await page.getByTestId('guide').waitFor();
      const violations = await seriousViolations(page);
      assertEqual(violations.length, 0, `axe: ${violations.join('; ')}`);
    },
  },
  {
    name: 'matches per year: the field says they are running matches and how many families that is',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      const families = (await scenario.figures()).gezinnen;
      const explained = page.getByTestId('matches-explained-buurtgezinnen');
      await explained.waitFor({ timeout: 3000 });
      const text = (await explained.textContent()).replace(/\s+/g, ' ');
      assert(text.includes('15 lopende koppelingen per jaar'), text);
      assert(text.includes(`ongeveer ${families} verschillende gezinnen`), `${text} (kaart: ${families})`);
      // Explained beside the field, not 1.000 px further down.
      const field = await scenario.matchesField('buurtgezinnen').boundingBox();
      const line = await explained.boundingBox();
      assert(line.y - field.y < 200, `de uitleg staat ${line.y - field.y} px onder het veld`);
    },
  },
  {
    name: 'matches slider: its range lets a hand pick 10 to 30',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      const max = Number(await page.locator('[data-initiative="buurtgezinnen"] input[type="range"]').getAttribute('max'));
      assert(max <= 500, `de schuifregelaar loopt tot ${max}: 15 staat helemaal links`);
    },
  },
  {
    name: 'several initiatives: results per initiative beside the total',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15&k.samen-oplopen=15');
      const figures = await scenario.figures();
      const table = page.getByTestId('per-initiative');
      await table.waitFor({ timeout: 3000 });
      const rows = await table.locator('tbody tr').allTextContents();
      assertEqual(rows.length, 3, 'een rij per initiatief en een rij samen');
      assert(rows[0].includes('Buurtgezinnen') && rows[1].includes('Samen Oplopen'), rows.join(' | '));
      const total = rows[2].replace(/\s/g, ' ');
      assert(total.includes(figures.kosten.replace(/\s/g, ' ')), `totaal ${total} zonder kosten ${figures.kosten}`);
    },
  },
  {
    name: 'badges: "rust op aannames" and "bronnen" lead to what they rest on',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      const badges = page.locator('[data-testid="headlines"] .badge');
      const count = await badges.count();
      assert(count >= 6, `${count} labels`);
      for (let i = 0; i < count; i += 1) {
        const href = await badges.nth(i).getAttribute('href');
        assert(href && href.includes('/aannames') && href.includes('#'), `label ${i + 1} (${await badges.nth(i).textContent()}) leidt nergens heen`);
      }
      await page.locator('[data-testid="kerncijfer-gezinnen"] .badge').click();
      await page.getByTestId('parameter-list').waitFor();
      const target = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
      assert(await page.locator(`[id="${target}"]`).count() === 1, `het doel ${target} bestaat niet op de aannamepagina`);
    },
  },
  {
    name: 'one rounding rule: the cost card and the chart sentence say the same amount',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      const { kosten } = await scenario.figures();
      assert(/\.000$/.test(kosten.replace(/\s/g, ' ')), `kosten tot op de euro: ${kosten}`);
      // The costs chart's sentence names the same total over the years as the card.
      const caption = plain(await scenario.chart('kosten-per-jaar').locator('figcaption').textContent());
      const together = caption.match(/samen (€ [\d.]+) over \d+ jaar/);
      assert(together, `de grafiekzin noemt het totaal: ${caption}`);
      assertEqual(together[1], kosten, 'kostenkaart en grafiekzin');
    },
  },
  {
    name: 'working scenario: opening /scenario without a link brings the last one back, with a way to start afresh',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      await scenario.settledQuery('k.buurtgezinnen=15');
      // A new tab (same browser profile) with the bare address.
      const other = await page.context().newPage();
      const again = await new ScenarioPage(other, origin).open();
      await other.getByTestId('restored-note').waitFor({ timeout: 3000 });
      assertEqual(await again.matchesField('buurtgezinnen').inputValue(), '15', 'koppelingen teruggehaald');
      await other.getByRole('button', { name: 'Opnieuw beginnen' }).click();
      await other.getByTestId('empty-scenario').waitFor({ timeout: 3000 });
      await other.close();
    },
  },
  {
    name: 'working scenario: a new tab on the start page, then the next step, brings the last one back too',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.steunouder=12');
      await scenario.figures();
      await scenario.settledQuery('k.steunouder=12');
      const other = await page.context().newPage();
      await other.goto(`${origin}/`);
      await other.getByRole('link', { name: 'Reken uit wat dit uw gemeente kost →' }).click();
      await other.getByTestId('restored-note').waitFor({ timeout: 3000 });
      assertEqual(await new ScenarioPage(other, origin).matchesField('steunouder').inputValue(), '12', 'koppelingen teruggehaald');
      await other.close();
    },
  },
  {
    name: 'working scenario: a broken stored value gives a Dutch message and an empty scenario, not a blank page',
    run: async ({ page, origin }) => {
      await page.addInitScript(() => localStorage.setItem('steunwijzer.werkscenario', 'k.home-start=abc&k.bestaat-niet=5'));
      await new ScenarioPage(page, origin).open();
      const note = page.getByTestId('restored-note');
      await note.waitFor({ timeout: 3000 });
      const text = await note.textContent();
      assert(text.includes('niet alles') || text.includes('Niet alles'), text);
      assert(text.includes('geen heel getal'), text);
    },
  },
  {
    name: 'phone: a change in the form shows its effect without scrolling to the results',
    context: PHONE,
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      await scenario.matchesField('buurtgezinnen').scrollIntoViewIfNeeded();
      const summary = page.getByTestId('sticky-summary');
      await summary.waitFor({ timeout: 3000 });
      const before = await summary.textContent();
      await scenario.setMatches('buurtgezinnen', '30');
      await page.waitForFunction((b) => document.querySelector('[data-testid="sticky-summary"]').textContent !== b, before, { timeout: 3000 });
      const box = await summary.boundingBox();
      assert(box.y >= 0 && box.y + box.height <= 844, `samenvatting niet in beeld (y = ${box.y})`);
    },
  },
  {
    name: 'assumptions in this scenario: only those of the chosen initiatives and of the whole scenario',
    run: async ({ page, origin }) => {
      await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      const panel = page.getByTestId('assumptions-panel');
      await panel.locator('summary').click();
      const ids = await panel.locator('[data-parameter]').evaluateAll((items) => items.map((li) => li.dataset.parameter));
      assert(ids.includes('duur_koppeling.buurtgezinnen'), `de duur van Buurtgezinnen ontbreekt: ${ids}`);
      const others = ids.filter((id) => /\.(steunouder|home-start|samen-oplopen)$/.test(id));
      assertEqual(others.join(', '), '', 'aannames van initiatieven buiten het scenario');
    },
  },
  {
    name: 'sources list: title, author and year with a link where public, never a file name',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/aannames`);
      const list = page.getByTestId('documents');
      await list.waitFor();
      const text = await list.textContent();
      assert(!/\.txt\b/.test(text), `bestandsnamen in de bronnenlijst: ${text.match(/\S+\.txt/g)}`);
      const addresses = await list.locator('.address').evaluateAll((els) => els.map((el) => el.tagName));
      assert(addresses.length > 0 && addresses.every((tag) => tag === 'A'), `openbare adressen zonder link: ${addresses}`);
    },
  },
  {
    name: 'niet bijgewerkt: while a field holds no valid number the results say they lag behind',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      await scenario.setMatches('buurtgezinnen', 'abc');
      const hint = page.getByTestId('stale-hint');
      await hint.waitFor({ timeout: 3000 });
      assert((await hint.textContent()).includes('Niet bijgewerkt'), await hint.textContent());
      await scenario.setMatches('buurtgezinnen', '20');
      await hint.waitFor({ state: 'detached', timeout: 3000 });
    },
  },
  {
    name: 'per-initiative table: says that all four share one avoided cost per family',
    run: async ({ page, origin }) => {
      // Audit M5: the ranking follows cost and match duration only; a reader must be told.
      await new ScenarioPage(page, origin).open('k.buurtgezinnen=15&k.home-start=15&k.samen-oplopen=15');
      await page.getByTestId('per-initiative').waitFor({ timeout: 3000 });
      const note = await page.getByTestId('per-initiative-note').textContent();
      assert(note.includes('dezelfde vermeden kosten per nieuw bereikt gezin') && note.includes('alleen uit de kosten'), note);
    },
  },
];
