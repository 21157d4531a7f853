//! What changed in an assumption at the last review, in words: the default and range now and
//! before, and why. Shown on the assumptions page, so a reader of an older printout sees what
//! moved and on what evidence.

use crate::model::params::{show_range, show_value, Parameter, ParameterSet, Unit};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedDefault {
    /// "75% (bandbreedte 0% – 150%)".
    pub now: String,
    /// The same for the previous default.
    pub was: String,
    /// Why it changed.
    pub why: String,
}

/// `None` when the parameter has no previous default.
pub fn changed_default(set: &ParameterSet, parameter: &Parameter) -> Option<ChangedDefault> {
    let previous = parameter.previous.as_ref()?;
    let unit = set.unit(&parameter.unit);
    Some(ChangedDefault {
        now: value_and_range(unit, parameter.value, parameter.low, parameter.high),
        was: value_and_range(unit, previous.value, previous.low, previous.high),
        why: previous.note.clone(),
    })
}

fn value_and_range(unit: Option<&Unit>, value: f64, low: f64, high: f64) -> String {
    let value = show_value(unit, value);
    if low == high {
        format!("{value} (zonder bandbreedte)")
    } else {
        format!("{value} (bandbreedte {})", show_range(unit, low, high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_default_says_now_and_before() {
        let set = crate::fixture::set();
        let changed = |id: &str| changed_default(&set, set.get(id).expect("id"));
        let surcharge = changed("opslag_startjaren").expect("changed");
        assert_eq!(
            surcharge.now,
            "75% van de gewone prijs (bandbreedte 0% – 150% van de gewone prijs)"
        );
        assert_eq!(
            surcharge.was,
            "25% van de gewone prijs (bandbreedte 0% – 150% van de gewone prijs)"
        );
        let home_start = changed("startjaren.home-start").expect("changed");
        assert_eq!(home_start.now, "1 jaar (bandbreedte 0 jaar – 2 jaar)");
        assert_eq!(home_start.was, "0 jaar (zonder bandbreedte)");
        assert!(!home_start.why.is_empty());
        assert_eq!(changed("deadweight"), None);
        // A default of a year and a quarter shows as such, not rounded to "1,3 jaar".
        let placement = changed("duur_uithuisplaatsing").expect("changed");
        assert_eq!(placement.now, "1,25 jaar (bandbreedte 0,5 jaar – 2 jaar)");
    }
}
