//! Timing of the model as the page uses it: one deterministic projection (recomputed on every
//! slider move), the Monte Carlo band (10.000 draws) and the sensitivity runs. Prints plain lines; run with
//! `cargo bench --bench model` (release profile, as the app ships).

use std::hint::black_box;
use std::time::{Duration, Instant};
use steunwijzer::model::overrides::Overrides;

use steunwijzer::data::parameters::parse_parameters;
use steunwijzer::model::params::ModelParameters;
use steunwijzer::model::projection::project;
use steunwijzer::model::scenario::reference_scenario;
use steunwijzer::model::sensitivity::sensitivity;
use steunwijzer::model::uncertainty::{simulate, DEFAULT_DRAWS, DEFAULT_SEED};

const PARAMETERS: &str = include_str!("../assets/data/parameters.json");

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let set = parse_parameters(PARAMETERS).expect("parameters");
    let params = ModelParameters::from_set(&set, &Overrides::new()).expect("model");
    let scenario = reference_scenario();

    // One projection: median over 31 batches of 1.000 calls.
    const CALLS: u32 = 1000;
    let projection_times: Vec<Duration> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..CALLS {
                black_box(project(black_box(&params), black_box(&scenario)).expect("valid"));
            }
            start.elapsed() / CALLS
        })
        .collect();
    println!(
        "project, 4 initiatives x 10 years: median {:.1} us per call (31 batches of {CALLS})",
        median(projection_times).as_secs_f64() * 1e6
    );

    // Monte Carlo: median over 15 runs.
    let mc_times: Vec<Duration> = (0..15)
        .map(|_| {
            let start = Instant::now();
            black_box(
                simulate(
                    black_box(&params),
                    black_box(&scenario),
                    DEFAULT_DRAWS,
                    DEFAULT_SEED,
                )
                .expect("valid"),
            );
            start.elapsed()
        })
        .collect();
    println!(
        "simulate, {DEFAULT_DRAWS} draws, 4 initiatives x 10 years: median {:.2} ms (15 runs)",
        median(mc_times).as_secs_f64() * 1e3
    );

    // Sensitivity: every run with its switching values, median over 31 batches of 100.
    const RUNS: u32 = 100;
    let sensitivity_times: Vec<Duration> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..RUNS {
                black_box(sensitivity(black_box(&params), black_box(&scenario)).expect("valid"));
            }
            start.elapsed() / RUNS
        })
        .collect();
    println!(
        "sensitivity, all runs and switching values, 4 initiatives x 10 years: median {:.1} us",
        median(sensitivity_times).as_secs_f64() * 1e6
    );
}
