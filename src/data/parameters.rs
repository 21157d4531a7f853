//! Parse and validate `assets/data/parameters.json` into `ModelParameters`.
//!
//! Two steps, each with a Dutch error:
//! - [`parse_parameters`] reads the file into a [`ParameterSet`] and checks its conventions
//!   (unique ids, known units and groups, finite numbers inside their range, a reason for every
//!   assumption and a reference for every sourced number) and that the model can be built from it.
//! - [`ModelParameters::from_set`] builds the typed view the projection reads, with the user's
//!   overrides applied. An override replaces a parameter's central value and must lie within the
//!   parameter's range; only adjustable parameters can be overridden. A value other than the
//!   standard one is then taken as given: it no longer varies in the band.

use std::cell::RefCell;

use crate::model::initiative::{InitiativeId, PerInitiative};
use crate::model::notices::{SANITY_BOUND_PARAMETER, SANITY_CHECKED_KINDS};
use crate::model::order::Seen;
use crate::model::overrides::Overrides;
use crate::model::params::{ModelParameters, Parameter, ParameterSet, Status, UnitFormat};
use crate::model::range::Range3;
use crate::model::sources::Origin;
use crate::model::world::{Kind, Quantities, Quantity};

use super::documents::{documents, reference_problem};
use super::DataError;

/// The file name used in error messages.
pub const FILE: &str = "parameters.json";

/// Prefix of a parameter outside the kernel's quantities that the model reads: the initiatives'
/// minimum years of cooperation (per initiative). The other is the sanity bound
/// ([`SANITY_BOUND_PARAMETER`]).
pub const MIN_COOPERATION_PREFIX: &str = "minimale_samenwerking";

/// Prefix of the minimum matches in the first year. Optional per initiative: the source gives it
/// for Buurtgezinnen and Steunouder only, so those two are required and the others may be absent
/// ("niet gespecificeerd").
pub const MIN_MATCHES_PREFIX: &str = "minimum_koppelingen_eerste_jaar";

/// Initiatives for which the source states a minimum number of matches in the first year.
pub const MIN_MATCHES_REQUIRED: [InitiativeId; 2] =
    [InitiativeId::Buurtgezinnen, InitiativeId::Steunouder];

/// Every id the model needs: the kernel's quantities
/// ([`KINDS`](crate::model::world::KINDS)) and the rules around them.
pub fn required_ids() -> Vec<String> {
    let mut ids: Vec<String> = Quantity::all().map(Quantity::parameter_id).collect();
    ids.extend(
        InitiativeId::ALL
            .iter()
            .map(|i| per_initiative_id(MIN_COOPERATION_PREFIX, *i)),
    );
    ids.push(SANITY_BOUND_PARAMETER.to_string());
    ids.extend(
        MIN_MATCHES_REQUIRED
            .iter()
            .map(|i| per_initiative_id(MIN_MATCHES_PREFIX, *i)),
    );
    ids
}

/// `kosten_per_koppeling.home-start`.
pub fn per_initiative_id(prefix: &str, initiative: InitiativeId) -> String {
    format!("{prefix}.{}", initiative.slug())
}

fn invalid(detail: impl Into<String>) -> DataError {
    DataError::Invalid {
        file: FILE.to_string(),
        detail: detail.into(),
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Reads and validates the parameter file.
pub fn parse_parameters(json: &str) -> Result<ParameterSet, DataError> {
    let set: ParameterSet = serde_json::from_str(json).map_err(|e| DataError::Malformed {
        file: FILE.to_string(),
        detail: e.to_string(),
    })?;
    check_set(&set)?;
    // The model must be buildable from the defaults: this checks the model's own constraints
    // (whole numbers, durations of at least a year, ...) in the one place that knows them.
    let (_, read) = build(&set, &Overrides::new())?;
    // A number the model never reads would show on the assumptions page, adjustable, and change
    // nothing: refuse it. Claims are shown for comparison only and never read.
    if let Some(unread) = set
        .parameters
        .iter()
        .find(|p| p.status != Status::Claim && !read.contains(&p.id))
    {
        return Err(invalid(format!(
            "het model rekent niet met de parameter ‘{}’; geef een claim de status ‘claim’ of haal de parameter weg",
            unread.id
        )));
    }
    Ok(set)
}

/// The conventions every parameter file keeps, so that no number reaches the page without its
/// unit, its group and a source or, for an assumption, a reason (the code-health rules):
///
/// - units, groups and parameters each once; units and groups named;
/// - every parameter has a label, a description, a known unit and group, finite numbers with
///   `low ≤ value ≤ high`, and a share between 0% and 100%;
/// - every reference names a listed document ([`crate::data::documents`]) and a place in it;
/// - an assumption has a reason of a few sentences, a range (`low < high`), a reason for each
///   end of the range (`low_reason`, `high_reason`) and can be adjusted;
/// - a sourced number (`bron`, `buiten_bronnen`) has a reference and no reason; `bron` cites
///   one of the five documents, `buiten_bronnen` an outside source;
/// - a claim has an id starting with `claim.`, cites one of the five documents and cannot be
///   adjusted;
/// - a previous default differs from the current one and says why it changed;
/// - the default shares of families for whom youth care and a placement are avoided stay,
///   together, within the sanity bound (about 1 in 8 families improve, AEF 2020);
/// - every parameter the model needs is present.
pub fn check_set(set: &ParameterSet) -> Result<(), DataError> {
    let mut unit_ids = Seen::new();
    for unit in &set.units {
        if !unit_ids.insert(unit.id.as_str()) {
            return Err(invalid(format!(
                "de eenheid ‘{}’ staat er twee keer in",
                unit.id
            )));
        }
        if blank(&unit.label) {
            return Err(invalid(format!(
                "de eenheid ‘{}’ heeft geen omschrijving",
                unit.id
            )));
        }
    }
    let mut group_ids = Seen::new();
    for group in &set.groups {
        if !group_ids.insert(group.id.as_str()) {
            return Err(invalid(format!(
                "de groep ‘{}’ staat er twee keer in",
                group.id
            )));
        }
        if blank(&group.label) {
            return Err(invalid(format!("de groep ‘{}’ heeft geen naam", group.id)));
        }
    }
    let mut ids = Seen::new();
    for parameter in &set.parameters {
        if !ids.insert(parameter.id.as_str()) {
            return Err(invalid(format!(
                "de parameter ‘{}’ staat er twee keer in",
                parameter.id
            )));
        }
        check_parameter(set, parameter)?;
    }
    if let Some(missing) = required_ids()
        .into_iter()
        .find(|id| !ids.contains(&id.as_str()))
    {
        return Err(invalid(format!("de parameter ‘{missing}’ ontbreekt")));
    }
    check_sanity_bound(set)
}

/// What is wrong with `value` for a number in `format`, if it is negative or far larger than any
/// such number in this model can be (a file edited by hand, 1e308): the model would carry it
/// into ∞ or NaN. The bounds are generous; `model::world` keeps the model's own tighter ones.
fn magnitude_problem(format: UnitFormat, value: f64) -> Option<String> {
    let (max, shown) = match format {
        UnitFormat::Eur => (10_000_000.0, "€ 10.000.000"),
        // A share has its own check below, with its own message.
        UnitFormat::Share => return None,
        UnitFormat::Percent => (10.0, "1.000%"),
        UnitFormat::Years | UnitFormat::WholeYears => (100.0, "100 jaar"),
        UnitFormat::Hours => (8_760.0, "8.760 uur (een jaar)"),
        UnitFormat::Count => (1_000_000.0, "1.000.000"),
    };
    // 1e308 as "1e308", not as 309 digits.
    let written = if value.abs() < 1e12 {
        plain(value)
    } else {
        format!("{value:e}")
    };
    if value < 0.0 {
        Some(format!("{written} is negatief"))
    } else if value > max {
        Some(format!("{written} is meer dan {shown}"))
    } else {
        None
    }
}

/// Shortest reason an assumption may give: a sentence on the evidence and one on the range.
pub const MIN_REASON_CHARS: usize = 80;

fn check_parameter(set: &ParameterSet, p: &Parameter) -> Result<(), DataError> {
    let id = &p.id;
    if blank(id) {
        return Err(invalid("een parameter heeft geen id"));
    }
    if blank(&p.label) || blank(&p.description) {
        return Err(invalid(format!(
            "de parameter ‘{id}’ heeft geen naam of omschrijving"
        )));
    }
    let Some(unit) = set.unit(&p.unit) else {
        return Err(invalid(format!(
            "de parameter ‘{id}’ heeft een onbekende eenheid ‘{}’",
            p.unit
        )));
    };
    if set.group(&p.group).is_none() {
        return Err(invalid(format!(
            "de parameter ‘{id}’ hoort bij een onbekende groep ‘{}’",
            p.group
        )));
    }
    if !(p.value.is_finite() && p.low.is_finite() && p.high.is_finite()) {
        return Err(invalid(format!(
            "de parameter ‘{id}’ heeft een ongeldig getal"
        )));
    }
    if let Some(problem) = [p.value, p.low, p.high]
        .into_iter()
        .find_map(|v| magnitude_problem(unit.format, v))
    {
        return Err(invalid(format!(
            "de parameter ‘{id}’ heeft een onmogelijk getal: {problem}"
        )));
    }
    if !(p.low <= p.value && p.value <= p.high) {
        return Err(invalid(format!(
            "bij de parameter ‘{id}’ ligt de waarde niet tussen de onder- en bovengrens"
        )));
    }
    if unit.format == UnitFormat::Share && !(p.low >= 0.0 && p.high <= 1.0) {
        return Err(invalid(format!(
            "de parameter ‘{id}’ is een aandeel en moet tussen 0% en 100% liggen"
        )));
    }
    if let Some(problem) = p.references.iter().find_map(reference_problem) {
        return Err(invalid(format!(
            "de bronvermelding van ‘{id}’ noemt {problem}"
        )));
    }
    let cites = |origin: Origin| {
        p.references.iter().any(|r| {
            documents()
                .get(&r.document)
                .is_some_and(|d| d.origin == origin)
        })
    };
    match p.status {
        Status::Aanname => {
            if p.reason.as_deref().is_none_or(blank) {
                return Err(invalid(format!(
                    "de aanname ‘{id}’ heeft geen onderbouwing"
                )));
            }
            if p.reason
                .as_deref()
                .is_some_and(|r| r.chars().count() < MIN_REASON_CHARS)
            {
                return Err(invalid(format!(
                    "de onderbouwing van de aanname ‘{id}’ is te kort: zeg waarom deze standaardwaarde en deze bandbreedte"
                )));
            }
            if p.low >= p.high {
                return Err(invalid(format!("de aanname ‘{id}’ heeft geen bandbreedte")));
            }
            if [&p.low_reason, &p.high_reason]
                .iter()
                .any(|r| r.as_deref().is_none_or(blank))
            {
                return Err(invalid(format!(
                    "bij de aanname ‘{id}’ staat niet waarop de onder- en de bovengrens rusten"
                )));
            }
            if !p.adjustable {
                return Err(invalid(format!(
                    "de aanname ‘{id}’ moet aan te passen zijn"
                )));
            }
        }
        Status::Bron | Status::BuitenBronnen | Status::Claim => {
            if p.references.is_empty() {
                return Err(invalid(format!(
                    "de parameter ‘{id}’ heeft geen bronvermelding"
                )));
            }
            if p.reason.is_some() || p.low_reason.is_some() || p.high_reason.is_some() {
                return Err(invalid(format!(
                    "de parameter ‘{id}’ komt uit een bron en hoort geen onderbouwing als aanname te hebben"
                )));
            }
        }
    }
    match p.status {
        Status::Bron if !cites(Origin::Bronnen) => {
            return Err(invalid(format!(
                "de parameter ‘{id}’ heet uit de bronnen te komen, maar noemt geen van de vijf documenten"
            )));
        }
        Status::BuitenBronnen if !cites(Origin::BuitenBronnen) => {
            return Err(invalid(format!(
                "de parameter ‘{id}’ heet van buiten de vijf documenten te komen, maar noemt geen bron daarbuiten"
            )));
        }
        Status::Claim => {
            if !id.starts_with("claim.") {
                return Err(invalid(format!(
                    "de claim ‘{id}’ moet een id hebben dat met ‘claim.’ begint"
                )));
            }
            if !cites(Origin::Bronnen) {
                return Err(invalid(format!(
                    "de claim ‘{id}’ noemt niet in welk document het initiatief haar doet"
                )));
            }
            if p.adjustable {
                return Err(invalid(format!(
                    "de claim ‘{id}’ kan niet aanpasbaar zijn: het model rekent er niet mee"
                )));
            }
        }
        _ => {}
    }
    if let Some(previous) = &p.previous {
        // NaN fails every comparison, so this also refuses a number that is not finite.
        let inside = previous.low <= previous.value && previous.value <= previous.high;
        if !(inside && previous.low.is_finite() && previous.high.is_finite()) {
            return Err(invalid(format!(
                "de vorige standaardwaarde van ‘{id}’ ligt niet tussen haar eigen grenzen"
            )));
        }
        if (previous.value, previous.low, previous.high) == (p.value, p.low, p.high) {
            return Err(invalid(format!(
                "de vorige standaardwaarde van ‘{id}’ is gelijk aan de huidige"
            )));
        }
        if blank(&previous.note) {
            return Err(invalid(format!(
                "bij ‘{id}’ staat niet waarom de standaardwaarde is veranderd"
            )));
        }
    }
    Ok(())
}

/// The default shares of escalations prevented, together, within the sanity bound: a default
/// above about 1 in 8 families improving would need a strong reason (PRODUCT).
fn check_sanity_bound(set: &ParameterSet) -> Result<(), DataError> {
    let value = |id: &str| set.get(id).map_or(0.0, |p| p.value);
    let ids = SANITY_CHECKED_KINDS.map(|kind| kind.definition().id);
    let shares: f64 = ids.iter().map(|id| value(id)).sum();
    let bound = value(SANITY_BOUND_PARAMETER);
    if shares > bound {
        return Err(invalid(format!(
            "de standaardwaarden van {} liggen samen boven de toetsgrens ‘{SANITY_BOUND_PARAMETER}’",
            ids.join(" en ")
        )));
    }
    Ok(())
}

/// Reads values out of a set with the overrides applied, with Dutch errors, and remembers which
/// ids it read.
struct Reader<'a> {
    set: &'a ParameterSet,
    overrides: &'a Overrides,
    read: RefCell<Seen<String>>,
}

impl Reader<'_> {
    fn parameter(&self, id: &str) -> Result<&Parameter, DataError> {
        self.read.borrow_mut().insert(id.to_string());
        self.set
            .get(id)
            .ok_or_else(|| invalid(format!("de parameter ‘{id}’ ontbreekt")))
    }

    /// Low, central (or the override) and high, each checked against `min..=max`.
    fn range(&self, id: &str, min: f64, max: f64) -> Result<Range3, DataError> {
        let p = self.parameter(id)?;
        let central = self.overrides.get(id).copied().unwrap_or(p.value);
        let range = Range3::new(p.low, central, p.high);
        if !(range.is_finite() && range.is_ordered()) {
            return Err(invalid(format!(
                "bij de parameter ‘{id}’ ligt de waarde niet tussen de onder- en bovengrens"
            )));
        }
        if range.low < min || range.high > max {
            return Err(invalid(format!(
                "de parameter ‘{id}’ moet tussen {} en {} liggen",
                plain(min),
                plain(max)
            )));
        }
        Ok(range)
    }

    /// A range of whole numbers (years, matches).
    fn whole_range(&self, id: &str, min: f64, max: f64) -> Result<Range3, DataError> {
        let range = self.range(id, min, max)?;
        if [range.low, range.central, range.high]
            .iter()
            .any(|v| v.fract() != 0.0)
        {
            return Err(invalid(format!(
                "de parameter ‘{id}’ moet een heel getal zijn"
            )));
        }
        Ok(range)
    }

    /// A whole number (years, matches).
    fn whole(&self, id: &str, max: u32) -> Result<u32, DataError> {
        let v = self.whole_range(id, 0.0, f64::from(max))?.central;
        // In 0..=max and whole, so the conversion is exact.
        Ok(v as u32)
    }

    fn per_initiative<T: Copy + Default>(
        &self,
        prefix: &str,
        read: impl Fn(&str) -> Result<T, DataError>,
    ) -> Result<PerInitiative<T>, DataError> {
        let mut out = PerInitiative::<T>::default();
        for initiative in InitiativeId::ALL {
            *out.get_mut(initiative) = read(&per_initiative_id(prefix, initiative))?;
        }
        Ok(out)
    }

    /// One quantity of the kernel, checked against its definition.
    fn quantity(&self, quantity: Quantity) -> Result<Range3, DataError> {
        let id = quantity.parameter_id();
        let d = quantity.definition();
        let range = if d.whole {
            self.whole_range(&id, d.min, d.max)?
        } else {
            self.range(&id, d.min, d.max)?
        };
        if quantity.kind == Kind::CostPerMatch && range.low <= 0.0 {
            return Err(invalid(format!(
                "de parameter ‘{id}’ moet groter dan 0 zijn"
            )));
        }
        Ok(range)
    }
}

/// A number without locale (only in error details about the file's own limits).
fn plain(v: f64) -> String {
    if v == f64::MAX {
        "onbeperkt".to_string()
    } else {
        let text = format!("{v}");
        text.replace('.', ",")
    }
}

impl ModelParameters {
    /// The typed model parameters from a validated set, with the user's overrides applied.
    ///
    /// An override replaces the central value of an adjustable parameter and must lie within
    /// its range (`low..=high`). A value that differs from the standard one is taken as given
    /// ([`ModelParameters::chosen`]): the band and the pessimistic and optimistic worlds keep it,
    /// while the sensitivity view still runs over its range. Errors are [`DataError::Invalid`] with a Dutch detail naming the parameter.
    pub fn from_set(
        set: &ParameterSet,
        overrides: &Overrides,
    ) -> Result<ModelParameters, DataError> {
        build(set, overrides).map(|(model, _)| model)
    }
}

/// [`ModelParameters::from_set`], and the ids it read.
fn build(
    set: &ParameterSet,
    overrides: &Overrides,
) -> Result<(ModelParameters, Seen<String>), DataError> {
    for (id, value) in overrides {
        let Some(p) = set.get(id) else {
            return Err(invalid(format!(
                "er is een waarde gekozen voor de onbekende parameter ‘{id}’"
            )));
        };
        if !p.adjustable {
            return Err(invalid(format!("‘{}’ kan niet worden aangepast", p.label)));
        }
        if !(value.is_finite() && p.low <= *value && *value <= p.high) {
            return Err(invalid(format!(
                "de gekozen waarde voor ‘{}’ ligt buiten de bandbreedte",
                p.label
            )));
        }
    }
    let r = Reader {
        set,
        overrides,
        read: RefCell::new(Seen::new()),
    };
    let mut first_error = None;
    let quantities = Quantities::from_fn(|quantity| match r.quantity(quantity) {
        Ok(range) => range,
        Err(error) => {
            first_error.get_or_insert(error);
            Range3::ZERO
        }
    });
    if let Some(error) = first_error {
        return Err(error);
    }
    let min_matches_first_year = {
        let mut out = PerInitiative::<Option<u32>>::default();
        for initiative in InitiativeId::ALL {
            let id = per_initiative_id(MIN_MATCHES_PREFIX, initiative);
            *out.get_mut(initiative) = match set.get(&id) {
                Some(_) => Some(r.whole(&id, crate::model::scenario::MAX_MATCHES_PER_YEAR)?),
                None if MIN_MATCHES_REQUIRED.contains(&initiative) => {
                    return Err(invalid(format!("de parameter ‘{id}’ ontbreekt")))
                }
                None => None,
            };
        }
        out
    };
    let max_horizon = crate::model::scenario::MAX_HORIZON_YEARS;
    // An override equal to the standard value changes nothing, so it is no choice: its range
    // stays and the labels keep saying "standaardwaarden".
    let chosen = Quantities::from_fn(|quantity| {
        let id = quantity.parameter_id();
        overrides
            .get(&id)
            .is_some_and(|value| set.get(&id).is_some_and(|p| p.value != *value))
    });
    let model = ModelParameters {
        quantities,
        chosen,
        min_matches_first_year,
        min_cooperation_years: r
            .per_initiative(MIN_COOPERATION_PREFIX, |id| r.whole(id, max_horizon))?,
        share_improving_sanity_bound: r.range(SANITY_BOUND_PARAMETER, 0.0, 1.0)?.central,
    };
    Ok((model, r.read.into_inner()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixture::{set, PARAMETERS_JSON as FILE_TEXT};

    /// The shipped file, changed by `edit`, then serialised and parsed again.
    fn parse_edited(edit: impl FnOnce(&mut ParameterSet)) -> Result<ParameterSet, DataError> {
        let mut s = set();
        edit(&mut s);
        parse_parameters(&serde_json::to_string(&s).expect("serialises"))
    }

    fn detail(result: Result<ParameterSet, DataError>) -> String {
        match result {
            Err(DataError::Invalid { detail, .. }) => detail,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    fn param<'a>(s: &'a mut ParameterSet, id: &str) -> &'a mut Parameter {
        s.parameters
            .iter_mut()
            .find(|p| p.id == id)
            .expect("id exists")
    }

    #[test]
    fn the_shipped_file_parses_and_builds_the_model() {
        let s = set();
        let model = ModelParameters::from_set(&s, &Overrides::new()).expect("model");
        assert_eq!(
            model
                .range_of(Kind::CostPerMatch, InitiativeId::HomeStart)
                .central,
            2200.0
        );
        assert_eq!(
            model
                .range_of(Kind::StartYears, InitiativeId::SamenOplopen)
                .central,
            2.0
        );
        assert_eq!(
            model.min_matches_first_year.get(InitiativeId::HomeStart),
            &None
        );
        assert_eq!(
            model
                .min_matches_first_year
                .get(InitiativeId::Buurtgezinnen),
            &Some(10)
        );
    }

    #[test]
    fn a_truncated_file_is_malformed_not_a_panic() {
        let cut = &FILE_TEXT[..FILE_TEXT.len() / 2];
        assert!(matches!(
            parse_parameters(cut),
            Err(DataError::Malformed { .. })
        ));
        assert!(matches!(
            parse_parameters(""),
            Err(DataError::Malformed { .. })
        ));
        assert!(matches!(
            parse_parameters("{\"units\": 3}"),
            Err(DataError::Malformed { .. })
        ));
    }

    #[test]
    fn each_broken_convention_is_named_in_dutch() {
        type Edit = fn(&mut ParameterSet);
        let cases: Vec<(Edit, &str)> = vec![
            (
                |s| {
                    let copy = s.parameters[0].clone();
                    s.parameters.push(copy);
                },
                "twee keer",
            ),
            (
                |s| param(s, "deadweight").unit = "liter".into(),
                "onbekende eenheid ‘liter’",
            ),
            // The rules tests/model_properties.rs used to restate about the shipped file.
            (
                |s| s.units[0].label = " ".into(),
                "heeft geen omschrijving",
            ),
            (
                |s| param(s, "deadweight").label = String::new(),
                "‘deadweight’ heeft geen naam of omschrijving",
            ),
            (
                |s| param(s, "deadweight").description = " ".into(),
                "‘deadweight’ heeft geen naam of omschrijving",
            ),
            (
                |s| {
                    param(s, "claim.samen-oplopen.gezinnen_per_coordinator")
                        .references
                        .clear()
                },
                "‘claim.samen-oplopen.gezinnen_per_coordinator’ heeft geen bronvermelding",
            ),
            (
                |s| param(s, "deadweight").group = "overig".into(),
                "onbekende groep ‘overig’",
            ),
            (
                |s| param(s, "deadweight").value = 0.9,
                "niet tussen de onder- en bovengrens",
            ),
            (
                |s| param(s, "deadweight").high = 1.5,
                "aandeel en moet tussen 0% en 100%",
            ),
            (
                |s| param(s, "deadweight").reason = Some("  ".into()),
                "‘deadweight’ heeft geen onderbouwing",
            ),
            (
                |s| param(s, "deadweight").reason = Some("Geschat.".into()),
                "onderbouwing van de aanname ‘deadweight’ is te kort",
            ),
            (
                |s| {
                    let p = param(s, "deadweight");
                    p.low = 0.3;
                    p.high = 0.3;
                },
                "‘deadweight’ heeft geen bandbreedte",
            ),
            (
                |s| param(s, "deadweight").adjustable = false,
                "‘deadweight’ moet aan te passen zijn",
            ),
            (
                |s| param(s, "aandeel_uithuisplaatsing_voorkomen").high_reason = None,
                "bij de aanname ‘aandeel_uithuisplaatsing_voorkomen’ staat niet waarop de onder- en de bovengrens rusten",
            ),
            (
                |s| param(s, "deadweight").low_reason = Some(" ".into()),
                "bij de aanname ‘deadweight’ staat niet waarop",
            ),
            (
                |s| param(s, "kosten_jeugdhulptraject").references.clear(),
                "‘kosten_jeugdhulptraject’ heeft geen bronvermelding",
            ),
            (
                |s| param(s, "kosten_jeugdhulptraject").references[0].document = "brochure".into(),
                "noemt een onbekend document ‘brochure’",
            ),
            (
                |s| param(s, "kosten_jeugdhulptraject").references[0].location = " ".into(),
                "noemt geen plaats in het document",
            ),
            (
                |s| param(s, "kosten_jeugdhulptraject").reason = Some("Een reden.".into()),
                "hoort geen onderbouwing als aanname te hebben",
            ),
            (
                |s| {
                    param(s, "kosten_jeugdhulptraject").references[0].document =
                        "discontovoet".into()
                },
                "noemt geen van de vijf documenten",
            ),
            (
                |s| param(s, "discontovoet").references[0].document = "wegwijzer".into(),
                "noemt geen bron daarbuiten",
            ),
            (
                |s| param(s, "claim.samen-oplopen.gezinnen_per_coordinator").adjustable = true,
                "kan niet aanpasbaar zijn",
            ),
            (
                |s| {
                    param(s, "claim.samen-oplopen.gezinnen_per_coordinator").id =
                        "gezinnen_per_coordinator".into()
                },
                "met ‘claim.’ begint",
            ),
            (
                |s| {
                    param(s, "claim.samen-oplopen.gezinnen_per_coordinator").references[0]
                        .document = "rtv-drenthe-meppel".into()
                },
                "noemt niet in welk document",
            ),
            (
                |s| {
                    let p = param(s, "opslag_startjaren");
                    p.previous = p.previous.clone().map(|mut q| {
                        q.value = p.value;
                        q.low = p.low;
                        q.high = p.high;
                        q
                    });
                },
                "gelijk aan de huidige",
            ),
            (
                |s| {
                    if let Some(q) = param(s, "opslag_startjaren").previous.as_mut() {
                        q.note = String::new();
                    }
                },
                "niet waarom de standaardwaarde is veranderd",
            ),
            (
                |s| {
                    if let Some(q) = param(s, "opslag_startjaren").previous.as_mut() {
                        q.value = 9.0;
                    }
                },
                "vorige standaardwaarde van ‘opslag_startjaren’ ligt niet tussen",
            ),
            (
                |s| {
                    let p = param(s, "aandeel_jeugdhulp_voorkomen");
                    p.high = 0.2;
                    p.value = 0.12;
                },
                "samen boven de toetsgrens",
            ),
            (
                |s| s.parameters.retain(|p| p.id != "discontovoet"),
                "‘discontovoet’ ontbreekt",
            ),
            (
                |s| {
                    let p = param(s, "startjaren.home-start");
                    p.value = 0.5;
                },
                "heel getal",
            ),
            (
                |s| param(s, "duur_koppeling.steunouder").low = 0.5,
                "duur_koppeling.steunouder",
            ),
        ];
        for (edit, expected) in cases {
            let d = detail(parse_edited(edit));
            assert!(d.contains(expected), "expected ‘{expected}’ in: {d}");
        }
        // An unknown unit format is refused when the file is read, not shown as a plain number.
        let text = FILE_TEXT.replacen("\"format\": \"share\"", "\"format\": \"promille\"", 1);
        assert!(matches!(
            parse_parameters(&text),
            Err(DataError::Malformed { .. })
        ));
    }

    #[test]
    fn non_finite_numbers_are_rejected() {
        // JSON cannot hold NaN; a huge exponent is the way a file could try.
        let text = FILE_TEXT.replacen("\"value\": 0.3,", "\"value\": 1e999,", 1);
        assert!(parse_parameters(&text).is_err());
    }

    #[test]
    fn an_absurd_magnitude_is_refused_naming_the_parameter() {
        // 1e308 is a finite number JSON can hold; no cost, share, count or duration is that
        // large, and the model would turn it into ∞ or NaN further on.
        let ids: Vec<String> = set().parameters.iter().map(|p| p.id.clone()).collect();
        for id in &ids {
            for edit in [
                |p: &mut Parameter| p.value = 1e308,
                |p: &mut Parameter| p.high = 1e308,
                |p: &mut Parameter| p.low = -1e308,
            ] {
                let message = detail(parse_edited(|s| {
                    let p = param(s, id);
                    edit(p);
                    p.high = p.high.max(p.value);
                }));
                assert!(
                    message.contains(&format!("‘{id}’"))
                        && (message.contains("onmogelijk") || message.contains("aandeel")),
                    "{id}: {message}"
                );
            }
        }
        let text = FILE_TEXT.replacen("\"value\": 0.3,", "\"value\": 1e308,", 1);
        assert!(parse_parameters(&text).is_err());
    }

    #[test]
    fn overrides_replace_the_central_value_within_the_range() {
        let s = set();
        let mut overrides = Overrides::new();
        overrides.insert("deadweight".to_string(), 0.45);
        let model = ModelParameters::from_set(&s, &overrides).expect("valid override");
        assert_eq!(model.range(Kind::Deadweight), Range3::new(0.1, 0.45, 0.5));

        overrides.insert("deadweight".to_string(), 0.9);
        assert!(ModelParameters::from_set(&s, &overrides).is_err());

        let mut not_adjustable = Overrides::new();
        not_adjustable.insert("startjaren.samen-oplopen".to_string(), 2.0);
        assert!(ModelParameters::from_set(&s, &not_adjustable).is_err());

        let mut unknown = Overrides::new();
        unknown.insert("bestaat_niet".to_string(), 1.0);
        assert!(ModelParameters::from_set(&s, &unknown).is_err());

        let mut nan = Overrides::new();
        nan.insert("deadweight".to_string(), f64::NAN);
        assert!(ModelParameters::from_set(&s, &nan).is_err());
    }

    #[test]
    fn only_adjustable_parameters_have_an_allowed_range() {
        let s = set();
        let discount = s.allowed_range("discontovoet").expect("adjustable");
        assert_eq!((discount.low, discount.high), (0.0, 0.06));
        assert_eq!(
            crate::model::params::show_range(discount.unit.as_ref(), discount.low, discount.high),
            "0% – 6%"
        );
        assert_eq!(
            s.allowed_range("claim.samen-oplopen.gezinnen_per_coordinator"),
            None
        );
        assert_eq!(s.allowed_range("bestaat_niet"), None);
        // Start years are whole: a link with half a start year is refused, not a broken model.
        let start_years = s
            .allowed_range("startjaren.home-start")
            .expect("an assumption");
        assert!(start_years.contains(0.0) && start_years.contains(2.0));
        assert!(!start_years.contains(1.5));
        assert!(ModelParameters::from_set(
            &s,
            &[("startjaren.home-start".to_string(), 1.5)].into()
        )
        .is_err());
    }

    mod hostile_input {
        use super::*;
        use proptest::prelude::*;

        proptest! {

            #![proptest_config(crate::proptest_seed::config(256))]

            #[test]
            fn arbitrary_text_is_an_error_not_a_panic(text in any::<String>()) {
                prop_assert!(parse_parameters(&text).is_err());
            }

            #[test]
            fn a_file_cut_anywhere_is_refused_with_a_dutch_message(cut in 0usize..FILE_TEXT.len()) {
                let cut = (0..=cut).rev().find(|&i| FILE_TEXT.is_char_boundary(i)).unwrap_or(0);
                let error = parse_parameters(&FILE_TEXT[..cut]).expect_err("a truncated file");
                prop_assert!(error.to_string().contains("parameters.json"));
            }

            #[test]
            fn an_edited_file_is_refused_or_gives_a_finite_projection(
                index in 0usize..64,
                field in 0usize..3,
                // Values near the real ones, so the edit often passes validation.
                scale in prop_oneof![Just(0.0), Just(-1.0), Just(1e300), 0.0f64..3.0],
            ) {
                let result = parse_edited(|s| {
                    let n = s.parameters.len();
                    let p = &mut s.parameters[index % n];
                    match field {
                        0 => p.value *= scale,
                        1 => p.low *= scale,
                        _ => p.high *= scale,
                    }
                });
                if let Ok(set) = result {
                    use crate::model::initiative::InitiativeId;
                    use crate::model::scenario::{Scenario, ScenarioLine};
                    let model = ModelParameters::from_set(&set, &Overrides::new())
                        .expect("a file that passes the checks builds the model");
                    let scenario = Scenario {
                        municipality: Default::default(),
                        name: String::new(),
                        first_year: 2027,
                        horizon_years: 4,
                        lines: InitiativeId::ALL
                            .iter()
                            .map(|&initiative| ScenarioLine {
                                initiative,
                                matches_per_year: vec![10, 20, 20, 20],
                                local_cost_per_match: None,
                            })
                            .collect(),
                    };
                    let projection = crate::model::projection::project(&model, &scenario)
                        .expect("a valid scenario");
                    let t = &projection.total;
                    for range in [t.cost, t.avoided_costs, t.net_result_pv, t.social_value] {
                        prop_assert!(range.is_finite(), "{:?}", range);
                    }
                }
            }
        }
    }
}
