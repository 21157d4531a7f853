//! "How sure is it?" in one plain sentence: in how many of ten runs of the simulation the
//! scenario pays back, and whether one assumption on its own, within its range, turns the net
//! result around, naming each that does. Both facts come from the settled results of one
//! scenario (the band and the sensitivity runs are computed together), so the sentence never
//! joins the figures of two states.

use crate::model::format::listed;
use crate::model::uncertainty::Bands;

use super::sensitivity::{lowercase_first, SensitivityText};

/// The sentence for a scenario's band and sensitivity runs, computed together.
pub fn how_sure(bands: &Bands, text: &SensitivityText) -> String {
    let central_positive = text.central_net > 0.0;
    let flipping: Vec<String> = text
        .bars
        .iter()
        .filter(|bar| {
            (bar.net_at_low > 0.0) != central_positive
                || (bar.net_at_high > 0.0) != central_positive
        })
        .map(|bar| lowercase_first(&bar.label))
        .collect();
    sentence(bands.pays_back, bands.draws, text.central_net, &flipping)
}

/// "In 3 van de 10 doorrekeningen verdient het zich terug": `pays_back` of `draws` runs,
/// rounded to tenths, except that none, all, and nearly none or all are said as such.
fn runs_part(pays_back: usize, draws: usize) -> String {
    let share = pays_back as f64 / draws.max(1) as f64;
    let tenths = (share * 10.0).round();
    let how_many = if pays_back == 0 {
        "geen van de 10".to_string()
    } else if pays_back >= draws {
        "alle 10".to_string()
    } else if tenths < 1.0 {
        "minder dan 1 van de 10".to_string()
    } else if tenths > 9.0 {
        "meer dan 9 van de 10".to_string()
    } else {
        format!("{tenths} van de 10")
    };
    format!("In {how_many} doorrekeningen verdient het zich terug")
}

/// The sentence from its parts: the runs that pay back, the net result at the values shown
/// (its sign), and the labels of the assumptions that on their own turn that sign around.
pub fn sentence(pays_back: usize, draws: usize, central_net: f64, flipping: &[String]) -> String {
    let runs = runs_part(pays_back, draws);
    let turned = if central_net > 0.0 {
        "negatief"
    } else {
        "positief"
    };
    match flipping {
        [] => format!(
            "{runs}, en geen enkele aanname maakt het saldo binnen haar bandbreedte op zichzelf {turned}."
        ),
        [one] => format!(
            "{runs}; één aanname kan het saldo binnen haar bandbreedte op zichzelf {turned} maken: {one}."
        ),
        several => format!(
            "{runs}; {} aannames kunnen het saldo binnen hun bandbreedte elk op zichzelf {turned} maken: {}.",
            several.len(),
            listed(several)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{home_start, model, set};
    use crate::model::projection::project;
    use crate::model::sensitivity::sensitivity;
    use crate::model::uncertainty::{simulate, DEFAULT_SEED};
    use crate::report::sensitivity::sensitivity_text;

    #[test]
    fn never_pays_back_and_no_assumption_turns_it() {
        assert_eq!(
            sentence(0, 10_000, -107_000.0, &[]),
            "In geen van de 10 doorrekeningen verdient het zich terug, en geen enkele aanname maakt het saldo binnen haar bandbreedte op zichzelf positief."
        );
        assert_eq!(
            sentence(30, 10_000, -107_000.0, &[]),
            "In minder dan 1 van de 10 doorrekeningen verdient het zich terug, en geen enkele aanname maakt het saldo binnen haar bandbreedte op zichzelf positief."
        );
    }

    #[test]
    fn sometimes_pays_back_and_the_flipping_assumptions_are_named() {
        let one = ["deadweight".to_string()];
        assert_eq!(
            sentence(2_600, 10_000, -20_000.0, &one),
            "In 3 van de 10 doorrekeningen verdient het zich terug; één aanname kan het saldo binnen haar bandbreedte op zichzelf positief maken: deadweight."
        );
        // Every flipping assumption by name, never "en één andere" (audit L6).
        let three = [
            "kosten van een traject".to_string(),
            "deadweight".to_string(),
            "opslag op de kosten in de startjaren".to_string(),
        ];
        let text = sentence(5_000, 10_000, 10_000.0, &three);
        assert_eq!(
            text,
            "In 5 van de 10 doorrekeningen verdient het zich terug; 3 aannames kunnen het saldo binnen hun bandbreedte elk op zichzelf negatief maken: kosten van een traject, deadweight en opslag op de kosten in de startjaren."
        );
        assert!(!text.contains("andere"));
    }

    #[test]
    fn always_pays_back() {
        assert_eq!(
            sentence(10_000, 10_000, 50_000.0, &[]),
            "In alle 10 doorrekeningen verdient het zich terug, en geen enkele aanname maakt het saldo binnen haar bandbreedte op zichzelf negatief."
        );
        assert!(sentence(9_980, 10_000, 50_000.0, &[])
            .starts_with("In meer dan 9 van de 10 doorrekeningen verdient het zich terug"));
    }

    /// The sentence of a real scenario: what it says agrees with the band and the runs.
    #[test]
    fn a_scenario_gets_a_sentence_that_agrees_with_its_band_and_runs() {
        let (set, model, scenario) = (set(), model(&[]), home_start(20));
        let bands = simulate(&model, &scenario, 2_000, DEFAULT_SEED).expect("bands");
        let text = sensitivity_text(&sensitivity(&model, &scenario).expect("runs"), &set);
        let said = how_sure(&bands, &text);
        let central = project(&model, &scenario)
            .expect("projection")
            .total
            .net_result_pv
            .central;
        assert!(central < 0.0, "the defaults do not pay back: {central}");
        // The runs that pay back are counted from the draws themselves.
        let totals = crate::model::uncertainty::draw_totals(&model, &scenario, 2_000, DEFAULT_SEED)
            .expect("draws");
        let positive = totals.iter().filter(|t| t.net_result_pv > 0.0).count();
        assert_eq!(bands.pays_back, positive);
        assert!(bands.pays_back < bands.draws / 10, "{}", bands.pays_back);
        assert!(said.starts_with("In "), "{said}");
        assert!(said.contains("positief"), "{said}");
        for bar in &text.bars {
            let flips = bar.net_at_low > 0.0 || bar.net_at_high > 0.0;
            assert_eq!(said.contains(&lowercase_first(&bar.label)), flips, "{said}");
        }
    }
}
