#!/usr/bin/env bash
# Benchmark: builds the release, serves it on 127.0.0.1 and measures in headless Chromium
# (transfer sizes, load times, the throttled first view cold and warm with where its time goes,
# slider-to-chart latency, the model inside wasm), plus the model's
# native timings. Figures go to target/bench/results.json; the summary line to stdout.
# BENCH_AGAINST=<an earlier build's dist> measures both in turns and prints them side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/scripts/node_modules/.bin:$PATH"
trunk build --release --offline >/dev/null
mkdir -p target/bench
# Where the wasm's bytes go, by crate and module (twiggy: a wasm size profiler from crates.io).
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
node scripts/size-breakdown.mjs | tee target/bench/size-breakdown.txt
cargo bench --quiet --bench model 2>/dev/null | tee target/bench/model-native.txt
if [ -z "${BENCH_AGAINST:-}" ]; then
  node tests/e2e/bench.mjs "${1:-7}"
else
  # Before and after in the same minutes: BENCH_AGAINST is an earlier build's dist folder. The
  # builds take turns (before, after, after, before), so a machine that grows busier or quieter
  # touches both alike; the table compares them (scripts/bench-compare.mjs).
  for turn in before-1:"$BENCH_AGAINST" after-1:dist after-2:dist before-2:"$BENCH_AGAINST"; do
    DIST="${turn#*:}" BENCH_OUT="target/bench/${turn%%:*}.json" node tests/e2e/bench.mjs "${1:-7}" \
      > "target/bench/${turn%%:*}.txt"
  done
  node scripts/bench-compare.mjs target/bench/{before-1,after-1,after-2,before-2}.json | tee target/bench/compare.md
fi
