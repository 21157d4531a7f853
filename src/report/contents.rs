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
    use crate::fixture::{line, priced, scenario, ScenarioBuilder};
    use crate::model::initiative::InitiativeId;

    #[test]
    fn says_each_initiative_with_its_matches_and_price() {
        let ambitieus = scenario([
            line(InitiativeId::HomeStart, &[25; 4]),
            priced(InitiativeId::SamenOplopen, &[5, 10, 15, 20], 2_400.0),
        ])
        .named("Ambitieus");
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
