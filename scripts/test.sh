#!/usr/bin/env bash
# Installs whatever is missing, then runs every check: formatting, lints (native and wasm),
# the native tests of the model, a release build, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Where the time goes: each step's seconds, printed as a table at the end (also when a step fails).
started=$SECONDS
step_name=""
step_start=$SECONDS
timings=()
finish_step() {
  if [ -n "$step_name" ]; then timings+=("$((SECONDS - step_start))"$'\t'"$step_name"); fi
}
step() { finish_step; step_name="$*"; step_start=$SECONDS; printf '\n=== %s\n' "$*"; }
report_times() {
  local status=$?
  if [ "$status" -ne 0 ]; then step_name="$step_name (failed, exit $status)"; fi
  finish_step; step_name=""
  printf '\n=== seconds per step\n'
  for line in "${timings[@]}"; do printf '%6s s  %s\n' "${line%%$'\t'*}" "${line#*$'\t'}"; done
  printf '%6s s  total\n' "$((SECONDS - started))"
  return "$status"
}
trap report_times EXIT

step "setup.sh (install what is missing)"
bash scripts/setup.sh
export PATH="$PWD/scripts/node_modules/.bin:$PATH"   # wasm-opt from npm's binaryen, never Debian's

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
