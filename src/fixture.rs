//! The one test fixture of the crate, for its unit tests and for `tests/*.rs`: the shipped data
//! files, read and checked once per test binary, and scenarios written in one line. Native only
//! (it never reaches the wasm) and hidden from the docs; not for the app's own code.
//!
//! ```text
//! use steunwijzer::fixture::{home_start, line, model, scenario};
//! let s = scenario([line(HomeStart, &[20; 4]), line(SamenOplopen, &[10, 10, 25, 10])]);
//! let projection = project(&model(&[("discontovoet", 0.0)]), &home_start(20));
//! ```

use std::sync::OnceLock;

use crate::data::collectief::parse_collectief;
use crate::data::parameters::parse_parameters;
use crate::data::url_scenario::decode;
use crate::model::collectief::CollectiefTable;
use crate::model::initiative::InitiativeId;
use crate::model::overrides::Overrides;
use crate::model::params::{ModelParameters, ParameterSet};
use crate::model::projection::{project, Projection};
use crate::model::scenario::{
    Municipality, Scenario, ScenarioLine, DEFAULT_FIRST_YEAR, DEFAULT_HORIZON_YEARS,
};

/// The shipped parameter file, as the app reads it.
pub const PARAMETERS_JSON: &str = include_str!("../assets/data/parameters.json");
/// The shipped table of the Collectief.
pub const COLLECTIEF_JSON: &str = include_str!("../assets/data/collectief.json");

/// The shipped parameters (a copy: a test may edit it).
pub fn set() -> ParameterSet {
    static SET: OnceLock<ParameterSet> = OnceLock::new();
    SET.get_or_init(|| {
        parse_parameters(PARAMETERS_JSON).expect("the shipped parameter file is valid")
    })
    .clone()
}

/// The shipped default of parameter `id`.
pub fn value(id: &str) -> f64 {
    set()
        .get(id)
        .unwrap_or_else(|| panic!("no parameter ‘{id}’ in the shipped file"))
        .value
}

/// The model at the shipped defaults with `overrides` set (each within its range).
pub fn model(overrides: &[(&str, f64)]) -> ModelParameters {
    model_with(
        &overrides
            .iter()
            .map(|(id, v)| (id.to_string(), *v))
            .collect(),
    )
}

/// [`model`] with the overrides as a share link carries them.
pub fn model_with(overrides: &Overrides) -> ModelParameters {
    ModelParameters::from_set(&set(), overrides).expect("overrides within their ranges")
}

/// The shipped table of the Collectief.
pub fn collectief() -> CollectiefTable {
    static TABLE: OnceLock<CollectiefTable> = OnceLock::new();
    TABLE
        .get_or_init(|| parse_collectief(COLLECTIEF_JSON).expect("the shipped table is valid"))
        .clone()
}

/// One initiative with `matches` in each year of the horizon, at the table's price.
pub fn line(initiative: InitiativeId, matches: &[u32]) -> ScenarioLine {
    ScenarioLine {
        initiative,
        matches_per_year: matches.to_vec(),
        local_cost_per_match: None,
    }
}

/// [`line`] at the municipality's own price per match.
pub fn priced(initiative: InitiativeId, matches: &[u32], cost_per_match: f64) -> ScenarioLine {
    ScenarioLine {
        local_cost_per_match: Some(cost_per_match),
        ..line(initiative, matches)
    }
}

/// A scenario of `lines` from the default first year, its horizon as long as the first line's
/// years (the default four without lines), without a name or municipality. Set those with
/// struct update: `Scenario { name: "Ambitieus".into(), ..scenario([…]) }`.
pub fn scenario(lines: impl IntoIterator<Item = ScenarioLine>) -> Scenario {
    let lines: Vec<ScenarioLine> = lines.into_iter().collect();
    Scenario {
        name: String::new(),
        first_year: DEFAULT_FIRST_YEAR,
        horizon_years: lines.first().map_or(DEFAULT_HORIZON_YEARS, |l| {
            u32::try_from(l.matches_per_year.len()).unwrap_or(DEFAULT_HORIZON_YEARS)
        }),
        lines,
        municipality: Municipality::default(),
    }
}

/// Home-Start alone with `matches` a year over the default four years: the scenario most
/// worked examples start from.
pub fn home_start(matches: u32) -> Scenario {
    scenario([line(
        InitiativeId::HomeStart,
        &vec![matches; DEFAULT_HORIZON_YEARS as usize],
    )])
}

/// A municipality of 40.000 inhabitants with all four figures filled in.
pub fn zeist() -> Municipality {
    Municipality {
        name: "Zeist".into(),
        inhabitants: Some(40_000),
        young_people: Some(8_000),
        youth_care_clients: Some(1_150),
        youth_care_spending: Some(14_000_000.0),
        ..Municipality::default()
    }
}

/// The rest of a scenario, set in the same line: `home_start(20).named("Ambitieus").of(zeist())`.
pub trait ScenarioBuilder {
    /// With the scenario's own name (as typed in the name field).
    fn named(self, name: &str) -> Self;
    /// With the municipality's name and figures.
    fn of(self, municipality: Municipality) -> Self;
}

impl ScenarioBuilder for Scenario {
    fn named(self, name: &str) -> Self {
        Scenario {
            name: name.to_string(),
            ..self
        }
    }

    fn of(self, municipality: Municipality) -> Self {
        Scenario {
            municipality,
            ..self
        }
    }
}

/// A scenario as a share link carries it, read with the shipped parameters and projected.
pub struct Linked {
    pub set: ParameterSet,
    pub scenario: Scenario,
    pub overrides: Overrides,
    pub model: ModelParameters,
    pub projection: Projection,
}

/// The scenario of a share-link `query`, which must read without a message.
pub fn linked(query: &str) -> Linked {
    let set = set();
    let decoded = decode(query, &|id: &str| set.allowed_range(id));
    assert!(decoded.dropped.is_empty(), "{:?}", decoded.dropped);
    let model = ModelParameters::from_set(&set, &decoded.overrides).expect("model");
    let projection = project(&model, &decoded.scenario).expect("projection");
    Linked {
        set,
        scenario: decoded.scenario,
        overrides: decoded.overrides,
        model,
        projection,
    }
}

/// Asserts that `text` says each of `parts`, naming the first it lacks with the whole text.
#[track_caller]
pub fn assert_says(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "lacks {part:?} in: {text}");
    }
}
