//! Parse and validate `assets/data/collectief.json`: the Collectief's table "Het Collectief in
//! één overzicht" with its sources.
//!
//! Parsing fails with [`DataError::Malformed`] when the text is not JSON of the right shape, and
//! with [`DataError::Invalid`] when it parses but breaks one of the table's rules (see
//! [`validate`]). Both carry a Dutch detail naming what is wrong, shown in the page.

use serde_json::error::Category;

use super::documents::reference_problem;
use super::DataError;
use crate::model::collectief::{CollectiefTable, RowKind, Setting, SourceRef};
use crate::model::initiative::InitiativeId;
use crate::model::notices::ALIKE_NOTE;
use crate::model::order::Seen;

/// The file name used in error messages.
pub const FILE: &str = "collectief.json";

/// The twelve rows of the table, in the source's order, with how each row's cells are shown.
pub const ROWS: [(&str, RowKind); 12] = [
    ("aard", RowKind::Text),
    ("duur", RowKind::Text),
    ("leeftijd", RowKind::Ages),
    ("vrijwilligers", RowKind::Text),
    ("coordinator", RowKind::Text),
    ("minimale_samenwerking", RowKind::MinCooperationYears),
    ("minimum_koppelingen", RowKind::MinMatchesFirstYear),
    ("aanmelding", RowKind::Text),
    ("samenwerking_zorg", RowKind::Text),
    ("financiering", RowKind::Text),
    ("kosten", RowKind::Cost),
    ("kwaliteit", RowKind::Text),
];

/// At most this many problems are named in one message; the rest are counted.
const MAX_NAMED_PROBLEMS: usize = 5;

/// Reads and validates the comparison table.
pub fn parse_collectief(json: &str) -> Result<CollectiefTable, DataError> {
    let table: CollectiefTable = serde_json::from_str(json).map_err(|e| DataError::Malformed {
        file: FILE.to_string(),
        detail: malformed_detail(&e),
    })?;
    validate(&table)?;
    Ok(table)
}

/// A short Dutch description of a JSON error, with its place in the file.
fn malformed_detail(error: &serde_json::Error) -> String {
    let place = if error.line() == 0 {
        String::new()
    } else {
        format!(" (regel {}, kolom {})", error.line(), error.column())
    };
    let what = match error.classify() {
        Category::Eof => "het bestand houdt halverwege op",
        Category::Syntax => "de tekst is geen geldige JSON",
        Category::Data => "een gegeven ontbreekt of heeft een verkeerde vorm",
        Category::Io => "het bestand kon niet worden gelezen",
    };
    format!("{what}{place}")
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Checks the rules a comparison table keeps; every problem is named in Dutch.
///
/// - initiatives: each of the four exactly once, in table order, under its own name;
///   ages `min ≤ max`; costs finite, above zero and `low ≤ high`; a minimum cooperation of at
///   least one year where given;
/// - rows: the twelve of [`ROWS`], each once, in the source's order and of the right kind, each
///   with four cells, one per initiative in table order;
/// - every source reference names a document of the document list and a place in it;
/// - the notes include the one the model's notices refer to ([`ALIKE_NOTE`]);
/// - a text that is given is not empty: an empty cell is `null`, never `""`.
pub fn validate(table: &CollectiefTable) -> Result<(), DataError> {
    let mut problems = Vec::new();
    check_initiatives(table, &mut problems);
    check_rows(table, &mut problems);
    check_notes(table, &mut problems);
    if blank(&table.title) {
        problems.push("de tabel heeft geen titel".to_string());
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut detail = problems
        .iter()
        .take(MAX_NAMED_PROBLEMS)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > MAX_NAMED_PROBLEMS {
        detail.push_str(&format!(
            " (en nog {} andere fouten)",
            problems.len() - MAX_NAMED_PROBLEMS
        ));
    }
    Err(DataError::Invalid {
        file: FILE.to_string(),
        detail,
    })
}

fn check_initiatives(table: &CollectiefTable, problems: &mut Vec<String>) {
    let ids: Vec<InitiativeId> = table.initiatives.iter().map(|i| i.id).collect();
    for id in InitiativeId::ALL {
        match ids.iter().filter(|&&i| i == id).count() {
            0 => problems.push(format!("het initiatief {} ontbreekt", id.name())),
            1 => {}
            _ => problems.push(format!(
                "het initiatief {} staat er meer dan één keer in",
                id.name()
            )),
        }
    }
    if ids.len() == InitiativeId::ALL.len() && ids != InitiativeId::ALL && all_once(&ids) {
        problems.push(format!(
            "de initiatieven staan niet in de volgorde van de tabel ({})",
            InitiativeId::all_named()
        ));
    }
    for initiative in &table.initiatives {
        let name = initiative.id.name();
        if initiative.name != name {
            problems.push(format!(
                "het initiatief {name} heeft de naam ‘{}’",
                initiative.name
            ));
        }
        if blank(&initiative.summary) {
            problems.push(format!(
                "het initiatief {name} heeft geen korte omschrijving"
            ));
        }
        if blank(&initiative.carried_out_by) {
            problems.push(format!("bij {name} staat niet wie het uitvoert"));
        }
        match (
            initiative.setting,
            initiative.host.as_deref().map(str::trim),
        ) {
            (Setting::Gastgezin, None | Some("")) => problems.push(format!(
                "bij {name} staat niet wie het kind opvangt (host, bijvoorbeeld ‘steunouder’)"
            )),
            (Setting::Thuis, Some(_)) => problems.push(format!(
                "{name} komt bij het gezin thuis en heeft dus geen opvang (host)"
            )),
            _ => {}
        }
        for age in &initiative.ages {
            if age.min > age.max {
                problems.push(format!(
                    "de leeftijden van {name} lopen verkeerd om ({} tot {} jaar)",
                    age.min, age.max
                ));
            }
        }
        if initiative.min_cooperation_years == Some(0) {
            problems.push(format!(
                "de minimale samenwerking van {name} is 0 jaar; gebruik null als de bron niets noemt"
            ));
        }
        let cost = &initiative.cost_per_match;
        if !cost.low.is_finite() || !cost.high.is_finite() || cost.low <= 0.0 || cost.high <= 0.0 {
            problems.push(format!(
                "de kosten per koppeling van {name} moeten bedragen boven €\u{a0}0 zijn"
            ));
        } else if cost.low > cost.high {
            problems.push(format!(
                "de kosten per koppeling van {name} lopen verkeerd om (laag {} is hoger dan hoog {})",
                cost.low, cost.high
            ));
        }
        if cost.basis.as_deref().is_some_and(blank) {
            problems.push(format!(
                "de grondslag van de kosten van {name} is leeg; gebruik null als de bron niets noemt"
            ));
        }
    }
}

/// The kind as the data file writes it.
fn kind_name(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Text => "text",
        RowKind::Ages => "ages",
        RowKind::MinCooperationYears => "min_cooperation_years",
        RowKind::MinMatchesFirstYear => "min_matches_first_year",
        RowKind::Cost => "cost",
    }
}

fn all_once(ids: &[InitiativeId]) -> bool {
    InitiativeId::ALL
        .iter()
        .all(|id| ids.iter().filter(|&i| i == id).count() == 1)
}

fn check_source(source: &SourceRef, place: &str, problems: &mut Vec<String>) {
    if let Some(problem) = reference_problem(source) {
        problems.push(format!("{place} noemt als bron {problem}"));
    }
}

fn check_rows(table: &CollectiefTable, problems: &mut Vec<String>) {
    let ids: Vec<&str> = table.rows.iter().map(|r| r.id.as_str()).collect();
    for (id, _) in ROWS {
        match ids.iter().filter(|&&i| i == id).count() {
            0 => problems.push(format!("de rij ‘{id}’ ontbreekt")),
            1 => {}
            _ => problems.push(format!("de rij ‘{id}’ staat er meer dan één keer in")),
        }
    }
    let expected: Vec<&str> = ROWS.iter().map(|(id, _)| *id).collect();
    for row in &table.rows {
        let Some(&(_, kind)) = ROWS.iter().find(|(id, _)| *id == row.id) else {
            problems.push(format!("de rij ‘{}’ is onbekend", row.id));
            continue;
        };
        let place = format!("de rij ‘{}’", row.id);
        if row.kind != kind {
            problems.push(format!(
                "{place} heeft de verkeerde soort (‘{}’ in plaats van ‘{}’)",
                kind_name(row.kind),
                kind_name(kind)
            ));
        }
        if blank(&row.label) {
            problems.push(format!("{place} heeft geen naam"));
        }
        let cells: Vec<InitiativeId> = row.cells.iter().map(|c| c.initiative).collect();
        if cells != InitiativeId::ALL {
            problems.push(format!(
                "{place} heeft niet precies {} cellen, één per initiatief in de volgorde van de tabel",
                InitiativeId::count_in_words()
            ));
        }
        for cell in &row.cells {
            let place = format!(
                "de cel van {} in de rij ‘{}’",
                cell.initiative.name(),
                row.id
            );
            if cell.text.as_deref().is_some_and(blank) {
                problems.push(format!(
                    "{place} is een lege tekst; gebruik null als de bron niets noemt"
                ));
            }
            check_source(&cell.source, &place, problems);
        }
    }
    if ids.len() == expected.len() && ids != expected && expected.iter().all(|id| ids.contains(id))
    {
        problems.push("de rijen staan niet in de volgorde van de bron".to_string());
    }
}

fn check_notes(table: &CollectiefTable, problems: &mut Vec<String>) {
    let mut seen = Seen::new();
    for note in &table.notes {
        if blank(&note.id) {
            problems.push("een toelichting heeft geen sleutel".to_string());
        } else if !seen.insert(note.id.as_str()) {
            problems.push(format!(
                "de toelichting ‘{}’ staat er twee keer in",
                note.id
            ));
        }
        let place = format!("de toelichting ‘{}’", note.id);
        if blank(&note.title) {
            problems.push(format!("{place} heeft geen titel"));
        }
        if blank(&note.text) {
            problems.push(format!("{place} heeft geen tekst"));
        }
        check_source(&note.source, &place, problems);
    }
    if table.note(ALIKE_NOTE).is_none() {
        problems.push(format!(
            "de toelichting ‘{ALIKE_NOTE}’ ontbreekt; een melding bij het scenario verwijst ernaar"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::collectief::Setting;
    use proptest::prelude::*;

    const FILE_TEXT: &str = include_str!("../../assets/data/collectief.json");

    fn real() -> CollectiefTable {
        parse_collectief(FILE_TEXT).expect("the real file is valid")
    }

    /// The detail of an `Invalid` error after editing the real table.
    fn invalid_detail(edit: impl FnOnce(&mut CollectiefTable)) -> String {
        let mut table = real();
        edit(&mut table);
        let json = serde_json::to_string(&table).expect("serialises");
        match parse_collectief(&json) {
            Err(DataError::Invalid { file, detail }) => {
                assert_eq!(file, FILE);
                detail
            }
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn the_real_file_parses_and_keeps_the_sources_facts() {
        let table = real();
        let ids: Vec<InitiativeId> = table.initiatives.iter().map(|i| i.id).collect();
        assert_eq!(ids, InitiativeId::ALL);
        let rows: Vec<&str> = table.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(rows, ROWS.map(|(id, _)| id));

        let get = |id| table.initiative(id).unwrap();
        let bg = get(InitiativeId::Buurtgezinnen);
        assert_eq!(
            (bg.cost_per_match.low, bg.cost_per_match.high),
            (2000.0, 2350.0)
        );
        assert_eq!(bg.cost_per_match.basis.as_deref(), Some("na het startjaar"));
        assert_eq!(
            (bg.min_cooperation_years, bg.min_matches_first_year),
            (Some(2), Some(10))
        );
        assert_eq!(bg.setting, Setting::Gastgezin);
        let so = get(InitiativeId::Steunouder);
        assert_eq!(
            (so.cost_per_match.low, so.cost_per_match.high),
            (2350.0, 2350.0)
        );
        assert_eq!(
            (so.min_cooperation_years, so.min_matches_first_year),
            (Some(1), Some(10))
        );
        let hs = get(InitiativeId::HomeStart);
        assert_eq!(
            (
                hs.cost_per_match.low,
                hs.cost_per_match.high,
                hs.cost_per_match.basis.clone()
            ),
            (2200.0, 2200.0, None)
        );
        assert_eq!(
            (hs.min_cooperation_years, hs.min_matches_first_year),
            (Some(1), None)
        );
        assert_eq!(
            hs.ages.iter().map(|a| (a.min, a.max)).collect::<Vec<_>>(),
            [(0, 7), (0, 12), (0, 18)]
        );
        assert_eq!(hs.setting, Setting::Thuis);
        let sa = get(InitiativeId::SamenOplopen);
        assert_eq!(
            (sa.cost_per_match.low, sa.cost_per_match.high),
            (2250.0, 2500.0)
        );
        assert_eq!(
            sa.cost_per_match.basis.as_deref(),
            Some("na de eerste twee startjaren")
        );
        assert_eq!(
            (sa.min_cooperation_years, sa.min_matches_first_year),
            (Some(2), None)
        );

        // Every cell cites the wegwijzer's table, by row.
        for row in &table.rows {
            for cell in &row.cells {
                assert_eq!(cell.source.document, "wegwijzer");
                assert_eq!(
                    cell.source.location,
                    format!("Het Collectief in één overzicht, rij ‘{}’", row.label)
                );
            }
        }
        let leeftijd = table.row("leeftijd").unwrap();
        assert!(leeftijd
            .cell(InitiativeId::HomeStart)
            .unwrap()
            .text
            .as_deref()
            .unwrap()
            .contains("geboorte"));
        assert!(table.notes.len() >= 8);
        assert!(table.notes.iter().all(|n| n.source.document == "wegwijzer"));
        assert!(table.note(ALIKE_NOTE).is_some());
    }

    #[test]
    fn a_truncated_or_broken_file_is_malformed_with_a_dutch_place() {
        let cut = &FILE_TEXT[..FILE_TEXT.len() / 2];
        let cut = &cut[..cut.char_indices().last().map_or(0, |(i, _)| i)];
        match parse_collectief(cut) {
            Err(DataError::Malformed { file, detail }) => {
                assert_eq!(file, FILE);
                assert!(
                    detail.starts_with("het bestand houdt halverwege op (regel "),
                    "{detail}"
                );
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
        let err = parse_collectief("{\"title\": 3}").unwrap_err();
        assert!(
            matches!(&err, DataError::Malformed { detail, .. } if detail.starts_with("een gegeven ontbreekt"))
        );
        assert!(err.to_string().contains("collectief.json"));
        let err = parse_collectief("<html>").unwrap_err();
        assert!(
            matches!(&err, DataError::Malformed { detail, .. } if detail == "de tekst is geen geldige JSON (regel 1, kolom 1)"),
            "{err:?}"
        );
        assert!(matches!(
            parse_collectief(""),
            Err(DataError::Malformed { .. })
        ));
    }

    /// How the check should describe a broken table: the whole message, its start, or parts it
    /// must contain.
    enum Expect {
        Is(&'static str),
        StartsWith(&'static str),
        Contains(&'static [&'static str]),
    }

    #[test]
    fn each_broken_rule_is_named_in_dutch() {
        use Expect::*;
        type Edit = fn(&mut CollectiefTable);
        let cases: Vec<(&str, Edit, Expect)> = vec![
            ("initiative missing", |t| t.initiatives.retain(|i| i.id != InitiativeId::HomeStart),
                Contains(&["het initiatief Home-Start ontbreekt"])),
            ("initiative twice", |t| { let copy = t.initiatives[0].clone(); t.initiatives.push(copy); },
                Contains(&["Buurtgezinnen staat er meer dan één keer in"])),
            ("initiatives out of order", |t| t.initiatives.swap(0, 1),
                Contains(&["niet in de volgorde van de tabel"])),
            ("row missing", |t| t.rows.retain(|r| r.id != "kosten"), Is("de rij ‘kosten’ ontbreekt")),
            ("cell missing", |t| { t.rows[0].cells.pop(); },
                Contains(&["de rij ‘aard’ heeft niet precies vier cellen"])),
            ("cells out of order", |t| t.rows[1].cells.swap(0, 3),
                Contains(&["de rij ‘duur’ heeft niet precies vier cellen"])),
            ("rows out of order", |t| t.rows.swap(0, 1), Is("de rijen staan niet in de volgorde van de bron")),
            ("row of the wrong kind", |t| t.rows[10].kind = RowKind::Text,
                StartsWith("de rij ‘kosten’ heeft de verkeerde soort")),
            ("row renamed", |t| t.rows[0].id = "aardig".into(),
                Contains(&["de rij ‘aard’ ontbreekt", "de rij ‘aardig’ is onbekend"])),
            ("negative cost", |t| t.initiatives[1].cost_per_match.low = -2350.0,
                Is("de kosten per koppeling van Steunouder moeten bedragen boven €\u{a0}0 zijn")),
            ("cost upside down", |t| t.initiatives[3].cost_per_match.high = 1000.0,
                StartsWith("de kosten per koppeling van Samen Oplopen lopen verkeerd om")),
            ("ages upside down", |t| t.initiatives[0].ages[0].min = 30,
                Is("de leeftijden van Buurtgezinnen lopen verkeerd om (30 tot 23 jaar)")),
            ("unknown document", |t| t.rows[2].cells[1].source.document = "brochure".into(),
                Is("de cel van Steunouder in de rij ‘leeftijd’ noemt als bron een onbekend document ‘brochure’")),
            ("no place in the document", |t| t.notes[0].source.location = " ".into(),
                Contains(&["de toelichting ‘overeenkomsten’ noemt als bron geen plaats in het document ‘wegwijzer’"])),
            ("many problems are counted", |t| { for row in &mut t.rows { for cell in &mut row.cells { cell.source.document = "x".into(); } } },
                Contains(&["onbekend document ‘x’", "(en nog "])),
            ("the note the notices use", |t| t.notes.retain(|n| n.id != ALIKE_NOTE),
                Contains(&["de toelichting ‘buurtgezinnen-of-steunouder’ ontbreekt"])),
            ("empty text instead of null", |t| t.rows[6].cells[2].text = Some(String::new()),
                Is("de cel van Home-Start in de rij ‘minimum_koppelingen’ is een lege tekst; gebruik null als de bron niets noemt")),
            ("empty cost basis", |t| t.initiatives[0].cost_per_match.basis = Some(String::new()),
                StartsWith("de grondslag van de kosten van Buurtgezinnen is leeg")),
            ("note without text", |t| t.notes[1].text = String::new(), Contains(&["heeft geen tekst"])),
            ("hosting without a host", |t| t.initiatives[1].host = None,
                Is("bij Steunouder staat niet wie het kind opvangt (host, bijvoorbeeld ‘steunouder’)")),
            ("a host who never hosts", |t| t.initiatives[2].host = Some("steungezin".into()),
                Is("Home-Start komt bij het gezin thuis en heeft dus geen opvang (host)")),
        ];
        for (name, edit, expect) in cases {
            let detail = invalid_detail(edit);
            let ok = match expect {
                Is(text) => detail == text,
                StartsWith(text) => detail.starts_with(text),
                Contains(parts) => parts.iter().all(|p| detail.contains(p)),
            };
            assert!(ok, "{name}: {detail}");
        }
        // NaN does not survive JSON (it becomes null and fails to parse), so check it directly.
        let mut table = real();
        table.initiatives[2].cost_per_match.high = f64::NAN;
        assert!(
            matches!(validate(&table), Err(DataError::Invalid { detail, .. }) if detail.contains("Home-Start"))
        );
    }

    proptest! {

        #![proptest_config(crate::proptest_seed::config(256))]

        #[test]
        fn arbitrary_text_is_refused_not_a_panic(text in any::<String>()) {
            // No short random text is a whole table.
            prop_assert!(parse_collectief(&text).is_err());
        }

        #[test]
        fn any_cut_of_the_real_file_is_an_error_not_a_panic(cut in 0usize..FILE_TEXT.trim_end().len()) {
            let mut end = cut;
            while !FILE_TEXT.is_char_boundary(end) {
                end -= 1;
            }
            prop_assert!(parse_collectief(&FILE_TEXT[..end]).is_err());
        }
    }
}
