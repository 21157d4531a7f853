// The model's own answer for a scenario, from the native command `projectie` (src/bin), so the
// browser tests compare the page with the model instead of with numbers typed into a test.
import { execFileSync } from 'node:child_process';

let built = false;
export function modelFor(query) {
  if (!built) {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'projectie'], { stdio: 'inherit' });
    built = true;
  }
  const out = execFileSync('target/debug/projectie', [query.replace(/^\?/, '')], { encoding: 'utf8' });
  return JSON.parse(out);
}
