#!/usr/bin/env bash
# Installs whatever is missing, then builds and serves Steunwijzer on http://127.0.0.1:8080
# (rebuilding on every change). Trunk serves index.html for every route, so deep links work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
export PATH="$PWD/scripts/node_modules/.bin:$PATH"   # wasm-opt from npm's binaryen, never Debian's
exec trunk serve --release --offline "$@"
