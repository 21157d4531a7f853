#!/usr/bin/env bash
# Trunk post-build hook, one step after the other in the staging dir: the theme (scripts/theme.mjs,
# STEUNWIJZER_THEME or the open voorbeeld theme), the pre-rendered pages (src/bin/prerender.rs, which
# takes the themed index.html as its template), then the Content-Security-Policy in every page
# (scripts/add-csp.mjs). The pre-render is a native debug build: it compiles faster than release and
# the rendering takes milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${TRUNK_STAGING_DIR:-dist}"
node scripts/theme.mjs "$dir"
cargo run --quiet --features prerender --bin prerender -- "$dir"
node scripts/add-csp.mjs
