//! The content of the presentation's slides that is words and figures: the key-figures cards,
//! the assumptions slide and the sources outside the five documents. The list of slides
//! (`charts::slides`) stays beside the chart registry it is built from.

use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::overrides::Overrides;
use crate::model::params::{show_number, show_value, Parameter, ParameterSet, Status};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::Bands;
use crate::report::headlines::{headlines, period, HeadlineId};

/// One card of the key-figures slide: a short label in plain words, the number exactly as the
/// scenario page's card writes it, and at most one plain range under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideHeadline {
    /// Which headline figure this is.
    pub id: HeadlineId,
    pub label: String,
    pub value: String,
    /// "tussen € 120.000 en € 194.000", "8 van de 10 keer tussen …"; `None` without a range.
    pub range: Option<String>,
}

/// "tussen A en B", or `None` when both ends are written as the same figure.
fn between(low: String, high: String) -> Option<String> {
    (low != high).then(|| format!("tussen {low} en {high}"))
}

/// The simulated P10–P90 as "8 van de 10 keer tussen A en B", else the extremes "tussen A en B".
/// A figure outside the band says so, as on the page, so the slide never seems to contradict it.
fn likely_range(value: f64, extremes: (f64, f64), p10_p90: Option<(f64, f64)>) -> Option<String> {
    match p10_p90 {
        Some((p10, p90)) => {
            let (low, high) = format::euro_rounded_pair(p10, p90);
            let side = if value > p90 && format::euro_rounded(value) != high {
                "; het cijfer zelf ligt hoger"
            } else if value < p10 && format::euro_rounded(value) != low {
                "; het cijfer zelf ligt lager"
            } else {
                ""
            };
            between(low, high).map(|range| format!("8 van de 10 keer {range}{side}"))
        }
        None => {
            let (low, high) = format::euro_rounded_pair(extremes.0, extremes.1);
            between(low, high)
        }
    }
}

/// The key-figures slide: the headline figures of the scenario page, one number and one range
/// per card, without the explanations the page has room for.
pub fn slide_headlines(
    scenario: &Scenario,
    projection: &Projection,
    bands: Option<&Bands>,
) -> Vec<SlideHeadline> {
    let total = &projection.total;
    let hours = |value: f64| format!("{} uur", format::hundreds(value));
    headlines(scenario, projection, bands)
        .into_iter()
        .map(|headline| {
            let (label, range) = match headline.id {
                HeadlineId::Cost => (format!("Kosten {}", period(scenario)), {
                    let (low, high) = format::euro_rounded_pair(total.cost.low, total.cost.high);
                    between(low, high)
                }),
                HeadlineId::Families => ("Gezinnen bereikt".to_string(), None),
                HeadlineId::VolunteerHours => (
                    "Uren van vrijwilligers".to_string(),
                    between(
                        hours(total.volunteer_hours.low),
                        hours(total.volunteer_hours.high),
                    ),
                ),
                HeadlineId::Avoided => (
                    "Vermeden jeugdhulp en uithuisplaatsing".to_string(),
                    likely_range(
                        total.avoided_costs.central,
                        (total.avoided_costs.low, total.avoided_costs.high),
                        bands
                            .and_then(|b| b.years.last())
                            .map(|y| (y.cumulative_avoided.p10, y.cumulative_avoided.p90)),
                    ),
                ),
                HeadlineId::Net => (
                    "Netto voor de gemeente, omgerekend naar nu".to_string(),
                    likely_range(
                        total.net_result_pv.central,
                        (total.net_result_pv.low, total.net_result_pv.high),
                        bands.map(|b| (b.net_result_pv.p10, b.net_result_pv.p90)),
                    ),
                ),
                HeadlineId::BreakEven => (headline.label.clone(), None),
            };
            SlideHeadline {
                id: headline.id,
                label,
                value: headline.value,
                range,
            }
        })
        .collect()
}

/// One line of a slide's list: what the number is, and its value in this scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideItem {
    pub label: String,
    pub value: String,
}

/// One assumption on its slide: its value beside its label, the range it may take, and in a
/// few plain words what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlideAssumption {
    /// The parameter ids (`duur_koppeling.buurtgezinnen`): several when initiatives share one
    /// estimate, range and basis, and the row names them all.
    pub ids: Vec<String>,
    /// "Duur van een koppeling – Buurtgezinnen, Steunouder".
    pub label: String,
    /// In this scenario, with the unit's sign ("1,5 jaar", "€ 2.175"); "(aangepast)" when the
    /// user changed it.
    pub value: String,
    /// "1 jaar – 2 jaar": the range it is varied over.
    pub range: String,
    /// The documents it is estimated from ("wegwijzer"), "vergeleken met AEF" when they only
    /// serve as a comparison, "geen bron" when none is cited.
    pub basis: String,
}

/// What an assumption rests on, from its references: the documents it was estimated with, or
/// those it is only compared with, or none.
fn basis(parameter: &Parameter) -> String {
    let documents = crate::data::documents::documents();
    let mut names: Vec<String> = Vec::new();
    for reference in &parameter.references {
        let name = documents
            .get(&reference.document)
            .map_or_else(|| reference.document.clone(), |d| d.name_on_slide());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let only_compared = parameter
        .references
        .iter()
        .all(|r| r.location.contains("ter vergelijking") || r.location.contains("toetssteen"));
    match names.as_slice() {
        [] => "geen bron".to_string(),
        _ if only_compared => format!("vergeleken met {}", names.join(", ")),
        _ => names.join(", "),
    }
}

/// One row per estimate: initiatives with the same value, range and basis for the same
/// quantity ("Duur van een koppeling – …") share a row that names them all, so a scenario with
/// four initiatives still fits one slide.
fn merged(rows: Vec<SlideAssumption>) -> Vec<SlideAssumption> {
    let mut out: Vec<SlideAssumption> = Vec::new();
    for row in rows {
        let (base, initiative) = match row.label.split_once(" – ") {
            Some((base, initiative)) => (base.to_string(), Some(initiative.to_string())),
            None => (row.label.clone(), None),
        };
        let same = out.iter_mut().find(|o| {
            initiative.is_some()
                && o.label.starts_with(&format!("{base} – "))
                && (&o.value, &o.range, &o.basis) == (&row.value, &row.range, &row.basis)
        });
        match (same, initiative) {
            (Some(o), Some(initiative)) => {
                o.label = format!("{}, {initiative}", o.label);
                o.ids.extend(row.ids);
            }
            _ => out.push(row),
        }
    }
    out
}

/// What the assumptions slide lists for a scenario with `chosen` initiatives and the user's
/// `overrides` (parameter id → value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumptionsSlide {
    /// Every adjustable assumption the scenario uses, changed or not.
    pub assumptions: Vec<SlideAssumption>,
    /// Every number from a source (or an outside source) the user changed, with the source's
    /// value: a presenter's audience must see that the figures rest on it.
    pub changed_sources: Vec<SlideItem>,
}

/// A parameter's value in this scenario in its unit, "(aangepast)" when the user changed it.
fn value_in_scenario(set: &ParameterSet, parameter: &Parameter, overrides: &Overrides) -> String {
    let unit = set.unit(&parameter.unit);
    match overrides.get(&parameter.id) {
        Some(value) => format!("{} (aangepast)", show_value(unit, *value)),
        None => show_value(unit, parameter.value),
    }
}

impl AssumptionsSlide {
    pub fn new(
        set: &ParameterSet,
        overrides: &Overrides,
        chosen: &[InitiativeId],
    ) -> AssumptionsSlide {
        // Parameters of the whole scenario or of a chosen initiative; never a claim, which the
        // model does not read.
        let used = || {
            set.parameters.iter().filter(|p| {
                p.status != Status::Claim && p.initiative().is_none_or(|i| chosen.contains(&i))
            })
        };
        let item = |p: &Parameter, value: String| SlideItem {
            label: p.label.clone(),
            value,
        };
        AssumptionsSlide {
            // The unit's sign only ("200 uur", not "… per koppeling per jaar"): the label says
            // what is counted, and the row stays on one line.
            assumptions: merged(
                used()
                    .filter(|p| p.status == Status::Aanname && p.adjustable)
                    .map(|p| {
                        let unit = set.unit(&p.unit);
                        let value =
                            show_number(unit, overrides.get(&p.id).copied().unwrap_or(p.value));
                        SlideAssumption {
                            ids: vec![p.id.clone()],
                            label: p.label.clone(),
                            value: if overrides.contains_key(&p.id) {
                                format!("{value} (aangepast)")
                            } else {
                                value
                            },
                            range: format!(
                                "{} – {}",
                                show_number(unit, p.low),
                                show_number(unit, p.high)
                            ),
                            basis: basis(p),
                        }
                    })
                    .collect(),
            ),
            changed_sources: used()
                .filter(|p| p.status != Status::Aanname && overrides.contains_key(&p.id))
                .map(|p| {
                    let in_source = show_value(set.unit(&p.unit), p.value);
                    let value = value_in_scenario(set, p, overrides);
                    item(p, format!("{value}; in de bron {in_source}"))
                })
                .collect(),
        }
    }
}

/// The sources slide's lines for the numbers from outside the five documents (the discount
/// rate, the sanity bound): each document with the value used in this scenario, from the
/// parameter file, so a changed value shows as changed and no number is typed in code.
pub fn outside_sources(set: &ParameterSet, overrides: &Overrides) -> Vec<String> {
    set.parameters
        .iter()
        .filter(|p| p.status == Status::BuitenBronnen)
        .map(|p| {
            let documents: Vec<String> = p
                .references
                .iter()
                .map(|r| crate::data::documents::documents().citation(&r.document))
                .collect();
            format!(
                "{}: {}",
                documents.join("; "),
                value_in_scenario(set, p, overrides)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parameters() -> ParameterSet {
        crate::data::parameters::parse_parameters(include_str!("../../assets/data/parameters.json"))
            .expect("the shipped parameter file parses")
    }

    fn overrides(pairs: &[(&str, f64)]) -> Overrides {
        pairs.iter().map(|(id, v)| (id.to_string(), *v)).collect()
    }

    #[test]
    fn the_sources_slide_gives_the_discount_rate_in_use() {
        let set = parameters();
        let rate = set.get("discontovoet").expect("a discount rate");
        let line = |lines: Vec<String>| {
            lines
                .into_iter()
                .find(|l| {
                    l.starts_with(
                        &crate::data::documents::documents().citation(&rate.references[0].document),
                    )
                })
                .expect("a line for the discount rate")
        };
        let default = show_value(set.unit(&rate.unit), rate.value);
        assert!(line(outside_sources(&set, &Overrides::new())).ends_with(&format!(": {default}")));
        let changed = line(outside_sources(&set, &overrides(&[("discontovoet", 0.03)])));
        assert!(changed.ends_with(": 3% (aangepast)"), "{changed}");
    }

    #[test]
    fn the_assumptions_slide_shows_every_changed_number_sourced_ones_too() {
        let set = parameters();
        let chosen = [InitiativeId::SamenOplopen];
        let changed = overrides(&[
            ("kosten_jeugdhulptraject", 17_000.0),
            ("deadweight", 0.4),
            ("kosten_per_koppeling.buurtgezinnen", 2_300.0),
        ]);
        let slide = AssumptionsSlide::new(&set, &changed, &chosen);
        let cost = &set.get("kosten_jeugdhulptraject").unwrap().label;
        let sourced: Vec<_> = slide.changed_sources.iter().map(|i| &i.label).collect();
        assert_eq!(
            sourced,
            [cost],
            "a chosen-only list of changed sourced numbers"
        );
        assert_eq!(
            format::plain(&slide.changed_sources[0].value),
            "€ 17.000 per traject (aangepast); in de bron € 15.000 per traject"
        );
        let deadweight = &set.get("deadweight").unwrap().label;
        let shown = slide
            .assumptions
            .iter()
            .find(|i| &i.label == deadweight)
            .unwrap();
        assert_eq!(shown.value, "40% (aangepast)");
        assert_eq!(shown.range, "10% – 50%");
        assert!(
            shown.basis.starts_with("vergeleken met RTV Drenthe"),
            "{}",
            shown.basis
        );
        // Nothing changed: no list of changed sources, and the assumptions at their defaults.
        let plain = AssumptionsSlide::new(&set, &Overrides::new(), &chosen);
        assert!(plain.changed_sources.is_empty());
        assert!(plain
            .assumptions
            .iter()
            .all(|i| !i.value.contains("aangepast")));
        assert!(plain.assumptions.len() >= 5, "{:?}", plain.assumptions);
    }

    #[test]
    fn initiatives_with_one_estimate_share_a_row_and_every_row_has_its_range_and_basis() {
        use InitiativeId::{Buurtgezinnen, HomeStart, SamenOplopen, Steunouder};
        let set = parameters();
        let all = [Buurtgezinnen, Steunouder, HomeStart, SamenOplopen];
        let slide = AssumptionsSlide::new(&set, &Overrides::new(), &all);
        let mut shown: Vec<&String> = slide.assumptions.iter().flat_map(|a| &a.ids).collect();
        let mut expected: Vec<&String> = set
            .parameters
            .iter()
            .filter(|p| p.status == Status::Aanname && p.adjustable)
            .map(|p| &p.id)
            .collect();
        shown.sort();
        expected.sort();
        assert_eq!(shown, expected, "every assumption once");
        assert!(slide.assumptions.len() < expected.len(), "some rows shared");
        let duration = slide
            .assumptions
            .iter()
            .find(|a| a.ids[0] == "duur_koppeling.buurtgezinnen")
            .expect("a row for the duration");
        assert_eq!(
            duration.label,
            "Duur van een koppeling – Buurtgezinnen, Steunouder"
        );
        assert_eq!(duration.range, "1 jaar – 2 jaar");
        assert_eq!(duration.basis, "wegwijzer");
        for row in &slide.assumptions {
            let p = set.get(&row.ids[0]).unwrap();
            let unit = set.unit(&p.unit);
            assert_eq!(
                row.range,
                format!(
                    "{} – {}",
                    show_number(unit, p.low),
                    show_number(unit, p.high)
                )
            );
            assert!(!row.basis.is_empty());
        }
    }

    #[test]
    fn the_key_figures_slide_has_the_page_numbers_and_one_plain_range_each() {
        use crate::model::params::ModelParameters;
        use crate::model::projection::project;
        use crate::model::scenario::ScenarioLine;
        use crate::model::uncertainty::{simulate, DEFAULT_SEED};

        let set = parameters();
        let model = ModelParameters::from_set(&set, &Overrides::new()).expect("model");
        let scenario = Scenario {
            name: "Gemeente Voorbeeld".into(),
            first_year: 2027,
            horizon_years: 4,
            lines: vec![ScenarioLine {
                initiative: InitiativeId::Buurtgezinnen,
                matches_per_year: vec![15; 4],
                local_cost_per_match: None,
            }],
            municipality: Default::default(),
        };
        let projection = project(&model, &scenario).expect("projection");
        let bands = simulate(&model, &scenario, 2_000, DEFAULT_SEED).expect("bands");
        let page = headlines(&scenario, &projection, Some(&bands));
        let slide = slide_headlines(&scenario, &projection, Some(&bands));
        assert_eq!(
            slide.iter().map(|h| h.id).collect::<Vec<_>>(),
            crate::report::headlines::HeadlineId::ALL
        );
        for (card, on_page) in slide.iter().zip(&page) {
            assert_eq!(card.value, on_page.value, "{}", card.id);
            let words = format!("{} {}", card.label, card.range.clone().unwrap_or_default());
            for jargon in ["contante waarde", "P10", "nominaal", "deadweight", ";"] {
                assert!(!words.contains(jargon), "{words}");
            }
        }
        assert_eq!(slide[0].label, "Kosten 2027–2030");
        let net = slide.iter().find(|h| h.id == HeadlineId::Net).unwrap();
        let range = net.range.as_deref().expect("a simulated range");
        assert!(
            format::plain(range).starts_with("8 van de 10 keer tussen −€ "),
            "{range}"
        );
        assert_eq!(
            slide
                .iter()
                .find(|h| h.id == HeadlineId::Families)
                .unwrap()
                .range,
            None
        );
        // Without the simulation, the extremes; a range whose ends are one figure is left out.
        let plain = slide_headlines(&scenario, &projection, None);
        let net = plain.iter().find(|h| h.id == HeadlineId::Net).unwrap();
        assert!(
            net.range.as_deref().unwrap().starts_with("tussen "),
            "{net:?}"
        );
        assert_eq!(between("€ 5".into(), "€ 5".into()), None);
    }

    #[test]
    fn a_slide_figure_outside_its_band_says_on_which_side() {
        let band = Some((208_000.0, 223_000.0));
        let above = likely_range(224_000.0, (0.0, 300_000.0), band).expect("a range");
        assert!(above.ends_with("; het cijfer zelf ligt hoger"), "{above}");
        let below = likely_range(200_000.0, (0.0, 300_000.0), band).expect("a range");
        assert!(below.ends_with("; het cijfer zelf ligt lager"), "{below}");
        let inside = likely_range(215_000.0, (0.0, 300_000.0), band).expect("a range");
        assert!(!inside.contains("het cijfer zelf"), "{inside}");
    }
}
