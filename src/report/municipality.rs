//! The scenario at the municipality's own scale: matches beside its young people, the cost beside
//! its inhabitants and youth-care spending, the break-even point as trajectories a year, and the
//! budget lines by Iv3 taakveld with the texts a council member files (an amendment, a
//! programme point). Everything here is arithmetic on the projection and the user's figures; the
//! model itself is not run again.

use crate::data::documents::documents;
use crate::data::municipality::{reference, Taakveld};
use crate::model::format;
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;

use super::adjusted::{with_sentence, Adjusted};
use super::headlines::period;
use super::programme::{matches_phrase, whose_assumptions};

/// The price level of the budget lines and the amendment, said plainly (audit M2): a begroting
/// is in current prices, the amounts here are not. Not indexed by us, because the wegwijzer
/// gives no year for its prices, so there is no year to count an index from.
pub const BUDGET_PRICE_LEVEL: &str = "Prijspeil: de bedragen zijn de prijzen zoals de wegwijzer ze noemt, niet geïndexeerd en niet verdisconteerd. De wegwijzer noemt geen jaartal bij haar prijzen (de jongste bron die zij aanhaalt, is van 2021); de vermeden kosten rusten op praktijkvoorbeelden uit een position paper van 2025. Een begroting raamt in lopende prijzen: verhoog de bedragen met de loon- en prijsindexatie die de gemeente hanteert.";

/// The scenario beside the municipality's figures; a figure the user left empty gives `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// Average matches a year over the horizon.
    pub matches_per_year: f64,
    /// Matches a year per 1.000 young people (0–17).
    pub per_thousand_young_people: Option<f64>,
    /// Matches a year per 10.000 inhabitants.
    pub per_ten_thousand_inhabitants: Option<f64>,
    /// Matches a year as a share of the young people with youth care.
    pub matches_per_youth_care_client: Option<f64>,
    /// Average cost a year over the horizon (central, constant prices).
    pub cost_per_year: f64,
    pub cost_per_inhabitant: Option<f64>,
    /// Average cost a year as a share of the yearly youth-care spending.
    pub cost_share_of_youth_care: Option<f64>,
    /// The municipality's own share of young people with youth care.
    pub youth_care_share: Option<f64>,
}

/// `numerator / denominator` when the denominator is a figure above zero.
fn per(numerator: f64, denominator: Option<f64>) -> Option<f64> {
    denominator.filter(|d| *d > 0.0).map(|d| numerator / d)
}

pub fn scale(scenario: &Scenario, projection: &Projection) -> Scale {
    let m = &scenario.municipality;
    let years = f64::from(scenario.horizon_years.max(1));
    let matches_per_year = f64::from(projection.total.matches) / years;
    let cost_per_year = projection.total.cost.central / years;
    let young = m.young_people.map(f64::from);
    let clients = m.youth_care_clients.map(f64::from);
    Scale {
        matches_per_year,
        per_thousand_young_people: per(matches_per_year * 1000.0, young),
        per_ten_thousand_inhabitants: per(
            matches_per_year * 10_000.0,
            m.inhabitants.map(f64::from),
        ),
        matches_per_youth_care_client: per(matches_per_year, clients),
        cost_per_year,
        cost_per_inhabitant: per(cost_per_year, m.inhabitants.map(f64::from)),
        cost_share_of_youth_care: per(cost_per_year, m.youth_care_spending),
        youth_care_share: clients.and_then(|c| per(c, young)),
    }
}

/// The municipality's own note as every surface shows it: a heading that says whose text it is,
/// the text, and the contact in one line. User text: callers set it as text, never as markup.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnNote {
    /// "Toelichting van de gemeente Zeist".
    pub heading: String,
    pub text: Option<String>,
    /// "Contact: Anna de Vries, beleidsadviseur jeugd, a.devries@zeist.nl".
    pub contact: Option<String>,
}

/// Said under every note: the text is the municipality's, not checked by the app or its sources.
pub const OWN_NOTE_DISCLAIMER: &str =
    "Eigen tekst van de gemeente; niet afkomstig uit de bronnen van Steunwijzer.";

impl OwnNote {
    /// The note as plain lines, in order (heading, text, contact, disclaimer): for the annex,
    /// copied texts and tests.
    pub fn lines(&self) -> Vec<String> {
        std::iter::once(self.heading.clone())
            .chain(self.text.clone())
            .chain(self.contact.clone())
            .chain(std::iter::once(OWN_NOTE_DISCLAIMER.to_string()))
            .collect()
    }
}

/// The municipality's note and contact, or `None` when neither is filled in.
pub fn own_note(scenario: &Scenario) -> Option<OwnNote> {
    let m = &scenario.municipality;
    let text = Some(m.note.trim())
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    let parts: Vec<&str> = [&m.contact.name, &m.contact.role, &m.contact.email]
        .into_iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    let contact = (!parts.is_empty()).then(|| format!("Contact: {}", parts.join(", ")));
    if text.is_none() && contact.is_none() {
        return None;
    }
    let heading = match m.place() {
        "" => "Toelichting van de gemeente".to_string(),
        name => format!("Toelichting van de gemeente {name}"),
    };
    Some(OwnNote {
        heading,
        text,
        contact,
    })
}

/// The scale lines with a value, as (label, value) pairs, as "Uw gemeente" and its slide show them.
/// `national`: with the national share beside the municipality's own (the page; a slide has no
/// room for the citation).
pub fn scale_lines(scenario: &Scenario, scale: &Scale, national: bool) -> Vec<(String, String)> {
    let m = &scenario.municipality;
    let mut items = vec![(
        "Koppelingen per jaar (gemiddeld)".to_string(),
        format::number_up_to(scale.matches_per_year, 1),
    )];
    if let Some(v) = scale.per_thousand_young_people {
        items.push((
            "Koppelingen per jaar per 1.000 jeugdigen".into(),
            format::number_up_to(v, 1),
        ));
    }
    if let (Some(v), Some(clients)) = (scale.matches_per_youth_care_client, m.youth_care_clients) {
        items.push((
            "Koppelingen per jaar naast de jeugdigen met jeugdhulp".into(),
            format!(
                "{} tegenover {} ({})",
                format::number_up_to(scale.matches_per_year, 1),
                format::integer(f64::from(clients)),
                format::share(v)
            ),
        ));
    }
    items.push((
        "Kosten per jaar (gemiddeld)".into(),
        format::euro_rounded(scale.cost_per_year),
    ));
    if let Some(v) = scale.cost_per_inhabitant {
        items.push((
            "Kosten per inwoner per jaar".into(),
            format::euro_decimals(v, 2),
        ));
    }
    if let Some(v) = scale.cost_share_of_youth_care {
        items.push((
            "Kosten als deel van de uitgaven aan jeugdzorg".into(),
            format::share(v),
        ));
    }
    if let Some(v) = scale.youth_care_share {
        let national = reference()
            .filter(|_| national)
            .and_then(|r| r.national("aandeel_jeugdzorg_onder_18"))
            // The national figure counts all youth care (jeugdzorg), the user's own figure
            // jeugdhulp only: the line says so.
            .map(|n| {
                format!(
                    " (landelijk, jeugdzorg onder 18 jaar: {}; {})",
                    n.show(),
                    n.cited()
                )
            })
            .unwrap_or_default();
        items.push((
            "Jeugdigen met jeugdhulp in uw gemeente".into(),
            format!("{}{national}", format::share(v)),
        ));
    }
    items
}

/// The break-even point in the municipality's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectories {
    /// Youth-care trajectories that must not be needed over the programme (net of deadweight).
    pub total: f64,
    pub per_year: f64,
    /// `per_year` as a share of the municipality's young people with youth care.
    pub of_youth_care_clients: Option<f64>,
    /// False when more trajectories a year would have to be avoided than the municipality has
    /// young people with youth care: the point cannot be reached, and the texts say so.
    pub reachable: bool,
    /// The point in one sentence.
    pub sentence: String,
}

/// A count in words: one decimal below 10 ("3,3"), whole above.
fn count(value: f64) -> String {
    if value < 10.0 {
        format::number_up_to(value, 1)
    } else {
        format::integer(value)
    }
}

/// The break-even share of the projection (the model's own arithmetic) times the families it
/// reaches: how many trajectories must be avoided for the money to come back. `None` when no
/// family is reached or youth care alone cannot pay the cost back.
pub fn break_even_trajectories(
    scenario: &Scenario,
    projection: &Projection,
) -> Option<Trajectories> {
    let share = projection.break_even_share.filter(|s| *s <= 1.0)?;
    let total = share * projection.total.families_reached;
    let per_year = total / f64::from(scenario.horizon_years.max(1));
    let m = &scenario.municipality;
    let clients = m.youth_care_clients.map(f64::from);
    let against = match (clients, m.place()) {
        (Some(c), "") => format!(
            ", van de {} jeugdigen met jeugdhulp in de gemeente",
            format::integer(c)
        ),
        (Some(c), name) => format!(
            ", van de {} jeugdigen met jeugdhulp in {name}",
            format::integer(c)
        ),
        (None, _) => String::new(),
    };
    let of_youth_care_clients = per(per_year, clients);
    let reachable = of_youth_care_clients.is_none_or(|share| share <= 1.0);
    let sentence = if reachable {
        format!(
            "Terugverdiend als er per jaar ongeveer {} trajecten minder nodig zijn{against}: specialistische jeugdhulptrajecten die zonder koppeling wel nodig waren geweest.",
            count(per_year)
        )
    } else {
        // ", van de 1 jeugdigen …" → ", meer dan de 1 jeugdigen …".
        format!(
            "Met vermeden jeugdhulp niet te halen: daarvoor zouden er per jaar ongeveer {} specialistische jeugdhulptrajecten minder nodig moeten zijn{}.",
            count(per_year),
            against.replacen(", van de", ", meer dan de", 1)
        )
    };
    Some(Trajectories {
        total,
        per_year,
        of_youth_care_clients,
        reachable,
        sentence,
    })
}

/// One budget year: the cost on the taakveld of informal support, the avoided costs on the
/// youth-care taakvelden (central values, constant prices, not discounted).
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    pub year: i32,
    /// A year after the horizon, in which only delayed effects fall.
    pub after_horizon: bool,
    pub cost: f64,
    pub avoided: f64,
    pub net: f64,
}

/// One line per year of the projection that has a cost or an avoided cost.
pub fn budget_lines(projection: &Projection) -> Vec<BudgetLine> {
    projection
        .years
        .iter()
        .map(|year| BudgetLine {
            year: year.year,
            after_horizon: year.after_horizon,
            cost: year.total.cost.central,
            avoided: year.total.avoided_costs.central,
            net: year.total.avoided_costs.central - year.total.cost.central,
        })
        .filter(|line| !line.after_horizon || line.avoided.abs() >= 0.5)
        .collect()
}

/// The taakveld of the cost and of the avoided costs, as the reference file names them.
pub fn taakvelden() -> Option<(&'static Taakveld, &'static Taakveld)> {
    reference().map(|r| (&r.taakvelden.kosten, &r.taakvelden.vermeden))
}

/// "Jeugdhulp (taakvelden van de Jeugdwet)" → "jeugdhulp (taakvelden van de Jeugdwet)", for
/// inside a sentence (names further on keep their capitals).
pub fn in_sentence(text: &str) -> String {
    crate::model::format::first_lowercase(text)
}

/// Where the taakvelden come from, in one sentence for the table's caption.
pub fn taakvelden_source() -> String {
    let Some((cost, avoided)) = taakvelden() else {
        return String::new();
    };
    let d = documents();
    format!(
        "Taakveld {} voor informele steun: bron {}. {} Bron: {}. Vermeden kosten rusten op aannames. {BUDGET_PRICE_LEVEL}",
        cost.title(),
        d.cite(&cost.bron),
        avoided.toelichting.clone().unwrap_or_default(),
        d.cite(&avoided.bron),
    )
}

/// What is funded in words: "20 koppelingen per jaar via Home-Start".
fn what(scenario: &Scenario) -> String {
    let names: Vec<&str> = scenario.lines.iter().map(|l| l.initiative.name()).collect();
    format!(
        "{} via {}",
        matches_phrase(scenario),
        format::listed(&names)
    )
}

/// A short amendment or motion paragraph: the budget change on taakveld 6.1 per year, cover
/// ("dekking") left to whoever files it, and the avoided costs named as uncertain and not as
/// cover. `None` when the scenario funds nothing. Assumptions that differ from the standard
/// (`adjusted`) are named in a last sentence.
pub fn amendment_text(
    scenario: &Scenario,
    projection: &Projection,
    adjusted: &[Adjusted],
) -> Option<String> {
    if projection.per_initiative.is_empty() {
        return None;
    }
    let (cost_field, avoided_field) = taakvelden()?;
    let council = match scenario.municipality.place() {
        "" => "De raad van de gemeente".to_string(),
        name => format!("De raad van de gemeente {name}"),
    };
    let lines = budget_lines(projection);
    let per_year: Vec<String> = lines
        .iter()
        .filter(|l| !l.after_horizon)
        .map(|l| format!("{}: {}", l.year, format::euro_rounded(l.cost)))
        .collect();
    let avoided: f64 = lines.iter().map(|l| l.avoided).sum();
    // "bij de aannames van Steunwijzer" only at the standard values.
    let by = crate::report::sensitivity::lowercase_first(
        &crate::report::headlines::by_the_assumptions(projection.changed_assumptions),
    );
    let text = format!(
        "{council}, in vergadering bijeen op [datum], besluit de begroting als volgt te wijzigen: \
op taakveld {} wordt voor informele steun aan gezinnen ({}) in {} geraamd: {}. \
Dekking: [in te vullen door de indiener]. \
Toelichting: {by} kan dit ongeveer {} aan kosten voorkomen op de {}; \
dat bedrag is onzeker en is daarom niet als dekking opgenomen{}. {BUDGET_PRICE_LEVEL}",
        cost_field.title(),
        what(scenario),
        period(scenario),
        per_year.join("; "),
        format::euro_rounded(avoided),
        in_sentence(&avoided_field.naam),
        if projection.includes_startup_surcharge {
            "; de geraamde bedragen zijn inclusief een aangenomen opslag voor de startjaren"
        } else {
            ""
        },
    );
    Some(with_sentence(text, adjusted))
}

/// The programme text in a few sentences, for a party programme's list of points: it stands on
/// its own, so it gives the net result at the assumptions used, not only what would pay it
/// back, and names any assumption that differs from the standard. `None` when the scenario
/// funds nothing.
pub fn programme_point(
    scenario: &Scenario,
    projection: &Projection,
    adjusted: &[Adjusted],
) -> Option<String> {
    if projection.per_initiative.is_empty() {
        return None;
    }
    let cost_per_year = scale(scenario, projection).cost_per_year;
    let payback = match break_even_trajectories(scenario, projection) {
        Some(t) if !t.reachable => format!(
            "terugverdienen is met vermeden jeugdhulp niet te halen: daarvoor zouden er per jaar ongeveer {} jeugdhulptrajecten minder nodig moeten zijn, meer dan er jeugdigen jeugdhulp krijgen",
            count(t.per_year)
        ),
        Some(t) => format!(
            "dat verdient zich terug als er per jaar ongeveer {} jeugdhulptrajecten minder nodig zijn",
            count(t.per_year)
        ),
        None => "vermeden jeugdhulp alleen verdient dat niet terug".to_string(),
    };
    let text = format!(
        "{} investeert in {} in informele steun voor gezinnen die het zwaar hebben: {}, voor ongeveer {} per jaar. \
Zo worden ongeveer {} gezinnen bereikt; {payback}. \
Bij {} is het resultaat voor de gemeente per saldo {} (contante waarde).",
        scenario.municipality.subject(),
        period(scenario),
        what(scenario),
        format::euro_rounded(cost_per_year),
        format::integer(projection.total.families_reached),
        whose_assumptions(adjusted),
        format::euro_rounded(projection.total.net_result_pv.central),
    );
    Some(with_sentence(text, adjusted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::url_scenario::default_scenario;

    #[test]
    fn the_own_note_says_whose_text_it_is_and_leaves_out_what_is_empty() {
        let mut scenario = default_scenario();
        assert_eq!(own_note(&scenario), None);
        scenario.municipality.contact.email = "a@zeist.nl".into();
        let note = own_note(&scenario).expect("a contact alone is a note");
        assert_eq!(note.heading, "Toelichting van de gemeente");
        assert_eq!(note.text, None);
        assert_eq!(note.contact.as_deref(), Some("Contact: a@zeist.nl"));
        scenario.municipality.name = "Gemeente Zeist".into();
        scenario.municipality.note = " Wij kiezen <b>bewust</b>. ".into();
        scenario.municipality.contact.name = "Anna de Vries".into();
        scenario.municipality.contact.role = "beleidsadviseur".into();
        assert_eq!(
            own_note(&scenario).expect("filled").lines(),
            vec![
                "Toelichting van de gemeente Zeist".to_string(),
                "Wij kiezen <b>bewust</b>.".to_string(),
                "Contact: Anna de Vries, beleidsadviseur, a@zeist.nl".to_string(),
                OWN_NOTE_DISCLAIMER.to_string(),
            ]
        );
    }
}
