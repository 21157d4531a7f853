//! The deterministic projection: scenario + parameters → yearly costs and outcomes.

use super::initiative::InitiativeId;
use super::notices::Notice;
use super::params::Range3;

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
    pub lines: Vec<YearLine>,
    pub total: YearLine,
}

/// Totals over all years (undiscounted and present values).
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub matches: u32,
    pub families_reached: f64,
    pub volunteer_hours: Range3,
    pub cost: Range3,
    pub avoided_costs: Range3,
    /// Part of `avoided_costs` that falls after the horizon.
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
}
