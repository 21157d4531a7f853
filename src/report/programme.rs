//! A short Dutch paragraph for a party programme or council proposal, drafted from the scenario,
//! with its figures and sources. Party staff edit it; it must therefore say only what the
//! projection says, and say which parts rest on assumptions.

use crate::data::documents::documents;
use crate::model::format;
use crate::model::params::ModelParameters;
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::uncertainty::Bands;
use crate::report::sensitivity::{programme_sentence, SensitivityText};

use super::adjusted::{text_sentence, Adjusted};
use super::certainty::how_sure;

use super::headlines::{
    break_even_sentence, by_the_assumptions, cost_basis, last_year, period,
    sanity_comparison_uncited, uncertainty_text, Basis, PRICE_BASIS, YOUTH_CARE_COST_CAVEAT,
};
use crate::model::sources::SourceRef;

/// How many matches a year, in words: constant, rising, falling, or varying between two numbers.
pub(crate) fn matches_phrase(scenario: &Scenario) -> String {
    let per_year: Vec<u32> = (0..scenario.horizon_years as usize)
        .map(|y| {
            scenario
                .lines
                .iter()
                .filter_map(|l| l.matches_per_year.get(y))
                .sum()
        })
        .collect();
    matches_in_words(&per_year)
}

/// Matches per year in words: "20 koppelingen per jaar", "oplopend van 5 naar 20 koppelingen
/// per jaar", "aflopend van …", or "10 tot 30 koppelingen per jaar" when they go up and down.
pub(crate) fn matches_in_words(per_year: &[u32]) -> String {
    let count = |n: u32| format::integer(f64::from(n));
    let first = per_year.first().copied().unwrap_or(0);
    let last = per_year.last().copied().unwrap_or(0);
    let rising = per_year.windows(2).all(|w| w[0] <= w[1]);
    let falling = per_year.windows(2).all(|w| w[0] >= w[1]);
    if rising && falling {
        format!("{} koppelingen per jaar", count(first))
    } else if rising {
        format!(
            "oplopend van {} naar {} koppelingen per jaar",
            count(first),
            count(last)
        )
    } else if falling {
        format!(
            "aflopend van {} naar {} koppelingen per jaar",
            count(first),
            count(last)
        )
    } else {
        let min = per_year.iter().copied().min().unwrap_or(0);
        let max = per_year.iter().copied().max().unwrap_or(0);
        format!("{} tot {} koppelingen per jaar", count(min), count(max))
    }
}

/// What the cost figure rests on besides the Collectief's prices, as the headline's basis says.
fn cost_proviso(basis: Basis) -> &'static str {
    match basis {
        Basis::Bronnen | Basis::Aannames => "",
        Basis::BronnenEnOpstart => ", inclusief een aangenomen opslag voor de startjaren",
        Basis::EigenPrijs => ", deels met een eigen prijs per koppeling van de gemeente",
        Basis::EigenPrijsEnOpstart => {
            ", deels met een eigen prijs per koppeling van de gemeente en inclusief een aangenomen opslag voor de startjaren"
        }
    }
}

/// The sources the paragraph rests on, cited from the document list.
fn sources_sentence() -> String {
    let d = documents();
    format!(
        "(Bronnen: kosten per koppeling: {}; kosten van jeugdhulp en uithuisplaatsing: {}; contante waarde: {}; \
toetssteen: {}; berekend met Steunwijzer.)",
        d.cite(&SourceRef::new(
            "wegwijzer",
            "tabel ‘Het Collectief in één overzicht’, rij ‘Jaarlijkse kosten (bij benadering)’"
        )),
        d.cite(&SourceRef::new(
            "zorg-voor-elkaar",
            "praktijkvoorbeelden Dilany en Sarah"
        )),
        d.citation("discontovoet"),
        d.cite(&SourceRef::new(
            "aef-stelsel-in-groei",
            "zoals aangehaald in een secundaire bron"
        )),
    )
}

/// " (bij de standaardwaarden; 8 van de 10 uitkomsten tussen …)" after a figure, or nothing when
/// both ends round to the figure itself ("€ 0 (… tussen € 0 en € 0)" says nothing).
fn range_note(
    value: f64,
    extremes: (f64, f64),
    p10_p90: Option<(f64, f64)>,
    changed_assumptions: usize,
) -> String {
    let (low, high) = p10_p90.unwrap_or(extremes);
    let shown = format::euro_rounded(value);
    if format::euro_rounded(low) == shown && format::euro_rounded(high) == shown {
        String::new()
    } else {
        format!(
            " ({})",
            uncertainty_text(value, extremes, p10_p90, changed_assumptions)
        )
    }
}

/// Whose assumptions the figures rest on: Steunwijzer's, or the user's where any differs from
/// the standard (the text then names them, see `report::adjusted`).
pub(crate) fn whose_assumptions(adjusted: &[Adjusted]) -> &'static str {
    if adjusted.is_empty() {
        "de aannames van Steunwijzer"
    } else {
        "de gekozen aannames"
    }
}

/// The paragraph, or `None` when the scenario funds nothing. With `bands` (the Monte Carlo
/// simulation of the same scenario) the ranges of avoided costs and of the net result are its
/// P10–P90, as on the page; without, the extremes. `params` are the model parameters the
/// projection used (for the sanity point set beside the break-even share); `adjusted` the
/// assumptions that differ from the standard, named in the text. With both `bands` and
/// `sensitivity` (of the same settled state) it says how sure the result is.
pub fn programme_text(
    scenario: &Scenario,
    projection: &Projection,
    bands: Option<&Bands>,
    params: &ModelParameters,
    sensitivity: Option<&SensitivityText>,
    adjusted: &[Adjusted],
) -> Option<String> {
    if projection.per_initiative.is_empty() {
        return None;
    }
    let total = &projection.total;
    let names: Vec<&str> = scenario.lines.iter().map(|l| l.initiative.name()).collect();
    // The scenario's name tells saved scenarios apart ("Ambitieus"); it is not the
    // municipality's name, so the paragraph never puts it after "De gemeente": only the
    // municipality's own name field does.
    let who = scenario.municipality.subject();
    // A programme of several years with an end is "meerjarig"; "structureel" would promise
    // money without an end date.
    let how = if scenario.horizon_years > 1 {
        " meerjarig"
    } else {
        ""
    };
    let after_horizon = if total.avoided_after_horizon.central.abs() >= 0.5 {
        format!(
            ", inclusief effecten die pas na {} vallen",
            last_year(scenario)
        )
    } else {
        String::new()
    };
    // A range whose ends are the figure itself says nothing: it is left out.
    let cost_range =
        if format::euro_rounded(total.cost.low) == format::euro_rounded(total.cost.high) {
            String::new()
        } else {
            format!(
                " (bandbreedte {})",
                format::euro_rounded_range(total.cost.low, total.cost.high)
            )
        };
    let avoided_range = range_note(
        total.avoided_costs.central,
        (total.avoided_costs.low, total.avoided_costs.high),
        bands
            .and_then(|b| b.years.last())
            .map(|y| (y.cumulative_avoided.p10, y.cumulative_avoided.p90)),
        projection.changed_assumptions,
    );
    let net_range = range_note(
        total.net_result_pv.central,
        (total.net_result_pv.low, total.net_result_pv.high),
        bands.map(|b| (b.net_result_pv.p10, b.net_result_pv.p90)),
        projection.changed_assumptions,
    );
    // "Bij de aannames van Steunwijzer" is only true at the standard values.
    let assumptions = by_the_assumptions(projection.changed_assumptions);
    let changed = text_sentence(adjusted).map_or_else(String::new, |s| format!("{s} "));
    let sure = match (bands, sensitivity) {
        (Some(bands), Some(sensitivity)) => format!(" {}", how_sure(bands, sensitivity)),
        _ => String::new(),
    };
    Some(format!(
        "{who} investeert in {}{how} in informele steun voor gezinnen die het zwaar hebben: \
{} via {}. Dat kost naar verwachting {}{cost_range}{}; bedragen in {PRICE_BASIS}. \
Zo worden ongeveer {} gezinnen bereikt, met circa {} uur inzet van vrijwilligers. \
{changed}{assumptions} kan dit {} aan kosten voor jeugdhulp en uithuisplaatsing voorkomen{after_horizon}{avoided_range}; \
hoe vaak zwaardere hulp werkelijk wordt voorkomen, geven de bronnen niet. \
Per saldo is het resultaat voor de gemeente in contante waarde {}{net_range}.{sure} {} {YOUTH_CARE_COST_CAVEAT} {} {}{}",
        period(scenario),
        matches_phrase(scenario),
        format::listed(&names),
        format::euro_rounded(total.cost.central),
        cost_proviso(cost_basis(scenario, projection)),
        format::integer(total.families_reached),
        format::hundreds(total.volunteer_hours.central),
        format::euro_rounded(total.avoided_costs.central),
        format::euro_rounded(total.net_result_pv.central),
        break_even_sentence(projection),
        sanity_comparison_uncited(params),
        // What the result depends on most (the sensitivity view), when it has been computed.
        sensitivity
            .and_then(programme_sentence)
            .map_or_else(String::new, |sentence| format!("{sentence} ")),
        sources_sentence(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{home_start, line, model, scenario, set, ScenarioBuilder};
    use crate::model::initiative::InitiativeId;
    use crate::model::projection::project;
    use crate::model::scenario::ScenarioLine;
    use crate::model::sensitivity::sensitivity;
    use crate::model::uncertainty::{simulate, DEFAULT_SEED};
    use crate::report::sensitivity::sensitivity_text;

    fn text_for(lines: &[(InitiativeId, &[u32], Option<f64>)]) -> String {
        let (set, model) = (set(), model(&[]));
        let scenario = scenario(
            lines
                .iter()
                .map(|&(initiative, matches, local)| ScenarioLine {
                    local_cost_per_match: local,
                    ..line(initiative, matches)
                }),
        )
        .named("Ambitieus");
        let projection = project(&model, &scenario).expect("projection");
        let bands = simulate(&model, &scenario, 2_000, DEFAULT_SEED).expect("bands");
        let runs = sensitivity(&model, &scenario).expect("runs");
        let words = sensitivity_text(&runs, &set);
        let text = programme_text(
            &scenario,
            &projection,
            Some(&bands),
            &model,
            Some(&words),
            &[],
        );
        // As a reader sees it (the no-break characters are tested in `model::format`).
        format::plain(&text.expect("a text"))
    }

    #[test]
    fn the_text_names_the_municipality_only_when_its_name_is_filled_in() {
        let model = model(&[]);
        let mut scenario = home_start(20).named("Ambitieus");
        let projection = project(&model, &scenario).expect("projection");
        scenario.municipality.name = "Zeist".into();
        let named = programme_text(&scenario, &projection, None, &model, None, &[]).expect("text");
        assert!(
            named.starts_with("De gemeente Zeist investeert in 2027–2030"),
            "{named}"
        );
        assert!(!named.contains("Ambitieus"), "{named}");
        scenario.municipality.name = "  ".into();
        let blank = programme_text(&scenario, &projection, None, &model, None, &[]).expect("text");
        assert!(blank.starts_with("De gemeente investeert"), "{blank}");
    }

    #[test]
    fn the_text_says_how_sure_it_is_in_one_sentence_after_the_net_result() {
        let text = text_for(&[(InitiativeId::HomeStart, &[20; 4], None)]);
        let net = text
            .find("Per saldo is het resultaat")
            .expect("the net result");
        let sure = text
            .find("doorrekeningen verdient het zich terug")
            .unwrap_or_else(|| panic!("no certainty sentence in {text}"));
        assert!(net < sure, "{text}");
        assert!(
            text.contains("op zichzelf positief"),
            "whether one assumption turns it: {text}"
        );
    }

    #[test]
    fn changed_assumptions_are_named_and_not_called_steunwijzers() {
        let set = set();
        let overrides: crate::model::overrides::Overrides =
            [("deadweight".to_string(), 0.1)].into();
        let model = crate::fixture::model_with(&overrides);
        let scenario = home_start(20);
        let projection = project(&model, &scenario).expect("projection");
        let changed = crate::report::adjusted::adjusted(&set, &overrides);
        let text =
            programme_text(&scenario, &projection, None, &model, None, &changed).expect("a text");
        let sentence = crate::report::adjusted::text_sentence(&changed).expect("one changed");
        assert!(text.contains(&sentence), "{text}");
        assert!(
            text.contains("Bij de gekozen aannames (1 aangepast) kan dit"),
            "{text}"
        );
        assert!(!text.contains("aannames van Steunwijzer"), "{text}");
        // Without the settled runs there is no certainty sentence (never half of one).
        assert!(!text.contains("doorrekeningen verdient"), "{text}");
    }

    #[test]
    fn the_text_says_what_the_result_depends_on_most() {
        let text = text_for(&[(InitiativeId::SamenOplopen, &[20; 4], None)]);
        let sentence = text
            .split(". ")
            .find(|s| s.starts_with("Het resultaat hangt het meest af van "))
            .unwrap_or_else(|| panic!("no sensitivity sentence in {text}"));
        assert!(
            sentence.contains(" en "),
            "the two largest drivers: {sentence}"
        );
        // It comes before the sources, which close the paragraph.
        assert!(text.find(sentence).unwrap() < text.find("(Bronnen:").unwrap_or(text.len()));
    }

    #[test]
    fn the_text_says_what_the_figures_rest_on() {
        let home_start = text_for(&[(InitiativeId::HomeStart, &[20; 4], None)]);
        // "Meerjarig": four years with an end, not money without an end date.
        assert!(home_start.starts_with("De gemeente investeert in 2027–2030 meerjarig"));
        assert!(!home_start.contains("structureel"));
        assert!(home_start.contains("20 koppelingen per jaar via Home-Start"));
        assert!(
            home_start.contains("(bandbreedte € 176.000 – "),
            "{home_start}"
        );
        assert!(home_start.contains("), inclusief een aangenomen opslag voor de startjaren; bedragen in constante prijzen (prijspeil wegwijzer), niet verdisconteerd."), "{home_start}");
        // What avoided costs could be, not what they are; and the net result, which the
        // paragraph used to leave out.
        assert!(
            home_start.contains("Bij de aannames van Steunwijzer kan dit € "),
            "{home_start}"
        );
        assert!(!home_start.contains("voorkomt dit"));
        assert!(
            home_start
                .contains("Per saldo is het resultaat voor de gemeente in contante waarde −€ "),
            "{home_start}"
        );
        // Beside the break-even share: what the youth-care cost rests on, and the sanity point.
        assert!(home_start.contains("rust op één praktijkvoorbeeld"));
        assert!(home_start.contains("Ter vergelijking: bij preventieve jeugdinterventies gaat ongeveer 1 op de 8 bereikte gezinnen"));
        // Every source named from the document list.
        for id in [
            "wegwijzer",
            "zorg-voor-elkaar",
            "discontovoet",
            "aef-stelsel-in-groei",
        ] {
            assert!(home_start.contains(&documents().citation(id)), "{id}");
        }
        assert!(home_start.contains("inclusief effecten die pas na 2030 vallen (bij de standaardwaarden; 8 van de 10 uitkomsten tussen"));
        // The break-even sentence says its footing: that of the assumption it is set against.
        assert!(home_start
            .contains("vóór aftrek van wat ook zonder koppeling was gebeurd, zoals de aanname"));

        let samen = text_for(&[(InitiativeId::SamenOplopen, &[10, 20, 30], Some(2_400.0))]);
        assert!(samen.contains("oplopend van 10 naar 30 koppelingen per jaar"));
        assert!(samen.contains(
            "deels met een eigen prijs per koppeling van de gemeente en inclusief een aangenomen opslag voor de startjaren"
        ));
    }

    #[test]
    fn one_year_is_not_multi_year_and_uneven_numbers_are_not_rising() {
        let one = text_for(&[(InitiativeId::Buurtgezinnen, &[12], None)]);
        assert!(
            one.contains("investeert in 2027 in informele steun"),
            "{one}"
        );
        let uneven = text_for(&[(InitiativeId::Steunouder, &[10, 30, 20], None)]);
        assert!(
            uneven.contains("10 tot 30 koppelingen per jaar"),
            "{uneven}"
        );
        let falling = text_for(&[(InitiativeId::Steunouder, &[30, 20, 20], None)]);
        assert!(falling.contains("aflopend van 30 naar 20"), "{falling}");
    }

    #[test]
    fn an_unreachable_break_even_is_said_not_dropped() {
        // A price far above the avoided cost per family: even preventing youth care in every
        // family would not pay the cost back; the text must say so.
        let dear = text_for(&[(InitiativeId::HomeStart, &[20; 4], Some(90_000.0))]);
        assert!(dear.contains("verdient deze uitgaven niet terug"), "{dear}");
    }

    /// Every "A – B" and "tussen A en B" of a text whose two ends are the same figure.
    fn empty_ranges(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (open, middle, close) in [("bandbreedte ", " – ", ")"), ("tussen ", " en ", ")")] {
            for (start, _) in text.match_indices(open) {
                let rest = &text[start + open.len()..];
                let Some(end) = rest.find(close) else {
                    continue;
                };
                if let Some((a, b)) = rest[..end].split_once(middle) {
                    if a == b {
                        found.push(rest[..end].to_string());
                    }
                }
            }
        }
        found
    }

    #[test]
    fn the_text_reads_as_a_programme_line() {
        let bescheiden = text_for(&[(InitiativeId::HomeStart, &[10; 4], None)]);
        let ambitieus = text_for(&[
            (InitiativeId::HomeStart, &[25; 4], None),
            (InitiativeId::SamenOplopen, &[5, 10, 15, 20], None),
        ]);
        let own_price = text_for(&[(InitiativeId::HomeStart, &[10; 4], Some(2_200.0))]);
        for text in [&bescheiden, &ambitieus, &own_price] {
            // The scenario's name is not the municipality ("De gemeente Ambitieus").
            assert!(!text.contains("Ambitieus"), "{text}");
            assert!(
                text.starts_with("De gemeente investeert in 2027–2030"),
                "{text}"
            );
            // Four years with an end, said once: not "structureel", not again "gedurende 4 jaar".
            assert!(
                !text.contains("structureel") && !text.contains("gedurende"),
                "{text}"
            );
            // No range that is its own value, no "(zonder bandbreedte)" either.
            assert!(
                empty_ranges(text).is_empty(),
                "{:?} in {text}",
                empty_ranges(text)
            );
            assert!(!text.contains("zonder bandbreedte"), "{text}");
            // The net result is in it.
            assert!(
                text.contains("Per saldo is het resultaat voor de gemeente in contante waarde"),
                "{text}"
            );
        }
        assert!(
            ambitieus.contains("via Home-Start en Samen Oplopen."),
            "{ambitieus}"
        );
    }

    #[test]
    fn a_range_note_is_left_out_when_both_ends_are_the_figure() {
        assert_eq!(range_note(88_000.0, (88_000.0, 88_000.0), None, 0), "");
        assert_eq!(range_note(0.0, (-10.0, 10.0), Some((0.0, 0.0)), 0), "");
        let note = range_note(
            88_000.0,
            (80_000.0, 95_000.0),
            Some((84_000.0, 92_000.0)),
            0,
        );
        assert!(format::plain(&note).contains("tussen € 84.000 en € 92.000"));
    }
}
