//! A short Dutch paragraph for a party programme or council proposal, drafted from the scenario,
//! with its figures and sources. Party staff edit it; it must therefore say only what the
//! projection says, and say which parts rest on assumptions.

use crate::model::format;
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

use super::headlines::period;

/// "Buurtgezinnen, Home-Start en Samen Oplopen".
fn list_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

/// How many matches a year, in words: constant, or from the first to the last year.
fn matches_phrase(scenario: &Scenario) -> String {
    let per_year: Vec<u32> = (0..scenario.horizon_years as usize)
        .map(|y| {
            scenario
                .lines
                .iter()
                .filter_map(|l| l.matches_per_year.get(y))
                .sum()
        })
        .collect();
    let first = per_year.first().copied().unwrap_or(0);
    let last = per_year.last().copied().unwrap_or(0);
    if per_year.iter().all(|&n| n == first) {
        format!("{} koppelingen per jaar", format::integer(f64::from(first)))
    } else {
        format!(
            "oplopend van {} naar {} koppelingen per jaar",
            format::integer(f64::from(first)),
            format::integer(f64::from(last))
        )
    }
}

/// The paragraph, or `None` when the scenario funds nothing.
pub fn programme_text(scenario: &Scenario, projection: &Projection) -> Option<String> {
    if projection.per_initiative.is_empty() {
        return None;
    }
    let total = &projection.total;
    let names: Vec<&str> = scenario.lines.iter().map(|l| l.initiative.name()).collect();
    let who = if scenario.name.trim().is_empty() {
        "De gemeente".to_string()
    } else {
        format!("De gemeente {}", scenario.name.trim())
    };
    let break_even = projection
        .break_even_share
        .filter(|&share| share <= 1.0)
        .and_then(format::one_in)
        .map(|one_in| {
            format!(
                " De investering verdient zich terug als bij {one_in} bereikte gezinnen een specialistisch jeugdhulptraject niet meer nodig is."
            )
        })
        .unwrap_or_default();
    let avoided_range = format!(
        "{} – {}",
        format::euro_rounded(total.avoided_costs.low),
        format::euro_rounded(total.avoided_costs.high)
    );
    Some(format!(
        "{who} investeert in {} structureel in informele steun voor gezinnen die het zwaar hebben: \
{} via {}, gedurende {} jaar. Dat kost naar verwachting {} (bandbreedte {}). \
Zo worden ongeveer {} gezinnen bereikt, met circa {} uur inzet van vrijwilligers.{break_even} \
Naar schatting voorkomt dit {} aan kosten voor jeugdhulp en uithuisplaatsing; dat bedrag rust op aannames \
over hoe vaak zwaardere hulp wordt voorkomen. \
(Bronnen: kosten per koppeling uit de wegwijzer van het Collectief informele steun kind & gezin; \
kosten van jeugdhulp en uithuisplaatsing uit Samen Oplopen, Zorg voor elkaar (2025); berekend met Steunwijzer.)",
        period(scenario),
        matches_phrase(scenario),
        list_names(&names),
        scenario.horizon_years,
        format::euro(total.cost.central),
        format::euro_range(total.cost.low, total.cost.high),
        format::integer(total.families_reached),
        format::integer(total.volunteer_hours.central),
        avoided_range,
    ))
}
