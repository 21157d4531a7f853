//! "Veel of weinig?": a sense of scale for a number of matches a year. Municipalities that
//! already run an initiative, as news reports give them (`assets/data/gemeente.json`, each with
//! its source), and, once the user has filled in Uw gemeente, the scenario per 1.000 young people
//! and per 10.000 inhabitants, as [`super::municipality::scale`] computes it for the panel.

use crate::data::documents::documents;
use crate::data::municipality::{reference, ScaleExample};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

use super::municipality::scale;

/// A sentence with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub text: String,
    /// "Citation, location".
    pub source: String,
}

/// The examples from the reference data, in the file's order.
pub fn examples() -> Vec<Cited> {
    reference()
        .map(|r| {
            r.voorbeelden
                .iter()
                .map(|e| Cited {
                    text: example_text(e),
                    source: documents().cite(&e.bron),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// "eerste", "tweede", … for the years of an example.
fn ordinal(year: usize) -> String {
    const WORDS: [&str; 5] = ["eerste", "tweede", "derde", "vierde", "vijfde"];
    WORDS
        .get(year)
        .map_or_else(|| format!("{}e", year + 1), |w| (*w).to_string())
}

/// "Meppel (Buurtgezinnen): 10 koppelingen in het eerste en 15 in het tweede jaar; € … per jaar
/// na de proef."
fn example_text(e: &ScaleExample) -> String {
    let name = e.initiative().map_or(e.initiatief.as_str(), |i| i.name());
    let mut counted = Vec::new();
    if !e.koppelingen_per_jaar.is_empty() {
        let years: Vec<String> = e
            .koppelingen_per_jaar
            .iter()
            .enumerate()
            .map(|(year, &n)| {
                let what = if year == 0 { " koppelingen" } else { "" };
                format!("{n}{what} in het {}", ordinal(year))
            })
            .collect();
        counted.push(format!("{} jaar", format::listed(&years)));
    }
    if let Some(families) = e.gezinnen {
        let children = e
            .kinderen
            .map(|c| format!("{c} kinderen in "))
            .unwrap_or_default();
        let period = e
            .periode
            .as_deref()
            .map(|p| format!(" in {p}"))
            .unwrap_or_default();
        counted.push(format!("{children}{families} gezinnen{period}"));
    }
    let spent = e.bedrag.map(|amount| {
        let about = if e.bedrag_ongeveer { "ongeveer " } else { "" };
        let over = if e.bedrag_per_jaar {
            " per jaar"
        } else {
            " in die periode"
        };
        let when = e
            .bedrag_wanneer
            .as_deref()
            .map(|w| format!(" {w}"))
            .unwrap_or_default();
        format!("; {about}{}{over}{when}", format::euro_rounded(amount))
    });
    format!(
        "{} ({name}): {}{}.",
        e.gemeente,
        counted.join("; "),
        spent.unwrap_or_default()
    )
}

/// The scenario at the municipality's own scale, from the figures the user filled in under Uw
/// gemeente; `None` while neither young people nor inhabitants are filled in.
pub fn own_scale(scenario: &Scenario, projection: &Projection) -> Option<String> {
    let scale = scale(scenario, projection);
    let mut per = Vec::new();
    if let Some(v) = scale.per_thousand_young_people {
        per.push(format!(
            "{} per 1.000 jeugdigen",
            format::number_up_to(v, 1)
        ));
    }
    if let Some(v) = scale.per_ten_thousand_inhabitants {
        per.push(format!(
            "{} per 10.000 inwoners",
            format::number_up_to(v, 1)
        ));
    }
    if per.is_empty() {
        return None;
    }
    let place = match scenario.municipality.place() {
        "" => "uw gemeente".to_string(),
        name => name.to_string(),
    };
    let clients = scenario
        .municipality
        .youth_care_clients
        .map(|c| {
            format!(
                "; in een jaar krijgen er {} jeugdigen jeugdhulp",
                format::integer(f64::from(c))
            )
        })
        .unwrap_or_default();
    Some(format!(
        "In {place}: gemiddeld {} koppelingen per jaar, {}{clients} (uit uw eigen cijfers bij Uw gemeente).",
        format::number_up_to(scale.matches_per_year, 1),
        format::listed(&per)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{line, model, scenario, ScenarioBuilder};
    use crate::model::initiative::InitiativeId;
    use crate::model::projection::project;
    use crate::model::scenario::Municipality;

    fn projected(municipality: Municipality) -> (Scenario, Projection) {
        let scenario = scenario([line(InitiativeId::Buurtgezinnen, &[15; 4])]).of(municipality);
        let projection = project(&model(&[]), &scenario).expect("projection");
        (scenario, projection)
    }

    #[test]
    fn the_examples_give_their_figures_as_the_data_file_has_them_with_the_report_cited() {
        let reference = reference().expect("reference");
        let shown = examples();
        assert_eq!(shown.len(), reference.voorbeelden.len());
        for (cited, example) in shown.iter().zip(&reference.voorbeelden) {
            assert!(cited.text.starts_with(&example.gemeente), "{}", cited.text);
            for n in example
                .koppelingen_per_jaar
                .iter()
                .chain(&example.gezinnen)
                .chain(&example.kinderen)
            {
                assert!(cited.text.contains(&n.to_string()), "{n} in {}", cited.text);
            }
            if let Some(amount) = example.bedrag {
                assert!(
                    cited.text.contains(&format::euro_rounded(amount)),
                    "{}",
                    cited.text
                );
            }
            assert_eq!(cited.source, documents().cite(&example.bron));
        }
        let meppel = shown.iter().find(|c| c.text.starts_with("Meppel")).unwrap();
        assert!(
            meppel
                .text
                .contains("10 koppelingen in het eerste en 15 in het tweede jaar"),
            "{}",
            meppel.text
        );
        // The € 58.000 a year came after the two years counted, not with them (audit M4).
        assert!(
            meppel.text.ends_with("per jaar na de proef."),
            "{}",
            meppel.text
        );
        assert!(
            meppel.source.starts_with("RTV Drenthe"),
            "{}",
            meppel.source
        );
    }

    #[test]
    fn the_own_scale_uses_the_panels_figures_and_waits_for_the_users_own() {
        let (scenario, projection) = projected(Municipality::default());
        assert_eq!(own_scale(&scenario, &projection), None);
        let zeist = Municipality {
            name: "Zeist".into(),
            inhabitants: Some(40_000),
            young_people: Some(8_000),
            youth_care_clients: Some(1_150),
            youth_care_spending: None,
            ..Municipality::default()
        };
        let (scenario, projection) = projected(zeist);
        let text = own_scale(&scenario, &projection).expect("a line");
        let panel = scale(&scenario, &projection);
        let per_young = format::number_up_to(panel.per_thousand_young_people.unwrap(), 1);
        let per_inhabitants = format::number_up_to(panel.per_ten_thousand_inhabitants.unwrap(), 1);
        assert!(
            text.starts_with("In Zeist: gemiddeld 15 koppelingen per jaar"),
            "{text}"
        );
        assert!(
            text.contains(&format!("{per_young} per 1.000 jeugdigen")),
            "{text}"
        );
        assert!(
            text.contains(&format!("{per_inhabitants} per 10.000 inwoners")),
            "{text}"
        );
        assert!(text.contains("1.150 jeugdigen jeugdhulp"), "{text}");
        assert!(text.contains("uit uw eigen cijfers"), "{text}");
    }
}
