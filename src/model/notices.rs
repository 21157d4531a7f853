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

use super::params::ModelParameters;
use super::scenario::{calendar_year, Scenario};
use super::world::Kind;

/// Citation of the Collectief's brochure, as the app cites it.
const WEGWIJZER: &str =
    "Collectief informele steun kind & gezin, Informele gezinssteun — wegwijzer voor gemeenten";
/// Citation of the sanity bound's source.
const AEF: &str = "AEF, Stelsel in groei (december 2020), zoals aangehaald in een secundaire bron";
/// Parameter id checked against the sanity bound.
pub const SANITY_CHECKED_PARAMETER: &str = "aandeel_jeugdhulp_voorkomen";

/// `0.125` → `12,5%`, `0.2` → `20%`.
fn percent(share: f64) -> String {
    super::format::percent_up_to(share, 1)
}

/// The initiatives' rules the scenario breaks, and assumptions set beyond a sanity bound.
/// Expects a valid scenario (see [`super::scenario::validate`]); never fails.
///
/// - Buurtgezinnen and Steunouder both chosen (the brochure notes that most municipalities pick one).
/// - Fewer matches in the initiative's first year (its first with matches) than its minimum.
/// - Fewer years from the initiative's first year to the horizon's end than its minimum years of
///   cooperation.
/// - The central share of families for whom youth care is avoided above the sanity bound.
pub fn notices(params: &ModelParameters, scenario: &Scenario) -> Vec<Notice> {
    let mut out = Vec::new();
    let chosen = |id: InitiativeId| scenario.lines.iter().any(|l| l.initiative == id);
    if chosen(InitiativeId::Buurtgezinnen) && chosen(InitiativeId::Steunouder) {
        out.push(Notice {
            kind: NoticeKind::BuurtgezinnenAndSteunouder,
            message: "Buurtgezinnen en Steunouder werken bijna op dezelfde manier: een kind wordt opgevangen bij een \
                      gezin in de buurt. De meeste gemeenten kiezen daarom één van de twee. Beide kan, maar ga na \
                      of u ze echt allebei nodig hebt."
                .to_string(),
            source: format!("{WEGWIJZER}, toelichting onder de tabel ‘Het Collectief in één overzicht’ (overeenkomsten)"),
        });
    }
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
                    source: format!("{WEGWIJZER}, tabel ‘Het Collectief in één overzicht’, rij ‘Minimaal aantal koppelingen eerste jaar’"),
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
                kind: NoticeKind::HorizonBelowMinimumCooperation { initiative, minimum_years },
                message,
                source: format!("{WEGWIJZER}, tabel ‘Het Collectief in één overzicht’, rij ‘Minimale duur samenwerking met de gemeente’"),
            });
        }
    }
    let share = params.central(Kind::ShareYouthCareAvoided);
    let bound = params.share_improving_sanity_bound;
    if share > bound {
        out.push(Notice {
            kind: NoticeKind::AboveSanityBound { parameter: SANITY_CHECKED_PARAMETER.to_string() },
            message: format!(
                "U rekent ermee dat bij {} van de nieuw bereikte gezinnen specialistische jeugdhulp niet nodig is. \
                 Bij preventieve jeugdinterventies gaat ongeveer {} van de bereikte gezinnen er werkelijk op \
                 vooruit; een hogere waarde vraagt om een sterke onderbouwing.",
                percent(share),
                percent(bound)
            ),
            source: AEF.to_string(),
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
