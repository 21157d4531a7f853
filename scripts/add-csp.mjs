// Trunk post-build hook: puts a strict Content-Security-Policy in every built page (index.html
// and the pre-rendered pages, see src/bin/prerender.rs). Trunk writes a small inline module
// script that starts the wasm, and index.html has the pre-render's one-line script; their hashes
// are allowed, nothing else inline is. The same policy belongs in the web server's headers (see
// README.md): the hashes of all pages together, as the policy of index.html lists them.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const inline = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const pages = (await readdir(dir)).filter((name) => name.endsWith('.html')).sort();
const sources = new Map();
for (const name of pages) sources.set(name, await readFile(join(dir, name), 'utf8'));
// One policy for all pages, so the server can send one header.
const hashes = [...new Set([...sources.values()].flatMap((html) => [...html.matchAll(inline)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)))];

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

for (const [name, source] of sources) {
  let html = source.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  await writeFile(join(dir, name), html);
}
console.log(`[csp] ${pages.join(', ')}: ${hashes.length} inline script(s) allowed by hash`);
