#!/bin/sh
# Times the model natively in the release profile: one projection and 10.000 Monte Carlo draws.
# Then runs the model's property tests longer and from a random seed (CI runs them from a fixed
# one, tests/common/mod.rs). A failure prints the seed and proptest's minimal failing input: turn
# that input into a worked example test, then fix the code or the property.
set -eu
cd "$(dirname "$0")/.."
cargo bench --bench model "$@"
seed=${PROPTEST_RNG_SEED:-$(od -An -N8 -tu8 /dev/urandom | tr -d ' ')}
cases=${PROPTEST_CASES:-2000}
echo "Property tests: $cases cases each, PROPTEST_RNG_SEED=$seed"
if ! PROPTEST_RNG_SEED=$seed PROPTEST_CASES=$cases cargo test --release \
    --test model_properties --test model_sensitivity --test municipality_scale; then
    echo "A property failed. Repeat it with: PROPTEST_RNG_SEED=$seed PROPTEST_CASES=$cases" \
        "cargo test --release --test model_properties --test model_sensitivity" \
        "--test municipality_scale" >&2
    exit 1
fi
