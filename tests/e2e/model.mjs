// The model's own answers, from the native command `projectie` (src/bin), so the browser tests
// compare the page with the model instead of with numbers typed into a test. `scripts/test.sh`
// builds it before the browser tests; run `cargo build --bin projectie` yourself otherwise.
//
// One `projectie --lines` process answers every query of a run (one line in, one JSON line out,
// in order), instead of one process per query.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { plain } from './harness.mjs';

const PROJECTIE = 'target/debug/projectie';

function present() {
  if (!existsSync(PROJECTIE)) {
    throw new Error(`${PROJECTIE} ontbreekt: bouw het eerst met \`cargo build --bin projectie\` (scripts/test.sh doet dat)`);
  }
}

// The model's texts as plain text (see `plain`): the tests compare wording, not spaces.
const parse = (line) => JSON.parse(plain(line));

let child = null;
const waiting = []; // resolvers of the queries sent and not yet answered, oldest first

function start() {
  present();
  child = spawn(PROJECTIE, ['--lines'], { stdio: ['pipe', 'pipe', 'inherit'] });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const { resolve, reject, query } = waiting.shift();
    const answer = parse(line);
    if (answer.fout !== undefined) reject(new Error(`projectie ${query}: ${answer.fout}`));
    else resolve(answer);
    if (waiting.length === 0) idle(true);
  });
  child.on('exit', (code) => {
    for (const { reject, query } of waiting.splice(0)) reject(new Error(`projectie stopte (${code}) bij ${query}`));
    child = null;
  });
}

// An idle child must not keep node alive (walk.mjs and one-off scripts end on their own).
function idle(yes) {
  for (const handle of [child, child?.stdin, child?.stdout]) (yes ? handle?.unref : handle?.ref)?.call(handle);
}

function ask(query) {
  if (!child) start();
  idle(false);
  return new Promise((resolve, reject) => {
    waiting.push({ resolve, reject, query });
    child.stdin.write(`${query}\n`);
  });
}

/** Headline figures, break-even sentence and programme text of a share-link query. */
export function modelFor(query) {
  return ask(query.replace(/^\?/, ''));
}

/** The ids of the app's charts, slides and headline figures (`projectie --ids`). */
export const IDS = (() => {
  present();
  return parse(execFileSync(PROJECTIE, ['--ids'], { encoding: 'utf8' }));
})();
