//! A scenario: what a municipality considers funding.

use super::initiative::InitiativeId;

/// Longest horizon the app accepts (years).
pub const MAX_HORIZON_YEARS: u32 = 10;
/// Default horizon: one council term, and the minimum subsidy term the initiatives ask for.
pub const DEFAULT_HORIZON_YEARS: u32 = 4;
/// First year of a new scenario (and of a share link that names no valid year).
pub const DEFAULT_FIRST_YEAR: i32 = 2027;
/// More matches than this for one initiative in one year is taken as a typing error.
pub const MAX_MATCHES_PER_YEAR: u32 = 10_000;
/// A local cost per match above this is taken as a typing error (euros per year).
pub const MAX_LOCAL_COST: f64 = 100_000.0;
/// Longest scenario name kept (characters): a name is a municipality or a short label. Links,
/// the name field and imported files all cut or refuse at this length.
pub const MAX_NAME_CHARS: usize = 80;

/// One chosen initiative with the matches (koppelingen) funded in each year.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioLine {
    pub initiative: InitiativeId,
    /// Matches funded in each year of the horizon; `matches_per_year.len() == horizon_years`.
    pub matches_per_year: Vec<u32>,
    /// The municipality's own cost per match per year, replacing the table's range.
    pub local_cost_per_match: Option<f64>,
}

impl ScenarioLine {
    /// The programme year (counted from 0) in which this initiative starts: its first year with
    /// matches, which need not be the programme's first year. `None` when it has none.
    pub fn first_year_with_matches(&self) -> Option<usize> {
        self.matches_per_year.iter().position(|&m| m > 0)
    }

    /// The programme years that are this initiative's start years: the first `count` years from
    /// its first year with matches (empty, past the horizon, when it has none).
    pub fn start_years(&self, count: u32) -> std::ops::Range<usize> {
        let first = self
            .first_year_with_matches()
            .unwrap_or(self.matches_per_year.len());
        first..first + count as usize
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// Free text typed by the user (e.g. the municipality's name). Never interpreted as HTML.
    pub name: String,
    pub first_year: i32,
    pub horizon_years: u32,
    /// At most one line per initiative, in [`InitiativeId::ALL`] order.
    pub lines: Vec<ScenarioLine>,
    /// The municipality's own name and figures, entered by the user; they set the scenario
    /// beside the municipality's scale but change nothing the model computes.
    pub municipality: Municipality,
}

/// The municipality's own figures, each optional (checked by `data::municipality`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Municipality {
    /// The municipality's name ("Zeist"), kept apart from the scenario's name ("Ambitieus").
    pub name: String,
    /// Inhabitants.
    pub inhabitants: Option<u32>,
    /// Young people aged 0 to 17.
    pub young_people: Option<u32>,
    /// Young people with youth care (jeugdhulp) in a year.
    pub youth_care_clients: Option<u32>,
    /// Realised youth-care spending in a year, in euros.
    pub youth_care_spending: Option<f64>,
    /// The municipality's own note beside its figures (a few sentences), and who to ask.
    /// User text, checked by `data::municipality`; shown only as text, never as markup.
    pub note: String,
    pub contact: Contact,
    /// What the coordinators' annual reports say was realised, per initiative and year (checked
    /// by `data::realised`); the model's projection does not use them.
    pub realised: Vec<Realised>,
}

/// What the annual report says one initiative realised in one calendar year; each figure may be
/// left empty.
#[derive(Debug, Clone, PartialEq)]
pub struct Realised {
    pub initiative: InitiativeId,
    pub year: i32,
    pub matches: Option<u32>,
    pub families: Option<u32>,
    pub volunteer_hours: Option<u32>,
    /// What it actually cost, in euros.
    pub cost: Option<f64>,
}

impl Realised {
    pub fn new(initiative: InitiativeId, year: i32) -> Realised {
        Realised {
            initiative,
            year,
            matches: None,
            families: None,
            volunteer_hours: None,
            cost: None,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Realised::new(self.initiative, self.year)
    }
}

/// The municipality's contact person for its own note; each part may be empty.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: String,
}

impl Municipality {
    /// Whether any figure or the name is filled in.
    pub fn is_empty(&self) -> bool {
        *self == Municipality::default()
    }

    /// The name as it follows "gemeente" in a text: trimmed, and without a "Gemeente" the user
    /// typed in front ("Gemeente Zeist" → "Zeist"), so no text says "de gemeente Gemeente Zeist".
    pub fn place(&self) -> &str {
        let name = self.name.trim();
        let prefix = "gemeente ";
        match name.get(..prefix.len()) {
            Some(head) if head.eq_ignore_ascii_case(prefix) => name[prefix.len()..].trim_start(),
            _ => name,
        }
    }

    /// "De gemeente Zeist", or "De gemeente" without a name.
    pub fn subject(&self) -> String {
        let name = self.place();
        if name.is_empty() {
            "De gemeente".to_string()
        } else {
            format!("De gemeente {name}")
        }
    }
}

/// Why a scenario cannot be projected. Each names the field in Dutch.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioError {
    /// Machine name of the field, e.g. `koppelingen.home-start.2`.
    pub field: String,
    /// Dutch message for the page, naming the field as a user sees it.
    pub message: String,
}

/// Earliest and latest first year accepted (wide; only guards against nonsense and overflow).
pub const FIRST_YEAR_RANGE: (i32, i32) = (1900, 2200);

/// Calendar year of the 0-based programme year `index` (year 0 is `first_year`).
pub fn calendar_year(first_year: i32, index: usize) -> i32 {
    first_year.saturating_add(i32::try_from(index).unwrap_or(i32::MAX))
}

/// The heaviest scenario the app allows in shape: all four initiatives over the longest horizon,
/// rising from 10 to 55 matches a year. The benchmarks time the model on it, natively
/// (`benches/model.rs`) and in the browser (page `/meting`), so both measure the same work.
pub fn reference_scenario() -> Scenario {
    Scenario {
        municipality: Default::default(),
        name: "meting".into(),
        first_year: DEFAULT_FIRST_YEAR,
        horizon_years: MAX_HORIZON_YEARS,
        lines: InitiativeId::ALL
            .iter()
            .map(|&initiative| ScenarioLine {
                initiative,
                matches_per_year: (0..MAX_HORIZON_YEARS).map(|y| 10 + 5 * y).collect(),
                local_cost_per_match: None,
            })
            .collect(),
    }
}

fn error(field: String, message: String) -> ScenarioError {
    ScenarioError { field, message }
}

/// Checks a scenario before it is projected. Returns every problem, each with the field's machine
/// name and a Dutch message naming the field as a user sees it. Breaking an initiative's own rules
/// (minimum matches, minimum years) is not an error but a notice (see `notices`).
///
/// Invalid: a horizon outside `1..=MAX_HORIZON_YEARS`; a first year outside [`FIRST_YEAR_RANGE`];
/// a line whose number of years differs from the horizon; more than [`MAX_MATCHES_PER_YEAR`]
/// matches in a year; a local cost that is not a number, not above zero or above
/// [`MAX_LOCAL_COST`]; an initiative twice. No initiative at all is valid (nothing is spent).
pub fn validate(scenario: &Scenario) -> Result<(), Vec<ScenarioError>> {
    let mut errors = Vec::new();
    let horizon = scenario.horizon_years;
    if !(1..=MAX_HORIZON_YEARS).contains(&horizon) {
        errors.push(error(
            "looptijd".into(),
            format!("De looptijd moet tussen 1 en {MAX_HORIZON_YEARS} jaar liggen (ingevuld: {horizon})."),
        ));
    }
    let (first, last) = FIRST_YEAR_RANGE;
    if !(first..=last).contains(&scenario.first_year) {
        errors.push(error(
            "eerste_jaar".into(),
            format!(
                "Het eerste jaar moet tussen {first} en {last} liggen (ingevuld: {}).",
                scenario.first_year
            ),
        ));
    }
    let mut seen = Vec::with_capacity(scenario.lines.len());
    for line in &scenario.lines {
        let name = line.initiative.name();
        let slug = line.initiative.slug();
        if seen.contains(&line.initiative) {
            errors.push(error(
                format!("initiatieven.{slug}"),
                format!("{name} staat twee keer in het scenario; kies elk initiatief één keer."),
            ));
            continue;
        }
        seen.push(line.initiative);
        if line.matches_per_year.len() != horizon as usize {
            errors.push(error(
                format!("koppelingen.{slug}"),
                format!(
                    "Voor {name} is het aantal koppelingen voor {} jaar ingevuld, maar de looptijd is {horizon} jaar.",
                    line.matches_per_year.len()
                ),
            ));
        }
        for (index, &matches) in line.matches_per_year.iter().enumerate() {
            if matches > MAX_MATCHES_PER_YEAR {
                errors.push(error(
                    format!("koppelingen.{slug}.{index}"),
                    format!(
                        "Aantal koppelingen voor {name} in {} is te groot (maximaal {}).",
                        calendar_year(scenario.first_year, index),
                        super::format::integer(f64::from(MAX_MATCHES_PER_YEAR))
                    ),
                ));
            }
        }
        if let Some(cost) = line.local_cost_per_match {
            let message = if !cost.is_finite() || cost <= 0.0 {
                Some(format!(
                    "De eigen kosten per koppeling voor {name} moeten een bedrag boven €\u{a0}0 zijn."
                ))
            } else if cost > MAX_LOCAL_COST {
                Some(format!(
                    "De eigen kosten per koppeling voor {name} zijn te hoog (maximaal €\u{a0}{} per jaar).",
                    super::format::integer(MAX_LOCAL_COST)
                ))
            } else {
                None
            };
            if let Some(message) = message {
                errors.push(error(format!("lokale_kosten.{slug}"), message));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(initiative: InitiativeId, years: usize) -> ScenarioLine {
        ScenarioLine {
            initiative,
            matches_per_year: vec![10; years],
            local_cost_per_match: None,
        }
    }

    fn scenario(lines: Vec<ScenarioLine>) -> Scenario {
        Scenario {
            municipality: Default::default(),
            name: String::new(),
            first_year: 2027,
            horizon_years: 4,
            lines,
        }
    }

    #[test]
    fn too_many_matches_names_initiative_and_year() {
        let mut s = scenario(vec![line(InitiativeId::HomeStart, 4)]);
        s.lines[0].matches_per_year[1] = MAX_MATCHES_PER_YEAR + 1;
        let errors = validate(&s).unwrap_err();
        assert_eq!(errors[0].field, "koppelingen.home-start.1");
        assert_eq!(
            errors[0].message,
            "Aantal koppelingen voor Home-Start in 2028 is te groot (maximaal 10.000)."
        );
    }

    #[test]
    fn every_kind_of_invalid_input_is_reported() {
        let mut s = scenario(vec![
            line(InitiativeId::Steunouder, 3),
            line(InitiativeId::Steunouder, 4),
        ]);
        s.lines[0].local_cost_per_match = Some(f64::NAN);
        s.horizon_years = 11;
        let fields: Vec<String> = validate(&s)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(fields.contains(&"looptijd".to_string()));
        assert!(fields.contains(&"koppelingen.steunouder".to_string()));
        assert!(fields.contains(&"lokale_kosten.steunouder".to_string()));
        assert!(fields.contains(&"initiatieven.steunouder".to_string()));
    }

    #[test]
    fn no_initiatives_is_valid() {
        assert_eq!(validate(&scenario(Vec::new())), Ok(()));
    }
}
