//! Parse and validate `assets/data/parameters.json` into `ModelParameters`.
//!
//! Two steps, each with a Dutch error:
//! - [`parse_parameters`] reads the file into a [`ParameterSet`] and checks its conventions
//!   (unique ids, known units and groups, finite numbers inside their range, a reason for every
//!   assumption and a reference for every sourced number) and that the model can be built from it.
//! - [`ModelParameters::from_set`] builds the typed view the projection reads, with the user's
//!   overrides applied. An override replaces a parameter's central value and must lie within the
//!   parameter's range; only adjustable parameters can be overridden.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::initiative::{InitiativeId, PerInitiative};
use std::cell::RefCell;

use crate::model::params::{ModelParameters, Parameter, ParameterSet, Range3, Status};
use crate::model::world::{Kind, Quantities, Quantity};

use super::DataError;

/// The file name used in error messages.
pub const FILE: &str = "parameters.json";

/// The formats a unit may use (see [`crate::model::params::Unit::format`]).
pub const UNIT_FORMATS: [&str; 6] = ["eur", "share", "percent", "years", "count", "hours"];

/// Ids of the parameters outside the kernel's quantities that the model reads: the initiatives'
/// minimum years of cooperation (per initiative) and the sanity bound.
pub const MIN_COOPERATION_PREFIX: &str = "minimale_samenwerking";
pub const SANITY_BOUND_ID: &str = "toetsgrens_aandeel_verbetering";

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
    ids.push(SANITY_BOUND_ID.to_string());
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
    let (_, read) = build(&set, &BTreeMap::new())?;
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

/// The conventions every parameter file keeps (also run by the code-health test).
pub fn check_set(set: &ParameterSet) -> Result<(), DataError> {
    let mut unit_ids = BTreeSet::new();
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
        if !UNIT_FORMATS.contains(&unit.format.as_str()) {
            return Err(invalid(format!(
                "de eenheid ‘{}’ heeft een onbekende opmaak ‘{}’",
                unit.id, unit.format
            )));
        }
    }
    let mut group_ids = BTreeSet::new();
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
    let mut ids = BTreeSet::new();
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
        .find(|id| !ids.contains(id.as_str()))
    {
        return Err(invalid(format!("de parameter ‘{missing}’ ontbreekt")));
    }
    Ok(())
}

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
    if !(p.low <= p.value && p.value <= p.high) {
        return Err(invalid(format!(
            "bij de parameter ‘{id}’ ligt de waarde niet tussen de onder- en bovengrens"
        )));
    }
    if unit.format == "share" && !(p.low >= 0.0 && p.high <= 1.0) {
        return Err(invalid(format!(
            "de parameter ‘{id}’ is een aandeel en moet tussen 0% en 100% liggen"
        )));
    }
    let has_references = !p.references.is_empty()
        && p.references
            .iter()
            .all(|r| !blank(&r.title) && !blank(&r.location));
    match p.status {
        Status::Aanname => {
            if p.reason.as_deref().is_none_or(blank) {
                return Err(invalid(format!(
                    "de aanname ‘{id}’ heeft geen onderbouwing"
                )));
            }
            if p.references
                .iter()
                .any(|r| blank(&r.title) || blank(&r.location))
            {
                return Err(invalid(format!(
                    "de aanname ‘{id}’ heeft een onvolledige bronvermelding"
                )));
            }
        }
        Status::Bron | Status::BuitenBronnen | Status::Claim => {
            if !has_references {
                return Err(invalid(format!(
                    "de parameter ‘{id}’ heeft geen (volledige) bronvermelding"
                )));
            }
        }
    }
    if p.status == Status::Claim && p.adjustable {
        return Err(invalid(format!(
            "de claim ‘{id}’ kan niet aanpasbaar zijn: het model rekent er niet mee"
        )));
    }
    Ok(())
}

/// Reads values out of a set with the overrides applied, with Dutch errors, and remembers which
/// ids it read.
struct Reader<'a> {
    set: &'a ParameterSet,
    overrides: &'a BTreeMap<String, f64>,
    read: RefCell<BTreeSet<String>>,
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
    /// its range (`low..=high`); the range itself stays, so the uncertainty band remains honest.
    /// Errors are [`DataError::Invalid`] with a Dutch detail naming the parameter.
    pub fn from_set(
        set: &ParameterSet,
        overrides: &BTreeMap<String, f64>,
    ) -> Result<ModelParameters, DataError> {
        build(set, overrides).map(|(model, _)| model)
    }
}

/// [`ModelParameters::from_set`], and the ids it read.
fn build(
    set: &ParameterSet,
    overrides: &BTreeMap<String, f64>,
) -> Result<(ModelParameters, BTreeSet<String>), DataError> {
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
        read: RefCell::new(BTreeSet::new()),
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
    let model = ModelParameters {
        quantities,
        min_matches_first_year,
        min_cooperation_years: r
            .per_initiative(MIN_COOPERATION_PREFIX, |id| r.whole(id, max_horizon))?,
        share_improving_sanity_bound: r.range(SANITY_BOUND_ID, 0.0, 1.0)?.central,
    };
    Ok((model, r.read.into_inner()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE_TEXT: &str = include_str!("../../assets/data/parameters.json");

    fn set() -> ParameterSet {
        parse_parameters(FILE_TEXT).expect("the shipped parameter file is valid")
    }

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
        let model = ModelParameters::from_set(&s, &BTreeMap::new()).expect("model");
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
        let d = detail(parse_edited(|s| {
            let copy = s.parameters[0].clone();
            s.parameters.push(copy);
        }));
        assert!(d.contains("twee keer"), "{d}");

        let d = detail(parse_edited(|s| {
            param(s, "deadweight").unit = "liter".into()
        }));
        assert!(d.contains("onbekende eenheid"), "{d}");

        let d = detail(parse_edited(|s| {
            param(s, "deadweight").group = "overig".into()
        }));
        assert!(d.contains("onbekende groep"), "{d}");

        let d = detail(parse_edited(|s| param(s, "deadweight").value = 0.9));
        assert!(d.contains("niet tussen"), "{d}");

        let d = detail(parse_edited(|s| {
            param(s, "deadweight").reason = Some("  ".into())
        }));
        assert!(d.contains("onderbouwing"), "{d}");

        let d = detail(parse_edited(|s| {
            param(s, "kosten_jeugdhulptraject").references.clear()
        }));
        assert!(d.contains("bronvermelding"), "{d}");

        let d = detail(parse_edited(|s| {
            s.parameters.retain(|p| p.id != "discontovoet")
        }));
        assert!(d.contains("‘discontovoet’ ontbreekt"), "{d}");

        let d = detail(parse_edited(|s| {
            let p = param(s, "startjaren.home-start");
            p.value = 0.5;
            p.high = 1.0;
        }));
        assert!(d.contains("heel getal"), "{d}");

        let d = detail(parse_edited(|s| {
            let p = param(s, "duur_koppeling.steunouder");
            p.low = 0.5;
        }));
        assert!(d.contains("duur_koppeling.steunouder"), "{d}");
    }

    #[test]
    fn non_finite_numbers_are_rejected() {
        // JSON cannot hold NaN; a huge exponent is the way a file could try.
        let text = FILE_TEXT.replacen("\"value\": 0.3,", "\"value\": 1e999,", 1);
        assert!(parse_parameters(&text).is_err());
    }

    #[test]
    fn overrides_replace_the_central_value_within_the_range() {
        let s = set();
        let mut overrides = BTreeMap::new();
        overrides.insert("deadweight".to_string(), 0.45);
        let model = ModelParameters::from_set(&s, &overrides).expect("valid override");
        assert_eq!(model.range(Kind::Deadweight), Range3::new(0.1, 0.45, 0.5));

        overrides.insert("deadweight".to_string(), 0.9);
        assert!(ModelParameters::from_set(&s, &overrides).is_err());

        let mut not_adjustable = BTreeMap::new();
        not_adjustable.insert("startjaren.home-start".to_string(), 0.0);
        assert!(ModelParameters::from_set(&s, &not_adjustable).is_err());

        let mut unknown = BTreeMap::new();
        unknown.insert("bestaat_niet".to_string(), 1.0);
        assert!(ModelParameters::from_set(&s, &unknown).is_err());

        let mut nan = BTreeMap::new();
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
    }

    mod hostile_input {
        use super::*;
        use proptest::prelude::*;

        proptest! {
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
            fn a_hostile_number_never_reaches_the_model(value in prop_oneof![
                Just(f64::NAN), Just(f64::INFINITY), Just(-1e300), Just(1e300), -1e6f64..1e6
            ]) {
                let result = parse_edited(|s| s.parameters[0].value = value);
                if let Ok(set) = result {
                    let p = &set.parameters[0];
                    prop_assert!(p.value.is_finite() && p.low <= p.value && p.value <= p.high);
                }
            }
        }
    }
}
