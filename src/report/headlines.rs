//! Headline figures in Dutch, drawn from a projection. One function serves the page, the
//! presentation, the exports and the command-line check, so they can never disagree.

use crate::data::documents::documents;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::params::ModelParameters;
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::Bands;
use crate::model::world::{Kind, Quantity};

/// Whether a figure rests on the sources alone or also on assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Costs and counts: the Collectief's figures times the chosen matches.
    Bronnen,
    /// Avoided costs and what follows from them: rests on assumptions (see the assumptions page).
    Aannames,
    /// Costs in start years: the sources' price plus the assumed start-up surcharge.
    BronnenEnOpstart,
    /// Costs with the municipality's own price per match for at least one initiative.
    EigenPrijs,
    /// The same, and a start year falls in the scenario.
    EigenPrijsEnOpstart,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Bronnen => "uit de bronnen",
            Basis::Aannames => "rust op aannames",
            Basis::BronnenEnOpstart => "bronnen + aanname opstartkosten",
            Basis::EigenPrijs => "eigen prijs van de gemeente",
            Basis::EigenPrijsEnOpstart => "eigen prijs + aanname opstartkosten",
        }
    }
}

/// A headline figure, in the order shown ([`HeadlineId::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadlineId {
    Cost,
    Families,
    VolunteerHours,
    Avoided,
    Net,
    BreakEven,
}

impl HeadlineId {
    /// Every headline figure, in the order the page, the embed and the slide show them.
    pub const ALL: [HeadlineId; 6] = [
        HeadlineId::Cost,
        HeadlineId::Families,
        HeadlineId::VolunteerHours,
        HeadlineId::Avoided,
        HeadlineId::Net,
        HeadlineId::BreakEven,
    ];

    /// The stable id in the page (`data-testid="kerncijfer-<id>"`) and `projectie --ids`.
    pub fn as_str(self) -> &'static str {
        match self {
            HeadlineId::Cost => "kosten",
            HeadlineId::Families => "gezinnen",
            HeadlineId::VolunteerHours => "vrijwilligersuren",
            HeadlineId::Avoided => "vermeden",
            HeadlineId::Net => "netto",
            HeadlineId::BreakEven => "break-even",
        }
    }
}

impl std::fmt::Display for HeadlineId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// Stable id, used as `data-testid="kerncijfer-<id>"`.
    pub id: HeadlineId,
    pub label: String,
    pub value: String,
    pub detail: String,
    pub basis: Basis,
}

/// The calendar year in which the horizon ends.
pub(crate) fn last_year(scenario: &Scenario) -> i32 {
    scenario.first_year + scenario.horizon_years as i32 - 1
}

/// "2027–2030", or one year.
pub fn period(scenario: &Scenario) -> String {
    let last = last_year(scenario);
    if last == scenario.first_year {
        scenario.first_year.to_string()
    } else {
        format!("{}–{}", scenario.first_year, last)
    }
}

/// How the break-even share is counted: like the assumption "aandeel jeugdhulp voorkomen" it is
/// set against, before deducting what would have happened without a match.
pub const BREAK_EVEN_FOOTING: &str =
    "vóór aftrek van wat ook zonder koppeling was gebeurd, zoals de aanname";

/// Where the break-even share (before deadweight, [`Projection::break_even_gross`]) lies against
/// the range of the assumption it is set against: "meer dan de hoogste waarde in de bandbreedte
/// van de aanname (12%)". `None` when there is no share to compare (none needed, none reachable,
/// none computable).
pub fn break_even_against_assumption(projection: &Projection) -> Option<String> {
    let share = projection.break_even_gross()?;
    if !(share > 0.0 && share <= 1.0) {
        return None;
    }
    let range = projection.youth_care_share;
    let (low, central, high) = (
        format::share(range.low),
        format::share(range.central),
        format::share(range.high),
    );
    Some(if share > range.high {
        format!(
            "meer dan de hoogste waarde in de bandbreedte van de aanname ({high}; nu {central})"
        )
    } else if share < range.low {
        format!(
            "minder dan de laagste waarde in de bandbreedte van de aanname ({low}; nu {central})"
        )
    } else if share <= range.central {
        format!("binnen de bandbreedte van de aanname ({low} – {high}) en niet meer dan de aanname zelf ({central})")
    } else {
        format!("binnen de bandbreedte van de aanname ({low} – {high}), boven de aanname zelf ({central})")
    })
}

/// The break-even share in words a council member can judge, on the footing of the assumption it
/// is set against (before deadweight), and where it lies against that assumption's range.
pub fn break_even_sentence(projection: &Projection) -> String {
    match projection.break_even_gross() {
        Some(s) if s > 1.0 => {
            "Vermeden jeugdhulp verdient deze uitgaven niet terug: zelfs als bij elk bereikt gezin een specialistisch jeugdhulptraject niet nodig is, blijven de kosten hoger, ook met de aangenomen vermeden uithuisplaatsingen.".to_string()
        }
        Some(0.0) => "De aangenomen vermeden uithuisplaatsingen verdienen deze uitgaven alleen al terug.".to_string(),
        Some(s) => match format::in_a_hundred(s) {
            Some(words) => {
                let against = break_even_against_assumption(projection)
                    .map_or_else(String::new, |where_| format!(" Dat is {where_}."));
                format!(
                    "De uitgaven verdienen zich terug als bij {words} bereikte gezinnen een specialistisch jeugdhulptraject niet nodig is ({BREAK_EVEN_FOOTING}); de aangenomen vermeden uithuisplaatsingen zijn meegeteld.{against}"
                )
            }
            None => "Geen break-evenpunt: het aandeel is niet te berekenen.".to_string(),
        },
        None => "Geen break-evenpunt: er worden in dit scenario geen gezinnen bereikt.".to_string(),
    }
}

/// Said wherever the youth-care cost drives a figure: it is one illustrative case.
pub const YOUTH_CARE_COST_CAVEAT: &str = "Wat zo’n traject kost, rust op één praktijkvoorbeeld in de eigen position paper van Samen Oplopen.";

/// How the prices are counted: as the wegwijzer gives them, not indexed, not discounted.
pub const PRICE_BASIS: &str = "constante prijzen (prijspeil wegwijzer), niet verdisconteerd";

/// Said under the per-initiative table (audit M5): the model gives every initiative the same
/// avoided cost per new family, so the rows differ only by cost and match duration.
pub const SAME_EFFECT_PER_FAMILY: &str = "Alle vier initiatieven rekenen met dezelfde vermeden kosten per nieuw bereikt gezin: de bronnen geven geen effect per initiatief. De verschillen tussen de rijen komen dus alleen uit de kosten en de duur van een koppeling, niet uit wat een initiatief meer of minder bereikt.";

/// The sanity point set beside the break-even share, cited briefly (the full citation is on the
/// assumptions page): about 1 in 8 reached families improve (AEF 2020, as quoted). A break-even
/// share far above it is unlikely to be reached. How Steunwijzer reads it (a share before
/// deadweight, like the break-even share, for youth care and placements together) is the
/// project's own reading and stands in its own sentence, after the citation.
pub fn sanity_comparison(params: &ModelParameters) -> String {
    format!(
        "{} — {}. {SANITY_SCOPE}",
        sanity_finding(params),
        documents().cite_short(&sanity_source())
    )
}

/// How Steunwijzer applies the sanity point: its own reading, not the source's.
pub const SANITY_SCOPE: &str = "Steunwijzer telt dat als een aandeel vóór aftrek, zoals het break-evenpunt, en legt het naast jeugdhulp en uithuisplaatsing samen.";

/// What the source found, without its citation.
fn sanity_finding(params: &ModelParameters) -> String {
    let bound = params.share_improving_sanity_bound;
    let one_in = format::one_in(bound).unwrap_or_else(|| format::share(bound));
    format!(
        "Ter vergelijking: bij preventieve jeugdinterventies gaat ongeveer {one_in} bereikte gezinnen ({}) er werkelijk op vooruit",
        format::share(bound)
    )
}

/// [`sanity_comparison`] without its citation, for a text that lists its sources at the end.
pub(crate) fn sanity_comparison_uncited(params: &ModelParameters) -> String {
    format!("{}. {SANITY_SCOPE}", sanity_finding(params))
}

fn sanity_source() -> crate::model::sources::SourceRef {
    crate::model::sources::SourceRef::new(
        "aef-stelsel-in-groei",
        "zoals aangehaald in een secundaire bron",
    )
}

/// What the cost figure rests on: the Collectief's prices, the municipality's own price, and
/// whether the assumed start-up surcharge is in it.
pub(crate) fn cost_basis(scenario: &Scenario, projection: &Projection) -> Basis {
    let local = scenario
        .lines
        .iter()
        .any(|l| l.local_cost_per_match.is_some());
    match (local, projection.includes_startup_surcharge) {
        (false, false) => Basis::Bronnen,
        (false, true) => Basis::BronnenEnOpstart,
        (true, false) => Basis::EigenPrijs,
        (true, true) => Basis::EigenPrijsEnOpstart,
    }
}

/// The headline figures. With `bands` (the Monte Carlo simulation of the same scenario), the
/// ranges of the figures that rest on assumptions are its P10–P90; without, the deterministic
/// extremes (every assumption at its low or its high end), which are wider.
pub fn headlines(
    scenario: &Scenario,
    projection: &Projection,
    bands: Option<&Bands>,
) -> Vec<Headline> {
    let total = &projection.total;
    let period = period(scenario);
    let headline = |id: HeadlineId| {
        match id {
        HeadlineId::Cost => Headline {
            id,
            // The euros of each year added up at the wegwijzer's prices: no indexation, no
            // discounting. A budget in current prices would be higher by the inflation since.
            label: format!("Totale kosten {period} (constante prijzen)"),
            // Rounded like every other euro figure and the chart labels: no € 138.656 beside € 139.000.
            value: format::euro_rounded(total.cost.central),
            detail: {
                let (low, high) = format::euro_rounded_pair(total.cost.low, total.cost.high);
                range_text(low, high)
            },
            basis: cost_basis(scenario, projection),
        },
        HeadlineId::Families => Headline {
            id,
            label: "Gezinnen bereikt".to_string(),
            value: format::integer(total.families_reached),
            detail: format!(
                "{} koppelingsjaren",
                format::integer(f64::from(total.matches))
            ),
            basis: Basis::Aannames,
        },
        HeadlineId::VolunteerHours => Headline {
            id,
            label: "Uren inzet van vrijwilligers".to_string(),
            value: format::hundreds(total.volunteer_hours.central),
            detail: range_text(
                format!(
                    "{} uur",
                    format::hundreds(total.volunteer_hours.low)
                ),
                format!(
                    "{} uur",
                    format::hundreds(total.volunteer_hours.high)
                ),
            ),
            basis: Basis::Aannames,
        },
        HeadlineId::Avoided => Headline {
            id,
            label: "Vermeden kosten jeugdhulp en uithuisplaatsing (constante prijzen)".to_string(),
            value: format::euro_rounded(total.avoided_costs.central),
            detail: with_after_horizon(
                uncertainty_text(
                    total.avoided_costs.central,
                    (total.avoided_costs.low, total.avoided_costs.high),
                    bands
                        .and_then(|b| b.years.last())
                        .map(|y| (y.cumulative_avoided.p10, y.cumulative_avoided.p90)),
                    projection.changed_assumptions,
                ),
                total.avoided_after_horizon.central,
                scenario,
            ),
            basis: Basis::Aannames,
        },
        HeadlineId::Net => Headline {
            id,
            label: "Netto resultaat voor de gemeente (contante waarde)".to_string(),
            value: format::euro_rounded(total.net_result_pv.central),
            detail: uncertainty_text(
                total.net_result_pv.central,
                (total.net_result_pv.low, total.net_result_pv.high),
                bands.map(|b| (b.net_result_pv.p10, b.net_result_pv.p90)),
                projection.changed_assumptions,
            ),
            basis: Basis::Aannames,
        },
        HeadlineId::BreakEven => Headline {
            id,
            label: "Terugverdiend als".to_string(),
            // On the footing of the assumption it is set against: before deadweight.
            value: match projection.break_even_gross() {
                // No family reached: there is no share to name (the sentence below says why).
                None => "geen break-evenpunt".to_string(),
                Some(share) if share > 1.0 => "niet haalbaar".to_string(),
                Some(0.0) => "al door de vermeden uithuisplaatsingen".to_string(),
                // A share that cannot be computed names none.
                Some(share) => format::in_a_hundred(share)
                    .map(|words| format!("bij {words} gezinnen"))
                    .unwrap_or_else(|| "geen break-evenpunt".to_string()),
            },
            detail: match break_even_against_assumption(projection) {
                Some(where_) => format!(
                    "een specialistisch jeugdhulptraject niet nodig is ({BREAK_EVEN_FOOTING}): {where_}"
                ),
                None => format!(
                    "een specialistisch jeugdhulptraject niet nodig is ({BREAK_EVEN_FOOTING})"
                ),
            },
            basis: Basis::Aannames,
        },
    }
    };
    HeadlineId::ALL.into_iter().map(headline).collect()
}

/// The headline figures with more words where there is room (the page, not the slides): the
/// price basis beside the cost range, and beside the break-even share what the youth-care cost
/// rests on and the sanity point (see [`sanity_comparison`]), which needs the model parameters.
pub fn headlines_compared(
    scenario: &Scenario,
    projection: &Projection,
    bands: Option<&Bands>,
    params: &ModelParameters,
) -> Vec<Headline> {
    let mut list = headlines(scenario, projection, bands);
    for headline in &mut list {
        match headline.id {
            HeadlineId::Cost => headline.detail = format!("{PRICE_BASIS}; {}", headline.detail),
            HeadlineId::BreakEven => {
                headline.detail = format!(
                    "{}. {YOUTH_CARE_COST_CAVEAT} {}",
                    headline.detail,
                    sanity_comparison(params)
                )
            }
            HeadlineId::Families
            | HeadlineId::VolunteerHours
            | HeadlineId::Avoided
            | HeadlineId::Net => {}
        }
    }
    list
}

/// What "koppelingen per jaar" means, said at the input: running matches paid for each year, and
/// how many different families that reaches over the scenario with the assumed duration of a
/// match. `None` when the initiative is not in the projection.
pub fn matches_explained(
    scenario: &Scenario,
    projection: &Projection,
    params: &ModelParameters,
    initiative: crate::model::initiative::InitiativeId,
) -> Option<String> {
    let line = scenario.lines.iter().find(|l| l.initiative == initiative)?;
    let (_, totals) = projection
        .per_initiative
        .iter()
        .find(|(id, _)| *id == initiative)?;
    let duration = params
        .range_of(crate::model::world::Kind::MatchDuration, initiative)
        .central;
    let matches = match (
        line.matches_per_year.iter().min(),
        line.matches_per_year.iter().max(),
    ) {
        (Some(low), Some(high)) if low == high => format!("{low} lopende koppelingen per jaar"),
        (Some(low), Some(high)) => format!("{low} tot {high} lopende koppelingen per jaar"),
        _ => return None,
    };
    let years = scenario.horizon_years;
    let years = if years == 1 {
        "1 jaar".to_string()
    } else {
        format!("{years} jaar")
    };
    Some(format!(
        "{matches} betaalt de gemeente; een koppeling duurt gemiddeld {} jaar (aanname), dus in {years} zijn dat ongeveer {} verschillende gezinnen.",
        format::number_up_to(duration, 2),
        format::integer(totals.families_reached)
    ))
}

/// One row of the results per initiative: the same figures, rounded the same way, as the
/// headline cards.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeRow {
    pub name: String,
    pub cost: String,
    pub families: String,
    pub avoided: String,
    pub net: String,
}

/// A row per initiative and a last row "Samen" with the totals; empty for fewer than two
/// initiatives (the cards already say it all).
pub fn per_initiative_rows(projection: &Projection) -> Vec<InitiativeRow> {
    if projection.per_initiative.len() < 2 {
        return Vec::new();
    }
    let row = |name: String, t: &crate::model::projection::Totals| InitiativeRow {
        name,
        cost: format::euro_rounded(t.cost.central),
        families: format::integer(t.families_reached),
        avoided: format::euro_rounded(t.avoided_costs.central),
        net: format::euro_rounded(t.net_result_pv.central),
    };
    projection
        .per_initiative
        .iter()
        .map(|(id, t)| row(id.name().to_string(), t))
        .chain(std::iter::once(row("Samen".to_string(), &projection.total)))
        .collect()
}

/// One place a headline's badge leads to on the assumptions page (`#parameter-<id>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadgeTarget {
    /// The initiative whose own parameter it is; `None` for one of the whole scenario.
    pub initiative: Option<InitiativeId>,
    pub parameter: String,
}

/// Where a headline's badge leads: the assumption (or the source's price) the figure rests on.
/// A figure that adds up each initiative's own parameter (its price, how long its matches last,
/// its volunteer hours) gets one target per chosen initiative, in the scenario's order, so none
/// of them leads to another initiative's number; a cost with start years leads to the assumed
/// surcharge as well.
pub fn badge_targets(headline: &Headline, scenario: &Scenario) -> Vec<BadgeTarget> {
    let per_initiative = |kind: Kind| {
        scenario
            .lines
            .iter()
            .map(|l| BadgeTarget {
                initiative: Some(l.initiative),
                parameter: Quantity::of(kind, l.initiative).parameter_id(),
            })
            .collect()
    };
    let whole = |kind: Kind| {
        vec![BadgeTarget {
            initiative: None,
            parameter: Quantity::scalar(kind).parameter_id(),
        }]
    };
    match (headline.id, headline.basis) {
        // The surcharge of the start years first, then each initiative's own price.
        (HeadlineId::Cost, Basis::BronnenEnOpstart | Basis::EigenPrijsEnOpstart) => {
            let mut targets = whole(Kind::StartupSurcharge);
            targets.extend(per_initiative(Kind::CostPerMatch));
            targets
        }
        (HeadlineId::Cost, _) => per_initiative(Kind::CostPerMatch),
        (HeadlineId::Families, _) => per_initiative(Kind::MatchDuration),
        (HeadlineId::VolunteerHours, _) => per_initiative(Kind::VolunteerHours),
        (HeadlineId::Avoided | HeadlineId::Net | HeadlineId::BreakEven, _) => {
            whole(Kind::ShareYouthCareAvoided)
        }
    }
}

/// Which values a figure is computed at: "bij de standaardwaarden" only when no assumption
/// differs from its standard value, else "bij de gekozen aannames (3 aangepast)". Every surface
/// that names the values says it this way, so the label is true in every state.
pub fn at_values(changed_assumptions: usize) -> String {
    match changed_assumptions {
        0 => "bij de standaardwaarden".to_string(),
        n => format!("bij de gekozen aannames ({n} aangepast)"),
    }
}

/// The start of a sentence about what follows from the assumptions: "Bij de aannames van
/// Steunwijzer", or with a changed one "Bij de gekozen aannames (3 aangepast)".
pub fn by_the_assumptions(changed_assumptions: usize) -> String {
    match changed_assumptions {
        0 => "Bij de aannames van Steunwijzer".to_string(),
        n => format!("Bij de gekozen aannames ({n} aangepast)"),
    }
}

/// The same for a caption: "standaardwaarden", or "gekozen aannames, 3 aangepast".
pub fn values_named(changed_assumptions: usize) -> String {
    match changed_assumptions {
        0 => "standaardwaarden".to_string(),
        n => format!("gekozen aannames, {n} aangepast"),
    }
}

/// "8 van de 10 uitkomsten tussen A en B" from the simulation, or else the extremes. The value
/// itself is computed with every assumption at its default or the user's value (the most likely
/// value of its range), which with skewed ranges need not be the middle of the simulated
/// outcomes: the text says at which values. A value the user chose does not vary in the band.
/// When the value lies outside the band (what still varies can mostly turn out one way, as an
/// assumption whose default is an end of its range), the text says so, so that the figure and the
/// band beside it never seem to contradict each other.
pub(crate) fn uncertainty_text(
    value: f64,
    extremes: (f64, f64),
    p10_p90: Option<(f64, f64)>,
    changed_assumptions: usize,
) -> String {
    let at = at_values(changed_assumptions);
    let (low, high) = match p10_p90 {
        Some((p10, p90)) => format::euro_rounded_pair(p10, p90),
        None => format::euro_rounded_pair(extremes.0, extremes.1),
    };
    // Every uncertain quantity chosen (or nothing funded): no spread left to describe.
    if low == high {
        return format!("{at}; zonder bandbreedte");
    }
    match p10_p90 {
        Some((p10, p90)) => {
            let outside = if value > p90 && format::euro_rounded(value) != high {
                "; het cijfer zelf ligt hoger, omdat wat nog onzeker is vooral ongunstig kan uitvallen"
            } else if value < p10 && format::euro_rounded(value) != low {
                "; het cijfer zelf ligt lager, omdat wat nog onzeker is vooral gunstig kan uitvallen"
            } else {
                ""
            };
            format!("{at}; 8 van de 10 uitkomsten tussen {low} en {high}{outside}")
        }
        None => format!("{at}; uitersten {low} – {high}"),
    }
}

/// Avoided costs count the effects that fall after the horizon (the families of the last years
/// produce them later); the detail says how much of the figure that is.
fn with_after_horizon(detail: String, after_horizon: f64, scenario: &Scenario) -> String {
    if after_horizon.abs() < 0.5 {
        return detail;
    }
    format!(
        "{detail}; waarvan {} na {}",
        format::euro_rounded(after_horizon),
        last_year(scenario)
    )
}

/// "bandbreedte A – B", or a plain statement when the sources give one number.
fn range_text(low: String, high: String) -> String {
    if low == high {
        "zonder bandbreedte".to_string()
    } else {
        format!("bandbreedte {low} – {high}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_list_every_headline_in_order() {
        let scenario = crate::fixture::scenario([]);
        let projection = Projection {
            years: Vec::new(),
            per_initiative: Vec::new(),
            total: crate::model::projection::Totals::default(),
            break_even_share: None,
            youth_care_value_pv: 0.0,
            notices: Vec::new(),
            includes_startup_surcharge: false,
            changed_assumptions: 0,
            youth_care_share: crate::model::range::Range3::ZERO,
            deadweight: 0.0,
        };
        // No family reached, no break-even share: the card says so instead of "bij – gezinnen".
        let break_even = headlines(&scenario, &projection, None)
            .into_iter()
            .find(|h| h.id == HeadlineId::BreakEven)
            .unwrap();
        assert_eq!(break_even.value, "geen break-evenpunt");
        // Placements alone pay back (share zero), and a share that needs more than every family.
        for (share, card, sentence) in [
            (
                0.0,
                "al door de vermeden uithuisplaatsingen",
                "alleen al terug",
            ),
            (
                0.203,
                "bij 21 van de 100 gezinnen",
                "als bij 21 van de 100 bereikte gezinnen",
            ),
            (1.4, "niet haalbaar", "zelfs als bij elk bereikt gezin"),
            // A share that cannot be computed claims nothing.
            (f64::NAN, "geen break-evenpunt", "niet te berekenen"),
        ] {
            let projection = Projection {
                break_even_share: Some(share),
                ..projection.clone()
            };
            let shown = headlines(&scenario, &projection, None)
                .into_iter()
                .find(|h| h.id == HeadlineId::BreakEven)
                .unwrap();
            assert_eq!(shown.value, card);
            let said = break_even_sentence(&projection);
            assert!(said.contains(sentence), "{said}");
        }
    }

    #[test]
    fn the_cost_headline_says_when_it_includes_the_assumed_start_up_surcharge() {
        use crate::fixture::{line, model, scenario};
        use crate::model::initiative::InitiativeId;
        use crate::model::projection::project;
        use crate::model::scenario::ScenarioLine;

        let defaults = model(&[]);
        // A user may set Home-Start's assumed start year to none.
        let no_start_year = model(&[("startjaren.home-start", 0.0)]);
        let basis_with = |model: &ModelParameters, initiative, local_cost_per_match| {
            let scenario = scenario([ScenarioLine {
                local_cost_per_match,
                ..line(initiative, &[20; 4])
            }]);
            let projection = project(model, &scenario).expect("projection");
            headlines(&scenario, &projection, None)[0].basis
        };
        let basis_for = |initiative, local| basis_with(&defaults, initiative, local);
        // Home-Start's price has no start year in the table, but its start needs one as much as
        // the others (an assumption); Samen Oplopen's has two.
        assert_eq!(
            basis_for(InitiativeId::HomeStart, None),
            Basis::BronnenEnOpstart
        );
        assert_eq!(
            basis_for(InitiativeId::SamenOplopen, None),
            Basis::BronnenEnOpstart
        );
        assert_eq!(
            basis_with(&no_start_year, InitiativeId::HomeStart, None),
            Basis::Bronnen
        );
        // The municipality's own price is said as such, never credited to the sources.
        assert_eq!(
            basis_with(&no_start_year, InitiativeId::HomeStart, Some(2_500.0)),
            Basis::EigenPrijs
        );
        assert_eq!(
            basis_for(InitiativeId::SamenOplopen, Some(2_500.0)),
            Basis::EigenPrijsEnOpstart
        );
    }

    #[test]
    fn avoided_costs_say_how_much_falls_after_the_horizon() {
        use crate::fixture::{line, model, scenario};
        use crate::model::initiative::InitiativeId;
        use crate::model::projection::project;

        let model = model(&[]);
        let scenario = scenario([line(InitiativeId::HomeStart, &[20; 2])]);
        let projection = project(&model, &scenario).expect("projection");
        let after = projection.total.avoided_after_horizon.central;
        assert!(
            after > 0.0,
            "with an effect lag, part of the effect falls after 2028"
        );
        let avoided = headlines(&scenario, &projection, None)
            .into_iter()
            .find(|h| h.id == HeadlineId::Avoided)
            .expect("avoided-costs headline");
        // The prices are the wegwijzer's, unindexed: constant prices, not "nominaal".
        assert!(
            avoided.label.contains("constante prijzen"),
            "{}",
            avoided.label
        );
        let all = headlines(&scenario, &projection, None);
        assert!(all
            .iter()
            .all(|h| !h.label.contains("nominaal") && !h.detail.contains("nominaal")));
        assert!(
            all[0].label.ends_with("(constante prijzen)"),
            "{}",
            all[0].label
        );
        // On the page, the cost says its price basis; the break-even detail says what the
        // youth-care cost rests on, and beside it the sanity point (about 1 in 8 families
        // improve, youth care and placements together).
        let compared = headlines_compared(&scenario, &projection, None, &model);
        assert!(
            compared[0].detail.starts_with(
                "constante prijzen (prijspeil wegwijzer), niet verdisconteerd; bandbreedte "
            ),
            "{}",
            compared[0].detail
        );
        let break_even = compared
            .iter()
            .find(|h| h.id == HeadlineId::BreakEven)
            .unwrap();
        assert!(
            break_even.detail.contains("één praktijkvoorbeeld"),
            "{}",
            break_even.detail
        );
        assert!(
            break_even.detail.contains("Ter vergelijking: bij preventieve jeugdinterventies gaat ongeveer 1 op de 8 bereikte gezinnen (12,5%) er werkelijk op vooruit — AEF (december 2020), zoals aangehaald in een secundaire bron."),
            "{}",
            break_even.detail
        );
        assert!(
            avoided
                .detail
                .ends_with(&format!("waarvan {} na 2028", format::euro_rounded(after))),
            "{}",
            avoided.detail
        );
    }

    fn model_and(
        lines: Vec<(crate::model::initiative::InitiativeId, u32)>,
    ) -> (Scenario, Projection, ModelParameters) {
        use crate::fixture::{line, model, scenario};
        use crate::model::projection::project;
        let model = model(&[]);
        let scenario = scenario(
            lines
                .into_iter()
                .map(|(initiative, m)| line(initiative, &[m; 4])),
        );
        let projection = project(&model, &scenario).expect("projection");
        (scenario, projection, model)
    }

    #[test]
    fn the_matches_field_says_running_matches_and_how_many_families_that_is() {
        use crate::model::initiative::InitiativeId;
        let (scenario, projection, model) = model_and(vec![(InitiativeId::Buurtgezinnen, 15)]);
        let text =
            matches_explained(&scenario, &projection, &model, InitiativeId::Buurtgezinnen).unwrap();
        let duration = model
            .range_of(
                crate::model::world::Kind::MatchDuration,
                InitiativeId::Buurtgezinnen,
            )
            .central;
        assert!(
            text.starts_with("15 lopende koppelingen per jaar"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "gemiddeld {} jaar",
                format::number_up_to(duration, 2)
            )),
            "{text}"
        );
        // The same number of families as the headline card.
        let card = headlines(&scenario, &projection, None)
            .into_iter()
            .find(|h| h.id == HeadlineId::Families)
            .unwrap();
        assert!(
            text.contains(&format!("ongeveer {} verschillende gezinnen", card.value)),
            "{text}"
        );
        assert!(
            matches_explained(&scenario, &projection, &model, InitiativeId::HomeStart).is_none()
        );
    }

    #[test]
    fn several_initiatives_get_a_row_each_and_a_total_rounded_like_the_cards() {
        use crate::model::initiative::InitiativeId;
        let (scenario, projection, _) = model_and(vec![
            (InitiativeId::Buurtgezinnen, 15),
            (InitiativeId::SamenOplopen, 15),
        ]);
        let rows = per_initiative_rows(&projection);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Buurtgezinnen", "Samen Oplopen", "Samen"]);
        let cards = headlines(&scenario, &projection, None);
        let card = |id: HeadlineId| cards.iter().find(|h| h.id == id).unwrap().value.clone();
        assert_eq!(rows[2].cost, card(HeadlineId::Cost));
        assert_eq!(rows[2].net, card(HeadlineId::Net));
        assert_eq!(rows[2].families, card(HeadlineId::Families));
        let (_, single, _) = model_and(vec![(InitiativeId::Buurtgezinnen, 15)]);
        assert!(per_initiative_rows(&single).is_empty());
    }

    #[test]
    fn the_cost_card_is_rounded_like_the_chart_labels() {
        use crate::model::initiative::InitiativeId;
        let (scenario, projection, _) = model_and(vec![(InitiativeId::Buurtgezinnen, 15)]);
        let cost = &headlines(&scenario, &projection, None)[0];
        // Above € 100.000 euro figures are whole thousands everywhere.
        assert_eq!(
            cost.value,
            format::euro_rounded(projection.total.cost.central)
        );
        assert!(cost.value.ends_with(".000"), "{}", cost.value);
        assert!(!cost.detail.contains("875"), "{}", cost.detail);
    }

    #[test]
    fn every_badge_leads_to_a_parameter_on_the_assumptions_page() {
        use crate::model::initiative::InitiativeId;
        let set = crate::fixture::set();
        let exists = |target: &BadgeTarget| set.parameters.iter().any(|p| p.id == target.parameter);
        for id in InitiativeId::ALL {
            let (scenario, projection, _) = model_and(vec![(id, 15)]);
            for headline in headlines(&scenario, &projection, None) {
                let targets = badge_targets(&headline, &scenario);
                assert!(!targets.is_empty(), "{}", headline.id);
                assert!(targets.iter().all(exists), "{} → {targets:?}", headline.id);
            }
        }
    }

    #[test]
    fn a_badge_over_several_initiatives_leads_to_each_ones_own_parameter() {
        use crate::model::initiative::InitiativeId;
        let lines = InitiativeId::ALL.into_iter().map(|id| (id, 15)).collect();
        let (scenario, projection, _) = model_and(lines);
        let families = headlines(&scenario, &projection, None)
            .into_iter()
            .find(|h| h.id == HeadlineId::Families)
            .unwrap();
        let targets = badge_targets(&families, &scenario);
        assert_eq!(targets.len(), 4);
        for (target, id) in targets.iter().zip(InitiativeId::ALL) {
            assert_eq!(target.initiative, Some(id));
            assert!(
                target.parameter.ends_with(&format!(".{}", id.slug())),
                "{target:?}"
            );
        }
        // The cost with start years: the surcharge, then the four prices.
        let cost = &headlines(&scenario, &projection, None)[0];
        assert_eq!(cost.basis, Basis::BronnenEnOpstart);
        let cost_targets = badge_targets(cost, &scenario);
        assert_eq!(cost_targets[0].parameter, "opslag_startjaren");
        assert_eq!(cost_targets.len(), 5);
        // A figure of the whole scenario still has one target.
        let avoided = headlines(&scenario, &projection, None)
            .into_iter()
            .find(|h| h.id == HeadlineId::Avoided)
            .unwrap();
        assert_eq!(badge_targets(&avoided, &scenario).len(), 1);
    }

    /// Audit M1, walkthrough P1-1/P1-3: the card said "bij 21 van de 100 gezinnen" (after
    /// deadweight) beside an assumption of 7% (before), and compared it with AEF's gross 1 in 8.
    /// Now the break-even share is on the assumption's footing, says where it lies against the
    /// assumption's range, and the AEF point stands beside it like for like, with the project's
    /// own reading of its scope in a sentence of its own.
    #[test]
    fn the_break_even_share_is_on_the_footing_of_its_assumption() {
        use crate::model::initiative::InitiativeId;
        use crate::model::world::Kind;
        let (scenario, projection, model) = model_and(vec![(InitiativeId::Buurtgezinnen, 15)]);
        let net = projection.break_even_share.unwrap();
        let gross = net / (1.0 - model.central(Kind::Deadweight));
        let assumption = model.range(Kind::ShareYouthCareAvoided);
        // The defaults need more than the assumption's whole range: the point of the debate.
        assert!(gross > assumption.high, "{gross} vs {assumption:?}");
        let cards = headlines_compared(&scenario, &projection, None, &model);
        let card = cards
            .iter()
            .find(|h| h.id == HeadlineId::BreakEven)
            .unwrap();
        let words = format::in_a_hundred(gross).unwrap();
        assert_eq!(card.value, format!("bij {words} gezinnen"));
        let high = format::share(assumption.high);
        let central = format::share(assumption.central);
        let against = format!(
            "meer dan de hoogste waarde in de bandbreedte van de aanname ({high}; nu {central})"
        );
        assert!(card.detail.contains(BREAK_EVEN_FOOTING), "{}", card.detail);
        assert!(card.detail.contains(&against), "{}", card.detail);
        let sentence = break_even_sentence(&projection);
        assert!(
            sentence.contains(&format!("bij {words} bereikte gezinnen")),
            "{sentence}"
        );
        assert!(sentence.contains(&against), "{sentence}");
        // AEF's point as a share like the card's, and the scope outside the cited sentence.
        let bound = format::share(model.share_improving_sanity_bound);
        let cited = card.detail.split(" — ").next().unwrap();
        assert!(
            cited.ends_with(&format!("({bound}) er werkelijk op vooruit")),
            "{cited}"
        );
        assert!(!cited.contains("uithuisplaatsing"), "{cited}");
        assert!(card.detail.ends_with(SANITY_SCOPE), "{}", card.detail);
        // Within the range and below the assumption: said so.
        let low = format::share(assumption.low);
        let gross = assumption.low + 0.25 * (assumption.central - assumption.low);
        let cheap = Projection {
            break_even_share: Some(gross * 0.7),
            deadweight: 0.3,
            ..projection.clone()
        };
        let sentence = break_even_sentence(&cheap);
        assert!(
            sentence.contains(&format!(
                "binnen de bandbreedte van de aanname ({low} – {high}) en niet meer dan de aanname zelf ({central})"
            )),
            "{sentence}"
        );
    }

    #[test]
    fn a_figure_outside_its_band_says_on_which_side_and_why() {
        let band = Some((-120_000.0, -70_000.0));
        let inside = uncertainty_text(-96_000.0, (-150_000.0, -40_000.0), band, 0);
        assert_eq!(
            format::plain(&inside),
            "bij de standaardwaarden; 8 van de 10 uitkomsten tussen −€ 120.000 en −€ 70.000"
        );
        let above = uncertainty_text(-60_000.0, (-150_000.0, -40_000.0), band, 2);
        assert!(above.starts_with("bij de gekozen aannames (2 aangepast); 8 van de 10"));
        assert!(above.ends_with("het cijfer zelf ligt hoger, omdat wat nog onzeker is vooral ongunstig kan uitvallen"), "{above}");
        let below = uncertainty_text(-130_000.0, (-150_000.0, -40_000.0), band, 1);
        assert!(below.contains("het cijfer zelf ligt lager"), "{below}");
        // A figure that rounds to the band's end is not called outside it.
        let at_end = uncertainty_text(-69_990.0, (-150_000.0, -40_000.0), band, 0);
        assert!(!at_end.contains("het cijfer zelf"), "{at_end}");
    }
}
