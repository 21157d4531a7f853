//! The configuration every property test shares (the native tests and, through `#[path]` in
//! `src/lib.rs`, the unit tests): a fixed seed, so a test never fails by chance in CI.

use proptest::test_runner::{Config, RngSeed};

/// The seed of every property test when none is given.
pub const SEED: u64 = 0x5354_4555_4e57_494a;

/// `cases` cases from [`SEED`], without regression files (a failure prints its minimal input,
/// which belongs in an example test). `PROPTEST_RNG_SEED` and `PROPTEST_CASES` take precedence:
/// `scripts/bench-model.sh` sets them for a longer randomised run.
pub fn config(cases: u32) -> Config {
    let base = Config::default();
    Config {
        rng_seed: match base.rng_seed {
            RngSeed::Random => RngSeed::Fixed(SEED),
            given => given,
        },
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            base.cases
        } else {
            cases
        },
        failure_persistence: None,
        ..base
    }
}
