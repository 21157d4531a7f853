//! CSV exports, one file a table, for spreadsheets.
//!
//! Format: comma as separator, **point as decimal mark** (international form), no thousands
//! separators, UTF-8, a header row with units. Dutch spreadsheet users import it with
//! "decimaalteken: punt". Text fields are quoted; a text that a spreadsheet would read as a formula
//! is prefixed with an apostrophe.

use crate::charts::DataTable;
use crate::data::documents::documents;
use crate::model::comparison::ComparisonTable;
use crate::model::format;
use crate::model::projection::{Projection, YearLine};

use super::initiative::{row_figure, Style, NOT_SPECIFIED};

/// The header of [`projection_csv`].
pub const PROJECTION_HEADER: &str =
    "jaar,initiatief,koppelingen,gezinnen_bereikt,vrijwilligersuren,\
kosten_laag_eur,kosten_midden_eur,kosten_hoog_eur,\
vermeden_kosten_laag_eur,vermeden_kosten_midden_eur,vermeden_kosten_hoog_eur,\
maatschappelijke_waarde_midden_eur,na_looptijd";

/// One row per year and initiative, every year of the projection (also the years after the
/// horizon in which only delayed effects fall).
pub fn projection_csv(projection: &Projection) -> String {
    let mut out = String::from(PROJECTION_HEADER);
    out.push_str("\r\n");
    for year in &projection.years {
        for line in &year.lines {
            out.push_str(&projection_row(year.year, year.after_horizon, line));
        }
    }
    out
}

fn projection_row(year: i32, after_horizon: bool, line: &YearLine) -> String {
    let n = |v: f64| format::csv_number(v, 2);
    format!(
        "{year},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
        text_field(line.initiative.name()),
        line.matches,
        n(line.families_reached),
        n(line.volunteer_hours.central),
        n(line.cost.low),
        n(line.cost.central),
        n(line.cost.high),
        n(line.avoided_costs.low),
        n(line.avoided_costs.central),
        n(line.avoided_costs.high),
        n(line.social_value.central),
        if after_horizon { "ja" } else { "nee" },
    )
}

/// The comparison table: one row per table row, one column per initiative, then the source.
pub fn comparison_csv(table: &ComparisonTable) -> String {
    let mut out = String::from("rij");
    for initiative in &table.initiatives {
        out.push(',');
        out.push_str(&text_field(&initiative.name));
    }
    out.push_str(",bron\r\n");
    for row in &table.rows {
        out.push_str(&text_field(&row.label));
        for initiative in &table.initiatives {
            let cell = row.cells.iter().find(|c| c.initiative == initiative.id);
            let figure = row_figure(row.kind, initiative, Style::Csv);
            let text = cell.and_then(|c| c.text.clone());
            let value = match (figure, text) {
                (Some(f), Some(t)) => format!("{f}; {t}"),
                (Some(f), None) => f,
                (None, Some(t)) => t,
                (None, None) => NOT_SPECIFIED.to_string(),
            };
            out.push(',');
            out.push_str(&text_field(&value));
        }
        // Every cell of a row cites the same place (checked when the file loads).
        let source = row
            .cells
            .first()
            .map(|c| documents().cite(&c.source))
            .unwrap_or_default();
        out.push(',');
        out.push_str(&text_field(&source));
        out.push_str("\r\n");
    }
    out
}

/// A chart's data table: its headers, and per cell the raw number where there is one.
pub fn data_table_csv(table: &DataTable) -> String {
    let mut out = table
        .headers
        .iter()
        .map(|h| text_field(h))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for (row, raw) in table.rows.iter().zip(&table.rows_raw) {
        let cells: Vec<String> = row
            .iter()
            .zip(raw)
            .map(|(text, value)| match value {
                Some(v) => format::csv_number(*v, 4),
                None => text_field(text),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quotes a text field (RFC 4180) and defuses spreadsheet formulas.
fn text_field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_are_quoted_and_formulas_defused() {
        assert_eq!(text_field("Home-Start"), "\"Home-Start\"");
        assert_eq!(text_field("zei \"ja\""), "\"zei \"\"ja\"\"\"");
        assert_eq!(text_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }

    #[test]
    fn the_comparison_table_becomes_twelve_rows_of_four_initiatives() {
        let table = crate::data::comparison::parse_comparison(include_str!(
            "../../assets/data/collectief.json"
        ))
        .expect("data file parses");
        let csv = comparison_csv(&table);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 13, "header + twelve rows");
        assert!(lines[0].starts_with(
            "rij,\"Buurtgezinnen\",\"Steunouder\",\"Home-Start\",\"Samen Oplopen\",bron"
        ));
        assert!(
            csv.contains("2000-2350 euro per koppeling per jaar, na het startjaar"),
            "costs in international numbers, with the table's proviso"
        );
        assert!(
            csv.contains("\"gemiddeld 2200 euro per koppeling per jaar"),
            "one number where the table gives one"
        );
        assert!(
            csv.contains(
                "gemiddeld 2250-2500 euro per koppeling per jaar, na de eerste twee startjaren"
            ),
            "Samen Oplopen's range is an average"
        );
        assert!(
            csv.contains(&documents().citation("wegwijzer")),
            "the source column cites the document list"
        );
        assert!(
            csv.contains("niet gespecificeerd"),
            "empty cells stay empty"
        );
    }
}
