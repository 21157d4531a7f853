//! Monte Carlo over every parameter's range: seeded, reproducible P10/P50/P90 bands.
