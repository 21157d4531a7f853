// Walks the three journeys of the December walkthrough (council member, alderman, party staff)
// and the phone, the way a person would click through them, and saves a screenshot of every step
// in target/walk/ for a person to look at. Not a test: it asserts nothing and is not run by
// run.mjs (no `.spec.` in the name). After a build: `node tests/e2e/walk.mjs`.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, serveStatic, settle, waitForApp } from './harness.mjs';

const OUT = 'target/walk';
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PROJECTOR = { viewport: { width: 1280, height: 720 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

await mkdir(OUT, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
const shots = [];

/** Runs one journey in a fresh context; `step(name)` saves what is on screen now. */
async function journey(name, options, walk) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  await page.clock.install(); // for `settle`: each shot shows the page once it has reacted
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const step = async (label, { full = false } = {}) => {
    const path = `${OUT}/${name}-${String(shots.length).padStart(2, '0')}-${label}.png`;
    await settle(page);
    await page.screenshot({ path, fullPage: full });
    shots.push(path);
  };
  const open = async (path) => {
    await page.goto(server.origin + path);
    await waitForApp(page);
  };
  try {
    await walk({ page, step, open });
  } catch (error) {
    console.log(`${name}: stopped at ${page.url()}: ${error.message}`);
    await step('stopped');
  }
  if (errors.length) console.log(`${name}: page errors: ${errors.join('; ')}`);
  await context.close();
}

await journey('raadslid', DESKTOP, async ({ page, step, open }) => {
  await open('/');
  await step('start');
  const guide = page.getByTestId('guide');
  await guide.scrollIntoViewIfNeeded();
  await guide.getByLabel('Leeftijd van de kinderen (jaar)').fill('9');
  await guide.getByLabel('Een vrijwilliger komt bij het gezin thuis').check();
  await step('keuzehulp');
  await page.getByRole('link', { name: 'Reken uit wat dit uw gemeente kost →' }).click();
  await page.getByTestId('scenario-initiatives').waitFor();
  await step('scenario-leeg');
  await page.getByRole('checkbox', { name: /^Buurtgezinnen/ }).check();
  await page.getByLabel('Buurtgezinnen: koppelingen per jaar', { exact: true }).fill('15');
  await page.getByTestId('headlines').waitFor();
  await step('buurtgezinnen-15');
  await step('buurtgezinnen-15-heel', { full: true });
  await page.getByRole('checkbox', { name: /^Samen Oplopen/ }).check();
  await page.getByTestId('per-initiative').scrollIntoViewIfNeeded();
  await step('per-initiatief');
  await page.locator('a.badge').first().click();
  await page.waitForURL(/aannames/);
  await step('badge-naar-aanname');
});

await journey('wethouder', PROJECTOR, async ({ page, step, open }) => {
  await open('/scenario?naam=Gemeente%20Voorbeeld&k.buurtgezinnen=15&g.naam=Zeist&g.inwoners=66000&g.jeugdigen=14000');
  await page.getByTestId('headlines').waitFor();
  await step('gedeelde-link');
  await open('/presenteren?naam=Gemeente%20Voorbeeld&k.buurtgezinnen=15&g.naam=Zeist&g.inwoners=66000&g.jeugdigen=14000&dia=1');
  const counter = page.getByTestId('slide-counter');
  await counter.waitFor();
  const count = Number((await counter.textContent()).match(/van (\d+)/)[1]);
  for (let n = 1; n <= count; n += 1) {
    await step(`dia-${n}`);
    await page.keyboard.press('ArrowRight');
  }
  await open('/presenteren/hand-out?naam=Gemeente%20Voorbeeld&k.buurtgezinnen=15');
  await page.emulateMedia({ media: 'print' });
  await step('hand-out-afdruk', { full: true });
});

await journey('partij', DESKTOP, async ({ page, step, open }) => {
  for (const [naam, query] of [['Bescheiden', 'k.home-start=10'], ['Ambitieus', 'k.home-start=25&k.samen-oplopen=15']]) {
    await open(`/scenario?naam=${naam}&${query}`);
    await page.getByTestId('headlines').waitFor();
    await page.getByRole('link', { name: /Scenario's vergelijken/ }).click();
    await page.getByTestId('save-current').click();
    await page.getByTestId('saved-message').filter({ hasText: naam }).waitFor();
  }
  for (const naam of ['Bescheiden', 'Ambitieus']) await page.getByLabel(`${naam} vergelijken`, { exact: true }).check();
  await page.getByTestId('scenario-comparison').scrollIntoViewIfNeeded();
  await step('vergelijking');
  await step('vergelijking-heel', { full: true });
  await open('/scenario?naam=Ambitieus&k.home-start=25&k.samen-oplopen=15&g.naam=Zeist');
  await page.getByTestId('programme-text').scrollIntoViewIfNeeded();
  await step('programmatekst');
});

await journey('telefoon', PHONE, async ({ page, step, open }) => {
  await open('/');
  await step('start');
  await open('/scenario?k.buurtgezinnen=15&k.home-start=10');
  await page.getByTestId('headlines').waitFor();
  await step('scenario');
  await page.getByLabel('Buurtgezinnen: koppelingen per jaar', { exact: true }).fill('25');
  await step('na-typen');
  await page.locator('figure[data-chart]').first().scrollIntoViewIfNeeded();
  await step('grafiek');
  await step('scenario-heel', { full: true });
});

// The council annex (issue 26 part 2): from the scenario's actions, on screen, on paper and on a phone.
for (const [name, options] of [['bijlage', DESKTOP], ['bijlage-telefoon', PHONE]]) {
  await journey(name, options, async ({ page, step, open }) => {
    await open('/scenario?naam=Gemeente%20Voorbeeld&k.home-start=20&k.samen-oplopen=10&a.deadweight=0.1&g.naam=Zeist');
    await page.getByTestId('headlines').waitFor();
    await page.getByRole('button', { name: 'Bijlage bij raadsvoorstel' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="annex-copy"]')?.disabled);
    // The router brings the new page to its top once it is drawn.
    await page.waitForFunction(() => window.scrollY < 50);
    await step('scherm');
    await step('heel', { full: true });
    await page.emulateMedia({ media: 'print' });
    await step('afdruk', { full: true });
  });
}

// After the vote (issue 26): the municipality's own note and the realised figures on the scenario
// page, "Voorspel eerst" before the key figures, the realised slide and the annex with both.
const AFTER_VOTE = 'naam=Ambitieus&jaar=2024&looptijd=4&k.home-start=20&g.naam=Zeist'
  + '&g.toelichting=Wij%20starten%20met%20Home-Start%20in%20twee%20wijken.&g.contact=Anna%20de%20Vries'
  + '&g.functie=beleidsadviseur%20jeugd&g.email=a.devries%40zeist.nl&r.home-start.2024=18,30,1200,95000';
for (const [name, options] of [['na-besluit', DESKTOP], ['na-besluit-beamer', PROJECTOR], ['na-besluit-telefoon', PHONE]]) {
  await journey(name, options, async ({ page, step, open }) => {
    await open(`/scenario?${AFTER_VOTE}`);
    await page.getByTestId('gerealiseerd').scrollIntoViewIfNeeded();
    await step('gerealiseerd');
    await page.getByTestId('eigen-toelichting').first().scrollIntoViewIfNeeded();
    await step('toelichting');
    await open(`/presenteren?${AFTER_VOTE}&voorspel=1&dia=1`);
    await page.getByTestId('slide-counter').waitFor();
    const count = Number((await page.getByTestId('slide-counter').textContent()).match(/van (\d+)/)[1]);
    for (let n = 1; n <= count; n += 1) {
      await step(`dia-${n}`);
      await page.keyboard.press('ArrowRight');
      if (await page.getByTestId('voorspel-antwoord').locator('.predict-value').count()) await step(`dia-${n}-antwoord`);
    }
    await open(`/bijlage?${AFTER_VOTE}`);
    await page.waitForFunction(() => !document.querySelector('[data-testid="annex-copy"]')?.disabled);
    await step('bijlage', { full: true });
  });
}

await browser.close();
server.close();
console.log(`${shots.length} screenshots in ${OUT}/`);
