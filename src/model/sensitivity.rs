//! Which assumption decides the outcome: one-at-a-time sensitivity runs of the net result.
//!
//! For every quantity the scenario uses that has a range (assumptions, sourced ranges, the
//! discount rate), the kernel is evaluated in the central world with that one quantity at its low
//! and at its high end. The net result (present value) of each run is what the page shows when a
//! user sets that parameter to that value through the link (`a.<id>=…`): the central world with
//! one value replaced is exactly what an override makes. Where the net result changes sign
//! within a range, the switching value is the value at which it is zero.
//!
//! A value the user chose ([`ModelParameters::chosen`]) is the central value of its run, and the
//! run still goes over the quantity's own range: it answers "what if my choice were another
//! value in the range", and each bar end is still what the link with that value shows. (The band
//! and the pessimistic and optimistic worlds, by contrast, keep a chosen value fixed.)
//!
//! Dutch social cost-benefit practice asks for every important uncertainty to be shown and none
//! picked to suit: every run with a range is reported, sorted by swing, none left out.

use super::params::ModelParameters;
use super::range::Range3;
use super::scenario::{validate, Scenario, ScenarioError};
use super::world::{evaluate, Flows, Outlook, Prepared, Quantity, World};

/// One quantity at its two ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub quantity: Quantity,
    /// The quantity's low, central (the value the scenario uses) and high value.
    pub values: Range3,
    /// Net result (present value) with the quantity at its low end, all others central.
    pub net_at_low: f64,
    /// Net result with the quantity at its high end.
    pub net_at_high: f64,
    /// The value within the range at which the net result is zero, when it changes sign there.
    pub switching_value: Option<SwitchingValue>,
    /// Whether the central value is one the user chose ([`ModelParameters::chosen`]): the run
    /// then shows what the quantity's own range would do instead.
    pub chosen: bool,
}

/// Where the net result turns zero, and on which side it is positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SwitchingValue {
    pub value: f64,
    /// True when the net result is positive above `value` (e.g. a larger share of escalations
    /// prevented), false when it is positive below it (e.g. a lower cost per match).
    pub positive_above: bool,
}

impl Run {
    /// How far the net result moves over the range.
    pub fn swing(&self) -> f64 {
        (self.net_at_high - self.net_at_low).abs()
    }

    /// Whether the net result has another sign somewhere in the range than at the central value.
    pub fn changes_sign(&self, central_net: f64) -> bool {
        let positive = central_net > 0.0;
        (self.net_at_low > 0.0) != positive || (self.net_at_high > 0.0) != positive
    }
}

/// The sensitivity of the net result of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    /// The net result (present value) at the central values: the headline net.
    pub central_net: f64,
    /// Cost (present value) at the central values, to judge whether amounts are small.
    pub central_cost: f64,
    /// Every quantity the scenario uses that has a range and moves the net result, largest
    /// swing first.
    pub runs: Vec<Run>,
    /// How many assumptions differ from their standard value: the values "central" stands for.
    pub changed_assumptions: usize,
}

impl Sensitivity {
    /// Whether the net result changes sign within the range of at least one quantity.
    pub fn sign_changes(&self) -> bool {
        self.runs.iter().any(|r| r.changes_sign(self.central_net))
    }
}

/// Steps of bisection for a switching value: the interval shrinks to 2^-60 of the range.
const BISECTION_STEPS: u32 = 60;

/// The sensitivity runs of a scenario. Errors as [`project`](super::projection::project).
pub fn sensitivity(
    params: &ModelParameters,
    scenario: &Scenario,
) -> Result<Sensitivity, ScenarioError> {
    validate(scenario).map_err(|mut errors| errors.swap_remove(0))?;
    let prepared = Prepared::new(scenario);
    let central = params.world(Outlook::Central);
    let mut flows = Flows::default();
    evaluate(&central, &prepared, &mut flows);
    let (central_cost, central_avoided) = flows.present_values();
    let central_net = central_avoided - central_cost;
    let mut net_with = |world: &World| {
        evaluate(world, &prepared, &mut flows);
        flows.net_pv()
    };

    let mut runs = Vec::new();
    for (quantity, values) in params.quantities.iter() {
        if values.low >= values.high || !prepared.uses(quantity) {
            continue;
        }
        let mut world = central;
        let mut net_at = |value: f64| {
            world.set(quantity, value);
            net_with(&world)
        };
        let net_at_low = net_at(values.low);
        let net_at_high = net_at(values.high);
        if net_at_low == net_at_high {
            continue; // volunteer quantities: no money moves
        }
        let whole = quantity.definition().whole;
        let switching_value = [(values.low, values.central), (values.central, values.high)]
            .into_iter()
            .find_map(|(from, to)| switching_value(&mut net_at, from, to, whole));
        runs.push(Run {
            quantity,
            values,
            net_at_low,
            net_at_high,
            switching_value,
            chosen: params.chosen.get(quantity),
        });
    }
    crate::model::order::sort_by(&mut runs, |a, b| b.swing().total_cmp(&a.swing()));
    Ok(Sensitivity {
        central_net,
        central_cost,
        runs,
        changed_assumptions: params.changed(),
    })
}

/// The value in `from..=to` where `net_at` turns from one sign to the other, if it does. For a
/// quantity of whole numbers (start years), the first whole number on the positive side.
fn switching_value(
    net_at: &mut impl FnMut(f64) -> f64,
    from: f64,
    to: f64,
    whole: bool,
) -> Option<SwitchingValue> {
    let (at_from, at_to) = (net_at(from), net_at(to));
    if (at_from > 0.0) == (at_to > 0.0) {
        return None;
    }
    let positive_above = at_to > 0.0;
    if whole {
        let mut value = from.ceil();
        while value <= to {
            if (net_at(value) > 0.0) == positive_above {
                // Positive above: the first whole value that is positive. Positive below: the
                // last whole value that is still positive is one step back.
                let value = if positive_above { value } else { value - 1.0 };
                return Some(SwitchingValue {
                    value: value.max(from),
                    positive_above,
                });
            }
            value += 1.0;
        }
        return None;
    }
    let (mut low, mut high) = (from, to);
    for _ in 0..BISECTION_STEPS {
        let middle = 0.5 * (low + high);
        if (net_at(middle) > 0.0) == (at_from > 0.0) {
            low = middle;
        } else {
            high = middle;
        }
    }
    Some(SwitchingValue {
        value: 0.5 * (low + high),
        positive_above,
    })
}
