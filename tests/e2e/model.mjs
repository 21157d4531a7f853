// The model's own answers, from the native command `projectie` (src/bin), so the browser tests
// compare the page with the model instead of with numbers typed into a test. `scripts/test.sh`
// builds it before the browser tests; run `cargo build --bin projectie` yourself otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { plain } from './harness.mjs';

const PROJECTIE = 'target/debug/projectie';

function projectie(args) {
  if (!existsSync(PROJECTIE)) {
    throw new Error(`${PROJECTIE} ontbreekt: bouw het eerst met \`cargo build --bin projectie\` (scripts/test.sh doet dat)`);
  }
  // The model's texts as plain text (see `plain`): the tests compare wording, not spaces.
  return JSON.parse(plain(execFileSync(PROJECTIE, args, { encoding: 'utf8' })));
}

/** Headline figures, break-even sentence and programme text of a share-link query. */
export function modelFor(query) {
  return projectie([query.replace(/^\?/, '')]);
}

/** The ids of the app's charts, slides and headline figures (`projectie --ids`). */
export const IDS = projectie(['--ids']);
