//! An initiative's facts in words, in one place: where the support happens, the children's ages,
//! the cost per match with the table's provisos ("gemiddeld", "na het startjaar") and the
//! minimum commitments. The comparison table and its cards, the scenario's choice line, the
//! presentation slide and the CSV export all take their wording from here, so they cannot say
//! the same fact in different ways.

use crate::data::documents::documents;
use crate::model::collectief::{Initiative, RowKind, Setting};
use crate::model::format;
use crate::model::sources::SourceRef;

/// What an empty cell of the source shows: we never fill it in.
pub const NOT_SPECIFIED: &str = "niet gespecificeerd";

/// Where a wording is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The comparison table and its cards: full sentences, the unit in the row header.
    Table,
    /// One line beside a check box or on a slide: short phrases with their unit.
    Short,
    /// A spreadsheet cell: plain ASCII numbers (no thousands mark, hyphen ranges).
    Csv,
}

/// The facts of one initiative in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeFacts {
    pub setting: String,
    pub ages: String,
    pub cost: String,
    pub min_cooperation: String,
    pub min_matches: String,
    /// Both minimums in one phrase.
    pub minimums: String,
}

impl InitiativeFacts {
    pub fn new(initiative: &Initiative, style: Style) -> InitiativeFacts {
        InitiativeFacts {
            setting: setting(initiative, style),
            ages: ages(initiative, style),
            cost: cost(initiative, style),
            min_cooperation: min_cooperation(initiative, style),
            min_matches: min_matches(initiative, style),
            minimums: minimums(initiative),
        }
    }
}

/// The figure a numeric row of the table shows for an initiative; `None` for text rows.
pub fn row_figure(kind: RowKind, initiative: &Initiative, style: Style) -> Option<String> {
    match kind {
        RowKind::Text => None,
        RowKind::Ages => Some(ages(initiative, style)),
        RowKind::Cost => Some(cost(initiative, style)),
        RowKind::MinCooperationYears => Some(min_cooperation(initiative, style)),
        RowKind::MinMatchesFirstYear => Some(min_matches(initiative, style)),
    }
}

/// Where the facts stand: the wegwijzer's comparison table.
pub fn table_source() -> String {
    documents().cite(&SourceRef::new(
        "wegwijzer",
        "tabel ‘Het Collectief in één overzicht’",
    ))
}

/// Where the support happens, with who hosts the child in the source's word (the loader makes
/// sure a hosting initiative names its host).
fn setting(initiative: &Initiative, style: Style) -> String {
    let host = initiative.host.as_deref().unwrap_or("gastgezin");
    match (initiative.setting, style) {
        (Setting::Gastgezin, Style::Short) => format!("opvang bij een {host}"),
        (Setting::Thuis, Style::Short) => "vrijwilliger thuis".to_string(),
        (Setting::Gastgezin, _) => format!("Het kind wordt opgevangen door een {host} in de buurt"),
        (Setting::Thuis, _) => "De vrijwilliger komt bij het gezin thuis".to_string(),
    }
}

fn ages(initiative: &Initiative, style: Style) -> String {
    if style == Style::Csv {
        let ranges: Vec<String> = initiative
            .ages
            .iter()
            .map(|a| format!("{}-{} jaar", a.min, a.max))
            .collect();
        return match ranges.as_slice() {
            [] => NOT_SPECIFIED.to_string(),
            [only] => only.clone(),
            _ => format!("{} (per gemeente)", ranges.join(" / ")),
        };
    }
    let ages = ages_beside_note(initiative);
    match (initiative.ages.len(), style) {
        (0 | 1, _) => ages,
        (_, Style::Table) => format!("{ages} (verschilt per gemeente)"),
        _ => format!("{ages} (per gemeente)"),
    }
}

/// The ages alone, "0–7, 0–12 of 0–18 jaar": for the table cell, whose own text already says
/// that the limit differs per municipality.
pub fn ages_beside_note(initiative: &Initiative) -> String {
    match initiative.ages.as_slice() {
        [] => NOT_SPECIFIED.to_string(),
        [only] => format::years_range(only.min, only.max),
        [init @ .., last] => {
            let init: Vec<String> = init
                .iter()
                .map(|a| format!("{}–{}", a.min, a.max))
                .collect();
            format!(
                "{} of {}",
                init.join(", "),
                format::years_range(last.min, last.max)
            )
        }
    }
}

/// "gemiddeld € 2.250 – € 2.500 per koppeling per jaar, na de eerste twee startjaren": the
/// amount, "gemiddeld" where the source says so, and the proviso that the price holds only
/// after the start year(s), which is why the first year costs more.
fn cost(initiative: &Initiative, style: Style) -> String {
    let cost = &initiative.cost_per_match;
    let amount = match style {
        Style::Csv if cost.low == cost.high => format::csv_number(cost.low, 0),
        Style::Csv => format!(
            "{}-{}",
            format::csv_number(cost.low, 0),
            format::csv_number(cost.high, 0)
        ),
        _ => format::euro_range(cost.low, cost.high),
    };
    let amount = if cost.average {
        format!("gemiddeld {amount}")
    } else {
        amount
    };
    let amount = match style {
        Style::Table => amount,
        Style::Short => format!("{amount} per koppeling per jaar"),
        Style::Csv => format!("{amount} euro per koppeling per jaar"),
    };
    match &cost.basis {
        Some(basis) => format!("{amount}, {basis}"),
        None => amount,
    }
}

fn min_cooperation(initiative: &Initiative, style: Style) -> String {
    match (initiative.min_cooperation_years, style) {
        // Short enough for a slide card; the phrase stands beside the initiative's setting.
        (Some(years), Style::Short) => format!("minimaal {years} jaar"),
        (Some(years), _) => format!("{years} jaar"),
        (None, Style::Short) => format!("minimale samenwerking {NOT_SPECIFIED}"),
        (None, _) => NOT_SPECIFIED.to_string(),
    }
}

fn min_matches(initiative: &Initiative, style: Style) -> String {
    match (initiative.min_matches_first_year, style) {
        (Some(n), Style::Csv) => n.to_string(),
        (Some(n), Style::Short) => format!("minimaal {n} koppelingen in het eerste jaar"),
        (Some(n), Style::Table) => format!("{n} koppelingen"),
        (None, Style::Short) => format!("minimum aantal koppelingen {NOT_SPECIFIED}"),
        (None, _) => NOT_SPECIFIED.to_string(),
    }
}

/// "minimaal 2 jaar en 10 koppelingen in het eerste jaar"; what the source leaves open is said.
fn minimums(initiative: &Initiative) -> String {
    match (
        initiative.min_cooperation_years,
        initiative.min_matches_first_year,
    ) {
        (Some(y), Some(n)) => format!("minimaal {y} jaar en {n} koppelingen in het eerste jaar"),
        (Some(y), None) => {
            format!("minimaal {y} jaar; minimum aantal koppelingen {NOT_SPECIFIED}")
        }
        (None, Some(n)) => format!("minimaal {n} koppelingen in het eerste jaar"),
        (None, None) => format!("minimum {NOT_SPECIFIED}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::initiative::InitiativeId;

    fn initiative(id: InitiativeId) -> Initiative {
        let table = crate::fixture::collectief();
        table.initiative(id).expect("each initiative").clone()
    }

    #[test]
    fn the_cost_keeps_gemiddeld_and_the_start_year_proviso_in_every_style() {
        use InitiativeId::*;
        let cases = [
            (
                Buurtgezinnen,
                Style::Table,
                "€ 2.000 – € 2.350, na het startjaar",
            ),
            (
                Steunouder,
                Style::Table,
                "gemiddeld € 2.350, na het startjaar",
            ),
            (HomeStart, Style::Table, "gemiddeld € 2.200"),
            (
                SamenOplopen,
                Style::Table,
                "gemiddeld € 2.250 – € 2.500, na de eerste twee startjaren",
            ),
            (
                SamenOplopen,
                Style::Short,
                "gemiddeld € 2.250 – € 2.500 per koppeling per jaar, na de eerste twee startjaren",
            ),
            (
                Buurtgezinnen,
                Style::Short,
                "€ 2.000 – € 2.350 per koppeling per jaar, na het startjaar",
            ),
            (
                Buurtgezinnen,
                Style::Csv,
                "2000-2350 euro per koppeling per jaar, na het startjaar",
            ),
            (
                HomeStart,
                Style::Csv,
                "gemiddeld 2200 euro per koppeling per jaar",
            ),
            (
                SamenOplopen,
                Style::Csv,
                "gemiddeld 2250-2500 euro per koppeling per jaar, na de eerste twee startjaren",
            ),
        ];
        for (id, style, expected) in cases {
            assert_eq!(
                format::plain(&InitiativeFacts::new(&initiative(id), style).cost),
                expected,
                "{id:?} {style:?}"
            );
        }
    }

    #[test]
    fn setting_ages_and_minimums_in_words() {
        let home_start = InitiativeFacts::new(&initiative(InitiativeId::HomeStart), Style::Table);
        assert_eq!(
            home_start.setting,
            "De vrijwilliger komt bij het gezin thuis"
        );
        assert_eq!(
            home_start.ages,
            "0–7, 0–12 of 0–18 jaar (verschilt per gemeente)"
        );
        // In the table the cell's own text says that the limit differs per municipality.
        assert_eq!(
            ages_beside_note(&initiative(InitiativeId::HomeStart)),
            "0–7, 0–12 of 0–18 jaar"
        );
        assert_eq!(home_start.min_cooperation, "1 jaar");
        assert_eq!(home_start.min_matches, NOT_SPECIFIED);
        assert_eq!(
            home_start.minimums,
            "minimaal 1 jaar; minimum aantal koppelingen niet gespecificeerd"
        );
        let short = InitiativeFacts::new(&initiative(InitiativeId::Buurtgezinnen), Style::Short);
        // The source's own words for who hosts the child: a steungezin, a steunouder.
        assert_eq!(short.setting, "opvang bij een steungezin");
        let steunouder = InitiativeFacts::new(&initiative(InitiativeId::Steunouder), Style::Table);
        assert_eq!(
            steunouder.setting,
            "Het kind wordt opgevangen door een steunouder in de buurt"
        );
        assert_eq!(short.ages, "0–23 jaar");
        assert_eq!(
            short.minimums,
            "minimaal 2 jaar en 10 koppelingen in het eerste jaar"
        );
        assert_eq!(short.min_cooperation, "minimaal 2 jaar");
        let csv = InitiativeFacts::new(&initiative(InitiativeId::HomeStart), Style::Csv);
        assert_eq!(csv.ages, "0-7 jaar / 0-12 jaar / 0-18 jaar (per gemeente)");
        // One range in a spreadsheet cell: a hyphen too, as every CSV range.
        let csv = InitiativeFacts::new(&initiative(InitiativeId::Buurtgezinnen), Style::Csv);
        assert_eq!(csv.ages, "0-23 jaar");
        assert_eq!(
            row_figure(
                RowKind::MinMatchesFirstYear,
                &initiative(InitiativeId::Steunouder),
                Style::Csv
            )
            .as_deref(),
            Some("10")
        );
        assert_eq!(
            row_figure(
                RowKind::Text,
                &initiative(InitiativeId::Steunouder),
                Style::Csv
            ),
            None
        );
    }

    #[test]
    fn the_facts_cite_the_wegwijzers_table_from_the_document_list() {
        assert_eq!(
            table_source(),
            format!(
                "{}, tabel ‘Het Collectief in één overzicht’",
                documents().citation("wegwijzer")
            )
        );
        assert!(documents()
            .citation("wegwijzer")
            .starts_with("Collectief informele steun"));
    }
}
