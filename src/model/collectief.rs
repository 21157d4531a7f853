//! The Collectief comparison table ("Het Collectief in één overzicht") as data.
//!
//! Text cells carry the source's facts in our own Dutch words; numeric facts (ages, minimums,
//! costs) are numbers, formatted by the app, so Dutch formats are applied in one place.

use serde::{Deserialize, Serialize};

use super::initiative::InitiativeId;
pub use super::sources::SourceRef;

/// Where the support takes place: the distinction the brochure draws between the four.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// The child is hosted in the volunteer's home (Buurtgezinnen, Steunouder).
    Gastgezin,
    /// The volunteer comes into the family's home (Home-Start, Samen Oplopen).
    Thuis,
}

/// Ages as a range in years, or several variants that differ per municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: u32,
    pub max: u32,
}

/// Yearly cost per match as the table gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostRange {
    pub low: f64,
    pub high: f64,
    /// e.g. "na het startjaar", "na de eerste twee startjaren", or none.
    pub basis: Option<String>,
    /// The source calls the figure an average ("gemiddeld"), which a range may also be (Samen
    /// Oplopen: on average € 2.250 to € 2.500); a bracket without it is not one.
    pub average: bool,
}

/// The numeric facts about one initiative, used by the table and cross-checked against the
/// model parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: InitiativeId,
    pub name: String,
    /// One line in Dutch: what it is.
    pub summary: String,
    pub setting: Setting,
    /// Who hosts the child where the setting is [`Setting::Gastgezin`], in the source's word
    /// ("steungezin", "steunouder"); `None` where the volunteer comes to the family.
    #[serde(default)]
    pub host: Option<String>,
    /// Age ranges: one, or several where it differs per municipality (Home-Start).
    pub ages: Vec<AgeRange>,
    /// Minimum years of cooperation with the municipality.
    pub min_cooperation_years: Option<u32>,
    /// Minimum matches in the first year; `None` = not specified by the source.
    pub min_matches_first_year: Option<u32>,
    pub cost_per_match: CostRange,
    /// Who carries it out locally (notes under the table).
    pub carried_out_by: String,
}

/// How a row's cells are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// Cells are text.
    Text,
    /// Cells show `Initiative::ages`, with the cell text as a qualifier.
    Ages,
    /// Cells show `Initiative::min_cooperation_years`.
    MinCooperationYears,
    /// Cells show `Initiative::min_matches_first_year`.
    MinMatchesFirstYear,
    /// Cells show `Initiative::cost_per_match`.
    Cost,
}

/// One cell. `text: None` means the source leaves it empty: shown as "niet gespecificeerd".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub initiative: InitiativeId,
    pub text: Option<String>,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub id: String,
    pub label: String,
    pub kind: RowKind,
    /// One cell per initiative, in table order.
    pub cells: Vec<Cell>,
}

/// A note the brochure puts under the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: SourceRef,
}

/// The whole file `assets/data/collectief.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CollectiefTable {
    pub title: String,
    pub initiatives: Vec<Initiative>,
    pub rows: Vec<Row>,
    pub notes: Vec<Note>,
}

impl CollectiefTable {
    /// The initiative with this id, if the table has it.
    pub fn initiative(&self, id: InitiativeId) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| i.id == id)
    }

    /// The row with this id (e.g. `kosten`).
    pub fn row(&self, id: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// The note under the table with this id (e.g. `buurtgezinnen-of-steunouder`).
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }
}

impl Row {
    /// The cell of this initiative, if the row has one.
    pub fn cell(&self, id: InitiativeId) -> Option<&Cell> {
        self.cells.iter().find(|c| c.initiative == id)
    }
}
