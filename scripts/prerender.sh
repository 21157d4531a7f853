#!/usr/bin/env bash
# Trunk post-build hook: writes the pre-rendered pages into the staging dir (src/bin/prerender.rs),
# then puts the Content-Security-Policy in every page (scripts/add-csp.mjs).
# A native debug build: it compiles faster than release and the rendering takes milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --features prerender --bin prerender -- "${TRUNK_STAGING_DIR:-dist}"
node scripts/add-csp.mjs
