//! The deterministic projection: scenario + parameters → yearly costs and outcomes.
//!
//! # How the model computes (all inputs from `parameters.json`, see the assumptions page)
//!
//! **Unit.** The koppeling (match) and its cost per year. A scenario line gives, per initiative,
//! the matches funded (active) in each programme year `y = 0..horizon`.
//!
//! The arithmetic lives in one kernel, [`evaluate`]; its documentation
//! states every rule. This module evaluates it in three worlds and arranges the results.
//!
//! **Low / central / high.** The kernel runs in the pessimistic, the central and the optimistic
//! world ([`Outlook`]); a value the user chose stays as chosen in all three. Cost low is the
//! optimistic world's cost (every cost quantity at its low end), cost high the pessimistic world's; avoided low is the pessimistic world's, avoided high
//! the optimistic world's. So net low = avoided low − cost high is the pessimistic world's net,
//! net high the optimistic world's; the benefit–cost ratio likewise. Because each end is one
//! world, lows add up across years and initiatives.
//!
//! **Break-even share.** The net share of new families (after deadweight) in whom a youth-care
//! trajectory must be prevented for the avoided costs to equal the costs, both as present values,
//! in the central world: `cost_pv / Σ_y f[y] · youth_care_cost · lag-weighted discount factor`.
//! Above 1 it cannot be reached with youth-care trajectories alone. The pages set it against the
//! assumption, which is gross, on that footing: [`Projection::break_even_gross`].

use super::initiative::InitiativeId;
use super::notices::{notices, Notice};
use super::params::ModelParameters;
use super::range::Range3;
use super::scenario::{calendar_year, validate, Scenario, ScenarioError};
use super::world::{evaluate, evaluate_volunteers, Flows, Kind, Outlook, Prepared};

pub use super::world::{MAX_EFFECT_LAG_YEARS, MAX_PROJECTION_YEARS};

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
    /// deadweight) for the avoided costs, placements included at their assumption, to equal the
    /// costs (present values, central values): where `total.net_result_pv.central` would be
    /// zero. `None` when no family is reached.
    pub break_even_share: Option<f64>,
    /// Present value (central values) of one youth-care trajectory avoided in every family
    /// reached: what the net result gains per unit of that share (the slope of the net-result
    /// chart). 0 when no family is reached.
    pub youth_care_value_pv: f64,
    pub notices: Vec<Notice>,
    /// Whether any cost falls in a start year, where the start-up surcharge (an assumption)
    /// applies: the cost is then not from the sources alone.
    pub includes_startup_surcharge: bool,
    /// How many assumptions differ from their standard value ([`ModelParameters::changed`]):
    /// only at 0 are the figures "bij de standaardwaarden".
    pub changed_assumptions: usize,
    /// The assumed share of new families in whom youth care is avoided, before deadweight, as a
    /// user sets it: the low and high of its range, the central value as used.
    pub youth_care_share: Range3,
    /// The deadweight used (the part that would have happened without a match).
    pub deadweight: f64,
}

impl Projection {
    /// [`Projection::break_even_share`] on the footing of the assumption it is set against
    /// ([`Projection::youth_care_share`]): before deadweight, `net / (1 − deadweight)`. Above 1
    /// it cannot be reached (with a deadweight of 100%, no share pays back: `f64::MAX`).
    pub fn break_even_gross(&self) -> Option<f64> {
        let kept = 1.0 - self.deadweight;
        self.break_even_share.map(|net| {
            if net == 0.0 {
                0.0
            } else if kept > 0.0 {
                net / kept
            } else {
                f64::MAX
            }
        })
    }
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
    // Avoided costs can be negative (earlier professional care costs more than is avoided): then
    // the lowest ratio divides by the lowest cost, so each end takes the worse or better quotient.
    let benefit_cost_ratio = (cost_pv.low > 0.0).then(|| Range3 {
        low: f64::min(avoided_pv.low / cost_pv.high, avoided_pv.low / cost_pv.low),
        central: avoided_pv.central / cost_pv.central,
        high: f64::max(
            avoided_pv.high / cost_pv.low,
            avoided_pv.high / cost_pv.high,
        ),
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

/// The pessimistic, central and optimistic flows of one scenario.
pub struct ThreeWorlds {
    pub pessimistic: Flows,
    pub central: Flows,
    pub optimistic: Flows,
}

impl ThreeWorlds {
    /// Evaluates the kernel in the three worlds.
    pub fn evaluate(params: &ModelParameters, prepared: &Prepared) -> ThreeWorlds {
        let run = |outlook| {
            let world = params.world(outlook);
            let mut flows = Flows::default();
            evaluate(&world, prepared, &mut flows);
            evaluate_volunteers(&world, prepared, &mut flows);
            flows
        };
        ThreeWorlds {
            pessimistic: run(Outlook::Pessimistic),
            central: run(Outlook::Central),
            optimistic: run(Outlook::Optimistic),
        }
    }

    /// A quantity of the pessimistic, central and optimistic world as (low, central, high):
    /// `favourable_high` says whether high is the optimistic end (avoided costs, hours) or the
    /// pessimistic one (cost).
    fn range(&self, favourable_high: bool, value: impl Fn(&Flows) -> f64) -> Range3 {
        let (pessimistic, central, optimistic) = (
            value(&self.pessimistic),
            value(&self.central),
            value(&self.optimistic),
        );
        if favourable_high {
            Range3::new(pessimistic, central, optimistic)
        } else {
            Range3::new(optimistic, central, pessimistic)
        }
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
    let prepared = Prepared::new(scenario);
    let horizon = prepared.horizon();
    let years = prepared.years();
    let worlds = ThreeWorlds::evaluate(params, &prepared);
    let factors = &worlds.central.discount[..years];

    let per_line: Vec<Vec<YearLine>> = scenario
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            (0..years)
                .map(|y| {
                    let in_horizon = |series: &[f64]| series.get(y).copied().unwrap_or(0.0);
                    YearLine {
                        initiative: line.initiative,
                        matches: line.matches_per_year.get(y).copied().unwrap_or(0),
                        families_reached: in_horizon(&worlds.central.families[index][..horizon]),
                        volunteers: in_horizon(&worlds.central.volunteers[index][..horizon]),
                        volunteer_hours: worlds
                            .range(true, |f| in_horizon(&f.volunteer_hours[index][..horizon])),
                        cost: worlds.range(false, |f| f.cost[index][y]),
                        avoided_costs: worlds.range(true, |f| f.avoided[index][y]),
                        social_value: worlds
                            .range(true, |f| in_horizon(&f.social_value[index][..horizon])),
                    }
                })
                .collect()
        })
        .collect();

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
        .map(|(line, lines)| (line.initiative, totals(lines.iter(), horizon, factors)))
        .collect();
    let total = totals(year_results.iter().map(|r| &r.total), horizon, factors);
    Ok(Projection {
        years: year_results,
        per_initiative,
        total,
        break_even_share: worlds.central.break_even_share(),
        youth_care_value_pv: worlds.central.youth_care_value_pv,
        notices: notices(params, scenario),
        includes_startup_surcharge: prepared
            .has_matches_in_start_years(&params.world(Outlook::Central)),
        changed_assumptions: params.changed(),
        youth_care_share: params.range(Kind::ShareYouthCareAvoided),
        deadweight: params.central(Kind::Deadweight),
    })
}
