//! Edits a user makes to a scenario, as pure functions so the page stays thin and the rules
//! (one line per initiative, one number per year of the horizon) hold whatever is clicked.

use super::initiative::InitiativeId;
use super::scenario::{Scenario, ScenarioLine, MAX_HORIZON_YEARS};

/// Matches a newly chosen initiative starts with: the largest minimum of the four (10), so that a
/// first choice breaks no rule.
pub const DEFAULT_MATCHES: u32 = 10;

/// Changes the horizon; each line keeps its years and repeats its last year into new ones.
pub fn set_horizon(scenario: &mut Scenario, years: u32) {
    let years = years.clamp(1, MAX_HORIZON_YEARS);
    scenario.horizon_years = years;
    for line in &mut scenario.lines {
        let last = line
            .matches_per_year
            .last()
            .copied()
            .unwrap_or(DEFAULT_MATCHES);
        line.matches_per_year.resize(years as usize, last);
    }
}

/// Adds or removes an initiative, keeping the lines in table order.
pub fn choose(scenario: &mut Scenario, initiative: InitiativeId, chosen: bool) {
    let present = scenario.lines.iter().any(|l| l.initiative == initiative);
    if chosen && !present {
        scenario.lines.push(ScenarioLine {
            initiative,
            matches_per_year: vec![DEFAULT_MATCHES; scenario.horizon_years as usize],
            local_cost_per_match: None,
        });
        crate::model::order::sort_by_key(&mut scenario.lines, |l| l.initiative);
    } else if !chosen {
        scenario.lines.retain(|l| l.initiative != initiative);
    }
}

fn line_mut(scenario: &mut Scenario, initiative: InitiativeId) -> Option<&mut ScenarioLine> {
    scenario
        .lines
        .iter_mut()
        .find(|l| l.initiative == initiative)
}

/// Sets the matches of one year, or of every year when `year` is `None`.
pub fn set_matches(
    scenario: &mut Scenario,
    initiative: InitiativeId,
    year: Option<usize>,
    matches: u32,
) {
    if let Some(line) = line_mut(scenario, initiative) {
        match year {
            Some(y) => {
                if let Some(slot) = line.matches_per_year.get_mut(y) {
                    *slot = matches;
                }
            }
            None => line.matches_per_year.iter_mut().for_each(|m| *m = matches),
        }
    }
}

pub fn set_local_cost(scenario: &mut Scenario, initiative: InitiativeId, cost: Option<f64>) {
    if let Some(line) = line_mut(scenario, initiative) {
        line.local_cost_per_match = cost;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::scenario;

    #[test]
    fn choosing_keeps_table_order_and_one_line_each() {
        let mut s = scenario([]);
        choose(&mut s, InitiativeId::SamenOplopen, true);
        choose(&mut s, InitiativeId::Buurtgezinnen, true);
        choose(&mut s, InitiativeId::Buurtgezinnen, true);
        let order: Vec<_> = s.lines.iter().map(|l| l.initiative).collect();
        assert_eq!(
            order,
            vec![InitiativeId::Buurtgezinnen, InitiativeId::SamenOplopen]
        );
        assert!(s
            .lines
            .iter()
            .all(|l| l.matches_per_year == vec![DEFAULT_MATCHES; 4]));
        choose(&mut s, InitiativeId::Buurtgezinnen, false);
        assert_eq!(s.lines.len(), 1);
    }

    #[test]
    fn a_longer_horizon_repeats_the_last_year_and_a_shorter_one_cuts() {
        let mut s = scenario([]);
        choose(&mut s, InitiativeId::HomeStart, true);
        set_matches(&mut s, InitiativeId::HomeStart, Some(3), 30);
        set_horizon(&mut s, 6);
        assert_eq!(s.lines[0].matches_per_year, vec![10, 10, 10, 30, 30, 30]);
        set_horizon(&mut s, 2);
        assert_eq!(s.lines[0].matches_per_year, vec![10, 10]);
        set_horizon(&mut s, 99);
        assert_eq!(s.horizon_years, MAX_HORIZON_YEARS);
    }

    #[test]
    fn matches_for_all_years_or_one() {
        let mut s = scenario([]);
        choose(&mut s, InitiativeId::Steunouder, true);
        set_matches(&mut s, InitiativeId::Steunouder, None, 25);
        set_matches(&mut s, InitiativeId::Steunouder, Some(0), 12);
        set_matches(&mut s, InitiativeId::Steunouder, Some(9), 99);
        assert_eq!(s.lines[0].matches_per_year, vec![12, 25, 25, 25]);
        set_local_cost(&mut s, InitiativeId::Steunouder, Some(2600.0));
        assert_eq!(s.lines[0].local_cost_per_match, Some(2600.0));
    }
}
