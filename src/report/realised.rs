//! "Wat is er gerealiseerd?": what the annual reports say set against what the scenario planned,
//! per initiative and year and in total, in plain Dutch; the realised cost per match beside the
//! planned one and the wegwijzer's; and what the model estimates the realised matches imply for
//! avoided costs. That estimate evaluates the scenario again with the realised matches (the same
//! kernel): it is a model estimate, never a measured effect, and every text says so.

use crate::data::realised::begun_years;
use crate::model::collectief::CollectiefTable;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::params::ModelParameters;
use crate::model::projection::{project, Projection};
use crate::model::scenario::{Realised, Scenario};

use super::csv::{number, EURO_DECIMALS};
use super::headlines::at_values;
use super::initiative::table_source;

/// Said wherever the avoided costs of the realised matches appear.
pub const MODEL_ESTIMATE: &str = "modelschatting, geen gemeten effect";

/// One initiative in one year that has begun: planned (central) beside realised.
#[derive(Debug, Clone, PartialEq)]
pub struct RealisedRow {
    pub initiative: InitiativeId,
    pub year: i32,
    /// The current year: still running, so the figures are not final.
    pub running: bool,
    pub planned_matches: u32,
    pub planned_families: f64,
    pub planned_cost: f64,
    /// What the user entered (every figure may be empty).
    pub realised: Realised,
}

/// One initiative's cost per match: planned, realised, and the wegwijzer's range (low, high).
pub type PerMatch = (InitiativeId, f64, f64, Option<(f64, f64)>);

/// Realised against planned over every year that has begun.
#[derive(Debug, Clone, PartialEq)]
pub struct RealisedReport {
    pub rows: Vec<RealisedRow>,
    /// Matches over the rows with realised matches entered: planned, realised.
    pub matches: (u32, u32),
    /// Cost over the rows with a realised cost entered: planned, realised.
    pub cost: Option<(f64, f64)>,
    /// Per initiative with matches and cost entered: planned and realised cost per match, and
    /// the wegwijzer's range.
    pub per_match: Vec<PerMatch>,
    /// Avoided costs (central, with effects after the horizon) of the planned and of the
    /// realised matches in the rows with realised matches: a model estimate.
    pub avoided: Option<(f64, f64)>,
    pub changed_assumptions: usize,
}

/// Realised against planned, or `None` when no year has begun by `this_year` or nothing is
/// entered for a chosen initiative in such a year.
pub fn realised_report(
    scenario: &Scenario,
    projection: &Projection,
    model: &ModelParameters,
    table: Option<&CollectiefTable>,
    this_year: i32,
) -> Option<RealisedReport> {
    let years = begun_years(scenario, this_year);
    let mut rows = Vec::new();
    for line in &scenario.lines {
        for &year in &years {
            let planned = projection
                .years
                .iter()
                .find(|y| y.year == year && !y.after_horizon)
                .and_then(|y| y.lines.iter().find(|l| l.initiative == line.initiative));
            let realised = scenario
                .municipality
                .realised
                .iter()
                .find(|r| r.initiative == line.initiative && r.year == year)
                .cloned()
                .unwrap_or_else(|| Realised::new(line.initiative, year));
            rows.push(RealisedRow {
                initiative: line.initiative,
                year,
                running: year == this_year,
                planned_matches: planned.map_or(0, |p| p.matches),
                planned_families: planned.map_or(0.0, |p| p.families_reached),
                planned_cost: planned.map_or(0.0, |p| p.cost.central),
                realised,
            });
        }
    }
    if rows.iter().all(|r| r.realised.is_empty()) {
        return None;
    }
    let with_matches = || rows.iter().filter(|r| r.realised.matches.is_some());
    let matches = (
        with_matches().map(|r| r.planned_matches).sum(),
        with_matches().filter_map(|r| r.realised.matches).sum(),
    );
    let with_cost: Vec<&RealisedRow> = rows.iter().filter(|r| r.realised.cost.is_some()).collect();
    let cost = (!with_cost.is_empty()).then(|| {
        (
            with_cost.iter().map(|r| r.planned_cost).sum(),
            with_cost.iter().filter_map(|r| r.realised.cost).sum(),
        )
    });
    let per_match = scenario
        .lines
        .iter()
        .filter_map(|line| {
            let both: Vec<&RealisedRow> = rows
                .iter()
                .filter(|r| r.initiative == line.initiative)
                .filter(|r| r.realised.matches.is_some_and(|m| m > 0) && r.realised.cost.is_some())
                .collect();
            let sum = |f: fn(&RealisedRow) -> f64| both.iter().map(|r| f(r)).sum::<f64>();
            let planned_matches = sum(|r| f64::from(r.planned_matches));
            if both.is_empty() || planned_matches == 0.0 {
                return None;
            }
            let brochure = table
                .and_then(|t| t.initiatives.iter().find(|i| i.id == line.initiative))
                .map(|i| (i.cost_per_match.low, i.cost_per_match.high));
            Some((
                line.initiative,
                sum(|r| r.planned_cost) / planned_matches,
                sum(|r| r.realised.cost.unwrap_or(0.0))
                    / sum(|r| f64::from(r.realised.matches.unwrap_or(0))),
                brochure,
            ))
        })
        .collect();
    Some(RealisedReport {
        avoided: avoided(scenario, model, &rows),
        rows,
        matches,
        cost,
        per_match,
        changed_assumptions: projection.changed_assumptions,
    })
}

/// The model's avoided costs of the planned and of the realised matches, each in the rows with
/// realised matches only (every other year and initiative at zero), so both count the same years.
fn avoided(
    scenario: &Scenario,
    model: &ModelParameters,
    rows: &[RealisedRow],
) -> Option<(f64, f64)> {
    if rows.iter().all(|r| r.realised.matches.is_none()) {
        return None;
    }
    let run = |realised: bool| {
        let mut s = scenario.clone();
        for line in &mut s.lines {
            for (index, matches) in line.matches_per_year.iter_mut().enumerate() {
                let year = crate::model::scenario::calendar_year(s.first_year, index);
                let row = rows
                    .iter()
                    .find(|r| r.initiative == line.initiative && r.year == year);
                *matches = match row.and_then(|r| r.realised.matches) {
                    Some(done) if realised => {
                        done.min(crate::model::scenario::MAX_MATCHES_PER_YEAR)
                    }
                    Some(_) => *matches,
                    None => 0,
                };
            }
        }
        project(model, &s)
            .ok()
            .map(|p| p.total.avoided_costs.central)
    };
    Some((run(false)?, run(true)?))
}

/// "4 meer dan gepland (40)", "precies zoveel als gepland".
fn deviation(planned: f64, realised: f64, show: fn(f64) -> String) -> String {
    let diff = realised - planned;
    let share = if planned > 0.0 {
        format!("; {}", format::share(diff.abs() / planned))
    } else {
        String::new()
    };
    if show(diff.abs()) == show(0.0) {
        format!("precies zoveel als gepland ({})", show(planned))
    } else if diff > 0.0 {
        format!(
            "{} meer dan gepland ({}{share} meer)",
            show(diff),
            show(planned)
        )
    } else {
        format!(
            "{} minder dan gepland ({}{share} minder)",
            show(-diff),
            show(planned)
        )
    }
}

fn count(v: f64) -> String {
    format::integer(v)
}

/// The comparison in plain Dutch, one sentence a point: matches, cost, cost per match, and the
/// model estimate.
pub fn sentences(report: &RealisedReport) -> Vec<String> {
    let mut out = Vec::new();
    let (planned, done) = report.matches;
    if report.rows.iter().any(|r| r.realised.matches.is_some()) {
        out.push(format!(
            "Er zijn {} koppelingen gemaakt: {}.",
            count(f64::from(done)),
            deviation(f64::from(planned), f64::from(done), count)
        ));
    }
    if let Some((planned, spent)) = report.cost {
        out.push(format!(
            "De werkelijke kosten waren {}: {}.",
            format::euro_rounded(spent),
            deviation(planned, spent, format::euro_rounded)
        ));
    }
    for (initiative, planned, realised, brochure) in &report.per_match {
        let wegwijzer = brochure
            .map(|(low, high)| {
                let range = if low == high {
                    format::euro(low)
                } else {
                    format!("{} – {}", format::euro(low), format::euro(high))
                };
                format!("; {} noemt {range} per koppeling per jaar", table_source())
            })
            .unwrap_or_default();
        out.push(format!(
            "{}: {} per gerealiseerde koppeling, gepland {}{wegwijzer}.",
            initiative.name(),
            format::euro_rounded(*realised),
            format::euro_rounded(*planned)
        ));
    }
    if let Some((planned, realised)) = report.avoided {
        out.push(format!(
            "Wat dat kan opleveren ({MODEL_ESTIMATE}, {}): met de gerealiseerde koppelingen naar schatting {} aan vermeden jeugdhulp en uithuisplaatsingen, tegen {} met de geplande koppelingen in dezelfde jaren.",
            at_values(report.changed_assumptions),
            format::euro_rounded(realised),
            format::euro_rounded(planned)
        ));
    }
    if report
        .rows
        .iter()
        .any(|r| r.running && !r.realised.is_empty())
    {
        out.push("Het lopende jaar is nog niet om: de cijfers daarvan zijn voorlopig.".into());
    }
    out
}

/// The paragraph for the annual accounts (verantwoording), to copy.
pub fn verantwoording(scenario: &Scenario, report: &RealisedReport) -> String {
    let years = report
        .rows
        .iter()
        .filter(|r| !r.realised.is_empty())
        .map(|r| r.year);
    let period = match (years.clone().min(), years.max()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    };
    let names = format::listed(
        &scenario
            .lines
            .iter()
            .map(|l| l.initiative.name().to_string())
            .collect::<Vec<_>>(),
    );
    format!(
        "Verantwoording {period}. {} financierde informele steun voor gezinnen via {names}. Volgens de jaarverslagen van de coördinatoren: {} De vergelijking met de planning en de schatting van de vermeden kosten zijn gemaakt met Steunwijzer; de vermeden kosten zijn een {MODEL_ESTIMATE}.",
        scenario.municipality.subject(),
        sentences(report).join(" ")
    )
}

/// The table as CSV (semicolons, decimal comma), one row per initiative and year.
pub fn realised_csv(report: &RealisedReport) -> String {
    let opt = |v: Option<f64>, d: usize| v.map_or_else(String::new, |v| number(v, d));
    let mut out = String::from("Jaar;Initiatief;Koppelingen gepland;Koppelingen gerealiseerd;Gezinnen bereikt gepland;Gezinnen bereikt gerealiseerd;Vrijwilligersuren gerealiseerd;Kosten gepland (€);Kosten gerealiseerd (€);Lopend jaar\r\n");
    for r in &report.rows {
        let fields = [
            r.year.to_string(),
            format!("\"{}\"", r.initiative.name()),
            r.planned_matches.to_string(),
            opt(r.realised.matches.map(f64::from), 0),
            number(r.planned_families, 1),
            opt(r.realised.families.map(f64::from), 0),
            opt(r.realised.volunteer_hours.map(f64::from), 0),
            number(r.planned_cost, EURO_DECIMALS),
            opt(r.realised.cost, EURO_DECIMALS),
            (if r.running { "\"ja\"" } else { "\"nee\"" }).to_string(),
        ];
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    if let Some((planned, realised)) = report.avoided {
        out.push_str(&format!(
            "# Vermeden kosten ({MODEL_ESTIMATE}): gepland {} euro, gerealiseerd {} euro\r\n",
            number(planned, 0),
            number(realised, 0)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(query: &str, this_year: i32) -> (Scenario, Projection, Option<RealisedReport>) {
        let c = crate::fixture::linked(query);
        let r = realised_report(&c.scenario, &c.projection, &c.model, None, this_year);
        (c.scenario, c.projection, r)
    }

    const PLAN: &str = "jaar=2024&looptijd=4&k.home-start=20&k.samen-oplopen=10&g.naam=Zeist";

    #[test]
    fn nothing_entered_or_nothing_begun_gives_no_report() {
        assert_eq!(report(PLAN, 2026).2, None);
        let (_, _, r) = report(&format!("{PLAN}&r.home-start.2027=5"), 2026);
        assert_eq!(r, None, "2027 has not begun in 2026");
    }

    #[test]
    fn planned_against_realised_per_year_and_in_total_in_plain_dutch() {
        let (scenario, projection, r) = report(
            &format!(
                "{PLAN}&r.home-start.2024=18,20,,95000&r.home-start.2025=22&r.samen-oplopen.2026=7"
            ),
            2026,
        );
        let r = r.expect("a report");
        // Every chosen initiative in every begun year, the current one running.
        assert_eq!(r.rows.len(), 2 * 3);
        assert!(r.rows.iter().filter(|x| x.running).all(|x| x.year == 2026));
        let home_2024 = &r.rows[0];
        let planned = projection.years[0]
            .lines
            .iter()
            .find(|l| l.initiative == InitiativeId::HomeStart)
            .unwrap();
        assert_eq!(home_2024.planned_matches, planned.matches);
        assert_eq!(home_2024.planned_cost, planned.cost.central);
        // Totals over the cells with realised matches: 20 + 20 + 10 planned, 18 + 22 + 7 done.
        assert_eq!(r.matches, (50, 47));
        assert_eq!(r.cost, Some((planned.cost.central, 95_000.0)));
        let text = format::plain(&sentences(&r).join(" "));
        crate::fixture::assert_says(
            &text,
            &[
                "Er zijn 47 koppelingen gemaakt: 3 minder dan gepland (50; 6% minder).",
                "De werkelijke kosten waren € 95.000",
                "Home-Start: € ",
                "(modelschatting, geen gemeten effect, bij de standaardwaarden)",
                "Het lopende jaar is nog niet om",
            ],
        );
        // The per-match cost: realised cost over realised matches, planned over planned.
        let (id, planned_per, done_per, _) = r.per_match[0];
        assert_eq!(id, InitiativeId::HomeStart);
        assert!((done_per - 95_000.0 / 18.0).abs() < 1e-9);
        assert!((planned_per - planned.cost.central / f64::from(planned.matches)).abs() < 1e-9);
        let paragraph = verantwoording(&scenario, &r);
        assert!(paragraph.starts_with("Verantwoording 2024–2026. De gemeente Zeist financierde informele steun voor gezinnen via Home-Start en Samen Oplopen."), "{paragraph}");
        let csv = realised_csv(&r);
        assert!(csv.contains("\r\n2024;\"Home-Start\";20;18;"), "{csv}");
    }

    #[test]
    fn the_model_estimate_is_the_kernel_run_with_the_realised_matches() {
        let (_, _, more) = report(&format!("{PLAN}&r.home-start.2024=30"), 2026);
        let (_, _, fewer) = report(&format!("{PLAN}&r.home-start.2024=10"), 2026);
        let (_, _, same) = report(&format!("{PLAN}&r.home-start.2024=20"), 2026);
        let (planned, done) = more.unwrap().avoided.unwrap();
        assert!(
            done > planned,
            "more matches, more avoided: {done} > {planned}"
        );
        let (planned_f, done_f) = fewer.unwrap().avoided.unwrap();
        assert!(done_f < planned_f);
        assert_eq!(planned, planned_f, "the planned side counts the same cells");
        let (p, d) = same.unwrap().avoided.unwrap();
        assert_eq!(p, d);
        // Only a cost entered: no estimate of avoided costs.
        let (_, _, cost_only) = report(&format!("{PLAN}&r.home-start.2024=,,,90000"), 2026);
        assert_eq!(cost_only.unwrap().avoided, None);
    }
}
