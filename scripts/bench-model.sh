#!/bin/sh
# Times the model natively in the release profile: one projection and 10.000 Monte Carlo draws.
set -eu
cd "$(dirname "$0")/.."
exec cargo bench --bench model "$@"
