//! The scenario at the municipality's scale: worked examples computed by hand from the shipped
//! parameters, and properties that tie the scale and the budget lines to the projection.
//!
//! The worked example is Home-Start with 20 matches a year for four years at an own price of
//! € 2.500 a match, in a municipality of 40.000 inhabitants, 8.000 young people, 1.150 of them
//! with youth care and € 14.000.000 youth-care spending a year. To keep the hand arithmetic short
//! the start-up surcharge and the discount rate are set to 0 and the effect lag to 1 year (each
//! inside its allowed range, as a user could through the link).

mod common;

use std::collections::BTreeMap;

use steunwijzer::model::overrides::Overrides;

use proptest::prelude::*;
use steunwijzer::fixture::{line, model, priced, scenario, set, value, zeist, ScenarioBuilder};
use steunwijzer::model::initiative::InitiativeId::{HomeStart, SamenOplopen};
use steunwijzer::model::params::ModelParameters;
use steunwijzer::model::projection::project;
use steunwijzer::model::scenario::Municipality;
use steunwijzer::report::csv::{budget_csv, budget_tsv, BUDGET_HEADER};
use steunwijzer::report::municipality::{
    amendment_text, break_even_trajectories, budget_lines, programme_point, scale, scale_lines,
};

/// Without surcharge and discounting, with the shortest lag.
fn plain() -> ModelParameters {
    model(&[
        ("opslag_startjaren", 0.0),
        ("discontovoet", 0.0),
        ("vertraging_effect", 1.0),
    ])
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

#[test]
fn the_worked_example_at_the_scale_of_a_municipality_of_40_000() {
    let s = scenario([priced(HomeStart, &[20; 4], 2_500.0)])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&plain(), &s).expect("projection");
    let scale = scale(&s, &projection);
    // 20 matches a year; 20 / 8.000 young people × 1.000 = 2,5 per 1.000 young people.
    assert!(close(scale.matches_per_year, 20.0));
    assert!(close(scale.per_thousand_young_people.unwrap(), 2.5));
    // 20 matches beside 1.150 young people with youth care = 1,739…%.
    assert!(close(
        scale.matches_per_youth_care_client.unwrap(),
        20.0 / 1_150.0
    ));
    // Cost: 20 × € 2.500 = € 50.000 a year; per inhabitant € 50.000 / 40.000 = € 1,25; as a
    // share of € 14.000.000 youth-care spending 0,357…%.
    assert!(close(scale.cost_per_year, 50_000.0));
    assert!(close(scale.cost_per_inhabitant.unwrap(), 1.25));
    assert!(close(
        scale.cost_share_of_youth_care.unwrap(),
        50_000.0 / 14_000_000.0
    ));
    // The municipality's own share of young people with youth care: 1.150 / 8.000 = 14,375%.
    assert!(close(scale.youth_care_share.unwrap(), 0.143_75));
    // As "Uw gemeente" writes them: Dutch decimal comma, cents per inhabitant.
    let lines: BTreeMap<String, String> = scale_lines(&s, &scale, false)
        .into_iter()
        .map(|(label, value)| (label, steunwijzer::model::format::plain(&value)))
        .collect();
    assert_eq!(lines["Koppelingen per jaar per 1.000 jeugdigen"], "2,5");
    assert_eq!(lines["Kosten per inwoner per jaar"], "€ 1,25");
    assert_eq!(
        lines["Kosten als deel van de uitgaven aan jeugdzorg"],
        "0,36%"
    );
    assert_eq!(
        lines["Koppelingen per jaar naast de jeugdigen met jeugdhulp"],
        "20 tegenover 1.150 (1,7%)"
    );

    // Break-even: Home-Start matches last one year, so every match is a new family: 80
    // families. Cost € 200.000, of which the placements avoided at their assumption cover
    // 80 × (1 − 30%) × 1% × € 65.000 × 1,25 = € 45.500; one avoided trajectory in every family
    // would be worth 80 × € 15.000 (the parameter's default), so the break-even share is
    // 154.500 / 1.200.000 = 12,9% and the trajectories to avoid 10,3 over four years, 2,6 a year.
    let trajectory = value("kosten_jeugdhulptraject");
    let placements = 80.0
        * (1.0 - value("deadweight"))
        * value("aandeel_uithuisplaatsing_voorkomen")
        * value("kosten_uithuisplaatsing_per_jaar")
        * value("duur_uithuisplaatsing");
    let share = (200_000.0 - placements) / (80.0 * trajectory);
    assert!(close(projection.break_even_share.unwrap(), share));
    let even = break_even_trajectories(&s, &projection).expect("reachable");
    assert!(close(even.total, 80.0 * share));
    assert!(close(even.per_year, 80.0 * share / 4.0));
    assert!(close(
        even.of_youth_care_clients.unwrap(),
        80.0 * share / 4.0 / 1_150.0
    ));
    assert!(
        even.sentence.contains("ongeveer 2,6 trajecten minder nodig zijn, van de 1.150 jeugdigen met jeugdhulp in Zeist"),
        "{}",
        even.sentence
    );

    // Budget lines: the cost on taakveld 6.1 in each year of the horizon; the avoided costs a
    // year later on the youth-care taakvelden: per family (1 − deadweight) × (share youth care
    // × trajectory + share placement × placement cost × placement years), 20 families a year.
    let per_family = (1.0 - value("deadweight"))
        * (value("aandeel_jeugdhulp_voorkomen") * trajectory
            + value("aandeel_uithuisplaatsing_voorkomen")
                * value("kosten_uithuisplaatsing_per_jaar")
                * value("duur_uithuisplaatsing"));
    let lines = budget_lines(&projection);
    let years: Vec<i32> = lines.iter().map(|l| l.year).collect();
    assert_eq!(years, [2027, 2028, 2029, 2030, 2031]);
    for line in &lines[..4] {
        assert!(close(line.cost, 50_000.0), "{line:?}");
    }
    assert!(close(lines[4].cost, 0.0) && lines[4].after_horizon);
    assert!(close(lines[0].avoided, 0.0));
    for line in &lines[1..] {
        assert!(close(line.avoided, 20.0 * per_family), "{line:?}");
        assert!(close(line.net, line.avoided - line.cost));
    }
}

#[test]
fn without_figures_there_is_no_local_scale_and_the_texts_say_de_gemeente() {
    let s = scenario([line(HomeStart, &[20; 4])])
        .named("Ambitieus")
        .of(Municipality::default());
    let projection = project(&model(&[]), &s).expect("projection");
    let scale = scale(&s, &projection);
    assert!(scale.per_thousand_young_people.is_none());
    assert!(scale.cost_per_inhabitant.is_none());
    assert!(scale.cost_share_of_youth_care.is_none());
    let even = break_even_trajectories(&s, &projection).expect("reachable");
    assert!(even.of_youth_care_clients.is_none());
    assert!(
        !even.sentence.contains("jeugdigen met jeugdhulp in"),
        "{}",
        even.sentence
    );
    let amendment = amendment_text(&s, &projection, &[]).expect("a text");
    assert!(
        amendment.contains("De raad van de gemeente,"),
        "{amendment}"
    );
    assert!(!amendment.contains("Ambitieus"), "{amendment}");
    let point = programme_point(&s, &projection, &[]).expect("a text");
    assert!(point.starts_with("De gemeente investeert"), "{point}");
    assert!(!point.contains("Ambitieus"), "{point}");
}

#[test]
fn the_amendment_and_the_programme_point_name_the_municipality_and_leave_dekking_open() {
    let s = scenario([priced(HomeStart, &[20; 4], 2_500.0)])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&plain(), &s).expect("projection");
    let amendment = amendment_text(&s, &projection, &[]).expect("a text");
    assert!(
        amendment.contains("De raad van de gemeente Zeist,"),
        "{amendment}"
    );
    assert!(
        amendment.contains("6.1 Samenkracht en burgerparticipatie"),
        "{amendment}"
    );
    let shown = steunwijzer::model::format::plain(&amendment);
    assert!(shown.contains("2027: € 50.000"), "{amendment}");
    assert!(
        amendment.contains("Dekking: [in te vullen door de indiener]"),
        "{amendment}"
    );
    // The avoided costs are uncertain and never offered as cover.
    assert!(amendment.contains("niet als dekking"), "{amendment}");
    assert!(amendment.contains("van de Jeugdwet"), "{amendment}");
    // A start year falls in the programme: the amounts include the assumed surcharge, as the
    // headline cost says.
    let with_surcharge = project(&model(&[]), &s).expect("projection");
    assert!(amendment_text(&s, &with_surcharge, &[])
        .unwrap()
        .contains("inclusief een aangenomen opslag voor de startjaren"));
    let point = programme_point(&s, &projection, &[]).expect("a text");
    assert!(
        point.starts_with("De gemeente Zeist investeert in 2027–2030"),
        "{point}"
    );
    // Pasted alone, the point gives the net result, not only what would pay it back
    // (walkthrough P3-1).
    let net = steunwijzer::model::format::euro_rounded(projection.total.net_result_pv.central);
    assert!(
        point.ends_with(&format!(
            "Bij de aannames van Steunwijzer is het resultaat voor de gemeente per saldo {net} (contante waarde)."
        )),
        "{point}"
    );
    assert_eq!(
        point.matches(". ").count() + 1,
        3,
        "three sentences: {point}"
    );
}

#[test]
fn copied_texts_name_the_assumptions_that_differ_from_the_standard() {
    use steunwijzer::report::adjusted::{adjusted, text_sentence};
    let set = set();
    let overrides: Overrides = [
        ("deadweight".to_string(), 0.1),
        ("discontovoet".to_string(), 0.0),
    ]
    .into();
    let changed = adjusted(&set, &overrides);
    let sentence = text_sentence(&changed).expect("two changed");
    let s = scenario([line(HomeStart, &[20; 4])])
        .named("Ambitieus")
        .of(zeist());
    let model = ModelParameters::from_set(&set, &overrides).expect("model");
    let projection = project(&model, &s).expect("projection");
    for text in [
        amendment_text(&s, &projection, &changed).expect("a text"),
        programme_point(&s, &projection, &changed).expect("a text"),
    ] {
        assert!(text.ends_with(&sentence), "{text}");
        assert!(text.contains("10% in plaats van 30%"), "{text}");
        // Not Steunwijzer's assumptions any more.
        assert!(!text.contains("aannames van Steunwijzer"), "{text}");
        assert!(text.contains("de gekozen aannames"), "{text}");
    }
}

#[test]
fn the_budget_csv_has_one_row_per_year_with_the_taakvelden() {
    let s = scenario([priced(HomeStart, &[20; 4], 2_500.0)])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&plain(), &s).expect("projection");
    let csv = budget_csv(&s, &projection);
    let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 1 + 5 + 1, "header, five years, total: {csv}");
    for field in BUDGET_HEADER {
        assert!(rows[0].contains(field), "{field} in {}", rows[0]);
    }
    assert!(
        rows[0].contains("6.1 Samenkracht en burgerparticipatie"),
        "{}",
        rows[0]
    );
    assert!(rows[1].starts_with("2027;50000,00;0,00;"), "{}", rows[1]);
    assert!(rows[6].starts_with("\"Totaal\";200000,00;"), "{}", rows[6]);
}

proptest! {

    #![proptest_config(common::config(256))]

    /// The budget lines add up to the projection's totals, the scale follows the figures, and
    /// doubling the matches doubles matches per 1.000 young people and the cost per inhabitant.
    #[test]
    fn the_scale_and_budget_lines_follow_the_projection(
        matches in 1u32..200,
        inhabitants in 1_000u32..1_000_000,
        young in 0.1..0.3f64,
        samen in any::<bool>(),
    ) {
        let young_people = (f64::from(inhabitants) * young) as u32;
        let m = Municipality {
            inhabitants: Some(inhabitants),
            young_people: Some(young_people),
            ..Municipality::default()
        };
        let id = if samen { SamenOplopen } else { HomeStart };
        let params = model(&[]);
        let one = scenario([line(id, &[matches; 4])]).named("Ambitieus").of(m.clone());
        let two = scenario([line(id, &[matches * 2; 4])]).named("Ambitieus").of(m);
        let (p1, p2) = (project(&params, &one).unwrap(), project(&params, &two).unwrap());
        let lines = budget_lines(&p1);
        let cost: f64 = lines.iter().map(|l| l.cost).sum();
        let avoided: f64 = lines.iter().map(|l| l.avoided).sum();
        prop_assert!(close(cost, p1.total.cost.central));
        prop_assert!(close(avoided, p1.total.avoided_costs.central));
        let (s1, s2) = (scale(&one, &p1), scale(&two, &p2));
        prop_assert!(close(s1.per_thousand_young_people.unwrap(), f64::from(matches) / f64::from(young_people) * 1000.0));
        prop_assert!(close(s2.per_thousand_young_people.unwrap(), 2.0 * s1.per_thousand_young_people.unwrap()));
        prop_assert!(close(s2.cost_per_inhabitant.unwrap(), 2.0 * s1.cost_per_inhabitant.unwrap()));
        prop_assert!(close(s1.cost_per_inhabitant.unwrap() * f64::from(inhabitants), p1.total.cost.central / 4.0));
        // Break-even trajectories are the break-even share of the families reached.
        if let Some(even) = break_even_trajectories(&one, &p1) {
            prop_assert!(close(even.total, p1.break_even_share.unwrap() * p1.total.families_reached));
        }
    }
}

/// A break-even that needs more avoided trajectories a year than the municipality has young
/// people with youth care cannot be reached: the texts say so instead of naming it as an
/// ordinary condition.
#[test]
fn a_break_even_beyond_the_young_people_with_youth_care_is_called_unreachable() {
    let one_client = Municipality {
        youth_care_clients: Some(1),
        ..zeist()
    };
    let s = scenario([line(SamenOplopen, &[400; 4])])
        .named("Ambitieus")
        .of(one_client);
    let projection = project(&model(&[]), &s).expect("projection");
    let even = break_even_trajectories(&s, &projection).expect("a break-even share");
    assert!(even.per_year > 1.0, "{}", even.per_year);
    assert!(
        even.sentence.contains("niet te halen") && !even.sentence.starts_with("Terugverdiend als"),
        "{}",
        even.sentence
    );
    assert!(
        even.sentence
            .contains("meer dan de 1 jeugdigen met jeugdhulp in Zeist"),
        "{}",
        even.sentence
    );
    let point = programme_point(&s, &projection, &[]).expect("a text");
    assert!(!point.contains("verdient zich terug als"), "{point}");
    assert!(point.contains("niet te halen"), "{point}");
    // Within reach, the ordinary condition stays.
    let s = scenario([line(SamenOplopen, &[400; 4])])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&model(&[]), &s).expect("projection");
    let even = break_even_trajectories(&s, &projection).expect("a break-even share");
    assert!(
        even.sentence.starts_with("Terugverdiend als"),
        "{}",
        even.sentence
    );
}

/// A name typed as "Gemeente Zeist" reads "de gemeente Zeist" in every text, not "de gemeente
/// Gemeente Zeist".
#[test]
fn a_name_typed_with_gemeente_in_front_is_not_doubled() {
    for typed in ["Gemeente Zeist", "gemeente Zeist", "  GEMEENTE  Zeist "] {
        let m = Municipality {
            name: typed.into(),
            ..zeist()
        };
        assert_eq!(m.subject(), "De gemeente Zeist", "{typed}");
        assert_eq!(m.place(), "Zeist", "{typed}");
        let s = scenario([priced(HomeStart, &[20; 4], 2_500.0)])
            .named("Ambitieus")
            .of(m);
        let projection = project(&plain(), &s).expect("projection");
        let amendment = amendment_text(&s, &projection, &[]).expect("a text");
        assert!(
            amendment.starts_with("De raad van de gemeente Zeist,"),
            "{amendment}"
        );
        let point = programme_point(&s, &projection, &[]).expect("a text");
        assert!(point.starts_with("De gemeente Zeist investeert"), "{point}");
        let even = break_even_trajectories(&s, &projection).expect("reachable");
        assert!(even.sentence.contains("in Zeist:"), "{}", even.sentence);
    }
    // A name that only starts with the letters stays whole.
    let m = Municipality {
        name: "Gemeentestad".into(),
        ..Municipality::default()
    };
    assert_eq!(m.subject(), "De gemeente Gemeentestad");
}

/// "Kopieer tabel": a spreadsheet pasting the table reads every amount as a number, so the cells
/// hold plain numbers with a decimal comma and an ASCII minus, as the CSV does.
#[test]
fn the_copied_budget_table_holds_numbers_a_spreadsheet_reads() {
    let s = scenario([priced(HomeStart, &[20; 4], 2_500.0)])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&plain(), &s).expect("projection");
    let tsv = budget_tsv(&projection);
    let rows: Vec<&str> = tsv.lines().collect();
    assert_eq!(rows.len(), 1 + 5 + 1, "{tsv}");
    assert!(
        rows[1].starts_with("2027\t50000,00\t0,00\t-50000,00"),
        "{}",
        rows[1]
    );
    assert!(rows[6].starts_with("Totaal\t200000,00\t"), "{}", rows[6]);
    for row in &rows[1..] {
        for cell in row.split('\t').skip(1) {
            assert!(
                cell.replace(',', ".").parse::<f64>().is_ok(),
                "a number a spreadsheet reads: {cell:?} in {row}"
            );
        }
    }
    assert!(!tsv.contains('\u{2212}') && !tsv.contains('\u{a0}') && !tsv.contains('\u{2060}'));
}

#[test]
fn the_amendment_and_the_budget_table_say_their_price_level_and_that_a_begroting_is_nominal() {
    // Audit M2: the amendment budgeted 2027–2030 "in constante prijzen (prijspeil wegwijzer)",
    // an undated price level, as if it were what a begroting raises. It now says plainly that
    // the amounts are not indexed, why, and that the begroting needs the municipality's index.
    let s = scenario([line(HomeStart, &[20; 4])])
        .named("Ambitieus")
        .of(zeist());
    let projection = project(&plain(), &s).expect("projection");
    let amendment =
        steunwijzer::model::format::plain(&amendment_text(&s, &projection, &[]).unwrap());
    for said in [
        "niet geïndexeerd",
        "geen jaartal",
        "lopende prijzen",
        "loon- en prijsindexatie",
    ] {
        assert!(amendment.contains(said), "{said}: {amendment}");
    }
    assert!(!amendment.contains("prijspeil wegwijzer"), "{amendment}");
    let caption = steunwijzer::report::municipality::taakvelden_source();
    assert!(caption.contains("lopende prijzen"), "{caption}");
}

#[test]
fn a_national_figure_from_an_older_year_says_its_year_in_its_label() {
    // Audit L2: the 2019 spending figure stood beside 2024 figures with its year only in the
    // citation. A figure whose year differs from the newest one says it in its own label.
    let figures = &steunwijzer::data::municipality::reference()
        .expect("the built-in reference file")
        .landelijk;
    let year = |f: &steunwijzer::data::municipality::NationalFigure| {
        f.jaar.chars().take(4).collect::<String>()
    };
    let newest = figures.iter().map(year).max().unwrap();
    for f in figures.iter().filter(|f| year(f) != newest) {
        assert!(f.label.contains(&year(f)), "{}: {}", f.id, f.label);
    }
}
