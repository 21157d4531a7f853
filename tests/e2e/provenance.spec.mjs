// The provenance stamp: every output names the app's version, the data it computed with (date and
// a short hash of the data files' bytes) and the scenario's link. The expected stamp is computed
// here from the built files, independently of the app's code (FNV-1a as report::provenance
// describes it), so the page cannot agree with itself by accident.
import { readFile } from 'node:fs/promises';
import { assert, assertEqual, settle } from './harness.mjs';
import { CHART_IDS, SCENARIO } from './pages.mjs';

const cargo = await readFile('Cargo.toml', 'utf8');
const VERSION = cargo.match(/^version = "([^"]+)"/m)[1];

/** FNV-1a 64 over a list of byte arrays, continuing one hash. */
function fnv1a(chunks) {
  let hash = 0xcbf29ce484222325n;
  for (const bytes of chunks) {
    for (const byte of bytes) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash;
}

async function dataVersion() {
  const names = ['collectief.json', 'parameters.json'];
  const chunks = [];
  for (const name of names) {
    const bytes = await readFile(`dist/assets/data/${name}`);
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(bytes.length));
    chunks.push(Buffer.from(name, 'utf8'), Buffer.from([0]), length, bytes);
  }
  const hash = fnv1a(chunks).toString(16).padStart(16, '0').slice(0, 6);
  const date = JSON.parse(await readFile('dist/assets/data/parameters.json', 'utf8')).gegevens_van;
  return { hash, date, short: `Steunwijzer ${VERSION} · gegevens ${date} · ${hash}`, key: `gegevens=${date}.${hash}` };
}

async function openResults(page, origin, query = SCENARIO) {
  await page.goto(`${origin}/scenario?${query}`);
  await page.getByTestId('headlines').waitFor();
  await page.getByTestId('stamp').waitFor();
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The text of the PNG chunks of type `type`. */
function pngChunks(bytes, type) {
  const found = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === type) found.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return found;
}

export const tests = [
  {
    name: 'every page of the menu and the footer shows the stamp, on screen and on paper: version, data date, data hash and the link to the scenario',
    run: async ({ page, origin }) => {
      const expected = await dataVersion();
      await openResults(page, origin);
      // The pages a user reaches from here: the menu and the footer's links, followed as a user
      // follows them (the scenario goes along).
      const links = page.locator('nav.main-nav a, .site-footer a');
      const pages = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      assert(pages.length >= 5, `pagina's in menu en voet: ${pages.join(', ')}`);
      for (const [index, path] of pages.entries()) {
        await links.nth(index).click();
        await page.waitForURL((url) => url.pathname === new URL(origin + path).pathname);
        // The page's own stamp line (a slide carries a second, shorter one).
        const line = page.locator('[data-testid="stamp"]:not(.slide-stamp)');
        await line.waitFor();
        const stamp = (await line.textContent()).trim();
        assert(stamp.startsWith(expected.short), `${path}: stempel ${stamp}\n  verwacht begin ${expected.short}`);
        const link = stamp.slice(expected.short.length + ' · '.length);
        assert(link.startsWith(`${origin}/scenario?naam=Gemeente%20Voorbeeld&`) && link.includes('&k.home-start=20&k.samen-oplopen=10'), `${path}: link naar het scenario: ${link}`);
        assert(link.endsWith(`&${expected.key}`), `${path}: link met gegevenskenmerk: ${link}`);
        // On paper too: the header and footer are not printed, the stamp is.
        await page.emulateMedia({ media: 'print' });
        assert(await line.isVisible(), `${path}: stempel op de afdruk`);
        assert(!(await page.locator('.site-footer').isVisible()), `${path}: voettekst niet op de afdruk`);
        await page.emulateMedia({ media: 'screen' });
      }
    },
  },
  {
    name: 'each chart export carries the stamp: SVG visibly and in metadata, PNG in its metadata, CSV in its last line',
    run: async ({ page, origin }) => {
      const expected = await dataVersion();
      await openResults(page, origin);
      const figure = page.locator(`figure[data-chart="${CHART_IDS[0]}"]`);
      const svg = (await download(page, () => figure.getByRole('button', { name: 'Download SVG' }).click())).bytes.toString('utf8');
      // The export says the day it was made (the date itself: keep.spec.mjs).
      assert(svg.includes(`<text x="8"`) && svg.includes(`>${expected.short} · geëxporteerd op `), 'stempel zichtbaar onder de grafiek');
      assert(svg.includes('<metadata data-herkomst="steunwijzer">') && svg.includes(expected.key), 'stempel met link in de metadata');
      const onScreen = await figure.locator('svg').getAttribute('height');
      assert(Number(svg.match(/^<svg[^>]* height="(\d+)"/)[1]) > Number(onScreen), 'de export is hoger dan de grafiek: de stempel staat eronder');

      const png = (await download(page, () => figure.getByRole('button', { name: 'Download PNG' }).click())).bytes;
      const texts = pngChunks(png, 'iTXt').map((chunk) => chunk.toString('utf8'));
      assert(texts.some((t) => t.startsWith('Source\0') && t.includes(expected.short) && t.includes(expected.key)), `iTXt-blok met de stempel: ${texts.join(' | ')}`);
      assertEqual(pngChunks(png, 'IHDR').length, 1, 'nog steeds een geldige PNG-kop');

      const csv = (await download(page, () => figure.getByRole('button', { name: 'Download CSV' }).click())).bytes.toString('utf8');
      const last = csv.trim().split('\r\n').at(-1);
      assert(last.startsWith(`# ${expected.short} · geëxporteerd op `) && last.includes(` · ${origin}/scenario?`), `laatste regel van de CSV: ${last}`);
    },
  },
  {
    name: 'the scenario CSV, the slides and the assumptions page carry the same data version',
    run: async ({ page, origin }) => {
      const expected = await dataVersion();
      await openResults(page, origin);
      const csv = (await download(page, () => page.getByTestId('export-csv').click())).bytes.toString('utf8');
      const last = csv.trim().split('\r\n').at(-1);
      assert(last.startsWith(`# ${expected.short}`) && last.includes(expected.key), `stempel onder de doorrekening: ${last}`);

      await page.getByTestId('present').click();
      const slideStamp = page.locator('.presentation .slide-stamp');
      await slideStamp.waitFor();
      assert((await slideStamp.textContent()).startsWith(expected.short), 'stempel onder de dia');
      assert(await slideStamp.isVisible(), 'zichtbaar in de presentatie');

      await page.goto(`${origin}/aannames?${SCENARIO}`);
      const note = (await page.getByTestId('data-version').textContent()).trim();
      assert(note.includes(`gegevens ${expected.date} · ${expected.hash}`), `versie op de aannamepagina: ${note}`);
    },
  },
  {
    name: 'the shared link records the data; opened after the data changed, it says so',
    run: async ({ page, origin, context }) => {
      await page.clock.install(); // for `settle`: no message may come once the page has settled
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const expected = await dataVersion();
      await openResults(page, origin);
      await page.getByTestId('share').click();
      await page.getByTestId('action-message').filter({ hasText: 'gekopieerd' }).waitFor();
      const shared = await page.evaluate(() => navigator.clipboard.readText());
      assert(shared.endsWith(`&${expected.key}`), `gedeelde link met gegevenskenmerk: ${shared}`);

      // The same link from other data: the page computes with today's data and says so.
      await page.goto(`${origin}/scenario?${SCENARIO}&gegevens=2020-01.abcdef`);
      const messages = page.getByTestId('link-messages');
      await messages.waitFor();
      const text = await messages.textContent();
      assert(text.includes('Deze link is gemaakt met gegevens van 2020-01 (abcdef)'), `melding over de gegevens: ${text}`);
      assert(text.includes(`nu met gegevens van ${expected.date} (${expected.hash})`), `noemt de huidige gegevens: ${text}`);

      // The link's own data: nothing to say.
      await page.goto(`${origin}/scenario?${SCENARIO}&${expected.key}`);
      await page.getByTestId('headlines').waitFor();
      await page.getByTestId('stamp').waitFor();
      await settle(page);
      assertEqual(await page.getByTestId('link-messages').count(), 0, 'geen melding bij dezelfde gegevens');
    },
  },
  {
    name: 'a garbled data key in a link gets a message and is dropped from the address',
    run: async ({ page, origin }) => {
      await page.goto(`${origin}/scenario?${SCENARIO}&gegevens=2026-1x.zz`);
      const messages = page.getByTestId('link-messages');
      await messages.waitFor();
      const text = await messages.textContent();
      assert(text.includes('(‘2026-1x.zz’) is onleesbaar en is weggelaten'), `melding: ${text}`);
      await page.waitForFunction(() => !location.search.includes('gegevens='));
      assert(page.url().includes('k.home-start=20'), `het scenario blijft in de link: ${page.url()}`);
      assertEqual(await page.getByTestId('kerncijfer-kosten').count(), 1, 'het scenario staat op het scherm');
    },
  },
  {
    name: 'the embed view carries the stamp',
    run: async ({ page, origin }) => {
      const expected = await dataVersion();
      await page.goto(`${origin}/inbedden/kerncijfers?${SCENARIO}`);
      const stamp = page.getByTestId('stamp');
      await stamp.waitFor();
      assert((await stamp.textContent()).startsWith(expected.short), 'stempel in de ingesloten weergave');
    },
  },
];
