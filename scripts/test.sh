#!/usr/bin/env bash
# Installs whatever is missing, then runs every check: formatting, lints (native and wasm),
# the native tests of the model, a release build, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/scripts/node_modules/.bin:$PATH"   # wasm-opt from npm's binaryen, never Debian's

step() { printf '\n=== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native: model, data, charts)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32: the app)"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "cargo test (model, data files, charts)"
cargo test

step "trunk build --release --offline"
trunk build --release --offline

step "wasm size budget (scripts/size-budget.json)"
# The check must be able to fail: with a budget far below any real build it has to refuse.
if node scripts/size-budget.mjs --budget-kb 1 >/dev/null 2>&1; then
  echo "size-budget: the check accepted a 1 KB budget; it cannot fail" >&2; exit 1
fi
node scripts/size-budget.mjs

step "cargo build --bin projectie (the browser tests' model oracle)"
cargo build --bin projectie

step "browser tests (headless Chromium)"
node tests/e2e/run.mjs
