//! The sensitivity runs: each bar's ends are the net result a user sees after setting that one
//! parameter through the link, switching values lie where the net result turns zero, and no run
//! with a range is left out.

mod common;

use proptest::prelude::*;

use steunwijzer::fixture::{home_start, line, model, scenario, set};
use steunwijzer::model::initiative::InitiativeId;

use steunwijzer::model::projection::project;
use steunwijzer::model::scenario::Scenario;
use steunwijzer::model::sensitivity::{sensitivity, Sensitivity};
use steunwijzer::model::world::Kind;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn net_with(overrides: &[(&str, f64)], s: &Scenario) -> f64 {
    project(&model(overrides), s)
        .unwrap()
        .total
        .net_result_pv
        .central
}

fn run_of(result: &Sensitivity, id: &str) -> steunwijzer::model::sensitivity::Run {
    result
        .runs
        .iter()
        .find(|r| r.quantity.parameter_id() == id)
        .unwrap_or_else(|| panic!("no run for {id}"))
        .clone()
}

#[test]
fn the_central_net_is_the_headline_net() {
    let s = scenario([line(InitiativeId::SamenOplopen, &[20; 4])]);
    let result = sensitivity(&model(&[]), &s).unwrap();
    assert!(close(result.central_net, net_with(&[], &s)));
}

#[test]
fn every_adjustable_range_the_scenario_uses_gets_a_run_and_only_those() {
    let s = scenario([line(InitiativeId::Buurtgezinnen, &[15; 4])]);
    let result = sensitivity(&model(&[]), &s).unwrap();
    let ids: Vec<String> = result
        .runs
        .iter()
        .map(|r| r.quantity.parameter_id())
        .collect();
    for id in [
        "aandeel_jeugdhulp_voorkomen",
        "deadweight",
        "discontovoet",
        "kosten_per_koppeling.buurtgezinnen",
        "duur_koppeling.buurtgezinnen",
        "vertraging_effect",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
    // Initiatives not chosen, and quantities that move no money, have no bar.
    assert!(!ids.iter().any(|i| i.ends_with("samen-oplopen")), "{ids:?}");
    assert!(
        !ids.iter().any(|i| i.starts_with("vrijwilligers")),
        "{ids:?}"
    );
    // Sorted by swing, largest first.
    assert!(result
        .runs
        .windows(2)
        .all(|pair| pair[0].swing() >= pair[1].swing()));
}

#[test]
fn a_local_price_takes_the_tables_price_out_of_the_runs() {
    let mut s = scenario([line(InitiativeId::Buurtgezinnen, &[15; 4])]);
    s.lines[0].local_cost_per_match = Some(2600.0);
    let result = sensitivity(&model(&[]), &s).unwrap();
    assert!(!result
        .runs
        .iter()
        .any(|r| r.quantity.kind == Kind::CostPerMatch));
}

#[test]
fn a_sign_that_flips_within_a_range_has_its_switching_value_where_the_net_is_zero() {
    // Close to break-even, the share of youth care avoided at the top of its range turns the
    // net result positive; somewhere inside the range it is zero.
    let s = home_start(20);
    let params = model(&NEAR_BREAK_EVEN);
    let result = sensitivity(&params, &s).unwrap();
    let run = run_of(&result, "aandeel_jeugdhulp_voorkomen");
    assert!(
        run.net_at_high > 0.0 && result.central_net < 0.0,
        "this scenario must flip: {run:?}, central {}",
        result.central_net
    );
    let switching = run.switching_value.expect("a switching value");
    assert!(switching.positive_above);
    assert!(run.values.central < switching.value && switching.value < run.values.high);
    // Through the link at the switching value, the page shows a net result of (about) zero.
    let at = net_with(
        &with(
            &NEAR_BREAK_EVEN,
            "aandeel_jeugdhulp_voorkomen",
            switching.value,
        ),
        &s,
    );
    assert!(at.abs() < 1.0, "net at the switching value: {at}");
    assert!(result.sign_changes());
}

#[test]
fn where_the_sign_never_changes_there_is_no_switching_value() {
    // A scenario with a clearly negative net: the discount rate cannot flip its sign.
    let s = scenario([line(InitiativeId::Steunouder, &[20; 4])]);
    let result = sensitivity(&model(&[]), &s).unwrap();
    let run = run_of(&result, "discontovoet");
    assert!(run.net_at_low < 0.0 && run.net_at_high < 0.0, "{run:?}");
    assert_eq!(run.switching_value, None);
    assert!(!run.changes_sign(result.central_net));
}

/// Overrides that bring Home-Start's 20 matches close to break-even (net about −€ 11.000): more
/// placements avoided, little deadweight, the top of the youth-care cost.
const NEAR_BREAK_EVEN: [(&str, f64); 3] = [
    ("aandeel_uithuisplaatsing_voorkomen", 0.02),
    ("deadweight", 0.1),
    ("kosten_jeugdhulptraject", 18_000.0),
];

/// `overrides` with `id` set to `value`.
fn with(
    overrides: &[(&'static str, f64)],
    id: &'static str,
    value: f64,
) -> Vec<(&'static str, f64)> {
    let mut out: Vec<(&str, f64)> = overrides
        .iter()
        .copied()
        .filter(|(i, _)| *i != id)
        .collect();
    out.push((id, value));
    out
}

proptest! {
    #![proptest_config(common::config(48))]

    /// The consistency rule: each bar's ends equal the net result the page shows when that one
    /// parameter is set to that value through the link.
    #[test]
    fn each_bar_end_is_the_net_result_of_that_override(
        initiative in prop::sample::select(InitiativeId::ALL.to_vec()),
        matches in 1..60u32,
        pick in any::<prop::sample::Index>(),
    ) {
        let s = scenario([line(initiative, &[matches; 4])]);
        let result = sensitivity(&model(&[]), &s).unwrap();
        prop_assume!(!result.runs.is_empty());
        let run = &result.runs[pick.index(result.runs.len())];
        let id = run.quantity.parameter_id();
        prop_assume!(set().get(&id).is_some_and(|p| p.adjustable));
        prop_assert!(close(run.net_at_low, net_with(&[(&id, run.values.low)], &s)), "{} low", id);
        prop_assert!(close(run.net_at_high, net_with(&[(&id, run.values.high)], &s)), "{} high", id);
    }
}

#[test]
fn overrides_move_the_centre_not_the_ends() {
    // A user's value replaces the central value of that run; its ends stay the range's.
    let s = scenario([line(InitiativeId::Buurtgezinnen, &[15; 4])]);
    let params = model(&[("deadweight", 0.45)]);
    let run = run_of(&sensitivity(&params, &s).unwrap(), "deadweight");
    assert_eq!(run.values.central, 0.45);
    let file = set();
    let p = file.get("deadweight").unwrap();
    assert_eq!((run.values.low, run.values.high), (p.low, p.high));
}

mod wording {
    use super::*;
    use steunwijzer::report::sensitivity::{lowercase_first, programme_sentence, sensitivity_text};

    #[test]
    fn a_flip_within_a_range_is_called_uncertain_and_names_its_switching_value() {
        let s = home_start(20);
        let result = sensitivity(&model(&NEAR_BREAK_EVEN), &s).unwrap();
        let text = sensitivity_text(&result, &set());
        assert!(text.sign_changes);
        assert!(
            text.conclusion
                .starts_with("Het is onzeker of de vermeden kosten de kosten overtreffen"),
            "{}",
            text.conclusion
        );
        let file = set();
        // The conclusion names the assumption whose range swings the result most across zero
        // (with the placement share's range back at 0–3%, that is no longer the youth-care share).
        let largest = result
            .runs
            .iter()
            .filter(|r| r.changes_sign(result.central_net))
            .max_by(|a, b| a.swing().total_cmp(&b.swing()))
            .expect("a run that flips");
        let largest = &file.get(&largest.quantity.parameter_id()).unwrap().label;
        assert!(
            text.conclusion.contains(&lowercase_first(largest)),
            "{}",
            text.conclusion
        );
        let label = &file.get("aandeel_jeugdhulp_voorkomen").unwrap().label;
        // Among the three drivers in words, the share has its switching value as "ten minste".
        let sentence = text
            .drivers
            .iter()
            .find(|d| d.starts_with(label.as_str()))
            .expect("the share is one of the largest drivers");
        assert!(
            sentence.contains("wordt positief als dit ten minste"),
            "{sentence}"
        );
        assert!(!sentence.contains("NaN"));
    }

    #[test]
    fn the_shown_switching_value_keeps_its_promise_through_the_link() {
        // Setting the share to the rounded value the sentence shows gives a positive net result.
        let s = home_start(20);
        let result = sensitivity(&model(&NEAR_BREAK_EVEN), &s).unwrap();
        let run = run_of(&result, "aandeel_jeugdhulp_voorkomen");
        let exact = run.switching_value.unwrap().value;
        let shown = (exact / 0.001 - 1e-9).ceil() * 0.001;
        let overrides = with(&NEAR_BREAK_EVEN, "aandeel_jeugdhulp_voorkomen", shown);
        assert!(net_with(&overrides, &s) >= 0.0);
    }

    #[test]
    fn a_sign_that_never_changes_is_said_so() {
        // At the defaults, no single range turns Home-Start's net result positive.
        let s = home_start(20);
        let result = sensitivity(&model(&[]), &s).unwrap();
        let text = sensitivity_text(&result, &set());
        assert!(!text.sign_changes);
        assert!(result.runs.iter().all(|r| r.switching_value.is_none()));
        assert!(
            text.conclusion.starts_with(
                "Binnen de bandbreedte van elke aanname afzonderlijk blijft het saldo negatief"
            ),
            "{}",
            text.conclusion
        );
        assert!(
            text.drivers
                .iter()
                .all(|d| d.contains("blijft het saldo negatief")),
            "{:?}",
            text.drivers
        );
        let sentence = programme_sentence(&text).expect("a sentence");
        assert!(
            sentence.starts_with("Het resultaat hangt het meest af van "),
            "{sentence}"
        );
        assert!(
            sentence.contains("blijft het saldo van hetzelfde teken"),
            "{sentence}"
        );
    }
}
