//! CSV exports, one file a table, for spreadsheets.
//!
//! One format for every download, the one a Dutch spreadsheet opens without asking: a
//! **semicolon** as separator, a **decimal comma**, no thousands separators, UTF-8 (the download
//! adds a byte-order mark), CRLF line ends and a header row in Dutch with units. Euros carry two
//! decimals, years and counts are whole numbers, shares are percentages ("7,00%"). Text fields
//! are quoted; a text that a spreadsheet would read as a formula is prefixed with an apostrophe.

use super::table::DataTable;
use crate::data::documents::documents;
use crate::model::collectief::CollectiefTable;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::projection::{Projection, YearLine};
use crate::model::uncertainty::Bands;

use super::initiative::{row_figure, Style, NOT_SPECIFIED};
use super::municipality::{budget_lines, in_sentence, taakvelden, BudgetLine};

/// Between two fields.
pub const SEPARATOR: char = ';';

/// Decimals of an amount in euros.
pub const EURO_DECIMALS: usize = 2;

/// A number as a Dutch spreadsheet reads it: decimal comma, no grouping, "–" when not finite.
pub fn number(value: f64, decimals: usize) -> String {
    format::csv_number(value, decimals).replace('.', ",")
}

/// A share (0.07) as a percentage a Dutch spreadsheet reads as one ("7,00%").
pub fn percentage(share: f64) -> String {
    if share.is_finite() {
        format!("{}%", number(share * 100.0, 2))
    } else {
        number(share, 0)
    }
}

fn join(fields: &[String]) -> String {
    let mut line = fields.join(&SEPARATOR.to_string());
    line.push_str("\r\n");
    line
}

/// The header of [`projection_csv`].
pub const PROJECTION_HEADER: [&str; 14] = [
    "Jaar",
    "Initiatief",
    "Koppelingen",
    "Gezinnen bereikt",
    "Vrijwilligersuren",
    "Kosten laag (€)",
    "Kosten centraal (€)",
    "Kosten hoog (€)",
    "Vermeden kosten centraal (€)",
    "Vermeden kosten t/m dit jaar P10 (€)",
    "Vermeden kosten t/m dit jaar centraal (€)",
    "Vermeden kosten t/m dit jaar P90 (€)",
    "Maatschappelijke waarde centraal (€)",
    "Na de looptijd",
];

/// One row per year and initiative, every year of the projection (also the years after the
/// horizon in which only delayed effects fall). The cost range is the one the page shows (all
/// low, all high); the range of avoided costs is P10–P90 of the simulation, as on the page, of
/// the avoided costs up to and including the year (the simulation keeps no yearly band, and a
/// sum of yearly P90s would be no P90): `bands` gives the bands of an initiative on its own (its
/// line of the scenario alone), `None` where there are none (the cells then say "–").
pub fn projection_csv(
    projection: &Projection,
    bands: &dyn Fn(InitiativeId) -> Option<Bands>,
) -> String {
    let header: Vec<String> = PROJECTION_HEADER.iter().map(|h| text_field(h)).collect();
    let mut out = join(&header);
    let initiatives: Vec<InitiativeId> = projection
        .years
        .first()
        .map(|y| y.lines.iter().map(|l| l.initiative).collect())
        .unwrap_or_default();
    let per_initiative: Vec<(InitiativeId, Option<Bands>)> =
        initiatives.iter().map(|&id| (id, bands(id))).collect();
    let mut so_far = vec![0.0; per_initiative.len()];
    for year in &projection.years {
        for line in &year.lines {
            let index = per_initiative
                .iter()
                .position(|(id, _)| *id == line.initiative);
            let band = index
                .and_then(|i| per_initiative[i].1.as_ref())
                .and_then(|b| b.years.iter().find(|y| y.year == year.year))
                .map(|y| (y.cumulative_avoided.p10, y.cumulative_avoided.p90));
            let cumulative = index.map_or(f64::NAN, |i| {
                so_far[i] += line.avoided_costs.central;
                so_far[i]
            });
            out.push_str(&projection_row(
                year.year,
                year.after_horizon,
                line,
                (cumulative, band),
            ));
        }
    }
    out
}

fn projection_row(
    year: i32,
    after_horizon: bool,
    line: &YearLine,
    (avoided_so_far, p10_p90): (f64, Option<(f64, f64)>),
) -> String {
    let euro = |v: f64| number(v, EURO_DECIMALS);
    let (p10, p90) = p10_p90.unwrap_or((f64::NAN, f64::NAN));
    join(&[
        year.to_string(),
        text_field(line.initiative.name()),
        line.matches.to_string(),
        number(line.families_reached, 0),
        number(line.volunteer_hours.central, 0),
        euro(line.cost.low),
        euro(line.cost.central),
        euro(line.cost.high),
        euro(line.avoided_costs.central),
        euro(p10),
        euro(avoided_so_far),
        euro(p90),
        euro(line.social_value.central),
        text_field(if after_horizon { "ja" } else { "nee" }),
    ])
}

/// The fixed part of the header of [`budget_csv`]; the cost and avoided-cost columns also name
/// their taakveld.
pub const BUDGET_HEADER: [&str; 5] = [
    "Jaar",
    "Kosten (€)",
    "Vermeden kosten (€)",
    "Saldo (€)",
    "Na de looptijd",
];

/// The budget lines: one row per budget year (cost on the taakveld of informal support, avoided
/// costs on the youth-care taakvelden, central values in constant prices), then the total.
pub fn budget_csv(scenario: &crate::model::scenario::Scenario, projection: &Projection) -> String {
    let (cost_field, avoided_field) = taakvelden()
        .map(|(c, a)| {
            (
                format!(", taakveld {}", c.title()),
                format!(", {}", a.title()),
            )
        })
        .unwrap_or_default();
    let header = [
        BUDGET_HEADER[0].to_string(),
        format!("{}{cost_field}", BUDGET_HEADER[1]),
        format!("{}{avoided_field}", BUDGET_HEADER[2]),
        BUDGET_HEADER[3].to_string(),
        BUDGET_HEADER[4].to_string(),
    ];
    let mut out = join(&header.iter().map(|h| text_field(h)).collect::<Vec<_>>());
    let euro = |v: f64| number(v, EURO_DECIMALS);
    let lines = budget_lines(projection);
    for line in &lines {
        out.push_str(&join(&[
            line.year.to_string(),
            euro(line.cost),
            euro(line.avoided),
            euro(line.net),
            text_field(if line.after_horizon { "ja" } else { "nee" }),
        ]));
    }
    let sum = |f: fn(&super::municipality::BudgetLine) -> f64| lines.iter().map(f).sum::<f64>();
    out.push_str(&join(&[
        text_field("Totaal"),
        euro(sum(|l| l.cost)),
        euro(sum(|l| l.avoided)),
        euro(sum(|l| l.net)),
        text_field(&format!("scenario {}", super::headlines::period(scenario))),
    ]));
    out
}

/// The CSV with a comment line saying which assumptions differ from the standard (see
/// `report::adjusted::notice_line`), before the stamp the caller adds after it; unchanged when
/// none differs. Marked `#` like the stamp, and without `;`, so it stays one cell.
pub fn with_adjusted(csv: String, notice: Option<&str>) -> String {
    let Some(notice) = notice else {
        return csv;
    };
    let mut out = csv;
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str("\r\n");
    }
    out.push_str("# Let op: ");
    out.push_str(&notice.replace([';', '\r', '\n'], " "));
    out.push_str("\r\n");
    out
}

/// The comparison table: one row per table row, one column per initiative, then the source.
pub fn collectief_csv(table: &CollectiefTable) -> String {
    let mut header = vec![text_field("rij")];
    header.extend(table.initiatives.iter().map(|i| text_field(&i.name)));
    header.push(text_field("bron"));
    let mut out = join(&header);
    for row in &table.rows {
        let mut fields = vec![text_field(&row.label)];
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
            fields.push(text_field(&value));
        }
        // Every cell of a row cites the same place (checked when the file loads).
        let source = row
            .cells
            .first()
            .map(|c| documents().cite(&c.source))
            .unwrap_or_default();
        fields.push(text_field(&source));
        out.push_str(&join(&fields));
    }
    out
}

/// A chart's data table: its headers, and per cell the raw number where there is one. How a
/// number is written follows what the cell shows: a percentage stays a percentage, an amount
/// in euros gets two decimals, a whole number (a year, a count) stays whole.
pub fn data_table_csv(table: &DataTable) -> String {
    let header: Vec<String> = table.headers.iter().map(|h| text_field(h)).collect();
    let mut out = join(&header);
    for (row, raw) in table.rows.iter().zip(&table.rows_raw) {
        let cells: Vec<String> = row
            .iter()
            .zip(raw)
            .map(|(text, value)| match value {
                Some(v) => table_number(text, *v),
                None => text_field(text),
            })
            .collect();
        out.push_str(&join(&cells));
    }
    out
}

/// One raw number of a chart table, written as its Dutch cell shows it.
fn table_number(shown: &str, value: f64) -> String {
    let shown = shown.trim();
    let is_euro = shown.contains('€');
    if shown.ends_with('%') {
        percentage(value)
    } else if !is_euro && value.fract() == 0.0 {
        number(value, 0)
    } else {
        number(value, EURO_DECIMALS)
    }
}

/// Quotes a text field (RFC 4180) and defuses spreadsheet formulas. Amounts in it get plain
/// spaces (see [`format::plain`]): a spreadsheet has no lines to break.
fn text_field(text: &str) -> String {
    let text = format::plain(text);
    let text = text.as_str();
    let defused = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// The budget lines as "Kopieer tabel" puts them on the clipboard: tab-separated, with the
/// amounts as plain numbers (decimal comma, ASCII minus, no € or thousands separators) as in the
/// CSV, so a spreadsheet pasting them reads numbers, not text.
pub fn budget_tsv(projection: &Projection) -> String {
    let (cost_title, avoided_title) = taakvelden()
        .map(|(c, a)| {
            (
                format!("Kosten (€), taakveld {}", c.title()),
                format!("Vermeden kosten (€), {}", in_sentence(&a.title())),
            )
        })
        .unwrap_or_else(|| ("Kosten (€)".into(), "Vermeden kosten (€)".into()));
    let lines = budget_lines(projection);
    let euro = |v: f64| number(v, EURO_DECIMALS);
    let mut tsv = format!("Jaar\t{cost_title}\t{avoided_title}\tSaldo (€)\n");
    for l in &lines {
        tsv.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            l.year,
            euro(l.cost),
            euro(l.avoided),
            euro(l.net)
        ));
    }
    let sum = |f: fn(&BudgetLine) -> f64| lines.iter().map(f).sum::<f64>();
    tsv.push_str(&format!(
        "Totaal\t{}\t{}\t{}\n",
        euro(sum(|l| l.cost)),
        euro(sum(|l| l.avoided)),
        euro(sum(|l| l.net))
    ));
    tsv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{line, model, scenario, ScenarioBuilder};

    #[test]
    fn changed_assumptions_are_a_comment_line_before_the_stamp() {
        let csv = "\"Jaar\";\"Kosten (€)\"\r\n2027;100,00\r\n".to_string();
        assert_eq!(with_adjusted(csv.clone(), None), csv);
        let noted = with_adjusted(
            csv.clone(),
            Some("1 aanname wijkt af van de standaard: discontovoet 2,25% → 0%; x\ny."),
        );
        let lines: Vec<&str> = noted.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3);
        // One cell, one line, marked as a comment as the stamp is.
        assert_eq!(
            lines[2],
            "# Let op: 1 aanname wijkt af van de standaard: discontovoet 2,25% → 0%  x y."
        );
        let stamp = crate::report::provenance::Stamp::new(
            crate::report::provenance::DataVersion::of_files(&[("a", b"{}")]),
            "https://voorbeeld.nl/scenario?k.home-start=20",
        );
        let stamped = crate::report::provenance::stamp_csv(&noted, &stamp);
        let last: Vec<&str> = stamped.trim_end().split("\r\n").collect();
        assert!(last[2].starts_with("# Let op: "), "{stamped}");
        assert!(last[3].starts_with("# Steunwijzer "), "{stamped}");
    }

    #[test]
    fn text_fields_are_quoted_and_formulas_defused() {
        assert_eq!(text_field("Home-Start"), "\"Home-Start\"");
        assert_eq!(text_field("zei \"ja\""), "\"zei \"\"ja\"\"\"");
        assert_eq!(text_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }

    #[test]
    fn the_collectief_table_becomes_twelve_rows_of_four_initiatives() {
        let table = crate::fixture::collectief();
        let csv = collectief_csv(&table);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 13, "header + twelve rows");
        assert_eq!(
            lines[0],
            "\"rij\";\"Buurtgezinnen\";\"Steunouder\";\"Home-Start\";\"Samen Oplopen\";\"bron\""
        );
        assert!(
            csv.contains("2000-2350 euro per koppeling per jaar, na het startjaar"),
            "whole euros need no decimal mark; the table's proviso is kept"
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

    /// The bands of one initiative's line on its own, as the download computes them.
    fn alone<'a>(
        model: &'a crate::model::params::ModelParameters,
        scenario: &'a crate::model::scenario::Scenario,
    ) -> impl Fn(InitiativeId) -> Option<Bands> + 'a {
        move |id| {
            let mut only = scenario.clone();
            only.lines.retain(|l| l.initiative == id);
            crate::model::uncertainty::simulate(
                model,
                &only,
                2_000,
                crate::model::uncertainty::DEFAULT_SEED,
            )
            .ok()
        }
    }

    fn rows(csv: &str) -> Vec<Vec<String>> {
        csv.trim_end()
            .split("\r\n")
            .map(|l| {
                l.split(SEPARATOR)
                    .map(|f| f.trim_matches('"').to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_projection_opens_in_a_dutch_spreadsheet() {
        let model = model(&[]);
        let scenario = scenario([
            line(InitiativeId::HomeStart, &[25; 4]),
            line(InitiativeId::SamenOplopen, &[5, 10, 15, 20]),
        ])
        .named("Bescheiden");
        let projection = crate::model::projection::project(&model, &scenario).expect("projection");
        let csv = projection_csv(&projection, &alone(&model, &scenario));
        let rows = rows(&csv);
        assert_eq!(rows[0], PROJECTION_HEADER.map(String::from));
        for row in &rows[1..] {
            assert_eq!(row.len(), PROJECTION_HEADER.len(), "{row:?}");
            // Whole years, no decimal point anywhere, amounts with a decimal comma.
            assert!(
                row[0].len() == 4 && row[0].parse::<i32>().is_ok(),
                "{row:?}"
            );
            assert!(row.iter().all(|f| !f.contains('.')), "{row:?}");
            assert!(row[6].contains(','), "{row:?}");
            assert!(row[3].parse::<u32>().is_ok(), "whole families: {row:?}");
        }
        // The costs add up to the total the page shows.
        let parse = |f: &str| f.replace(',', ".").parse::<f64>().expect("a number");
        let total: f64 = rows[1..].iter().map(|r| parse(&r[6])).sum();
        assert!((total - projection.total.cost.central).abs() < 0.05);
    }

    #[test]
    fn the_avoided_cost_range_of_the_projection_is_p10_to_p90_not_the_extremes() {
        let model = model(&[]);
        let scenario = scenario([line(InitiativeId::HomeStart, &[10; 4])]).named("Bescheiden");
        let projection = crate::model::projection::project(&model, &scenario).expect("projection");
        let bands = alone(&model, &scenario);
        let rows = rows(&projection_csv(&projection, &bands));
        let simulated = bands(InitiativeId::HomeStart).expect("bands");
        let mut unlike_the_extremes = 0;
        for (row, year) in rows[1..].iter().zip(&projection.years) {
            let band = simulated
                .years
                .iter()
                .find(|b| b.year == year.year)
                .expect("a band per year");
            assert_eq!(row[9], number(band.cumulative_avoided.p10, 2), "{row:?}");
            assert_eq!(row[11], number(band.cumulative_avoided.p90, 2), "{row:?}");
            let extremes = &year.lines[0].avoided_costs;
            if row[9] != number(extremes.low, 2) || row[11] != number(extremes.high, 2) {
                unlike_the_extremes += 1;
            }
        }
        assert!(
            unlike_the_extremes > 0,
            "the all-low and all-high worlds are not the range"
        );
    }

    #[test]
    fn chart_tables_write_years_whole_euros_with_a_comma_and_shares_as_percentages() {
        let table = DataTable {
            caption: "Kosten".into(),
            headers: vec!["Jaar".into(), "Kosten".into(), "Aandeel gezinnen".into()],
            rows: vec![vec!["2027".into(), "€ 69.844".into(), "7%".into()]],
            rows_raw: vec![vec![Some(2027.0), Some(69_843.75), Some(0.07)]],
        };
        assert_eq!(
            data_table_csv(&table),
            "\"Jaar\";\"Kosten\";\"Aandeel gezinnen\"\r\n2027;69843,75;7,00%\r\n"
        );
    }
}
