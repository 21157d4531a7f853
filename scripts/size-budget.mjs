// The wasm size budget that CI holds (issue 25): the built wasm, gzip level 9 as in the benchmark,
// must not exceed the budget in scripts/size-budget.json. A byte count is deterministic, so this is a
// check, not a timed test. The budget goes down with work that shrinks the app and up only by a
// decision written in README ("Meten", "Groottebudget") and in the file's `decision`.
// Usage: node scripts/size-budget.mjs [dist] [--budget-kb N]   (N overrides the file, for a try-out)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const nl = (x, digits) => x.toFixed(digits).replace('.', ',');

const args = process.argv.slice(2);
const flag = args.indexOf('--budget-kb');
// The folder is the argument that is no flag and not the budget after --budget-kb.
const dist = args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1)) ?? 'dist';
const file = JSON.parse(await readFile(new URL('./size-budget.json', import.meta.url), 'utf8'));
const budgetKb = flag >= 0 ? Number(args[flag + 1]) : file.wasmGzipKb;
if (!(budgetKb > 0)) {
  console.error(`size-budget: geen geldig budget (${args[flag + 1] ?? file.wasmGzipKb})`);
  process.exit(2);
}

const wasm = (await readdir(dist)).filter((name) => name.endsWith('.wasm'));
if (wasm.length !== 1) {
  console.error(`size-budget: verwacht precies één .wasm in ${dist}, gevonden: ${wasm.join(', ') || 'geen'}`);
  process.exit(2);
}
const body = await readFile(join(dist, wasm[0]));
const gzipKb = gzipSync(body, { level: 9 }).length / 1024;
const figure = `${nl(gzipKb, 1)} KB gzip (${nl(body.length / 1024, 0)} KB ruw)`;
if (gzipKb > budgetKb) {
  console.error(`size-budget: FOUT — de wasm is ${figure}, het budget is ${budgetKb} KB gzip `
    + `(${nl(gzipKb - budgetKb, 1)} KB te veel). Maak de app kleiner, of verhoog het budget met een `
    + 'besluit in README ("Groottebudget") en scripts/size-budget.json.');
  process.exit(1);
}
console.log(`size-budget: de wasm is ${figure}, binnen het budget van ${budgetKb} KB gzip `
  + `(${nl(budgetKb - gzipKb, 1)} KB over).`);
