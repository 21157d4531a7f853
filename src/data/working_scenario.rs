//! The working scenario kept in this browser, so that opening `/scenario` without a link (a new
//! tab, a closed one reopened) brings back what was on screen instead of an empty page.
//!
//! It is stored as the scenario's query string, the same text a share link carries, and read back
//! with the link's decoder: what cannot be used is named in Dutch, never silently dropped.

use super::url_scenario::{decode, DecodedScenario};
use crate::model::params::AllowedRange;

/// The `localStorage` key of the working scenario.
pub const STORAGE_KEY: &str = "steunwijzer.werkscenario";

/// A stored working scenario read back, with the note the page shows about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub decoded: DecodedScenario,
    /// What the page says: that the last scenario is back, and what of it could not be used.
    pub note: String,
}

/// Reads a stored working scenario; `None` when nothing worth restoring was stored.
pub fn restore(stored: &str, known: &dyn Fn(&str) -> Option<AllowedRange>) -> Option<Restored> {
    let stored = stored.trim().trim_start_matches('?');
    if stored.is_empty() {
        return None;
    }
    let decoded = decode(stored, known);
    let usable = !decoded.scenario.lines.is_empty() || !decoded.overrides.is_empty();
    let note = match (usable, decoded.dropped.is_empty()) {
        (true, true) => "Uw laatste scenario in deze browser is teruggehaald.".to_string(),
        (true, false) => format!(
            "Uw laatste scenario in deze browser is teruggehaald, maar niet alles kon worden gebruikt: {}.",
            decoded.dropped.join("; ")
        ),
        (false, false) => format!(
            "Niet alles uit uw laatste scenario in deze browser kon worden gebruikt, dus u begint met een leeg scenario: {}.",
            decoded.dropped.join("; ")
        ),
        (false, true) => return None,
    };
    Some(Restored { decoded, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nothing_known(_: &str) -> Option<AllowedRange> {
        None
    }

    #[test]
    fn a_stored_scenario_comes_back_with_a_note() {
        let restored = restore("k.buurtgezinnen=15&naam=Voorbeeld", &nothing_known).unwrap();
        assert_eq!(restored.decoded.scenario.lines.len(), 1);
        assert_eq!(restored.decoded.scenario.lines[0].matches_per_year[0], 15);
        assert_eq!(
            restored.note,
            "Uw laatste scenario in deze browser is teruggehaald."
        );
    }

    #[test]
    fn nothing_stored_restores_nothing() {
        assert!(restore("", &nothing_known).is_none());
        assert!(restore("  ", &nothing_known).is_none());
    }

    #[test]
    fn a_broken_value_is_named_in_dutch_and_never_silently_dropped() {
        let restored = restore("k.home-start=abc&k.bestaat-niet=5", &nothing_known).unwrap();
        assert!(restored.decoded.scenario.lines.is_empty());
        assert!(
            restored
                .note
                .starts_with("Niet alles uit uw laatste scenario"),
            "{}",
            restored.note
        );
        assert!(
            restored.note.contains("geen heel getal"),
            "{}",
            restored.note
        );
        assert!(restored.note.contains("bestaat-niet"), "{}", restored.note);
        // Partly usable: the rest comes back and the note names what did not.
        let partly = restore("k.buurtgezinnen=15&k.home-start=abc", &nothing_known).unwrap();
        assert_eq!(partly.decoded.scenario.lines.len(), 1);
        assert!(partly.note.contains("niet alles"), "{}", partly.note);
    }
}
