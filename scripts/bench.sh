#!/usr/bin/env bash
# Benchmark: builds the release, serves it on 127.0.0.1 and measures in headless Chromium
# (transfer sizes, load times, the throttled first view cold and warm with where its time goes,
# slider-to-chart latency, the model inside wasm), plus the model's
# native timings. Figures go to target/bench/results.json; the summary line to stdout.
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
node tests/e2e/bench.mjs "${1:-7}"
