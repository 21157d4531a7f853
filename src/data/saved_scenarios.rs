//! Named scenarios kept in the browser and exchanged as a JSON file.
//!
//! A saved scenario is its name and its share-link query: the link is already the complete,
//! validated description of a scenario, so storing it avoids a second format that could drift.
//!
//! What the page may tell a user is decided here, from what storage gave back: a save or an import
//! is reported as done only when the list read back from storage holds it (see [`confirm_stored`]).

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::data::invisible;
use crate::data::url_scenario::encode_component;
use crate::model::scenario::MAX_NAME_CHARS;

/// Version of the file format; a later format can then be recognised and converted.
pub const FORMAT_VERSION: u32 = 1;
/// More than this many saved scenarios is not a realistic use: a file with more is refused, and
/// a save beyond it is refused with a message.
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

/// Reads a file chosen by the user. `Err` is a Dutch message; nothing is half-read.
pub fn parse_saved(json: &str) -> Result<Vec<SavedScenario>, String> {
    let file = read_file(json)?;
    if file.scenarios.len() > MAX_SAVED {
        return Err(format!(
            "Dit bestand bevat {} scenario's; Steunwijzer bewaart er hoogstens {MAX_SAVED}.",
            file.scenarios.len()
        ));
    }
    file.scenarios
        .into_iter()
        .enumerate()
        .map(|(i, raw)| entry(i + 1, &raw))
        .collect()
}

/// The browser's own stored list: the entries that can be read, and those that cannot (left by
/// another version or by hand), kept exactly as they were so that a write never loses them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredList {
    pub entries: Vec<SavedScenario>,
    /// The unreadable entries as stored; [`stored_json`] writes them back after the others.
    pub unreadable: Vec<RawEntry>,
    /// One Dutch message per unreadable entry, naming it by number and name.
    pub problems: Vec<String>,
}

/// Reads the browser's own stored copy. It gets no limit on its length (a copy one over the limit
/// is still shown whole rather than hidden), and one bad entry hides only itself. `Err` only
/// when the list as a whole cannot be read.
pub fn parse_stored(json: &str) -> Result<StoredList, String> {
    let mut list = StoredList::default();
    for (i, raw) in read_file(json)?.scenarios.into_iter().enumerate() {
        match entry(i + 1, &raw) {
            Ok(saved) => list.entries.push(saved),
            Err(problem) => {
                list.unreadable.push(RawEntry(raw));
                list.problems.push(problem);
            }
        }
    }
    Ok(list)
}

/// The stored list to write: `entries`, then the entries of `read` that could not be read, as
/// they were.
pub fn stored_json(entries: &[SavedScenario], read: &StoredList) -> String {
    let written: Vec<Box<RawValue>> = entries
        .iter()
        .filter_map(|e| serde_json::value::to_raw_value(e).ok())
        .collect();
    let file = StoredFile {
        steunwijzer_scenarios: FORMAT_VERSION,
        scenarios: written
            .iter()
            .map(Box::as_ref)
            .chain(read.unreadable.iter().map(|raw| raw.0.as_ref()))
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// An entry kept as the exact JSON text it had. Raw text rather than a parsed JSON value: it is
/// written back byte for byte, and the wasm needs no second JSON representation (issue 25).
#[derive(Debug, Clone)]
pub struct RawEntry(Box<RawValue>);

impl PartialEq for RawEntry {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

/// The list as written to storage: readable entries, then unreadable ones as they were.
#[derive(Serialize)]
struct StoredFile<'a> {
    steunwijzer_scenarios: u32,
    scenarios: Vec<&'a RawValue>,
}

/// A file of any length whose entries are not read yet.
#[derive(Deserialize)]
struct RawFile {
    steunwijzer_scenarios: u32,
    scenarios: Vec<Box<RawValue>>,
}

/// The name of an entry that cannot be read as a whole, for the message about it.
fn name_of(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct NameOnly {
        naam: String,
    }
    let named: NameOnly = serde_json::from_str(raw.get()).ok()?;
    Some(named.naam.chars().filter(|&c| !invisible(c)).collect())
}

fn read_file(json: &str) -> Result<RawFile, String> {
    let file: RawFile = serde_json::from_str(json).map_err(|e| {
        format!("Dit bestand is geen scenariobestand van Steunwijzer of het is beschadigd (regel {}, kolom {}).", e.line(), e.column())
    })?;
    if file.steunwijzer_scenarios != FORMAT_VERSION {
        return Err(format!(
            "Dit scenariobestand heeft versie {}; deze Steunwijzer leest versie {FORMAT_VERSION}.",
            file.steunwijzer_scenarios
        ));
    }
    Ok(file)
}

/// Entry `number` of a file, read and checked.
fn entry(number: usize, raw: &RawValue) -> Result<SavedScenario, String> {
    let saved: SavedScenario = serde_json::from_str(raw.get()).map_err(|_| match name_of(raw) {
        Some(naam) if !naam.trim().is_empty() => format!(
            "Scenario {number} (‘{}’) heeft geen geldige scenariolink.",
            naam.trim()
        ),
        _ => format!("Scenario {number} heeft geen naam en geen geldige scenariolink."),
    })?;
    checked(number, saved)
}

/// An entry as storage will give it back: what the page saves must read back identically.
pub fn normalized(saved: SavedScenario) -> Result<SavedScenario, String> {
    checked(1, saved)
}

/// One entry, cleaned as the link decoder cleans a name (invisible characters removed, so what is
/// listed is what the name says), with its link made to carry that same name.
fn checked(number: usize, saved: SavedScenario) -> Result<SavedScenario, String> {
    let naam: String = saved.naam.chars().filter(|&c| !invisible(c)).collect();
    let naam = naam.trim().to_string();
    if naam.is_empty() || naam.chars().count() > MAX_NAME_CHARS {
        return Err(format!("Scenario {number} in het bestand heeft geen bruikbare naam (1 tot {MAX_NAME_CHARS} tekens)."));
    }
    if saved.link.len() > MAX_QUERY_CHARS
        || saved
            .link
            .chars()
            .any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(format!(
            "Scenario {number} (‘{naam}’) heeft geen geldige scenariolink."
        ));
    }
    let link = link_with_name(&saved.link, &naam);
    Ok(SavedScenario { naam, link })
}

/// The link with its `naam=` replaced by `naam`: an entry listed as ‘Bescheiden’ must open, and
/// be compared, as ‘Bescheiden’, whatever name its link carried.
pub fn link_with_name(link: &str, naam: &str) -> String {
    let rest = link
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("naam"));
    std::iter::once(format!("naam={}", encode_component(naam)))
        .chain(rest.map(str::to_string))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn to_json(scenarios: &[SavedScenario]) -> String {
    let file = SavedFile {
        steunwijzer_scenarios: FORMAT_VERSION,
        scenarios: scenarios.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// What a merge did, by name. A name that came in twice counts once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeOutcome {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    /// Left out because [`MAX_SAVED`] scenarios were already kept.
    pub refused: Vec<String>,
}

/// Adds or replaces (same name) scenarios, keeping the existing order.
pub fn merge(existing: &mut Vec<SavedScenario>, incoming: Vec<SavedScenario>) -> MergeOutcome {
    let mut outcome = MergeOutcome::default();
    for scenario in incoming {
        let naam = scenario.naam.clone();
        if let Some(slot) = existing.iter_mut().find(|s| s.naam == naam) {
            *slot = scenario;
            if !outcome.added.contains(&naam) && !outcome.replaced.contains(&naam) {
                outcome.replaced.push(naam);
            }
        } else if existing.len() < MAX_SAVED {
            existing.push(scenario);
            outcome.added.push(naam);
        } else if !outcome.refused.contains(&naam) {
            outcome.refused.push(naam);
        }
    }
    outcome
}

/// Why the browser did not keep the list.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The browser's storage for this site is full.
    Full,
    /// The browser allows no storage for this site (blocked site data, some private modes).
    Blocked,
    /// The stored list cannot be read; it is left as it is, so nothing in it is overwritten.
    Unreadable(String),
    /// Storage accepted the write but gave back something else.
    NotKept,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Full => write!(f, "de opslag van deze browser is vol"),
            StoreError::Blocked => write!(
                f,
                "deze browser staat niet toe dat Steunwijzer iets bewaart (opslag voor deze website is geblokkeerd)"
            ),
            StoreError::Unreadable(_) => write!(
                f,
                "de lijst die al in deze browser staat, kan niet worden gelezen; Steunwijzer overschrijft haar niet"
            ),
            StoreError::NotKept => write!(
                f,
                "de browser heeft de lijst niet bewaard zoals gevraagd"
            ),
        }
    }
}

/// Checks what storage gave back after a write: the list as stored, or [`StoreError::NotKept`].
pub fn confirm_stored(
    intended: &[SavedScenario],
    read_back: Option<&str>,
) -> Result<StoredList, StoreError> {
    let stored = read_back
        .map(parse_stored)
        .and_then(Result::ok)
        .ok_or(StoreError::NotKept)?;
    if stored.entries == intended {
        Ok(stored)
    } else {
        Err(StoreError::NotKept)
    }
}

/// What the user can still do when storage failed: the scenario is not lost while it is on screen.
const STILL_ON_SCREEN: &str = "Het scenario staat nog op het scherm en in de link. Download uw scenario's als bestand met ‘Alle scenario's downloaden (JSON)’; dat bestand bevat ook wat niet bewaard kon worden.";

/// The message after saving `naam`: from the outcome of the merge and the write.
pub fn save_message(naam: &str, result: &Result<MergeOutcome, StoreError>) -> String {
    match result {
        Err(error) => format!("‘{naam}’ is niet bewaard: {error}. {STILL_ON_SCREEN}"),
        Ok(outcome) if !outcome.refused.is_empty() => format!(
            "‘{naam}’ is niet bewaard: er zijn al {MAX_SAVED} scenario's bewaard, het maximum. Verwijder er eerst een. {STILL_ON_SCREEN}"
        ),
        Ok(outcome) if !outcome.replaced.is_empty() => format!(
            "‘{naam}’ is bewaard in deze browser; het bewaarde scenario met die naam is vervangen."
        ),
        Ok(_) => format!("‘{naam}’ is bewaard in deze browser."),
    }
}

/// "1 scenario", "2 scenario's": a count in words, not "scenario('s)".
fn scenarios(count: usize) -> String {
    if count == 1 {
        "1 scenario".to_string()
    } else {
        format!("{count} scenario's")
    }
}

/// The message after importing a file with `in_file` entries.
pub fn import_message(in_file: usize, result: &Result<MergeOutcome, StoreError>) -> String {
    match result {
        Err(error) => format!(
            "Niets ingelezen: {error}. Uw bestand is ongewijzigd; u kunt het later opnieuw inlezen."
        ),
        Ok(outcome) => {
            let kept = outcome.added.len() + outcome.replaced.len();
            let mut text = format!(
                "{} ingelezen en bewaard: {} nieuw, {} vervangen.",
                scenarios(kept),
                outcome.added.len(),
                outcome.replaced.len()
            );
            let doubles = in_file.saturating_sub(kept + outcome.refused.len());
            if doubles > 0 {
                let had = if doubles == 1 { "had" } else { "hadden" };
                text.push_str(&format!(
                    " {} in het bestand {had} dezelfde naam als een ander; het laatste telt.",
                    scenarios(doubles)
                ));
            }
            if !outcome.refused.is_empty() {
                text.push_str(&format!(
                    " {} niet ingelezen, omdat er al {MAX_SAVED} scenario's bewaard zijn: {}.",
                    outcome.refused.len(),
                    outcome.refused.join(", ")
                ));
            }
            text
        }
    }
}

/// An HTML id for an entry's check box: distinct for distinct names, also for names with the same
/// file stem (‘Plan A’, ‘plan-a’), which would otherwise share one id.
pub fn element_id(naam: &str) -> String {
    let readable: String = naam
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(24)
        .collect::<String>()
        .to_ascii_lowercase();
    // FNV-1a: stable across builds and browsers, unlike the standard library's hasher.
    let hash = naam.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("vergelijk-{readable}-{hash:016x}")
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

    fn numbered(count: usize) -> Vec<SavedScenario> {
        (1..=count)
            .map(|i| {
                saved(
                    &format!("Nummer {i}"),
                    &format!("naam=Nummer%20{i}&k.home-start={i}"),
                )
            })
            .collect()
    }

    #[test]
    fn the_municipality_is_saved_and_read_back_with_the_scenario() {
        use crate::data::url_scenario::{decode, encode};
        use crate::model::scenario::Municipality;
        let mut scenario = crate::data::url_scenario::default_scenario();
        scenario.name = "Ambitieus".into();
        scenario.municipality = Municipality {
            name: "Zeist".into(),
            inhabitants: Some(40_000),
            young_people: Some(8_000),
            youth_care_clients: Some(1_150),
            youth_care_spending: Some(14_000_000.0),
            note: "Wij kiezen bewust voor <b>vrijwilligers</b>.".into(),
            contact: crate::model::scenario::Contact {
                name: "Anna de Vries".into(),
                role: "beleidsadviseur".into(),
                email: "a@zeist.nl".into(),
            },
            realised: Vec::new(),
        };
        let link = encode(&scenario, &Default::default());
        let saved = normalized(SavedScenario {
            naam: "Ambitieus".into(),
            link: link.clone(),
        })
        .expect("valid");
        let file = to_json(&[saved]);
        let back = parse_saved(&file).expect("reads back");
        let restored = decode(&back[0].link, &|_| None);
        assert_eq!(restored.scenario, scenario);
        assert!(restored.dropped.is_empty(), "{:?}", restored.dropped);
        // Renaming the entry renames the scenario, never the municipality.
        let renamed = link_with_name(&link, "Bescheiden");
        assert_eq!(
            decode(&renamed, &|_| None).scenario.municipality.name,
            "Zeist"
        );
    }

    #[test]
    fn a_file_round_trips() {
        let list = vec![
            saved("Bescheiden", "naam=Bescheiden&k.home-start=10"),
            saved(
                "Ambitieus <b>",
                "naam=Ambitieus%20%3Cb%3E&k.home-start=30&looptijd=6",
            ),
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
                r#"{"steunwijzer_scenarios":1,"scenarios":[{"naam":"\u200b\u202e","link":"a=1"}]}"#,
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
    fn a_file_over_the_limit_is_refused_but_the_own_copy_is_read_whole() {
        let json = to_json(&numbered(MAX_SAVED + 1));
        assert!(parse_saved(&json).unwrap_err().contains("hoogstens 50"));
        assert_eq!(
            parse_stored(&json).map(|l| l.entries.len()),
            Ok(MAX_SAVED + 1)
        );
    }

    #[test]
    fn one_bad_stored_entry_is_named_and_kept_and_the_others_are_shown() {
        // As an older version could have left it: a link over the length limit, an entry
        // without a link, and good entries around them.
        let long = format!("naam=Lang&k.home-start=5&x={}", "a".repeat(5_000));
        let json = format!(
            r#"{{"steunwijzer_scenarios":1,"scenarios":[{{"naam":"Goed","link":"k.home-start=5"}},{{"naam":"Lang","link":"{long}"}},{{"naam":"Kapot"}},{{"naam":"Utrecht \u202egnitsiL","link":"k.home-start=7"}}]}}"#
        );
        let stored = parse_stored(&json).expect("the list is read");
        let names: Vec<&str> = stored.entries.iter().map(|e| e.naam.as_str()).collect();
        assert_eq!(names, ["Goed", "Utrecht gnitsiL"]);
        assert_eq!(stored.problems.len(), 2, "{:?}", stored.problems);
        assert!(
            stored.problems[0].contains("Scenario 2 (‘Lang’)"),
            "{:?}",
            stored.problems
        );
        assert!(
            stored.problems[1].contains("Scenario 3"),
            "{:?}",
            stored.problems
        );
        // A write keeps the unreadable entries as they were: nothing is lost.
        let mut entries = stored.entries.clone();
        merge(
            &mut entries,
            vec![saved("Nieuw", "naam=Nieuw&k.home-start=9")],
        );
        let written = stored_json(&entries, &stored);
        assert!(written.contains(&long), "the long link is kept");
        assert!(
            written.contains("Kapot"),
            "the entry without a link is kept"
        );
        let again = parse_stored(&written).expect("read back");
        assert_eq!(again.entries, entries);
        assert_eq!(again.unreadable, stored.unreadable);
        assert_eq!(
            confirm_stored(&entries, Some(&written)).map(|l| l.entries),
            Ok(entries)
        );
        // A file the user imports is still all or nothing.
        assert!(parse_saved(&json)
            .unwrap_err()
            .contains("Scenario 2 (‘Lang’)"));
    }

    #[test]
    fn invisible_characters_are_removed_from_names() {
        let json = r#"{"steunwijzer_scenarios":1,"scenarios":[{"naam":"Utrecht \u202egnitsiL\u202c ok","link":"k.home-start=5"}]}"#;
        let list = parse_saved(json).unwrap();
        assert_eq!(list[0].naam, "Utrecht gnitsiL ok");
    }

    #[test]
    fn a_normalized_entry_reads_back_unchanged() {
        let entry = normalized(saved(" Utrecht\u{202e} noord ", "k.home-start=5")).unwrap();
        assert_eq!(entry.naam, "Utrecht noord");
        let json = to_json(std::slice::from_ref(&entry));
        assert_eq!(
            confirm_stored(std::slice::from_ref(&entry), Some(&json)).map(|l| l.entries),
            Ok(vec![entry])
        );
    }

    #[test]
    fn a_link_opens_under_the_name_it_is_listed_with() {
        let json = r#"{"steunwijzer_scenarios":1,"scenarios":[{"naam":"Bescheiden","link":"naam=Zeer%20ambitieus&k.home-start=900"}]}"#;
        let list = parse_saved(json).unwrap();
        assert_eq!(list[0].link, "naam=Bescheiden&k.home-start=900");
        assert_eq!(
            link_with_name("k.home-start=5", "Plan B & co"),
            "naam=Plan%20B%20%26%20co&k.home-start=5"
        );
    }

    #[test]
    fn merging_replaces_by_name_and_keeps_order() {
        let mut list = vec![saved("A", "k.home-start=1"), saved("B", "k.home-start=2")];
        let outcome = merge(
            &mut list,
            vec![saved("B", "k.home-start=3"), saved("C", "k.home-start=4")],
        );
        assert_eq!(outcome.added, vec!["C".to_string()]);
        assert_eq!(outcome.replaced, vec!["B".to_string()]);
        assert_eq!(
            list,
            vec![
                saved("A", "k.home-start=1"),
                saved("B", "k.home-start=3"),
                saved("C", "k.home-start=4")
            ]
        );
    }

    #[test]
    fn a_merge_past_the_limit_names_what_was_refused() {
        let mut list = numbered(MAX_SAVED);
        let outcome = merge(&mut list, vec![saved("Nummer 51", "k.home-start=51")]);
        assert_eq!(outcome.refused, vec!["Nummer 51".to_string()]);
        assert_eq!(list.len(), MAX_SAVED);
        let message = save_message("Nummer 51", &Ok(outcome));
        assert!(message.contains("niet bewaard"), "{message}");
        assert!(!message.contains("is bewaard in deze browser"), "{message}");
    }

    #[test]
    fn the_import_message_counts_what_was_kept() {
        let mut list = Vec::new();
        let file = vec![
            saved("Dubbel", "a=1"),
            saved("Dubbel", "a=2"),
            saved("Dubbel", "a=3"),
        ];
        let outcome = merge(&mut list, file);
        assert_eq!(list.len(), 1);
        let message = import_message(3, &Ok(outcome));
        assert!(message.starts_with("1 scenario ingelezen"), "{message}");
        assert!(
            message.contains("2 scenario's in het bestand hadden dezelfde naam"),
            "{message}"
        );
        let two = merge(&mut Vec::new(), vec![saved("A", "a=1"), saved("B", "a=2")]);
        let message = import_message(2, &Ok(two));
        assert!(
            message.starts_with("2 scenario's ingelezen en bewaard: 2 nieuw, 0 vervangen."),
            "{message}"
        );
        assert!(!message.contains("('s)"), "{message}");
    }

    #[test]
    fn a_store_failure_is_never_reported_as_kept() {
        for error in [
            StoreError::Full,
            StoreError::Blocked,
            StoreError::Unreadable("kapot".into()),
            StoreError::NotKept,
        ] {
            let result = Err(error);
            let saved = save_message("Vol", &result);
            assert!(saved.starts_with("‘Vol’ is niet bewaard"), "{saved}");
            assert!(saved.contains("downloaden"), "{saved}");
            let imported = import_message(50, &result);
            assert!(imported.starts_with("Niets ingelezen"), "{imported}");
        }
    }

    #[test]
    fn only_an_identical_read_back_confirms_a_write() {
        let list = vec![saved("A", "naam=A&k.home-start=1")];
        assert_eq!(
            confirm_stored(&list, Some(&to_json(&list))).map(|l| l.entries),
            Ok(list.clone())
        );
        assert_eq!(confirm_stored(&list, None), Err(StoreError::NotKept));
        assert_eq!(
            confirm_stored(&list, Some(&to_json(&[]))),
            Err(StoreError::NotKept)
        );
        assert_eq!(confirm_stored(&list, Some("{")), Err(StoreError::NotKept));
    }

    #[test]
    fn names_with_the_same_file_stem_get_different_ids() {
        let ids: Vec<String> = ["Plan A", "plan-a", "PLAN  A!"]
            .iter()
            .map(|n| element_id(n))
            .collect();
        assert_ne!(ids[0], ids[1]);
        assert_ne!(ids[1], ids[2]);
        assert_ne!(ids[0], ids[2]);
        assert_eq!(element_id("Plan A"), ids[0], "stable");
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')));
    }

    proptest! {

        #![proptest_config(crate::proptest_seed::config(256))]

        #[test]
        fn arbitrary_text_never_panics(text in ".{0,200}") {
            let _ = parse_saved(&text);
        }

        #[test]
        fn whatever_is_parsed_round_trips(names in proptest::collection::vec("[^\u{0}-\u{1f}]{1,20}", 0..5)) {
            let list: Vec<SavedScenario> = names.iter().map(|n| saved(n, "k.home-start=5")).collect();
            if let Ok(parsed) = parse_saved(&to_json(&list)) {
                prop_assert_eq!(parse_saved(&to_json(&parsed)), Ok(parsed));
            }
        }
    }
}
