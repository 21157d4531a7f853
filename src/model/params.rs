//! Parameters as data: every number the model uses, with its unit, range and either a source or,
//! for an assumption, the reason for its default and range (after OpenFisca/PolicyEngine).
//!
//! `ParameterSet` is the file format (`assets/data/parameters.json`); `ModelParameters` is the
//! typed view the projection reads. Converting one into the other is where validation happens,
//! so the projection itself never sees a missing or inconsistent number.

use serde::{Deserialize, Serialize};

use super::format;
use super::initiative::{InitiativeId, PerInitiative};
use super::range::Range3;
use super::world::{Kind, Outlook, Quantities, World};

/// Where a number stands: in a source document, an outside verified source, an initiative's own
/// claim, or nowhere (then it is our assumption).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated in one of the five source documents.
    Bron,
    /// Verified outside the five documents (e.g. the Dutch discount rate).
    BuitenBronnen,
    /// An initiative's own claim: shown for comparison, never used in the projection.
    Claim,
    /// Not given by any source: our assumption, with a reason and a range.
    Aanname,
}

/// A reference in the OpenFisca sense: which document (by its key in the document list), and
/// where in it.
pub type Reference = super::sources::SourceRef;

/// One parameter as the data file holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Dotted path, e.g. `kosten_per_koppeling.home-start`. Also the key in share links.
    pub id: String,
    /// Group id (see [`ParameterSet::groups`]).
    pub group: String,
    pub label: String,
    pub description: String,
    /// Unit id (see [`ParameterSet::units`]).
    pub unit: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub status: Status,
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Required for an assumption: why this default and this range.
    #[serde(default)]
    pub reason: Option<String>,
    /// Required for an assumption: what its low end rests on (a source, a comparator or a
    /// stated judgement), so that no end is set only to put the default in the middle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_reason: Option<String>,
    /// Required for an assumption: what its high end rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_reason: Option<String>,
    /// A caveat a user must read with the number (e.g. taken from another context).
    #[serde(default)]
    pub caveat: Option<String>,
    /// The default and range before the last change of this assumption, and why it changed;
    /// the assumptions page explains each change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousDefault>,
    /// Whether the user may change it on the assumptions page.
    #[serde(default = "yes")]
    pub adjustable: bool,
}

impl Parameter {
    /// The initiative this parameter belongs to, named by its id's last part
    /// (`duur_koppeling.home-start`); `None` for a parameter of the whole scenario.
    pub fn initiative(&self) -> Option<InitiativeId> {
        self.id
            .rsplit_once('.')
            .and_then(|(_, slug)| InitiativeId::from_slug(slug))
    }
}

fn yes() -> bool {
    true
}

/// What an assumption's default and range were before its last change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviousDefault {
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// Why it changed, in Dutch.
    pub note: String,
}

/// How a unit's numbers are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitFormat {
    /// Whole euros: "€ 2.350".
    Eur,
    /// A share from 0 to 1, shown as a percentage: "12,5%".
    Share,
    /// A percentage that may exceed 100% (a surcharge): "75%".
    Percent,
    /// Years with up to two decimals: "1,5 jaar", "1,25 jaar", "2 jaar".
    Years,
    /// Whole years: "1 jaar" (start years, which the model counts whole).
    WholeYears,
    /// A plain count: "10".
    Count,
    /// Hours: "120 uur".
    Hours,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub id: String,
    /// Dutch label shown after the number, e.g. "per koppeling per jaar".
    pub label: String,
    pub format: UnitFormat,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub label: String,
    pub description: String,
}

/// The whole parameter file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParameterSet {
    pub units: Vec<Unit>,
    pub groups: Vec<Group>,
    pub parameters: Vec<Parameter>,
}

impl ParameterSet {
    /// The parameter with this id.
    pub fn get(&self, id: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.id == id)
    }

    /// The range within which a user may set this parameter, or `None` when it is unknown or
    /// not adjustable. Share links use this to keep only valid overrides.
    pub fn allowed_range(&self, id: &str) -> Option<AllowedRange> {
        self.get(id).filter(|p| p.adjustable).map(|p| AllowedRange {
            low: p.low,
            high: p.high,
            unit: self.unit(&p.unit).cloned(),
        })
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }
}

/// Where a user or a link may set an adjustable parameter, with its unit to say so in Dutch.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedRange {
    pub low: f64,
    pub high: f64,
    pub unit: Option<Unit>,
}

impl AllowedRange {
    /// Within the range, and a whole number where the unit counts whole years (start years).
    pub fn contains(&self, value: f64) -> bool {
        let whole = self
            .unit
            .as_ref()
            .is_some_and(|u| u.format == UnitFormat::WholeYears);
        self.low <= value && value <= self.high && (!whole || value.fract() == 0.0)
    }
}

/// A value in its unit's Dutch form: "€ 2.175 per koppeling per jaar", "2,25%", "1,5 jaar".
pub fn show_value(unit: Option<&Unit>, value: f64) -> String {
    with_unit_label(unit, show_number(unit, value))
}

/// A range in its unit's Dutch form, the unit's label once: "€ 2.000 – € 2.350 per koppeling
/// per jaar".
pub fn show_range(unit: Option<&Unit>, low: f64, high: f64) -> String {
    with_unit_label(
        unit,
        format!("{} – {}", show_number(unit, low), show_number(unit, high)),
    )
}

fn with_unit_label(unit: Option<&Unit>, number: String) -> String {
    match unit {
        Some(u)
            if !u.label.is_empty()
                && !matches!(
                    u.format,
                    UnitFormat::Share | UnitFormat::Years | UnitFormat::WholeYears
                ) =>
        {
            format!("{number} {}", u.label)
        }
        _ => number,
    }
}

/// The number alone, with the unit's sign (€, %, jaar, uur) but without its label.
pub fn show_number(unit: Option<&Unit>, value: f64) -> String {
    match unit.map_or(UnitFormat::Count, |u| u.format) {
        UnitFormat::Eur => format::euro(value),
        UnitFormat::Share | UnitFormat::Percent => format::share(value),
        UnitFormat::Years => format!("{} jaar", format::number_up_to(value, 2)),
        UnitFormat::WholeYears => format!("{} jaar", format::integer(value)),
        UnitFormat::Hours => format!("{} uur", format::integer(value)),
        UnitFormat::Count => format::number_up_to(value, 2),
    }
}

/// The typed view of the parameters that the projection reads. Built by
/// `ModelParameters::from_set`, which checks that every id is present and consistent.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelParameters {
    /// Low, central (the user's value where one was chosen) and high of every quantity the
    /// kernel reads ([`super::world::KINDS`] says what each is). The low and high are the file's,
    /// also for a chosen value: the sensitivity view shows what that range would do.
    pub quantities: Quantities<Range3>,
    /// Whether the user chose a value other than the standard one. A chosen value is taken as
    /// given: the pessimistic and optimistic worlds and every Monte Carlo draw keep it (see
    /// [`ModelParameters::uncertain_ranges`]); only the other quantities vary.
    pub chosen: Quantities<bool>,
    /// Minimum number of matches in the first year (`None`: not specified by the source).
    pub min_matches_first_year: PerInitiative<Option<u32>>,
    /// Minimum years of cooperation with the municipality.
    pub min_cooperation_years: PerInitiative<u32>,
    /// Sanity bound on the central share of families in whom an escalation is prevented (about
    /// 1 in 8 reached families improve, AEF 2020); above it the projection adds a
    /// [`NoticeKind::AboveSanityBound`] notice.
    ///
    /// [`NoticeKind::AboveSanityBound`]: super::notices::NoticeKind::AboveSanityBound
    pub share_improving_sanity_bound: f64,
}

impl ModelParameters {
    /// Low, central and high of a scalar quantity.
    pub fn range(&self, kind: Kind) -> Range3 {
        self.quantities.scalar(kind)
    }

    /// Low, central and high of a per-initiative quantity.
    pub fn range_of(&self, kind: Kind, initiative: InitiativeId) -> Range3 {
        self.quantities.of(kind, initiative)
    }

    /// The central value of a scalar quantity.
    pub fn central(&self, kind: Kind) -> f64 {
        self.range(kind).central
    }

    /// The ranges the uncertainty runs over: the file's, except that a chosen value is a point.
    pub fn uncertain_ranges(&self) -> Quantities<Range3> {
        self.quantities.map(|quantity, range| {
            if self.chosen.get(quantity) {
                Range3::point(range.central)
            } else {
                range
            }
        })
    }

    /// One of the three worlds the projection is evaluated in (a chosen value in all three).
    pub fn world(&self, outlook: Outlook) -> World {
        self.uncertain_ranges().world(outlook)
    }

    /// How many assumptions the user set to a value other than the standard one: 0 means every
    /// figure is at the standard values.
    pub fn changed(&self) -> usize {
        self.chosen.iter().filter(|&(_, chosen)| chosen).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_names_its_initiative_by_its_last_part() {
        let with_id = |id: &str| Parameter {
            id: id.into(),
            group: String::new(),
            label: String::new(),
            description: String::new(),
            unit: String::new(),
            value: 0.0,
            low: 0.0,
            high: 0.0,
            status: Status::Aanname,
            references: Vec::new(),
            reason: None,
            low_reason: None,
            high_reason: None,
            caveat: None,
            previous: None,
            adjustable: true,
        };
        assert_eq!(
            with_id("duur_koppeling.home-start").initiative(),
            Some(InitiativeId::HomeStart)
        );
        assert_eq!(with_id("deadweight").initiative(), None);
        assert_eq!(
            with_id("claim.samen-oplopen.gezinnen_per_coordinator").initiative(),
            None
        );
    }
}
