//! What a scenario proposes, in one sentence: which initiatives, how many matches a year, which
//! years and what it costs ("Voorstel: 15 koppelingen per jaar via Buurtgezinnen, 2027–2030,
//! € 139.000"). The title slide, the handout and the top of the printed scenario say it, so an
//! audience knows what is asked before it sees a chart.

use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

use super::headlines::{headlines, period, HeadlineId};
use super::programme::matches_in_words;

/// "Voorstel: 15 koppelingen per jaar via Buurtgezinnen, 2027–2030, € 139.000", or `None` when
/// the scenario funds no initiative (there is nothing to propose). The cost is the cost card's
/// figure, written exactly as the card writes it, so slide, print and page never differ.
pub fn proposal(scenario: &Scenario, projection: &Projection) -> Option<String> {
    if scenario.lines.is_empty() {
        return None;
    }
    let parts: Vec<String> = scenario
        .lines
        .iter()
        .map(|line| {
            format!(
                "{} via {}",
                matches_in_words(&line.matches_per_year),
                line.initiative.name()
            )
        })
        .collect();
    let cost = headlines(scenario, projection, None)
        .into_iter()
        .find(|h| h.id == HeadlineId::Cost)
        .map(|h| h.value)?;
    Some(format!(
        "Voorstel: {}, {}, {cost}",
        joined(&parts),
        period(scenario)
    ))
}

/// "a", "a en b", "a, b en c".
fn joined(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

/// The Dutch months, for a date on paper.
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A date as a Dutch reader writes it: "1 december 2026". `month` counts from 1; a month
/// outside 1–12 (which a browser never gives) falls back to the numeric form "1-13-2026".
pub fn dutch_date(year: i32, month: u32, day: u32) -> String {
    match month.checked_sub(1).and_then(|m| MONTHS.get(m as usize)) {
        Some(name) => format!("{day} {name} {year}"),
        None => format!("{day}-{month}-{year}"),
    }
}

/// The line under the proposal on paper: when it was printed and where the scenario lives, so a
/// reader of the print can open the same scenario.
pub fn printed_line(date: &str, link: &str) -> String {
    format!("Afgedrukt op {date}. Dit scenario openen: {link}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{line, model, scenario, ScenarioBuilder};
    use crate::model::format;
    use crate::model::initiative::InitiativeId;
    use crate::model::projection::project;

    fn proposed(scenario: &Scenario) -> (Option<String>, String) {
        let projection = project(&model(&[]), scenario).expect("projection");
        let cost = headlines(scenario, &projection, None)[0].value.clone();
        (proposal(scenario, &projection), cost)
    }

    #[test]
    fn one_initiative_gives_matches_years_and_the_cost_card() {
        let (text, cost) = proposed(
            &scenario([line(InitiativeId::Buurtgezinnen, &[15; 4])]).named("Gemeente Voorbeeld"),
        );
        assert_eq!(
            text.as_deref(),
            Some(
                format!("Voorstel: 15 koppelingen per jaar via Buurtgezinnen, 2027–2030, {cost}")
                    .as_str()
            )
        );
        assert!(
            format::plain(&cost).starts_with("€ 1"),
            "a cost in Dutch euros: {cost}"
        );
    }

    #[test]
    fn several_initiatives_each_with_their_own_matches() {
        let (text, cost) = proposed(
            &scenario([
                line(InitiativeId::HomeStart, &[20, 20, 20]),
                line(InitiativeId::SamenOplopen, &[5, 10, 15]),
            ])
            .named("Gemeente Voorbeeld"),
        );
        assert_eq!(
            text.unwrap(),
            format!(
                "Voorstel: 20 koppelingen per jaar via Home-Start en oplopend van 5 naar 15 \
                 koppelingen per jaar via Samen Oplopen, 2027–2029, {cost}"
            )
        );
        let (text, _) = proposed(
            &scenario([
                line(InitiativeId::Buurtgezinnen, &[10]),
                line(InitiativeId::HomeStart, &[12]),
                line(InitiativeId::SamenOplopen, &[1_500]),
            ])
            .named("Gemeente Voorbeeld"),
        );
        let text = format::plain(&text.unwrap());
        assert!(
            text.starts_with(
                "Voorstel: 10 koppelingen per jaar via Buurtgezinnen, 12 koppelingen per jaar via \
                 Home-Start en 1.500 koppelingen per jaar via Samen Oplopen, 2027, € "
            ),
            "{text}"
        );
    }

    #[test]
    fn nothing_chosen_proposes_nothing() {
        assert_eq!(proposed(&scenario([]).named("Gemeente Voorbeeld")).0, None);
    }

    #[test]
    fn dates_are_written_the_dutch_way() {
        assert_eq!(dutch_date(2026, 12, 1), "1 december 2026");
        assert_eq!(dutch_date(2027, 3, 15), "15 maart 2027");
        assert_eq!(dutch_date(2027, 0, 15), "15-0-2027");
        assert_eq!(dutch_date(2027, 13, 15), "15-13-2027");
        assert_eq!(
            printed_line(
                "1 december 2026",
                "https://example.org/scenario?k.home-start=20"
            ),
            "Afgedrukt op 1 december 2026. Dit scenario openen: \
             https://example.org/scenario?k.home-start=20"
        );
    }
}
