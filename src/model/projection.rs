//! The deterministic projection: scenario + parameters → yearly costs and outcomes.
//!
//! # How the model computes (all inputs from `parameters.json`, see the assumptions page)
//!
//! **Unit.** The koppeling (match) and its cost per year. A scenario line gives, per initiative,
//! the matches funded (active) in each programme year `y = 0..horizon`.
//!
//! **Cost.** `cost(i, y) = matches × cost_per_match(i) × (1 + startup_surcharge in a start year)`.
//! The start years of an initiative are its first `start_years(i)` years counted from its first
//! year with matches (see [`ScenarioLine::start_years`](super::scenario::ScenarioLine::start_years)).
//! The table gives the cost per match only after the start year(s) (Buurtgezinnen and Steunouder
//! one, Samen Oplopen two; Home-Start's price has no such proviso, so zero start years); the
//! surcharge for start years is an assumption. A local cost per match replaces the table's range
//! (low = central = high = local); the surcharge still applies to it in the start years. Cost is
//! linear in matches: an initiative's minimum number of matches is a notice, never billed.
//! Because the surcharge is proportional to the matches in the start years, more matches never
//! cost less, except that starting a year earlier moves the start years: a small first year
//! then carries the surcharge instead of a large second one.
//!
//! **Families reached.** A steady-turnover approximation: with an average match duration of `d`
//! years, a fraction `1/d` of last year's matches ends each year, the rest carry over:
//! `carried[y] = min(m[y], m[y−1] · (1 − 1/d))` (`carried[0] = 0`), and the new families are
//! `f[y] = m[y] − carried[y]`. With `d = 1` every match in a year is a new family. A consequence:
//! an extra match in one year carries over into the next and there takes the place of a new
//! family, so more matches always cost more but need not reach more families.
//!
//! **Avoided costs** (money back to the municipality's youth-care budget, Jeugdwet). Per new
//! family: `(1 − deadweight) × (share_youth_care_avoided × youth_care_cost +
//! share_placement_avoided × placement_cost_per_year × placement_years)`. The avoided cost of the
//! families reached in year `y` falls in year `y + lag`; a fractional lag is split linearly
//! between the years `y + ⌊lag⌋` and `y + ⌊lag⌋ + 1`. Avoided costs after the horizon are
//! counted, because the families of the horizon produce them: [`Projection::years`] therefore
//! runs [`MAX_EFFECT_LAG_YEARS`] years past the horizon, with no matches and no cost in those
//! years, and [`Totals::avoided_after_horizon`] reports that part.
//!
//! **Social value** (shown separately, never in the net result): volunteers' wellbeing per
//! volunteer per year × volunteers (`matches × volunteers_per_match`).
//!
//! **Present value.** `PV = Σ v_y / (1 + r)^y`, `y = 0` for the first year (also for the years
//! after the horizon).
//!
//! **Low / central / high.** Cost low uses every cost parameter at its low end, high at its high
//! end. Avoided low uses every benefit parameter at its pessimistic end (low shares and costs
//! avoided, high deadweight, longest match duration so fewest new families, longest lag), high the
//! optimistic end. Net low = avoided low − cost high, net high = avoided high − cost low; the
//! benefit–cost ratio likewise. Because every low uses the same parameter set, lows add up across
//! years and initiatives.
//!
//! **Break-even share.** The net share of new families (after deadweight) in whom a youth-care
//! trajectory must be prevented for the avoided costs to equal the costs, both as present values,
//! with central values: `cost_pv / Σ_y f[y] · youth_care_cost · lag-weighted discount factor`.
//! Above 1 it cannot be reached with youth-care trajectories alone.

use super::initiative::InitiativeId;
use super::notices::{notices, Notice};
use super::params::{ModelParameters, Range3};
use super::scenario::{calendar_year, validate, Scenario, ScenarioError, MAX_HORIZON_YEARS};

/// Results for one initiative in one calendar year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearLine {
    pub initiative: InitiativeId,
    pub matches: u32,
    /// Families newly reached this year.
    pub families_reached: f64,
    pub volunteers: f64,
    pub volunteer_hours: Range3,
    pub cost: Range3,
    /// Avoided youth-care and placement costs that fall in this year (municipal budget).
    /// Totals and cumulative sums are ordered (low ≤ central ≤ high); a single year need not be,
    /// because the low and high worlds have different effect lags. Use the Monte Carlo bands for
    /// a yearly band.
    pub avoided_costs: Range3,
    /// Volunteer wellbeing (social value, not money back to the municipality).
    pub social_value: Range3,
}

/// One calendar year: its lines and their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct YearResult {
    pub year: i32,
    /// True for the years after the horizon in which only delayed effects fall.
    pub after_horizon: bool,
    /// One line per initiative, in scenario order.
    pub lines: Vec<YearLine>,
    /// The sum of `lines`. Its `initiative` has no meaning (it is the first line's initiative,
    /// or the first of [`InitiativeId::ALL`] when there are no lines).
    pub total: YearLine,
}

/// Totals over all years (undiscounted and present values).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Totals {
    pub matches: u32,
    pub families_reached: f64,
    pub volunteer_hours: Range3,
    pub cost: Range3,
    pub avoided_costs: Range3,
    /// Part of `avoided_costs` that falls after the horizon. Not necessarily ordered: the low
    /// world has the longest effect lag (most after the horizon), the high world the shortest.
    pub avoided_after_horizon: Range3,
    pub social_value: Range3,
    /// avoided − cost (low = pessimistic: low avoided − high cost).
    pub net_result: Range3,
    pub cost_pv: Range3,
    pub avoided_costs_pv: Range3,
    pub net_result_pv: Range3,
    /// avoided_pv / cost_pv; `None` when nothing is spent.
    pub benefit_cost_ratio: Option<Range3>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub years: Vec<YearResult>,
    /// Per initiative totals, in scenario order.
    pub per_initiative: Vec<(InitiativeId, Totals)>,
    pub total: Totals,
    /// Share of reached families in whom a youth-care trajectory must be prevented (net of
    /// deadweight) for the avoided costs to equal the costs (present values, central values).
    /// `None` when no family is reached.
    pub break_even_share: Option<f64>,
    pub notices: Vec<Notice>,
    /// Whether any cost falls in a start year, where the start-up surcharge (an assumption)
    /// applies: the cost is then not from the sources alone.
    pub includes_startup_surcharge: bool,
}

/// Longest effect lag the model accepts (years). [`Projection::years`] always runs this many
/// years past the horizon, so a chart keeps its axis when the lag changes.
pub const MAX_EFFECT_LAG_YEARS: u32 = 3;

/// Most years a projection can have (horizon plus the years in which delayed effects fall).
pub const MAX_PROJECTION_YEARS: usize = (MAX_HORIZON_YEARS + MAX_EFFECT_LAG_YEARS) as usize;

/// Avoided cost per new family (net of deadweight) for one set of benefit values.
#[inline]
pub fn avoided_per_family(
    share_youth_care: f64,
    youth_care_cost: f64,
    share_placement: f64,
    placement_cost_per_year: f64,
    placement_years: f64,
    deadweight: f64,
) -> f64 {
    (1.0 - deadweight)
        * (share_youth_care * youth_care_cost
            + share_placement * placement_cost_per_year * placement_years)
}

/// Avoided cost per new family: low with every benefit parameter at its pessimistic end,
/// high at its optimistic end (see the module documentation).
pub fn avoided_cost_per_family(p: &ModelParameters) -> Range3 {
    let value = |pick: fn(&Range3) -> f64, dw: fn(&Range3) -> f64| {
        avoided_per_family(
            pick(&p.share_youth_care_avoided),
            pick(&p.youth_care_cost),
            pick(&p.share_placement_avoided),
            pick(&p.placement_cost_per_year),
            pick(&p.placement_years),
            dw(&p.deadweight),
        )
    };
    Range3 {
        low: value(|r| r.low, |r| r.high),
        central: value(|r| r.central, |r| r.central),
        high: value(|r| r.high, |r| r.low),
    }
}

/// New families per year from the active matches (steady-turnover approximation, see the
/// module documentation). `duration` below one year is treated as one year.
#[inline]
pub fn new_families(matches: &[f64], duration: f64, out: &mut [f64]) {
    // Comparisons rather than `f64::min`/`max`, which are libm calls at `opt-level = "z"`.
    let duration = if duration > 1.0 { duration } else { 1.0 };
    let carry = 1.0 - 1.0 / duration;
    let mut previous = 0.0;
    for (&m, f) in matches.iter().zip(out.iter_mut()) {
        let carry_over = previous * carry;
        let carried = if carry_over < m { carry_over } else { m };
        *f = m - carried;
        previous = m;
    }
}

/// A lag in years as (whole years, fraction of the effect that falls one year later).
/// Clamped to `0..=MAX_EFFECT_LAG_YEARS`.
pub fn lag_split(lag: f64) -> (usize, f64) {
    let lag = if lag.is_finite() {
        lag.clamp(0.0, f64::from(MAX_EFFECT_LAG_YEARS))
    } else {
        0.0
    };
    let whole = lag.floor();
    (whole as usize, lag - whole)
}

/// `1 / (1 + rate)^year` for `year = 0..years`.
pub fn discount_factors(rate: f64, years: usize) -> Vec<f64> {
    let base = 1.0 / (1.0 + rate.max(0.0));
    std::iter::successors(Some(1.0), |f| Some(f * base))
        .take(years)
        .collect()
}

/// Present value of a yearly series (year 0 undiscounted).
pub fn present_value(values: impl IntoIterator<Item = f64>, factors: &[f64]) -> f64 {
    values.into_iter().zip(factors).map(|(v, f)| v * f).sum()
}

/// Spreads `families × per_family` over the years after `year` according to the lag.
fn add_lagged(out: &mut [f64], year: usize, amount: f64, (whole, fraction): (usize, f64)) {
    if let Some(slot) = out.get_mut(year + whole) {
        *slot += amount * (1.0 - fraction);
    }
    if fraction > 0.0 {
        if let Some(slot) = out.get_mut(year + whole + 1) {
            *slot += amount * fraction;
        }
    }
}

/// The benefit side of one of the three variants (low, central, high).
struct BenefitVariant {
    per_family: f64,
    lag: (usize, f64),
    duration: fn(&Range3) -> f64,
}

fn benefit_variants(p: &ModelParameters) -> [BenefitVariant; 3] {
    let per_family = avoided_cost_per_family(p);
    [
        // Pessimistic: longest match (fewest new families), longest lag.
        BenefitVariant {
            per_family: per_family.low,
            lag: lag_split(p.effect_lag_years.high),
            duration: |r| r.high,
        },
        BenefitVariant {
            per_family: per_family.central,
            lag: lag_split(p.effect_lag_years.central),
            duration: |r| r.central,
        },
        BenefitVariant {
            per_family: per_family.high,
            lag: lag_split(p.effect_lag_years.low),
            duration: |r| r.low,
        },
    ]
}

fn empty_line(initiative: InitiativeId) -> YearLine {
    YearLine {
        initiative,
        matches: 0,
        families_reached: 0.0,
        volunteers: 0.0,
        volunteer_hours: Range3::ZERO,
        cost: Range3::ZERO,
        avoided_costs: Range3::ZERO,
        social_value: Range3::ZERO,
    }
}

fn add_line(sum: &mut YearLine, line: &YearLine) {
    sum.matches += line.matches;
    sum.families_reached += line.families_reached;
    sum.volunteers += line.volunteers;
    sum.volunteer_hours = sum.volunteer_hours + line.volunteer_hours;
    sum.cost = sum.cost + line.cost;
    sum.avoided_costs = sum.avoided_costs + line.avoided_costs;
    sum.social_value = sum.social_value + line.social_value;
}

/// Totals of one series of year lines (index = programme year).
fn totals<'a>(
    lines: impl Iterator<Item = &'a YearLine>,
    horizon: usize,
    factors: &[f64],
) -> Totals {
    let mut sum = empty_line(InitiativeId::ALL[0]);
    let mut after = Range3::ZERO;
    let mut cost_pv = Range3::ZERO;
    let mut avoided_pv = Range3::ZERO;
    for (index, line) in lines.enumerate() {
        add_line(&mut sum, line);
        if index >= horizon {
            after = after + line.avoided_costs;
        }
        let factor = factors.get(index).copied().unwrap_or(0.0);
        cost_pv = cost_pv + line.cost.scale(factor);
        avoided_pv = avoided_pv + line.avoided_costs.scale(factor);
    }
    let net = |avoided: Range3, cost: Range3| Range3 {
        low: avoided.low - cost.high,
        central: avoided.central - cost.central,
        high: avoided.high - cost.low,
    };
    let benefit_cost_ratio = (cost_pv.low > 0.0).then(|| Range3 {
        low: avoided_pv.low / cost_pv.high,
        central: avoided_pv.central / cost_pv.central,
        high: avoided_pv.high / cost_pv.low,
    });
    Totals {
        matches: sum.matches,
        families_reached: sum.families_reached,
        volunteer_hours: sum.volunteer_hours,
        cost: sum.cost,
        avoided_costs: sum.avoided_costs,
        avoided_after_horizon: after,
        social_value: sum.social_value,
        net_result: net(sum.avoided_costs, sum.cost),
        cost_pv,
        avoided_costs_pv: avoided_pv,
        net_result_pv: net(avoided_pv, cost_pv),
        benefit_cost_ratio,
    }
}

/// Projects a scenario: yearly costs, families reached, avoided costs and social value per
/// initiative, their totals and present values, the break-even share and the notices.
///
/// Returns the first [`ScenarioError`] of [`validate`] for invalid input. For a valid scenario
/// and parameters built by `ModelParameters::from_set` it never fails and every number is
/// finite. No initiatives is valid: every year is zero and there is no break-even share.
pub fn project(params: &ModelParameters, scenario: &Scenario) -> Result<Projection, ScenarioError> {
    validate(scenario).map_err(|mut errors| errors.swap_remove(0))?;
    let horizon = scenario.horizon_years as usize;
    let years = horizon + MAX_EFFECT_LAG_YEARS as usize;
    let factors = discount_factors(params.discount_rate, years);
    let variants = benefit_variants(params);
    let (central_whole, central_fraction) = variants[1].lag;
    let youth_care_cost = params.youth_care_cost.central;

    // Per line: its year lines, and its share of the break-even denominator.
    let mut per_line: Vec<Vec<YearLine>> = Vec::with_capacity(scenario.lines.len());
    let mut break_even_denominator = 0.0;
    let mut matches = vec![0.0; horizon];
    let mut families = vec![0.0; horizon];
    for line in &scenario.lines {
        let id = line.initiative;
        for (m, &n) in matches.iter_mut().zip(&line.matches_per_year) {
            *m = f64::from(n);
        }
        let cost_per_match = match line.local_cost_per_match {
            Some(local) => Range3::point(local),
            None => *params.cost_per_match.get(id),
        };
        let start_years = line.start_years(*params.start_years.get(id));
        let duration = params.match_duration_years.get(id);
        let hours = *params.volunteer_hours_per_match.get(id);

        // Avoided costs per year for each variant.
        let mut avoided = [vec![0.0; years], vec![0.0; years], vec![0.0; years]];
        for (variant, out) in variants.iter().zip(avoided.iter_mut()) {
            new_families(&matches, (variant.duration)(duration), &mut families);
            for (y, f) in families.iter().enumerate() {
                add_lagged(out, y, f * variant.per_family, variant.lag);
            }
        }
        // Central families, for the reported count and the break-even share.
        new_families(&matches, duration.central, &mut families);
        for (y, f) in families.iter().enumerate() {
            let mut weight = 0.0;
            if let Some(factor) = factors.get(y + central_whole) {
                weight += factor * (1.0 - central_fraction);
            }
            if central_fraction > 0.0 {
                if let Some(factor) = factors.get(y + central_whole + 1) {
                    weight += factor * central_fraction;
                }
            }
            break_even_denominator += f * youth_care_cost * weight;
        }

        let lines = (0..years)
            .map(|y| {
                let m = matches.get(y).copied().unwrap_or(0.0);
                let surcharge = if start_years.contains(&y) {
                    params.startup_surcharge
                } else {
                    Range3::ZERO
                };
                let volunteers = params.volunteers_per_match.scale(m);
                YearLine {
                    initiative: id,
                    matches: line.matches_per_year.get(y).copied().unwrap_or(0),
                    families_reached: families.get(y).copied().unwrap_or(0.0),
                    volunteers: volunteers.central,
                    volunteer_hours: hours.scale(m),
                    cost: Range3 {
                        low: m * cost_per_match.low * (1.0 + surcharge.low),
                        central: m * cost_per_match.central * (1.0 + surcharge.central),
                        high: m * cost_per_match.high * (1.0 + surcharge.high),
                    },
                    avoided_costs: Range3::new(avoided[0][y], avoided[1][y], avoided[2][y]),
                    social_value: Range3 {
                        low: volunteers.low * params.volunteer_wellbeing_per_year.low,
                        central: volunteers.central * params.volunteer_wellbeing_per_year.central,
                        high: volunteers.high * params.volunteer_wellbeing_per_year.high,
                    },
                }
            })
            .collect();
        per_line.push(lines);
    }

    let total_initiative = scenario
        .lines
        .first()
        .map_or(InitiativeId::ALL[0], |l| l.initiative);
    let year_results: Vec<YearResult> = (0..years)
        .map(|y| {
            let lines: Vec<YearLine> = per_line.iter().map(|l| l[y].clone()).collect();
            let mut total = empty_line(total_initiative);
            for line in &lines {
                add_line(&mut total, line);
            }
            YearResult {
                year: calendar_year(scenario.first_year, y),
                after_horizon: y >= horizon,
                lines,
                total,
            }
        })
        .collect();
    let per_initiative = scenario
        .lines
        .iter()
        .zip(&per_line)
        .map(|(line, lines)| (line.initiative, totals(lines.iter(), horizon, &factors)))
        .collect();
    let total = totals(year_results.iter().map(|r| &r.total), horizon, &factors);
    let includes_startup_surcharge = scenario.lines.iter().any(|line| {
        let start_years = line.start_years(*params.start_years.get(line.initiative));
        line.matches_per_year
            .iter()
            .enumerate()
            .any(|(y, &m)| m > 0 && start_years.contains(&y))
    });
    let break_even_share =
        (break_even_denominator > 0.0).then(|| total.cost_pv.central / break_even_denominator);
    Ok(Projection {
        years: year_results,
        per_initiative,
        total,
        break_even_share,
        notices: notices(params, scenario),
        includes_startup_surcharge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_families_follow_the_turnover_rule() {
        let mut out = [0.0; 4];
        new_families(&[10.0, 10.0, 20.0, 0.0], 2.0, &mut out);
        // Year 1: half of last year's 10 carry over; year 2: 5 carry, 15 new; year 3: none.
        assert_eq!(out, [10.0, 5.0, 15.0, 0.0]);
        new_families(&[10.0, 10.0, 20.0, 0.0], 1.0, &mut out);
        assert_eq!(out, [10.0, 10.0, 20.0, 0.0]);
    }

    #[test]
    fn a_fractional_lag_splits_between_two_years() {
        assert_eq!(lag_split(1.25), (1, 0.25));
        assert_eq!(lag_split(2.0), (2, 0.0));
        assert_eq!(lag_split(9.0), (MAX_EFFECT_LAG_YEARS as _, 0.0));
        let mut out = [0.0; 4];
        add_lagged(&mut out, 0, 100.0, lag_split(1.25));
        assert_eq!(out, [0.0, 75.0, 25.0, 0.0]);
    }

    #[test]
    fn discount_factors_start_at_one() {
        let f = discount_factors(0.0225, 3);
        assert_eq!(f[0], 1.0);
        assert!((f[2] - 1.0 / 1.0225f64.powi(2)).abs() < 1e-15);
    }
}
