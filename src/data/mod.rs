//! Outside input into model types: the data files in `assets/data/` and the scenario in a share
//! link. Everything here is pure and tested natively; fetching lives in `app::api`.

pub mod collectief;
pub mod decimal;
pub mod documents;
pub mod municipality;
pub mod number_input;
pub mod parameters;
pub mod realised;
pub mod saved_scenarios;
pub mod url_scenario;
pub mod working_scenario;

use std::fmt;

/// Why a data file cannot be used. The `Display` text is Dutch and shown in the page.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The file could not be fetched (network, 404, ...).
    Unreachable { file: String, detail: String },
    /// The file is not valid JSON of the expected shape (truncated, wrong types, ...).
    Malformed { file: String, detail: String },
    /// The file parses but a fact is missing or inconsistent.
    Invalid { file: String, detail: String },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Unreachable { file, detail } => {
                write!(f, "Het gegevensbestand {file} kon niet worden geladen ({detail}).")
            }
            DataError::Malformed { file, detail } => write!(
                f,
                "Het gegevensbestand {file} is beschadigd of onvolledig en kan niet worden gelezen ({detail})."
            ),
            DataError::Invalid { file, detail } => {
                write!(f, "Het gegevensbestand {file} bevat een fout: {detail}.")
            }
        }
    }
}

/// Whether a character is invisible and can only confuse: control characters, line and
/// paragraph separators, and Unicode's default-ignorable characters that reorder or hide text
/// (bidirectional marks, zero-width spaces, fillers that render as nothing, tag characters).
/// Variation selectors stay: they pick an emoji's look and hide nothing.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}'
            | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}')
}
