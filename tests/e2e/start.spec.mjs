// The council member's way in (issue 13, walkthrough persona 1 items 15–17 and the phone checks):
// a sourced sense of scale for "15 koppelingen", one header on every route with the current step
// marked and a home link, badges that lead to each initiative's own assumption, the guide's note
// on Buurtgezinnen and Steunouder, the minimum warning beside its field, and a phone with touch
// targets of 44 px and a bottom bar that leaves the footer readable.
import { readFile } from 'node:fs/promises';
import { assert, assertEqual, plain as plainSpaces, settle } from './harness.mjs';
import { MENU_ROUTES, NAMES, ScenarioPage } from './pages.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const reference = JSON.parse(await readFile('assets/data/gemeente.json', 'utf8'));
const parameters = JSON.parse(await readFile('assets/data/parameters.json', 'utf8'));
const SLUGS = Object.keys(NAMES);
const ALL_FOUR = SLUGS.map((slug) => `k.${slug}=15`).join('&');

/** Plain text with its white space collapsed, as a sentence reads. */
const plain = (text) => plainSpaces(text).replace(/\s+/g, ' ').trim();

/** Whether the example's own counts (matches per year, families, children) are in `text`. */
function namesItsCounts(example, text) {
  const counts = [...(example.koppelingen_per_jaar ?? []), example.gezinnen, example.kinderen].filter((n) => n !== undefined);
  return text.includes(example.gemeente) && counts.every((n) => new RegExp(`\\b${n}\\b`).test(text));
}

/** Waits (up to 3 s; the theme scrolls smoothly) until `id` has the focus and is in view. */
async function settledOn(page, id) {
  await page.waitForFunction((target) => {
    const el = document.getElementById(target);
    const top = el?.getBoundingClientRect().top;
    return document.activeElement === el && top >= 0 && top < innerHeight;
  }, id, { timeout: 3000 }).catch(() => {});
}

export const tests = [
  {
    name: 'scale: the start page shows how many matches other municipalities run, each with its source',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/`);
      const section = page.getByTestId('scale-examples');
      await section.waitFor({ timeout: 3000 });
      const items = (await section.locator('li').allTextContents()).map(plain);
      assertEqual(items.length, reference.voorbeelden.length, 'een regel per voorbeeld uit gemeente.json');
      for (const example of reference.voorbeelden) {
        const line = items.find((item) => item.startsWith(example.gemeente));
        assert(line && namesItsCounts(example, line), `${example.gemeente} ontbreekt of zonder zijn aantallen: ${items.join(' | ')}`);
        assert(/Bron: RTV Drenthe/.test(line), `${example.gemeente} zonder bron: ${line}`);
      }
    },
  },
  {
    name: 'scale: beside the matches the same examples, and with Uw gemeente filled in the panel\'s matches per 1.000 young people',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15&g.naam=Zeist&g.inwoners=40000&g.jeugdigen=8000');
      await scenario.figures();
      const hint = page.getByTestId('scale-hint');
      await hint.waitFor({ timeout: 3000 });
      const items = (await hint.locator('li').allTextContents()).map(plain);
      assert(reference.voorbeelden.every((e) => items.some((item) => namesItsCounts(e, item) && item.includes('Bron: '))), items.join(' | '));
      // Near the field the user just typed in, inside the form.
      const field = await scenario.matchesField('buurtgezinnen').boundingBox();
      const box = await hint.boundingBox();
      assert(box.y > field.y && box.y - field.y < 450, `"Veel of weinig?" staat ${Math.round(box.y - field.y)} px onder het veld`);
      assert(await hint.evaluate((el) => Boolean(el.closest('.builder'))), 'niet in het formulier');
      // The same figure as the panel Uw gemeente shows, not computed a second way.
      const panel = page.getByTestId('gemeente-schaal');
      const perThousand = await panel.evaluate((dl) => {
        const dt = [...dl.querySelectorAll('dt')].find((d) => d.textContent.includes('per 1.000 jeugdigen'));
        return dt?.nextElementSibling?.textContent.trim();
      });
      assert(perThousand, 'het paneel Uw gemeente noemt geen koppelingen per 1.000 jeugdigen');
      const own = plain(await page.getByTestId('own-scale').textContent());
      assert(own.includes(`${perThousand} per 1.000 jeugdigen`), `${own} (paneel: ${perThousand})`);
      assert(own.includes('per 10.000 inwoners') && own.includes('Zeist') && own.includes('eigen cijfers'), own);
    },
  },
  {
    name: 'scale: without the municipality\'s figures the hint says where to fill them in and leads there',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      const own = page.getByTestId('own-scale');
      await own.waitFor({ timeout: 3000 });
      assert(plain(await own.textContent()).includes('Uw gemeente'), await own.textContent());
      await page.getByTestId('to-municipality').click();
      const focused = await page.evaluate(() => document.activeElement?.id);
      assertEqual(focused, 'gemeente-jeugdigen', 'de focus na "Naar Uw gemeente"');
    },
  },
  {
    name: 'header: the same height and layout on every route at 1366, 1280 and 390 px, exactly one current step where the page is in the menu',
    run: async ({ page, origin }) => {
      const routes = [
        ['/', '/vergelijken'], ['/vergelijken', '/vergelijken'], ['/scenario?k.buurtgezinnen=15', '/scenario'],
        ['/aannames', '/aannames'], ['/scenarios', '/scenarios'], ['/toegankelijkheid', null],
      ];
      for (const width of [1366, 1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const seen = [];
        for (const [route, current] of routes) {
          await page.goto(`${origin}${route}`);
          await page.locator('nav.main-nav').waitFor();
          const shape = await page.evaluate(() => {
            const header = document.querySelector('.site-header').getBoundingClientRect();
            const items = [...document.querySelectorAll('nav.main-nav a')].map((a) => a.getBoundingClientRect());
            return {
              height: Math.round(header.height * 10) / 10,
              rows: new Set(items.map((r) => Math.round(r.top))).size,
              lefts: items.map((r) => Math.round(r.left)).join(','),
              current: [...document.querySelectorAll('nav.main-nav [aria-current]')].map((a) => new URL(a.href).pathname),
            };
          });
          assertEqual(shape.current.join(','), current ?? '', `${width} px, ${route}: het huidige menu-item`);
          seen.push({ route, ...shape });
        }
        const first = seen[0];
        for (const other of seen.slice(1)) {
          assert(Math.abs(other.height - first.height) < 0.5, `${width} px: de kop is op ${other.route} ${other.height} px hoog, op / ${first.height} px`);
          assertEqual(`${other.rows} rijen, ${other.lefts}`, `${first.rows} rijen, ${first.lefts}`, `${width} px: het menu op ${other.route} staat anders dan op /`);
        }
        if (width >= 1280) assertEqual(first.rows, 1, `${width} px: het menu staat niet op één rij`);
      }
    },
  },
  {
    name: 'header: "Steunwijzer" leads home from every page',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/aannames`);
      const home = page.locator('.site-header').getByRole('link', { name: /^Steunwijzer/ });
      assertEqual(await home.count(), 1, 'de naam in de kop is een link');
      await home.click();
      await page.getByTestId('promise').waitFor({ timeout: 3000 });
      assertEqual(new URL(page.url()).pathname, '/', 'de naam leidt naar de startpagina');
    },
  },
  {
    name: 'badges: with all four initiatives each one\'s own assumption is a link, and it lands there in view with the focus',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open(ALL_FOUR);
      await scenario.figures();
      // Every per-initiative figure: one link per initiative, to that initiative's own parameter.
      for (const [card, prefix] of [['kosten', 'kosten_per_koppeling'], ['gezinnen', 'duur_koppeling'], ['vrijwilligersuren', 'vrijwilligersuren']]) {
        const links = page.getByTestId(`kerncijfer-${card}`).getByTestId('badge-initiatives').locator('a');
        const found = await links.evaluateAll((as) => as.map((a) => [a.dataset.initiative, decodeURIComponent(new URL(a.href).hash.slice(1)), a.textContent.trim()]));
        assertEqual(found.map(([slug]) => slug).join(','), SLUGS.join(','), `${card}: een link per initiatief`);
        for (const [slug, hash, text] of found) {
          assertEqual(hash, `parameter-${prefix}.${slug}`, `${card}: de link bij ${text}`);
          assert(parameters.parameters.some((p) => `parameter-${p.id}` === hash), `${hash} is geen parameter`);
          assertEqual(text, NAMES[slug], `${card}: de naam bij ${hash}`);
        }
      }
      // The label itself leads to the group that holds the four.
      const main = new URL(await page.getByTestId('kerncijfer-gezinnen').locator('a.badge').getAttribute('href'), origin);
      const group = parameters.parameters.find((p) => p.id === 'duur_koppeling.buurtgezinnen').group;
      assertEqual(main.hash, `#groep-${group}`, 'het label zelf');
      for (const slug of SLUGS) {
        await page.getByTestId('kerncijfer-gezinnen').locator(`[data-testid="badge-initiatives"] a[data-initiative="${slug}"]`).click();
        const target = `parameter-duur_koppeling.${slug}`;
        await page.getByTestId('parameter-list').waitFor();
        await settledOn(page, target);
        const where = await page.evaluate((id) => {
          const el = document.getElementById(id);
          const r = el?.getBoundingClientRect();
          return { exists: Boolean(el), focused: document.activeElement?.id ?? '', top: r?.top, bottom: r?.bottom, height: innerHeight };
        }, target);
        assert(where.exists, `${target} bestaat niet op /aannames`);
        assertEqual(where.focused, target, `${NAMES[slug]}: de focus na de link`);
        assert(where.top >= 0 && where.top < where.height, `${NAMES[slug]}: het doel staat niet in beeld (top ${where.top})`);
        await page.goBack();
        await page.getByTestId('headlines').waitFor();
      }
    },
  },
  {
    name: 'badges: opened in a new tab, the link still lands on its assumption with the focus',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/aannames?k.samen-oplopen=15#parameter-duur_koppeling.samen-oplopen`);
      await page.getByTestId('parameter-list').waitFor();
      await settledOn(page, 'parameter-duur_koppeling.samen-oplopen');
      const where = await page.evaluate(() => ({ focused: document.activeElement?.id ?? '', top: document.getElementById('parameter-duur_koppeling.samen-oplopen').getBoundingClientRect().top }));
      assertEqual(where.focused, 'parameter-duur_koppeling.samen-oplopen', 'de focus');
      assert(where.top >= 0 && where.top < 900, `niet in beeld (top ${where.top})`);
    },
  },
  {
    name: 'guide: pre-selecting Buurtgezinnen and Steunouder says, as the scenario does, that most municipalities choose one',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/`);
      const guide = page.getByTestId('guide');
      await guide.waitFor();
      assertEqual(await guide.getByTestId('guide-notice').count(), 0, 'geen melding voordat er iets is gekozen');
      await guide.getByLabel('Het kind is af en toe te gast bij een ander gezin').check();
      const link = guide.getByTestId('guide-link');
      await page.waitForFunction(() => document.querySelector('[data-testid="guide-link"]').href.includes('k.steunouder'));
      const href = await link.getAttribute('href');
      assert(href.includes('k.buurtgezinnen') && href.includes('k.steunouder'), href);
      const note = guide.getByTestId('guide-notice');
      await note.waitFor({ timeout: 3000 });
      const said = plain(await note.textContent());
      await link.click();
      const notices = page.getByTestId('notices');
      await notices.waitFor({ timeout: 3000 });
      const onScenario = (await notices.locator('li').allTextContents()).map(plain);
      assert(onScenario.includes(said), `keuzehulp: ${said}\n  scenario: ${onScenario.join(' | ')}`);
      // Back on the start page, choosing "at home" instead drops the note.
      await page.goBack();
      await page.getByTestId('guide').getByLabel('Een vrijwilliger komt bij het gezin thuis').check();
      await page.getByTestId('guide-notice').waitFor({ state: 'detached', timeout: 3000 });
    },
  },
  {
    name: 'minimum: "minstens 10 koppelingen" appears beside the matches field, not only far below',
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=5&looptijd=1');
      await scenario.figures();
      const beside = page.getByTestId('field-notices-buurtgezinnen');
      await beside.getByText(/minstens 10 koppelingen/).waitFor({ timeout: 3000 });
      const field = await scenario.matchesField('buurtgezinnen').boundingBox();
      const box = await beside.boundingBox();
      assert(box.y > field.y && box.y - field.y < 250, `de melding staat ${Math.round(box.y - field.y)} px onder het veld`);
      assert(plain(await beside.textContent()).includes('Bron: '), 'zonder bron');
      // Typing up to the minimum takes it away at once.
      await scenario.setMatches('buurtgezinnen', '10');
      await beside.getByText(/minstens 10 koppelingen/).waitFor({ state: 'detached', timeout: 3000 });
    },
  },
  {
    name: 'phone: each initiative\'s check box, and each check box under it, stands beside its words, not alone on a line above them',
    context: PHONE,
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?k.buurtgezinnen=15`);
      await page.locator('.choice').first().waitFor();
      const misplaced = await page.locator('.choice').evaluateAll((choices) => choices.map((choice) => {
        const box = choice.querySelector('input[type="checkbox"]').getBoundingClientRect();
        const name = choice.querySelector('.choice-name').getBoundingClientRect();
        const middle = box.top + box.height / 2;
        return middle >= name.top && middle <= name.bottom && box.right <= name.left ? null : `${choice.dataset.initiative}: vakje ${Math.round(box.top)}–${Math.round(box.bottom)}, naam ${Math.round(name.top)}–${Math.round(name.bottom)}`;
      }).filter(Boolean));
      // The same for the check boxes under a chosen initiative ("Per jaar instellen (opbouw)").
      misplaced.push(...await page.locator('.matches-editor label.toggle').evaluateAll((toggles) => toggles.map((label) => {
        const box = label.querySelector('input[type="checkbox"]').getBoundingClientRect();
        const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
        const range = document.createRange();
        range.selectNodeContents(text);
        const lines = [...range.getClientRects()];
        const [first, last] = [lines[0], lines[lines.length - 1]];
        const middle = box.top + box.height / 2;
        // Beside the words (which may wrap to a second line), not on a line above them.
        return middle >= first.top && middle <= last.bottom && box.right <= first.left + 1 ? null : `‘${text.textContent.trim()}’: vakje ${Math.round(box.top)}, tekst ${Math.round(first.top)}–${Math.round(last.bottom)}`;
      }).filter(Boolean)));
      assertEqual(misplaced.join('; '), '', 'vinkje naast de naam');
    },
  },
  {
    name: 'phone: every check box, radio, field, button, disclosure, menu link and badge link is a touch target of at least 44 px',
    context: PHONE,
    run: async ({ page, origin }) => {
      await page.clock.install(); // for `settle`
      const small = [];
      for (const route of [...MENU_ROUTES.map(([address]) => address), '/scenario?k.buurtgezinnen=15&k.samen-oplopen=10']) {
        await page.goto(`${origin}${route}`);
        await page.locator('nav.main-nav').waitFor();
        await settle(page);
        small.push(...await page.evaluate((where) => {
          const found = [];
          const visible = (el) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
          // What a finger can hit: a box or radio counts with its label when the label is the target.
          const targetOf = (el) => {
            if (el.matches('input[type="checkbox"], input[type="radio"]')) {
              const label = el.closest('label') ?? (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`));
              if (label) return label;
            }
            return el;
          };
          const selector = 'input:not([type="hidden"]), select, textarea, button, summary, nav.main-nav a, .site-header a.brand, a.button-link, a.badge, .badge-initiatives a';
          for (const el of document.querySelectorAll(selector)) {
            if (!visible(el) || el.closest('[aria-hidden="true"]:not(input)')) continue;
            const box = targetOf(el).getBoundingClientRect();
            if (box.height < 43.5 || box.width < 43.5) {
              const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.type;
              found.push(`${where}: ${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${name.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
            }
          }
          return found;
        }, route));
      }
      assert(small.length === 0, `kleiner dan 44 px:\n  ${small.join('\n  ')}`);
    },
  },
  {
    name: 'phone: scrolled to the bottom of the scenario, the footer\'s last line is above the bar with the figures',
    context: PHONE,
    run: async ({ page, origin }) => {
      const scenario = await new ScenarioPage(page, origin).open('k.buurtgezinnen=15');
      await scenario.figures();
      const bar = page.getByTestId('sticky-summary');
      await bar.waitFor({ timeout: 3000 });
      // Scrolled to the end as a thumb does it: the charts below the figures are laid out only
      // once they come near the screen (content-visibility), so the page may grow on the way.
      // Instantly: the theme scrolls smoothly, which would still be under way when measured.
      await page.evaluate(async () => {
        for (let height = -1, i = 0; height !== document.documentElement.scrollHeight && i < 20; i += 1) {
          height = document.documentElement.scrollHeight;
          window.scrollTo({ top: height, behavior: 'instant' });
          // The next frame lays out what came near the screen.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
      });
      const where = await page.evaluate(() => {
        const footer = document.querySelector('.site-footer');
        const last = footer.lastElementChild.getBoundingClientRect();
        const bar = document.querySelector('[data-testid="sticky-summary"]').getBoundingClientRect();
        return { lastBottom: last.bottom, barTop: bar.top };
      });
      assert(where.lastBottom <= where.barTop, `de laatste regel van de voet (onderkant ${Math.round(where.lastBottom)}) ligt onder de balk (bovenkant ${Math.round(where.barTop)})`);
    },
  },
];
