//! A table of numbers behind a chart or a list, for "toon als tabel" and the CSV export.

/// The numbers behind a chart, for "toon als tabel" and the CSV export.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    /// Caption (Dutch), e.g. "Kosten per jaar per initiatief (centrale schatting)".
    pub caption: String,
    pub headers: Vec<String>,
    /// Cells formatted in Dutch (`€ 2.350`, `12,5%`); `–` where there is no value.
    pub rows: Vec<Vec<String>>,
    /// The same cells as raw numbers, same shape as `rows`: `None` for text cells and missing
    /// values. Euros are unrounded; shares are fractions (0.125 for 12,5%); years are the year
    /// number.
    pub rows_raw: Vec<Vec<Option<f64>>>,
}
