//! Monte Carlo over every parameter's range: seeded, reproducible P10/P50/P90 bands.
//!
//! Each draw samples every uncertain quantity once from a triangular distribution over its
//! (low, central, high) and uses that value for every year and every initiative, so a draw is one
//! consistent [`World`](super::world::World). Quantities are drawn in their fixed slot order, and all four initiatives'
//! values are drawn even when an initiative is not chosen, so adding an initiative does not change
//! the draws of the others (common random numbers). A local cost per match is not uncertain, and
//! neither is the discount rate (a convention, varied only in the sensitivity view), nor a value
//! the user chose: it is taken as given (its range is a point), the other quantities still vary.
//!
//! Each draw is evaluated by the same kernel as the projection ([`evaluate`]), into one reused
//! [`Flows`], so a draw allocates nothing; the results go into one preallocated buffer, and
//! percentiles are found by selection rather than sorting. The random numbers come from xoshiro256++ seeded through
//! SplitMix64 (no outside crates), so the same seed gives the same bands on every platform.

use super::params::ModelParameters;
use super::range::Range3;
use super::scenario::{calendar_year, validate, Scenario, ScenarioError};
use super::world::{evaluate, Flows, Outlook, Prepared, MAX_PROJECTION_YEARS};

/// Draws the app uses by default.
pub const DEFAULT_DRAWS: usize = 10_000;
/// More draws than this is refused (memory grows with draws × years).
pub const MAX_DRAWS: usize = 100_000;
/// Seed the app uses by default, so a shared link shows the same band.
pub const DEFAULT_SEED: u64 = 0x5354_4555_4e57_494a; // "STEUNWIJ"

/// SplitMix64: expands one seed into the state of [`Rng`].
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// xoshiro256++ (Blackman & Vigna), a small, fast generator of good statistical quality.
#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut sm = SplitMix64(seed);
        Rng {
            s: [sm.next_u64(), sm.next_u64(), sm.next_u64(), sm.next_u64()],
        }
    }

    #[inline(always)]
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[0]
            .wrapping_add(self.s[3])
            .rotate_left(23)
            .wrapping_add(self.s[0]);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// Uniform in `[0, 1)`, 53 bits.
    #[inline(always)]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A draw from the triangular distribution over `range` (mode = central).
    #[inline(always)]
    pub fn triangular(&mut self, range: &Range3) -> f64 {
        triangular(self.next_f64(), range)
    }
}

/// Inverse CDF of the triangular distribution with minimum `low`, mode `central`, maximum
/// `high`, at `u ∈ [0, 1)`. A point range gives its value.
#[inline]
pub fn triangular(u: f64, range: &Range3) -> f64 {
    let Range3 { low, central, high } = *range;
    let width = high - low;
    if width <= 0.0 {
        return central;
    }
    let split = (central - low) / width;
    let value = if u < split {
        low + (u * width * (central - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - central)).sqrt()
    };
    // Guard against rounding just outside the range (comparisons, not `clamp`: see `band`).
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

/// The 10th, 50th and 90th percentile of a quantity over the draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// Bands of one calendar year. Only what a page, a chart or a text shows: each band is a column
/// of every draw, and columns are most of a simulation's time.
#[derive(Debug, Clone, PartialEq)]
pub struct YearBand {
    pub year: i32,
    /// True for the years after the horizon in which only delayed effects fall.
    pub after_horizon: bool,
    pub cost: Band,
    pub cumulative_avoided: Band,
}

/// The result of [`simulate`]: per year (same years as `Projection::years`) and for the totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Bands {
    pub draws: usize,
    pub seed: u64,
    pub years: Vec<YearBand>,
    /// Total cost over the horizon, not discounted.
    pub cost: Band,
    pub cost_pv: Band,
    pub avoided_costs_pv: Band,
    pub net_result_pv: Band,
    /// `None` when nothing is spent.
    pub benefit_cost_ratio: Option<Band>,
    /// How many draws give a net result (present value) above zero: "in how many of ten runs
    /// it pays back", which the percentiles alone cannot say.
    pub pays_back: usize,
}

/// Bins of the histogram used to locate the percentiles.
const BINS: usize = 256;

/// 2^52: adding it to a number in `0..2^51` rounds that number to an integer held in the low
/// bits of the sum's mantissa.
const MAGIC: f64 = 4_503_599_627_370_496.0;

/// The histogram bin of `v` for `low ≤ v ≤ high` and `scale = (BINS − 1) / (high − low)`:
/// `(v − low) · scale` rounded to the nearest integer, in `0..BINS`, and monotone in `v`.
///
/// Rounding through [`MAGIC`] instead of an `as usize` cast: the saturating cast costs some fifteen
/// instructions per value, and this runs 2 × draws × columns times per simulation.
#[inline(always)]
fn bin_of(v: f64, low: f64, scale: f64) -> usize {
    let x = (v - low) * scale;
    let b = ((x + MAGIC).to_bits() - MAGIC.to_bits()) as usize;
    if b < BINS {
        b
    } else {
        BINS - 1
    }
}

/// Reusable buffers for [`band`], so percentiles need no allocation per column.
struct Scratch {
    counts: [u32; BINS],
    /// The bin of each value of the column being processed.
    bin_of_value: Vec<u8>,
    bins: [Vec<f64>; 3],
}

impl Scratch {
    fn new(draws: usize) -> Scratch {
        let capacity = (draws / 16).max(16);
        Scratch {
            counts: [0; BINS],
            bin_of_value: vec![0; draws],
            bins: [
                Vec::with_capacity(capacity),
                Vec::with_capacity(capacity),
                Vec::with_capacity(capacity),
            ],
        }
    }
}

/// Minimum and maximum (plain comparisons rather than `f64::min`/`max`: at the app's
/// `opt-level = "z"` those are calls into libm).
#[cfg(test)]
fn min_max(values: &[f64]) -> (f64, f64) {
    let (mut low, mut high) = (values[0], values[0]);
    for &v in values {
        if v < low {
            low = v;
        }
        if v > high {
            high = v;
        }
    }
    (low, high)
}

/// The 10th, 50th and 90th percentile (nearest rank: the value at rank `round(q · (n − 1))` of
/// the sorted draws) of `values`, exactly; `low` and `high` are the minimum and maximum of
/// `values` (tracked while the draws are written).
///
/// Sorting or selecting 10.000 values for each of some 60 columns was the slow part of a
/// simulation, so this finds the three ranks with one counting pass over a histogram of
/// equal-width bins. Binning is monotone, so the value of rank `k` lies in the bin where the
/// cumulative count passes `k`; only the values of those (at most three) bins are gathered and
/// selected.
fn band(values: &[f64], low: f64, high: f64, scratch: &mut Scratch) -> Band {
    let n = values.len();
    if n == 0 {
        return Band {
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
        };
    }
    // All draws equal (or not comparable): no spread.
    if high.partial_cmp(&low) != Some(std::cmp::Ordering::Greater) {
        return Band {
            p10: low,
            p50: low,
            p90: low,
        };
    }
    let rank = |q: f64| ((q * (n - 1) as f64).round() as usize).min(n - 1);
    let ranks = [rank(0.1), rank(0.5), rank(0.9)];
    let scale = (BINS - 1) as f64 / (high - low);
    let counts = &mut scratch.counts;
    counts.fill(0);
    let bin_of_value = &mut scratch.bin_of_value[..n];
    for (&v, slot) in values.iter().zip(bin_of_value.iter_mut()) {
        let b = bin_of(v, low, scale);
        counts[b] += 1;
        *slot = b as u8;
    }
    // For each rank: its bin and its rank within that bin.
    let mut targets = [(0usize, 0usize); 3];
    let mut before = 0usize;
    let mut next = 0usize;
    for (b, &count) in counts.iter().enumerate() {
        let after = before + count as usize;
        while next < 3 && ranks[next] < after {
            targets[next] = (b, ranks[next] - before);
            next += 1;
        }
        before = after;
    }
    let [b0, b1, b2] = [targets[0].0 as u8, targets[1].0 as u8, targets[2].0 as u8];
    let [bucket0, bucket1, bucket2] = &mut scratch.bins;
    bucket0.clear();
    bucket1.clear();
    bucket2.clear();
    for (&v, &b) in values.iter().zip(bin_of_value.iter()) {
        if b == b0 {
            bucket0.push(v);
        } else if b == b1 {
            bucket1.push(v);
        } else if b == b2 {
            bucket2.push(v);
        }
    }
    // Target bins ascend, so a repeated bin was gathered in the first slot holding it.
    let mut pick = |i: usize| {
        let (b, within) = targets[i];
        let slot = [b0, b1, b2]
            .iter()
            .position(|&x| usize::from(x) == b)
            .unwrap_or(i);
        let bucket = &mut scratch.bins[slot];
        let within = within.min(bucket.len().saturating_sub(1));
        *bucket.select_nth_unstable_by(within, f64::total_cmp).1
    };
    let p10 = pick(0);
    let p50 = pick(1);
    let p90 = pick(2);
    Band { p10, p50, p90 }
}

/// Values computed per draw, per year (cost, cumulative avoided), followed by the totals (cost,
/// cost PV, avoided PV, net PV, benefit–cost ratio).
const PER_YEAR: usize = 2;
const TOTALS: usize = 5;
const MAX_COLUMNS: usize = PER_YEAR * MAX_PROJECTION_YEARS + TOTALS;

/// Checks the scenario and the number of draws, and prepares the scenario for the kernel.
fn prepare(scenario: &Scenario, draws: usize) -> Result<Prepared, ScenarioError> {
    validate(scenario).map_err(|mut errors| errors.swap_remove(0))?;
    if !(1..=MAX_DRAWS).contains(&draws) {
        return Err(ScenarioError {
            field: "trekkingen".into(),
            message: format!("Het aantal trekkingen voor de onzekerheidsmarge moet tussen 1 en {MAX_DRAWS} liggen."),
        });
    }
    Ok(Prepared::new(scenario))
}

/// Draws `draws` worlds from `seed` and evaluates the kernel in each, handing `visit` the draw's
/// number and flows. One world and one set of flows are reused: nothing is allocated per draw.
#[inline(always)]
fn for_each_draw(
    params: &ModelParameters,
    prepared: &Prepared,
    draws: usize,
    seed: u64,
    mut visit: impl FnMut(usize, &Flows),
) {
    let mut rng = Rng::new(seed);
    let mut world = params.world(Outlook::Central);
    let mut flows = Flows::default();
    // A value the user chose is a point: it is drawn (so the other quantities' draws stay the
    // same) but never moves.
    let ranges = params.uncertain_ranges();
    for d in 0..draws {
        ranges.draw(|range| rng.triangular(range), &mut world);
        evaluate(&world, prepared, &mut flows);
        visit(d, &flows);
    }
}

/// The totals of one draw, for questions the bands do not answer (where a headline value lies
/// in the distribution, say).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawTotals {
    /// Cost and avoided costs over all years, not discounted.
    pub cost: f64,
    pub avoided_costs: f64,
    pub net_result_pv: f64,
}

/// The totals of every draw of [`simulate`] with the same inputs, in draw order.
pub fn draw_totals(
    params: &ModelParameters,
    scenario: &Scenario,
    draws: usize,
    seed: u64,
) -> Result<Vec<DrawTotals>, ScenarioError> {
    let prepared = prepare(scenario, draws)?;
    let mut out = Vec::with_capacity(draws);
    for_each_draw(params, &prepared, draws, seed, |_, flows| {
        let years = 0..flows.years;
        out.push(DrawTotals {
            cost: years.clone().map(|y| flows.total_cost(y)).sum(),
            avoided_costs: years.map(|y| flows.total_avoided(y)).sum(),
            net_result_pv: flows.net_pv(),
        });
    });
    Ok(out)
}

/// Seeded Monte Carlo over every parameter's range: P10/P50/P90 per year (including the years
/// after the horizon) of cost and cumulative avoided costs, and of the total cost, the present
/// values and the benefit–cost ratio. The same `seed` and inputs give the same bands.
///
/// Errors: an invalid scenario (as [`project`](super::projection::project)), or `draws` outside
/// `1..=MAX_DRAWS`.
pub fn simulate(
    params: &ModelParameters,
    scenario: &Scenario,
    draws: usize,
    seed: u64,
) -> Result<Bands, ScenarioError> {
    let prepared = prepare(scenario, draws)?;
    let horizon = prepared.horizon();
    let years = prepared.years();
    let spends = scenario
        .lines
        .iter()
        .any(|l| l.matches_per_year.iter().any(|&m| m > 0));

    // Column-major buffer: column c, draw d at c * draws + d, so each column is one slice for the
    // percentiles. Plain slices and arrays in the loop: at `opt-level = "z"` `Vec` indexing is a call.
    let columns = PER_YEAR * years + TOTALS;
    let mut buffer = vec![0.0; columns * draws];
    let buffer = buffer.as_mut_slice();
    let mut lows = [f64::INFINITY; MAX_COLUMNS];
    let mut highs = [f64::NEG_INFINITY; MAX_COLUMNS];
    let mut row = [0.0; MAX_COLUMNS];
    let mut pays_back = 0;
    for_each_draw(params, &prepared, draws, seed, |d, flows| {
        let (mut cumulative_cost, mut cumulative_avoided) = (0.0, 0.0);
        let (mut cost_pv, mut avoided_pv) = (0.0, 0.0);
        for (y, out) in row.chunks_exact_mut(PER_YEAR).take(years).enumerate() {
            let cost = flows.total_cost(y);
            let avoided = flows.total_avoided(y);
            cumulative_cost += cost;
            cumulative_avoided += avoided;
            cost_pv += cost * flows.discount[y];
            avoided_pv += avoided * flows.discount[y];
            out[0] = cost;
            out[1] = cumulative_avoided;
        }
        let totals = &mut row[PER_YEAR * years..columns];
        totals[0] = cumulative_cost;
        totals[1] = cost_pv;
        totals[2] = avoided_pv;
        totals[3] = avoided_pv - cost_pv;
        if totals[3] > 0.0 {
            pays_back += 1;
        }
        totals[4] = if cost_pv > 0.0 {
            avoided_pv / cost_pv
        } else {
            0.0
        };
        // The minimum and maximum of each column, for `band`, while the value is at hand.
        for (c, &v) in row[..columns].iter().enumerate() {
            buffer[c * draws + d] = v;
            if v < lows[c] {
                lows[c] = v;
            }
            if v > highs[c] {
                highs[c] = v;
            }
        }
    });

    let mut scratch = Scratch::new(draws);
    let mut column_bands = buffer
        .chunks_exact(draws)
        .enumerate()
        .map(|(c, column)| band(column, lows[c], highs[c], &mut scratch));
    let mut next = || {
        column_bands.next().unwrap_or(Band {
            p10: 0.0,
            p50: 0.0,
            p90: 0.0,
        })
    };
    let year_bands = (0..years)
        .map(|y| YearBand {
            year: calendar_year(scenario.first_year, y),
            after_horizon: y >= horizon,
            cost: next(),
            cumulative_avoided: next(),
        })
        .collect();
    let cost = next();
    let cost_pv = next();
    let avoided_costs_pv = next();
    let net_result_pv = next();
    let ratio = next();
    Ok(Bands {
        draws,
        seed,
        years: year_bands,
        cost,
        cost_pv,
        avoided_costs_pv,
        net_result_pv,
        benefit_cost_ratio: spends.then_some(ratio),
        pays_back,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_stays_in_range_and_hits_the_ends() {
        let r = Range3::new(1.0, 2.0, 4.0);
        assert_eq!(triangular(0.0, &r), 1.0);
        assert!((triangular(1.0 - 1e-16, &r) - 4.0).abs() < 1e-6);
        // The CDF at the mode is (c − a) / (b − a) = 1/3.
        assert!((triangular(1.0 / 3.0, &r) - 2.0).abs() < 1e-12);
        assert_eq!(triangular(0.7, &Range3::point(5.0)), 5.0);
    }

    #[test]
    fn the_generator_is_deterministic_and_uniform_enough() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let xs: Vec<f64> = (0..10_000).map(|_| a.next_f64()).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        assert!((0..10_000).all(|i| b.next_f64() == xs[i]));
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert!((mean - 0.5).abs() < 0.01, "{mean}");
    }

    /// The same percentiles by sorting: the definition `band` must match.
    fn sorted_band(values: &[f64]) -> Band {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[(q * (v.len() - 1) as f64).round() as usize];
        Band {
            p10: at(0.1),
            p50: at(0.5),
            p90: at(0.9),
        }
    }

    #[test]
    fn band_picks_nearest_rank_percentiles() {
        let mut scratch = Scratch::new(101);
        let mut check = |v: &[f64]| {
            let (low, high) = min_max(v);
            band(v, low, high, &mut scratch)
        };
        let v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        assert_eq!(
            check(&v),
            Band {
                p10: 10.0,
                p50: 50.0,
                p90: 90.0
            }
        );
        assert_eq!(
            check(&[3.0]),
            Band {
                p10: 3.0,
                p50: 3.0,
                p90: 3.0
            }
        );
        assert_eq!(
            check(&[2.0; 7]),
            Band {
                p10: 2.0,
                p50: 2.0,
                p90: 2.0
            }
        );
    }

    #[test]
    fn band_equals_sorting_for_skewed_and_tied_values() {
        let mut rng = Rng::new(11);
        let mut scratch = Scratch::new(1400);
        for case in 0..200 {
            let n = 1 + case * 7;
            let values: Vec<f64> = (0..n)
                .map(|i| match case % 4 {
                    0 => rng.next_f64(),
                    // Heavy tail: most values in the first bin.
                    1 => rng.next_f64().powi(40) * 1e6 - 5.0,
                    // Many ties.
                    2 => (rng.next_f64() * 3.0).floor(),
                    _ => {
                        if i % 2 == 0 {
                            -1e9
                        } else {
                            rng.next_f64()
                        }
                    }
                })
                .collect();
            let (low, high) = min_max(&values);
            assert_eq!(
                band(&values, low, high, &mut scratch),
                sorted_band(&values),
                "case {case}"
            );
        }
    }
}
