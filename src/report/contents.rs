//! What a scenario contains, in words: which initiatives, how many matches a year each, at
//! whose price (its years stand beside it, see `headlines::period`). The comparison of saved
//! scenarios shows it above the figures, so a reader sees what is compared before the scores.

use crate::model::format;
use crate::model::scenario::Scenario;

use super::programme::matches_in_words;

/// Said of a scenario without initiatives.
pub const NOTHING_CHOSEN: &str = "geen initiatieven gekozen";

/// "Home-Start: 25 koppelingen per jaar; Samen Oplopen: oplopend van 5 naar 20 koppelingen per
/// jaar, eigen prijs € 2.400 per koppeling".
pub fn contents(scenario: &Scenario) -> String {
    let lines: Vec<String> = scenario
        .lines
        .iter()
        .map(|line| {
            let mut text = format!(
                "{}: {}",
                line.initiative.name(),
                matches_in_words(&line.matches_per_year)
            );
            if let Some(price) = line.local_cost_per_match {
                text.push_str(&format!(
                    ", eigen prijs {} per koppeling",
                    format::euro(price)
                ));
            }
            text
        })
        .collect();
    if lines.is_empty() {
        NOTHING_CHOSEN.to_string()
    } else {
        lines.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::initiative::InitiativeId;
    use crate::model::scenario::ScenarioLine;

    fn line(initiative: InitiativeId, matches: &[u32], price: Option<f64>) -> ScenarioLine {
        ScenarioLine {
            initiative,
            matches_per_year: matches.to_vec(),
            local_cost_per_match: price,
        }
    }

    #[test]
    fn says_each_initiative_with_its_matches_and_price() {
        let ambitieus = Scenario {
            municipality: Default::default(),
            name: "Ambitieus".into(),
            first_year: 2027,
            horizon_years: 4,
            lines: vec![
                line(InitiativeId::HomeStart, &[25; 4], None),
                line(InitiativeId::SamenOplopen, &[5, 10, 15, 20], Some(2_400.0)),
            ],
        };
        assert_eq!(
            format::plain(&contents(&ambitieus)),
            "Home-Start: 25 koppelingen per jaar; Samen Oplopen: oplopend van 5 naar 20 \
             koppelingen per jaar, eigen prijs € 2.400 per koppeling"
        );
        let empty = Scenario {
            lines: Vec::new(),
            horizon_years: 1,
            ..ambitieus
        };
        assert_eq!(contents(&empty), NOTHING_CHOSEN);
    }
}
