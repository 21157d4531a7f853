//! "Wat is er gerealiseerd?": the figures a user copies from a coordinator's annual report, as
//! typed or as a link carries them (`r.<initiative>.<year>=matches,families,hours,cost`, each part
//! empty when unknown). Everything impossible gets a Dutch message naming initiative, year and
//! figure; the other figures are kept.

use crate::data::decimal::parse_decimal;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::scenario::{calendar_year, Realised, Scenario};

/// More than this in one initiative's year is a typing error (matches, families, hours).
pub const MAX_COUNT: u32 = 1_000_000;
/// A realised cost above this for one initiative's year is a typing error (euros).
pub const MAX_COST: f64 = 100_000_000.0;

/// One realised figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RealisedFigure {
    Matches,
    Families,
    Hours,
    Cost,
}

impl RealisedFigure {
    /// In the order of the table and of a link's value.
    pub const ALL: [RealisedFigure; 4] = [
        RealisedFigure::Matches,
        RealisedFigure::Families,
        RealisedFigure::Hours,
        RealisedFigure::Cost,
    ];

    /// The figure in a sentence and a column head.
    pub fn label(self) -> &'static str {
        match self {
            RealisedFigure::Matches => "gerealiseerde koppelingen",
            RealisedFigure::Families => "bereikte gezinnen",
            RealisedFigure::Hours => "vrijwilligersuren",
            RealisedFigure::Cost => "werkelijke kosten (€)",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RealisedFigure::Matches => "koppelingen",
            RealisedFigure::Families => "gezinnen",
            RealisedFigure::Hours => "uren",
            RealisedFigure::Cost => "kosten",
        }
    }

    pub fn get(self, r: &Realised) -> Option<f64> {
        match self {
            RealisedFigure::Matches => r.matches.map(f64::from),
            RealisedFigure::Families => r.families.map(f64::from),
            RealisedFigure::Hours => r.volunteer_hours.map(f64::from),
            RealisedFigure::Cost => r.cost,
        }
    }

    /// Sets the figure without checking it (see [`check`]).
    pub fn set(self, r: &mut Realised, value: Option<f64>) {
        let whole = value.map(|v| v as u32);
        match self {
            RealisedFigure::Matches => r.matches = whole,
            RealisedFigure::Families => r.families = whole,
            RealisedFigure::Hours => r.volunteer_hours = whole,
            RealisedFigure::Cost => r.cost = value,
        }
    }
}

/// "Home-Start, 2025, gerealiseerde koppelingen".
fn named(figure: RealisedFigure, initiative: InitiativeId, year: i32) -> String {
    format!("{}, {year}, {}", initiative.name(), figure.label())
}

/// Checks a typed or linked value. `Err` is a Dutch message naming initiative, year and figure.
pub fn check(
    figure: RealisedFigure,
    value: f64,
    initiative: InitiativeId,
    year: i32,
) -> Result<f64, String> {
    let what = named(figure, initiative, year);
    if !value.is_finite() {
        return Err(format!("{what}: vul een getal in."));
    }
    if value < 0.0 {
        return Err(format!(
            "{what}: een aantal of bedrag kan niet negatief zijn."
        ));
    }
    if figure == RealisedFigure::Cost {
        if value > MAX_COST {
            return Err(format!(
                "{what}: {} is meer dan één initiatief in een jaar kost (ten hoogste {}).",
                format::euro(value),
                format::euro(MAX_COST)
            ));
        }
        return Ok(value);
    }
    if value.fract() != 0.0 {
        return Err(format!("{what}: vul een heel aantal in."));
    }
    if value > f64::from(MAX_COUNT) {
        return Err(format!(
            "{what}: {} is te groot (ten hoogste {}).",
            format::integer(value),
            format::integer(f64::from(MAX_COUNT))
        ));
    }
    Ok(value)
}

/// Sets one figure of one initiative's year in `list` (checked by the caller), keeping the list
/// in table order and by year, so one set of figures always gives one link, and dropping an entry
/// left empty.
pub fn put(
    list: &mut Vec<Realised>,
    initiative: InitiativeId,
    year: i32,
    figure: RealisedFigure,
    value: Option<f64>,
) {
    // Kept in order by inserting in place: a sort here would add a whole sort routine to the wasm.
    let order = |id: InitiativeId| InitiativeId::ALL.iter().position(|i| *i == id);
    let key = (order(initiative), year);
    let at = match list
        .iter()
        .position(|r| (order(r.initiative), r.year) >= key)
    {
        Some(at) if list[at].initiative == initiative && list[at].year == year => at,
        Some(at) => {
            list.insert(at, Realised::new(initiative, year));
            at
        }
        None => {
            list.push(Realised::new(initiative, year));
            list.len() - 1
        }
    };
    figure.set(&mut list[at], value);
    if list[at].is_empty() {
        list.remove(at);
    }
}

/// The years of the scenario that have begun by `this_year` (which itself is "lopend").
pub fn begun_years(scenario: &Scenario, this_year: i32) -> Vec<i32> {
    (0..scenario.horizon_years as usize)
        .map(|i| calendar_year(scenario.first_year, i))
        .filter(|&y| y <= this_year)
        .collect()
}

/// A link's key for one entry: `r.home-start.2025`.
pub fn link_key(r: &Realised) -> String {
    format!("r.{}.{}", r.initiative.slug(), r.year)
}

/// A link's value for one entry: `18,20,,95000` (empty where unknown).
pub fn link_value(r: &Realised) -> String {
    RealisedFigure::ALL
        .iter()
        .map(|f| {
            f.get(r)
                .filter(|v| v.is_finite())
                .map_or_else(String::new, |v| format!("{v}"))
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads `r.<initiative>.<year>` (the part after `r.`) and its value against the scenario as
/// decoded so far. Returns the entry with every readable figure (or `None` when nothing is left)
/// and a Dutch message for each part dropped.
pub fn from_link(key: &str, value: &str, scenario: &Scenario) -> (Option<Realised>, Vec<String>) {
    let mut messages = Vec::new();
    let (slug, year) = key.rsplit_once('.').unwrap_or((key, ""));
    let Some(initiative) = InitiativeId::from_slug(slug) else {
        messages.push(format!(
            "Gerealiseerde cijfers voor het onbekende initiatief ‘{}’ in de link zijn weggelaten.",
            slug.chars().take(40).collect::<String>()
        ));
        return (None, messages);
    };
    let name = initiative.name();
    let last = calendar_year(
        scenario.first_year,
        scenario.horizon_years.max(1) as usize - 1,
    );
    let year = match year.parse::<i32>() {
        Ok(y) if (scenario.first_year..=last).contains(&y) => y,
        _ => {
            messages.push(format!(
                "Gerealiseerde cijfers voor {name} in ‘{}’ in de link vallen buiten de looptijd van het scenario ({}–{last}) en zijn weggelaten.",
                year.chars().take(12).collect::<String>(),
                scenario.first_year
            ));
            return (None, messages);
        }
    };
    if !scenario.lines.iter().any(|l| l.initiative == initiative) {
        messages.push(format!(
            "De link noemt gerealiseerde cijfers voor {name} in {year}, maar {name} is niet (geldig) gekozen; ze zijn weggelaten."
        ));
        return (None, messages);
    }
    let mut entry = Realised::new(initiative, year);
    for (figure, part) in RealisedFigure::ALL.into_iter().zip(value.split(',')) {
        if part.is_empty() {
            continue;
        }
        let Some(number) = parse_decimal(part).filter(|v| v.is_finite()) else {
            messages.push(format!(
                "{} in de link (‘{}’) is geen getal en is weggelaten.",
                named(figure, initiative, year),
                part.chars().take(40).collect::<String>()
            ));
            continue;
        };
        match check(figure, number, initiative, year) {
            Ok(v) => figure.set(&mut entry, Some(v)),
            Err(message) => {
                messages.push(format!("{message} Het cijfer uit de link is weggelaten."))
            }
        }
    }
    ((!entry.is_empty()).then_some(entry), messages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::url_scenario::{decode, encode};

    fn decoded(query: &str) -> crate::data::url_scenario::DecodedScenario {
        decode(query, &|_| None)
    }

    #[test]
    fn realised_figures_travel_in_the_link_and_read_back() {
        let mut d = decoded("jaar=2024&looptijd=3&k.home-start=20&k.samen-oplopen=10");
        let mut entry = Realised::new(InitiativeId::HomeStart, 2025);
        entry.matches = Some(18);
        entry.cost = Some(95_000.5);
        d.scenario.municipality.realised.push(entry.clone());
        let query = encode(&d.scenario, &Default::default());
        assert!(
            query.ends_with("&r.home-start.2025=18,,,95000.5"),
            "{query}"
        );
        let back = decoded(&query);
        assert_eq!(back.scenario.municipality.realised, vec![entry]);
        assert!(back.dropped.is_empty(), "{:?}", back.dropped);
    }

    #[test]
    fn bad_realised_figures_are_named_and_the_rest_kept() {
        let d = decoded("jaar=2024&looptijd=3&k.home-start=20&r.home-start.2024=18,-3,abc,95000&r.home-start.2031=5&r.steunouder.2024=4&r.home-start.2025=1.5");
        let all = d.dropped.join("\n");
        crate::fixture::assert_says(
            &all,
            &[
            "Home-Start, 2024, bereikte gezinnen: een aantal of bedrag kan niet negatief zijn.",
            "Home-Start, 2024, vrijwilligersuren in de link (‘abc’) is geen getal",
            "Home-Start in ‘2031’ in de link vallen buiten de looptijd van het scenario (2024–2026)",
            "maar Steunouder is niet (geldig) gekozen",
            "Home-Start, 2025, gerealiseerde koppelingen: vul een heel aantal in.",
            ],
        );
        let kept = &d.scenario.municipality.realised;
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!((kept[0].matches, kept[0].cost), (Some(18), Some(95_000.0)));
        assert_eq!(d.scenario.lines.len(), 1, "the scenario itself is kept");
    }

    #[test]
    fn put_keeps_table_order_and_drops_an_emptied_entry() {
        let mut list = Vec::new();
        put(
            &mut list,
            InitiativeId::SamenOplopen,
            2025,
            RealisedFigure::Matches,
            Some(3.0),
        );
        put(
            &mut list,
            InitiativeId::HomeStart,
            2026,
            RealisedFigure::Cost,
            Some(9.0),
        );
        put(
            &mut list,
            InitiativeId::HomeStart,
            2025,
            RealisedFigure::Matches,
            Some(4.0),
        );
        let keys: Vec<(InitiativeId, i32)> = list.iter().map(|r| (r.initiative, r.year)).collect();
        assert_eq!(
            keys,
            vec![
                (InitiativeId::HomeStart, 2025),
                (InitiativeId::HomeStart, 2026),
                (InitiativeId::SamenOplopen, 2025)
            ]
        );
        put(
            &mut list,
            InitiativeId::HomeStart,
            2026,
            RealisedFigure::Cost,
            None,
        );
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn typed_values_are_checked_with_a_message_naming_the_cell() {
        let hs = InitiativeId::HomeStart;
        assert_eq!(check(RealisedFigure::Matches, 18.0, hs, 2025), Ok(18.0));
        assert_eq!(
            check(RealisedFigure::Hours, -1.0, hs, 2025).unwrap_err(),
            "Home-Start, 2025, vrijwilligersuren: een aantal of bedrag kan niet negatief zijn."
        );
        assert!(
            format::plain(&check(RealisedFigure::Cost, 2e8, hs, 2025).unwrap_err())
                .contains("ten hoogste € 100.000.000")
        );
        let s = decoded("jaar=2025&looptijd=4").scenario;
        assert_eq!(begun_years(&s, 2026), vec![2025, 2026]);
        assert!(begun_years(&s, 2024).is_empty());
    }
}
