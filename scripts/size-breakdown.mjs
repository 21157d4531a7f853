// Where the wasm's bytes go (issue 25): twiggy's per-function sizes, summed by crate and by module.
// The shipped wasm has no names, so this rebuilds it with them: cargo's release wasm (from the last
// `trunk build --release`) through wasm-bindgen and wasm-opt -Oz as Trunk does, but keeping the name
// section (-g). Its code and data come to the shipped wasm's raw size. Needs `twiggy`
// (`cargo install twiggy`), wasm-bindgen and wasm-opt on PATH (scripts/setup.sh installs those two).
// Usage: node scripts/size-breakdown.mjs [rows]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const rows = Number(process.argv[2] ?? 15);
const cargoWasm = 'target/wasm32-unknown-unknown/release/steunwijzer.wasm';
mkdirSync('target/size', { recursive: true });
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', 'target/size', cargoWasm]);
const wasm = 'target/size/named.wasm';
execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  'target/size/steunwijzer_bg.wasm', '-o', wasm]);
const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', wasm], {
  encoding: 'utf8', maxBuffer: 1 << 28,
});

// A function's owner: the first `crate::` path in its symbol, so `<F as tachys::…>` counts under
// tachys and `<steunwijzer::X as core::fmt::Display>::fmt` under our own crate (an impl for our type).
function owner(name) {
  if (name.startsWith('"') || name.startsWith('custom section')) return { crate: 'sections', module: name };
  if (name.startsWith('data segment')) return { crate: 'data segments (strings, tables)', module: name };
  const path = name.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::([A-Za-z0-9_:]*)/);
  if (!path) return { crate: 'wasm-bindgen glue and runtime (no Rust path)', module: '' };
  const module = [path[1], ...path[2].split('::').filter((p) => p && !p.startsWith('h')).slice(0, 2)];
  return { crate: path[1], module: module.join('::') };
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
let code = 0;
for (const line of csv.split('\n').slice(1)) {
  const match = line.match(/^"?(.*?)"?,(\d+),/);
  if (!match) continue;
  const [, name, bytes] = match;
  const size = Number(bytes);
  total += size;
  const { crate, module } = owner(name.replaceAll('""', '"'));
  if (crate === 'sections') continue;
  code += size;
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  byModule.set(module, (byModule.get(module) ?? 0) + size);
}
const kb = (b) => `${(b / 1024).toFixed(1).replace('.', ',')} KB`;
const pct = (b) => `${((100 * b) / code).toFixed(1).replace('.', ',')}%`;
const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows);
console.log(`${wasm}: ${kb(total)} in all, ${kb(code)} code and data (the name section left out)\n`);
console.log('By crate:');
for (const [crate, size] of top(byCrate)) console.log(`  ${kb(size).padStart(10)}  ${pct(size).padStart(6)}  ${crate}`);
console.log('\nBy module (any crate):');
for (const [module, size] of top(byModule)) console.log(`  ${kb(size).padStart(10)}  ${pct(size).padStart(6)}  ${module}`);
