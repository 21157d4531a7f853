//! The sensitivity view in words: one bar per parameter with its two values, the switching value
//! of the largest drivers, and one conclusion in the wording of Dutch cost-benefit practice
//! (rwseconomie.nl, *Onzekerheden in kaart brengen*: say plainly when changing an assumption
//! changes the conclusion). Shared by the page, the slide, the print, the CSV and the programme
//! text, so they cannot disagree.

use crate::model::format;
use crate::model::params::{show_number, show_value, ParameterSet, Unit, UnitFormat};
use crate::model::sensitivity::{Run, Sensitivity, SwitchingValue};

/// How many of the largest drivers get a sentence of their own.
pub const DRIVERS_IN_WORDS: usize = 3;

/// Below this share of the cost (present value), a net result counts as "about equal": the
/// wording then says the avoided costs are about equal to the costs rather than uncertain.
const ABOUT_EQUAL_SHARE_OF_COST: f64 = 0.1;

/// One bar of the tornado chart, in words and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The parameter id, as in links (`a.<id>`) and on the assumptions page (`#parameter-<id>`).
    pub id: String,
    pub label: String,
    /// The parameter's low and high end and its value in this scenario, in its unit.
    pub low: String,
    pub high: String,
    pub central: String,
    /// The two ends as bare numbers with their sign (`€ 2.250`, `3%`, `2 jaar`), short enough to
    /// stand beside a bar.
    pub low_short: String,
    pub high_short: String,
    /// The raw values, for links that set the parameter.
    pub low_value: f64,
    pub high_value: f64,
    /// Net result (present value) at the low and at the high end.
    pub net_at_low: f64,
    pub net_at_high: f64,
    /// Whether a user can set it (through the assumptions page or a link).
    pub adjustable: bool,
    /// An assumption (no source gives it) rather than a sourced range.
    pub assumption: bool,
    /// The user chose its value (`central`); the bar shows what the rest of its range would do.
    pub chosen: bool,
}

/// The whole view in words.
#[derive(Debug, Clone, PartialEq)]
pub struct SensitivityText {
    pub central_net: f64,
    /// Largest swing first.
    pub bars: Vec<Bar>,
    /// One sentence for each of the [`DRIVERS_IN_WORDS`] largest drivers.
    pub drivers: Vec<String>,
    /// Whether the sign of the net result changes within any single range.
    pub sign_changes: bool,
    /// The conclusion in one or two sentences.
    pub conclusion: String,
    /// How many assumptions differ from their standard value (what `central_net` is computed at).
    pub changed_assumptions: usize,
}

fn sign_word(net: f64) -> &'static str {
    if net > 0.0 {
        "positief"
    } else {
        "negatief"
    }
}

/// The display step of a unit: a switching value is rounded to it, toward the side on which the
/// sentence stays true.
fn step_of(unit: Option<&Unit>) -> f64 {
    match unit.map(|u| u.format) {
        Some(UnitFormat::Eur | UnitFormat::Hours | UnitFormat::WholeYears) => 1.0,
        Some(UnitFormat::Share | UnitFormat::Percent) => 0.001,
        Some(UnitFormat::Years) => 0.01,
        Some(UnitFormat::Count) | None => 0.01,
    }
}

/// "ten minste 16,3%" is only true if 16,3% is at or above the exact value: round up for "ten
/// minste", down for "ten hoogste".
fn rounded_toward(value: f64, step: f64, up: bool) -> f64 {
    let steps = value / step;
    // A hair's tolerance, so an exact 0,163 does not become 0,164.
    let steps = if up {
        (steps - 1e-9).ceil()
    } else {
        (steps + 1e-9).floor()
    };
    steps * step
}

/// "(in dit scenario 7%)", or for a value the user set "(door u gekozen: 12%)".
fn value_used(bar: &Bar) -> String {
    if bar.chosen {
        format!("door u gekozen: {}", bar.central)
    } else {
        format!("in dit scenario {}", bar.central)
    }
}

/// The sentence for one driver.
fn driver_sentence(run: &Run, bar: &Bar, central_net: f64, unit: Option<&Unit>) -> String {
    let label = &bar.label;
    let used = value_used(bar);
    match run.switching_value {
        Some(SwitchingValue {
            value,
            positive_above,
        }) => {
            // Positive above the value: the sentence says "at least"; positive below: "at most".
            let shown = show_value(unit, rounded_toward(value, step_of(unit), positive_above));
            let bound = if positive_above {
                "ten minste"
            } else {
                "ten hoogste"
            };
            if central_net > 0.0 {
                format!(
                    "{label}: het saldo blijft alleen positief zolang dit {bound} {shown} is ({used})."
                )
            } else {
                format!("{label}: het saldo wordt positief als dit {bound} {shown} is ({used}).")
            }
        }
        None => {
            let (a, b) = if bar.net_at_low <= bar.net_at_high {
                (bar.net_at_low, bar.net_at_high)
            } else {
                (bar.net_at_high, bar.net_at_low)
            };
            format!(
                "{label}: tussen {} en {} blijft het saldo {} ({} tot {}).",
                bar.low,
                bar.high,
                sign_word(central_net),
                format::euro_rounded(a),
                format::euro_rounded(b)
            )
        }
    }
}

/// The view in words, with each parameter's label and unit from the parameter file.
pub fn sensitivity_text(sensitivity: &Sensitivity, set: &ParameterSet) -> SensitivityText {
    let central_net = sensitivity.central_net;
    let unit_of = |id: &str| set.get(id).and_then(|p| set.unit(&p.unit));
    let bars: Vec<Bar> = sensitivity
        .runs
        .iter()
        .map(|run| {
            let id = run.quantity.parameter_id();
            let parameter = set.get(&id);
            let unit = unit_of(&id);
            Bar {
                label: parameter.map_or_else(|| id.clone(), |p| p.label.clone()),
                low: show_value(unit, run.values.low),
                high: show_value(unit, run.values.high),
                central: show_value(unit, run.values.central),
                low_short: show_number(unit, run.values.low),
                high_short: show_number(unit, run.values.high),
                low_value: run.values.low,
                high_value: run.values.high,
                net_at_low: run.net_at_low,
                net_at_high: run.net_at_high,
                adjustable: parameter.is_some_and(|p| p.adjustable),
                assumption: parameter
                    .is_some_and(|p| p.status == crate::model::params::Status::Aanname),
                chosen: run.chosen,
                id,
            }
        })
        .collect();
    let drivers = sensitivity
        .runs
        .iter()
        .zip(&bars)
        .take(DRIVERS_IN_WORDS)
        .map(|(run, bar)| driver_sentence(run, bar, central_net, unit_of(&bar.id)))
        .collect();
    let flipping: Vec<String> = sensitivity
        .runs
        .iter()
        .zip(&bars)
        .filter(|(run, _)| run.changes_sign(central_net))
        .map(|(_, bar)| lowercase_first(&bar.label))
        .collect();
    let sign_changes = !flipping.is_empty();
    let conclusion = conclusion(sensitivity, &flipping);
    SensitivityText {
        central_net,
        bars,
        drivers,
        sign_changes,
        conclusion,
        changed_assumptions: sensitivity.changed_assumptions,
    }
}

/// A label inside a sentence: its first letter in lower case, the rest as it is (names such as
/// Home-Start keep their capitals).
pub fn lowercase_first(label: &str) -> String {
    crate::model::format::first_lowercase(label)
}

fn conclusion(sensitivity: &Sensitivity, flipping: &[String]) -> String {
    let central_net = sensitivity.central_net;
    if flipping.is_empty() {
        return format!(
            "Binnen de bandbreedte van elke aanname afzonderlijk blijft het saldo {}: de conclusie \
             hangt niet af van één aanname.",
            sign_word(central_net)
        );
    }
    let largest = sensitivity
        .runs
        .iter()
        .flat_map(|r| [r.net_at_low.abs(), r.net_at_high.abs()])
        .fold(central_net.abs(), f64::max);
    // Every assumption that turns the result is named (an MKBA reader asks which, audit L6) up
    // to three; beyond that the sentence would not fit under a chart on a slide, so the rest are
    // counted (the list beside the chart names them).
    let named: Vec<&str> = flipping.iter().take(3).map(String::as_str).collect();
    let which = match flipping.len() - named.len() {
        0 => format::listed(&named),
        more => format!("{} en nog {more} andere", named.join(", ")),
    };
    if largest < ABOUT_EQUAL_SHARE_OF_COST * sensitivity.central_cost {
        format!(
            "De vermeden kosten zijn ongeveer gelijk aan de kosten: het saldo ligt dicht bij nul en \
             wisselt van teken binnen de bandbreedte van {which}."
        )
    } else {
        format!(
            "Het is onzeker of de vermeden kosten de kosten overtreffen: binnen de bandbreedte van \
             {which} wordt het saldo {}.",
            if central_net > 0.0 {
                "negatief"
            } else {
                "positief"
            }
        )
    }
}

/// Said with the conclusion on the page: what one-at-a-time runs cannot show.
pub const ONE_AT_A_TIME: &str = "Elke aanname is hier apart gevarieerd; de onzekerheidsmarge laat \
    zien wat er gebeurt als ze samen anders uitvallen.";

/// One sentence for the programme text: what the result depends on most.
pub fn programme_sentence(text: &SensitivityText) -> Option<String> {
    let first = text.bars.first()?;
    let most = match text.bars.get(1) {
        Some(second) => format!(
            "{} en {}",
            lowercase_first(&first.label),
            lowercase_first(&second.label)
        ),
        None => lowercase_first(&first.label),
    };
    let sign = if text.sign_changes {
        "binnen de bandbreedte daarvan kan het saldo van teken wisselen"
    } else {
        "binnen de bandbreedte van elk daarvan blijft het saldo van hetzelfde teken"
    };
    Some(format!(
        "Het resultaat hangt het meest af van {most}; {sign}."
    ))
}

/// The bars as a table (for "toon als tabel" and the CSV): label, low and high value, the net
/// result at each end, and the swing.
pub fn table_rows(text: &SensitivityText) -> Vec<[String; 6]> {
    text.bars
        .iter()
        .map(|bar| {
            [
                bar.label.clone(),
                bar.low.clone(),
                format::euro_rounded(bar.net_at_low),
                bar.high.clone(),
                format::euro_rounded(bar.net_at_high),
                format::euro_rounded((bar.net_at_high - bar.net_at_low).abs()),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_switching_value_is_rounded_toward_the_side_that_keeps_the_sentence_true() {
        assert!((rounded_toward(0.16234, 0.001, true) - 0.163).abs() < 1e-12);
        assert!((rounded_toward(0.16234, 0.001, false) - 0.162).abs() < 1e-12);
        assert!((rounded_toward(0.163, 0.001, true) - 0.163).abs() < 1e-12);
        assert_eq!(rounded_toward(2283.4, 1.0, false), 2283.0);
    }

    #[test]
    fn a_label_inside_a_sentence_keeps_its_names() {
        assert_eq!(
            lowercase_first("Startjaren – Home-Start"),
            "startjaren – Home-Start"
        );
        assert_eq!(lowercase_first(""), "");
    }

    #[test]
    fn every_assumption_that_turns_the_result_is_named_up_to_three() {
        // Audit L6: "en één andere" left the third assumption that flips the sign unnamed.
        let sensitivity = Sensitivity {
            central_net: -21_900.0,
            central_cost: 150_000.0,
            runs: Vec::new(),
            changed_assumptions: 3,
        };
        let names = |n: usize| -> Vec<String> { (1..=n).map(|i| format!("aanname {i}")).collect() };
        let three = conclusion(&sensitivity, &names(3));
        assert!(
            three.contains("aanname 1, aanname 2 en aanname 3") && !three.contains("andere"),
            "{three}"
        );
        let five = conclusion(&sensitivity, &names(5));
        assert!(
            five.contains("aanname 1, aanname 2, aanname 3 en nog 2 andere"),
            "{five}"
        );
    }
}
