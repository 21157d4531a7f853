//! Named scenarios kept in the browser and exchanged as a JSON file.
//!
//! A saved scenario is its name and its share-link query: the link is already the complete,
//! validated description of a scenario, so storing it avoids a second format that could drift.

use serde::{Deserialize, Serialize};

use crate::model::scenario::MAX_NAME_CHARS;

/// Version of the file format; a later format can then be recognised and converted.
pub const FORMAT_VERSION: u32 = 1;
/// More than this many saved scenarios is not a realistic use and is refused on import.
pub const MAX_SAVED: usize = 50;
const MAX_QUERY_CHARS: usize = 4_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub naam: String,
    /// The query string of the scenario's share link, without `?`.
    pub link: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedFile {
    pub steunwijzer_scenarios: u32,
    pub scenarios: Vec<SavedScenario>,
}

/// Reads a file (or the browser's stored copy). `Err` is a Dutch message; nothing is half-read.
pub fn parse_saved(json: &str) -> Result<Vec<SavedScenario>, String> {
    let file: SavedFile = serde_json::from_str(json).map_err(|e| {
        format!("Dit bestand is geen scenariobestand van Steunwijzer of het is beschadigd (regel {}, kolom {}).", e.line(), e.column())
    })?;
    if file.steunwijzer_scenarios != FORMAT_VERSION {
        return Err(format!(
            "Dit scenariobestand heeft versie {}; deze Steunwijzer leest versie {FORMAT_VERSION}.",
            file.steunwijzer_scenarios
        ));
    }
    if file.scenarios.len() > MAX_SAVED {
        return Err(format!(
            "Dit bestand bevat {} scenario's; Steunwijzer bewaart er hoogstens {MAX_SAVED}.",
            file.scenarios.len()
        ));
    }
    for (i, s) in file.scenarios.iter().enumerate() {
        let number = i + 1;
        if s.naam.trim().is_empty()
            || s.naam.chars().count() > MAX_NAME_CHARS
            || s.naam.chars().any(char::is_control)
        {
            return Err(format!("Scenario {number} in het bestand heeft geen bruikbare naam (1 tot {MAX_NAME_CHARS} tekens)."));
        }
        if s.link.len() > MAX_QUERY_CHARS
            || s.link.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(format!(
                "Scenario {number} (‘{}’) heeft geen geldige scenariolink.",
                s.naam
            ));
        }
    }
    Ok(file.scenarios)
}

pub fn to_json(scenarios: &[SavedScenario]) -> String {
    let file = SavedFile {
        steunwijzer_scenarios: FORMAT_VERSION,
        scenarios: scenarios.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Adds or replaces (same name) scenarios, keeping the existing order; returns how many were new.
pub fn merge(existing: &mut Vec<SavedScenario>, incoming: Vec<SavedScenario>) -> usize {
    let mut added = 0;
    for scenario in incoming {
        if let Some(slot) = existing.iter_mut().find(|s| s.naam == scenario.naam) {
            *slot = scenario;
        } else if existing.len() < MAX_SAVED {
            existing.push(scenario);
            added += 1;
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn saved(naam: &str, link: &str) -> SavedScenario {
        SavedScenario {
            naam: naam.into(),
            link: link.into(),
        }
    }

    #[test]
    fn a_file_round_trips() {
        let list = vec![
            saved("Bescheiden", "k.home-start=10"),
            saved("Ambitieus <b>", "k.home-start=30&looptijd=6"),
        ];
        assert_eq!(parse_saved(&to_json(&list)), Ok(list));
    }

    #[test]
    fn broken_files_get_a_dutch_message() {
        for (json, expected) in [
            ("{", "beschadigd"),
            ("[]", "geen scenariobestand"),
            (r#"{"steunwijzer_scenarios":2,"scenarios":[]}"#, "versie 2"),
            (
                r#"{"steunwijzer_scenarios":1,"scenarios":[{"naam":"","link":"a=1"}]}"#,
                "geen bruikbare naam",
            ),
            (
                r#"{"steunwijzer_scenarios":1,"scenarios":[{"naam":"x","link":"a b"}]}"#,
                "geen geldige scenariolink",
            ),
        ] {
            let error = parse_saved(json).unwrap_err();
            assert!(error.contains(expected), "{json}: {error}");
        }
    }

    #[test]
    fn merging_replaces_by_name_and_keeps_order() {
        let mut list = vec![saved("A", "k.home-start=1"), saved("B", "k.home-start=2")];
        let added = merge(
            &mut list,
            vec![saved("B", "k.home-start=3"), saved("C", "k.home-start=4")],
        );
        assert_eq!(added, 1);
        assert_eq!(
            list,
            vec![
                saved("A", "k.home-start=1"),
                saved("B", "k.home-start=3"),
                saved("C", "k.home-start=4")
            ]
        );
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in ".{0,200}") {
            let _ = parse_saved(&text);
        }
    }
}
