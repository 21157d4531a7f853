//! Rules of the initiatives that a scenario may break: reported, never enforced silently.

use super::initiative::InitiativeId;

#[derive(Debug, Clone, PartialEq)]
pub enum NoticeKind {
    /// Buurtgezinnen and Steunouder both chosen: most municipalities pick one of the two.
    BuurtgezinnenAndSteunouder,
    /// Fewer matches in the first year than the initiative's minimum.
    BelowMinimumMatches { initiative: InitiativeId, minimum: u32, planned: u32 },
    /// Horizon shorter than the initiative's minimum cooperation.
    HorizonBelowMinimumCooperation { initiative: InitiativeId, minimum_years: u32 },
    /// An assumption set above the sanity bound (e.g. more than 1 in 8 families improving).
    AboveSanityBound { parameter: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Dutch text for the page.
    pub message: String,
    /// Where the rule comes from (document and section).
    pub source: String,
}
