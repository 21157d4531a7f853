//! Rules of the initiatives that a scenario may break: reported, never enforced silently.

use super::initiative::InitiativeId;

#[derive(Debug, Clone, PartialEq)]
pub enum NoticeKind {
    /// Buurtgezinnen and Steunouder both chosen: most municipalities pick one of the two.
    BuurtgezinnenAndSteunouder,
    /// Fewer matches in the first year than the initiative's minimum.
    BelowMinimumMatches {
        initiative: InitiativeId,
        minimum: u32,
        planned: u32,
    },
    /// Horizon shorter than the initiative's minimum cooperation.
    HorizonBelowMinimumCooperation {
        initiative: InitiativeId,
        minimum_years: u32,
    },
    /// The central shares of families for whom an escalation is avoided (youth care and
    /// placements together) above the sanity bound (about 1 in 8 families improve).
    AboveSanityBound,
}

/// Where a notice's rule comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeSource {
    /// A place in a document.
    Document(SourceRef),
    /// A note under the Collectief's table (`collectief.json`), by id: the fact lives there once,
    /// and the page shows the note's text and source with the notice.
    Note(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// Dutch text for the page (after the note's text, for a [`NoticeSource::Note`]).
    pub message: String,
    pub source: NoticeSource,
}

use super::params::ModelParameters;
use super::scenario::{calendar_year, Scenario};
use super::sources::SourceRef;
use super::world::Kind;

/// The note that says most municipalities choose Buurtgezinnen or Steunouder.
pub const ALIKE_NOTE: &str = "buurtgezinnen-of-steunouder";
/// The quantities whose central values, added up, are checked against the sanity bound: both
/// count families for whom an escalation is avoided, and the bound counts families that improve.
pub const SANITY_CHECKED_KINDS: [Kind; 2] =
    [Kind::ShareYouthCareAvoided, Kind::SharePlacementAvoided];
/// Parameter id of the sanity bound itself.
pub const SANITY_BOUND_PARAMETER: &str = "toetsgrens_aandeel_verbetering";

/// The wegwijzer's table, at a row.
fn table_row(row: &str) -> NoticeSource {
    NoticeSource::Document(SourceRef::new(
        "wegwijzer",
        &format!("tabel ‘Het Collectief in één overzicht’, rij ‘{row}’"),
    ))
}

/// `0.125` → `12,5%`, `0.2` → `20%`.
fn percent(share: f64) -> String {
    super::format::share(share)
}

/// The notice for a choice of both Buurtgezinnen and Steunouder (most municipalities pick one):
/// the scenario's notices and the start page's guide say it with the same words.
pub fn both_hosting(chosen: &[InitiativeId]) -> Option<Notice> {
    let has = |id: InitiativeId| chosen.contains(&id);
    (has(InitiativeId::Buurtgezinnen) && has(InitiativeId::Steunouder)).then(|| Notice {
        kind: NoticeKind::BuurtgezinnenAndSteunouder,
        message:
            "U kiest ze allebei. Dat kan, maar ga na of uw gemeente ze echt allebei nodig heeft."
                .to_string(),
        source: NoticeSource::Note(ALIKE_NOTE),
    })
}

/// The initiatives' rules the scenario breaks, and assumptions set beyond a sanity bound.
/// Expects a valid scenario (see [`super::scenario::validate`]); never fails.
///
/// - Buurtgezinnen and Steunouder both chosen (the brochure notes that most municipalities pick one).
/// - Fewer matches in the initiative's first year (its first with matches) than its minimum.
/// - Fewer years from the initiative's first year to the horizon's end than its minimum years of
///   cooperation.
/// - The central shares of families for whom youth care or a placement is avoided, together,
///   above the sanity bound.
pub fn notices(params: &ModelParameters, scenario: &Scenario) -> Vec<Notice> {
    let chosen: Vec<InitiativeId> = scenario.lines.iter().map(|l| l.initiative).collect();
    let mut out: Vec<Notice> = both_hosting(&chosen).into_iter().collect();
    for line in &scenario.lines {
        let initiative = line.initiative;
        let name = initiative.name();
        // The initiative's own first year: its first with matches (the programme's first if none).
        let start = line.first_year_with_matches().unwrap_or(0);
        if let (Some(minimum), Some(&planned)) = (
            *params.min_matches_first_year.get(initiative),
            line.matches_per_year.get(start),
        ) {
            if planned < minimum {
                out.push(Notice {
                    kind: NoticeKind::BelowMinimumMatches { initiative, minimum, planned },
                    message: format!(
                        "{name} vraagt minstens {minimum} koppelingen in het eerste jaar; dit scenario heeft er \
                         {planned} in {}.",
                        calendar_year(scenario.first_year, start)
                    ),
                    source: table_row("Minimaal aantal koppelingen eerste jaar"),
                });
            }
        }
        let minimum_years = *params.min_cooperation_years.get(initiative);
        // The cooperation runs from the initiative's own first year to the end of the horizon.
        let years_funded = scenario.horizon_years.saturating_sub(start as u32);
        if years_funded < minimum_years {
            let message = if start == 0 {
                format!(
                    "{name} werkt minstens {minimum_years} jaar met een gemeente samen; de looptijd van dit \
                     scenario is {years_funded} jaar."
                )
            } else {
                format!(
                    "{name} werkt minstens {minimum_years} jaar met een gemeente samen; in dit scenario begint \
                     {name} in {} en loopt het {years_funded} jaar.",
                    calendar_year(scenario.first_year, start)
                )
            };
            out.push(Notice {
                kind: NoticeKind::HorizonBelowMinimumCooperation {
                    initiative,
                    minimum_years,
                },
                message,
                source: table_row("Minimale duur samenwerking met de gemeente"),
            });
        }
    }
    let youth_care = params.central(Kind::ShareYouthCareAvoided);
    let placement = params.central(Kind::SharePlacementAvoided);
    let bound = params.share_improving_sanity_bound;
    // A hair of tolerance: 12,5% set as 0,125 must not fire on rounding.
    if youth_care + placement > bound + 1e-9 {
        out.push(Notice {
            kind: NoticeKind::AboveSanityBound,
            message: format!(
                "U rekent ermee dat bij {} van de nieuw bereikte gezinnen specialistische jeugdhulp niet nodig is en bij {} \
                 een uithuisplaatsing niet, samen {}. Bij preventieve jeugdinterventies gaat ongeveer {} van de bereikte \
                 gezinnen er werkelijk op vooruit, en niet elk van die gezinnen had anders zware hulp gekregen; een hogere \
                 waarde vraagt om een sterke onderbouwing.",
                percent(youth_care),
                percent(placement),
                percent(youth_care + placement),
                percent(bound)
            ),
            source: NoticeSource::Document(SourceRef::new(
                "aef-stelsel-in-groei",
                "zoals aangehaald in een secundaire bron",
            )),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percent_is_dutch() {
        assert_eq!(percent(0.125), "12,5%");
        assert_eq!(percent(0.2), "20%");
        assert_eq!(percent(0.0), "0%");
    }
}
