// Puts the NL Design System theme into the build: the one place a municipality changes the house
// style. Trunk runs it after every build (Trunk.toml); to re-theme, build with the setting:
//
//   STEUNWIJZER_THEME=/pad/naar/theme.css trunk build --release --offline
//   node scripts/theme.mjs dist /pad/naar/theme.css     (re-themes a finished build in place)
//
// The theme is a Style Dictionary `theme.css` as NL Design System theme packages ship it: every
// token as a custom property under one class, `.<naam>-theme { --basis-…: …; }`. Without a
// setting, the open voorbeeld theme (EUPL-1.2) is used. The script reads the class from the file,
// puts it on <html>, keeps only the tokens the built CSS reads (directly or through other
// tokens), and joins the theme and the built CSS into one hashed file linked from index.html;
// the service worker caches it with the other build files.
import { createHash } from 'node:crypto';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_THEME = 'scripts/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** The theme part of a stylesheet this script wrote. */
const THEMED = /\/\* Thema [\w-]+ \*\/[\s\S]*?\/\* Einde thema \*\/\n/;

/** The theme class of a theme.css: the first `.<name>-theme {` selector. */
export function themeClass(css) {
  const match = css.match(/\.([a-z][a-z0-9-]*-theme)\s*[,{]/);
  if (!match) throw new Error('geen selector .<naam>-theme in het themabestand');
  return match[1];
}

/** Names of the custom properties a stylesheet reads with var(). */
function readNames(css) {
  return [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
}

/** The theme with only the tokens `used` needs, following tokens that refer to tokens. A file
 * with more than one declaration on a line (minified) is kept whole. */
export function pruneTheme(css, used) {
  const lines = css.split('\n');
  const declaration = /^\s*(--[\w-]+)\s*:(.*?);\s*(?:\/\*.*\*\/)?\s*$/;
  if (lines.some((line) => (line.match(/--[\w-]+\s*:/g) ?? []).length > 1)) return css;
  const values = new Map();
  for (const line of lines) {
    const m = line.match(declaration);
    if (m) values.set(m[1], m[2]);
  }
  const keep = new Set();
  const queue = [...used];
  while (queue.length) {
    const name = queue.pop();
    if (keep.has(name) || !values.has(name)) continue;
    keep.add(name);
    queue.push(...readNames(values.get(name)));
  }
  return lines.filter((line) => {
    const m = line.match(declaration);
    return !m || keep.has(m[1]);
  }).join('\n');
}

/** Themes the build in `dir` with the theme.css at `themePath`: the theme and every stylesheet
 * Trunk linked (NL Design System components, then ours) become one hashed file, one request. */
export async function applyTheme(dir, themePath) {
  const theme = await readFile(themePath, 'utf8');
  const name = themeClass(theme);
  const file = join(dir, 'index.html');
  const html = await readFile(file, 'utf8');
  const link = /\s*<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g;
  const sheets = [...html.matchAll(link)].map((m) => m[1]);
  if (!sheets.length) throw new Error(`geen stylesheets in ${file}`);
  const parts = [];
  // A build themed before keeps its CSS and loses its old theme: a host can re-theme a build.
  for (const sheet of sheets) parts.push((await readFile(join(dir, sheet), 'utf8')).replace(THEMED, ''));
  const used = new Set(parts.flatMap(readNames));
  const pruned = pruneTheme(theme, used);
  // The theme first: the components read its tokens, our rules come last and win ties.
  const css = [`/* Thema ${name} */`, pruned, '/* Einde thema */', ...parts].join('\n');
  const out = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(dir, out), css);
  for (const sheet of sheets) if (sheet !== out) await unlink(join(dir, sheet));
  // Trunk's subresource integrity, recomputed for the joined file.
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  // Every page of the build links the same sheets: index.html and the pre-rendered pages, so a
  // host can re-theme a finished build.
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const path = join(dir, page);
    let first = true;
    const themed = (await readFile(path, 'utf8'))
      .replace(link, (whole) => {
        if (!first) return '';
        first = false;
        return whole.replace(/href="[^"]+"/, `href="/${out}"`).replace(/integrity="[^"]*"/, `integrity="${integrity}"`);
      })
      .replace(/<html lang="nl"[^>]*>/, `<html lang="nl" class="${name}">`);
    await writeFile(path, themed);
  }
  console.log(`[thema] ${name} uit ${themePath}: ${pruned.length} van ${theme.length} bytes; ${sheets.length} stylesheets → ${out}`);
  return { name, file: out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // As Trunk's hook (`--then-csp`): the staging folder, then the CSP script, which rewrites the
  // same index.html and so must not run beside this one.
  const asHook = process.argv[2] === '--then-csp';
  const args = asHook ? [] : process.argv.slice(2);
  const dir = args[0] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  const theme = args[1] ?? process.env.STEUNWIJZER_THEME ?? DEFAULT_THEME;
  await applyTheme(dir, theme);
  if (asHook) await import('./add-csp.mjs');
}
