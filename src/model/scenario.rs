//! A scenario: what a municipality considers funding.

use super::initiative::InitiativeId;

/// Longest horizon the app accepts (years).
pub const MAX_HORIZON_YEARS: u32 = 10;
/// Default horizon: one council term, and the minimum subsidy term the initiatives ask for.
pub const DEFAULT_HORIZON_YEARS: u32 = 4;
/// More matches than this for one initiative in one year is taken as a typing error.
pub const MAX_MATCHES_PER_YEAR: u32 = 10_000;
/// A local cost per match above this is taken as a typing error (euros per year).
pub const MAX_LOCAL_COST: f64 = 100_000.0;

/// One chosen initiative with the matches (koppelingen) funded in each year.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioLine {
    pub initiative: InitiativeId,
    /// Matches funded in each year of the horizon; `matches_per_year.len() == horizon_years`.
    pub matches_per_year: Vec<u32>,
    /// The municipality's own cost per match per year, replacing the table's range.
    pub local_cost_per_match: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Free text typed by the user (e.g. the municipality's name). Never interpreted as HTML.
    pub name: String,
    pub first_year: i32,
    pub horizon_years: u32,
    /// At most one line per initiative, in [`InitiativeId::ALL`] order.
    pub lines: Vec<ScenarioLine>,
}

/// Why a scenario cannot be projected. Each names the field in Dutch.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioError {
    /// Machine name of the field, e.g. `koppelingen.home-start.2`.
    pub field: String,
    /// Dutch message for the page, naming the field as a user sees it.
    pub message: String,
}
