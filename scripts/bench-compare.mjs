// Before and after in the same minutes (issue 25): given the results files of tests/e2e/bench.mjs
// for two builds, in the order they ran (before, after, after, before, so that a machine growing
// busier or quieter touches both alike), prints one table with each build's rounds side by side.
// Usage: node scripts/bench-compare.mjs before1.json after1.json after2.json before2.json
import { readFile } from 'node:fs/promises';

const files = process.argv.slice(2);
if (files.length !== 4) {
  console.error('bench-compare: geef vier resultaatbestanden, in de volgorde vóór, na, na, vóór');
  process.exit(2);
}
const [before1, after1, after2, before2] = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
const builds = { 'vóór': [before1, before2], 'na': [after1, after2] };

const nl = (x, digits) => x.toFixed(digits).replace('.', ',');
const seconds = (s) => (s ? `${nl(s.median / 1000, 2)} s (${nl(s.min / 1000, 2)}–${nl(s.max / 1000, 2)})` : '–');
const profile = (r) => r.throttled.br ?? r.throttled.gzip ?? r.throttled.none;
const rows = [
  ['wasm gzip / brotli (KB)', (r) => `${nl(r.sizesKb.wasm.gzip, 1)} / ${nl(r.sizesKb.wasm.brotli, 1)}`],
  ['kerncijfer van de link, koud', (r) => seconds(profile(r).linkCold?.visibleMs)],
  ['kerncijfer van de link, warm', (r) => seconds(profile(r).linkWarm?.visibleMs)],
  ['tabel op /, koud', (r) => seconds(profile(r).tableCold?.visibleMs)],
  ['tabel op /, warm', (r) => seconds(profile(r).tableWarm?.visibleMs)],
  ['schuifregelaar → grafiek, mediaan (p95)', (r) => `${nl(r.sliderToChartMs.median, 1)} ms (${nl(r.sliderToChartMs.p95, 1)})`],
  ['10.000 trekkingen in wasm', (r) => `${nl(r.wasm.draws10000Ms, 1)} ms`],
];

console.log(`| wat | ${Object.keys(builds).join(' | ')} |`);
console.log(`|---|${Object.keys(builds).map(() => '---').join('|')}|`);
for (const [name, cell] of rows) {
  console.log(`| ${name} | ${Object.values(builds).map((rounds) => rounds.map(cell).join('; ')).join(' | ')} |`);
}
