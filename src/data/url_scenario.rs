//! The scenario in a share link's query string (without the leading `?`): encode, and decode
//! keeping every valid part.
//!
//! Keys, always written in this order, so one scenario always gives one link:
//!
//! | key | value |
//! |---|---|
//! | `naam` | the scenario's name (left out when empty) |
//! | `jaar` | first year |
//! | `looptijd` | horizon in years |
//! | `k.<initiative>` | matches: one number for every year (`k.home-start=20`), or one per year (`k.samen-oplopen=10,15,20,20`) |
//! | `kosten.<initiative>` | the municipality's own cost per match per year, in euros (after its `k.`) |
//! | `a.<parameter id>` | an assumption the user changed (`a.discontovoet=0.03`) |
//! | `g.naam` | the municipality's name (left out when empty) |
//! | `g.inwoners`, `g.jeugdigen`, `g.jeugdhulp`, `g.kosten_jeugdzorg` | the municipality's own figures (each left out when empty; see `data::municipality`) |
//! | `g.toelichting`, `g.contact`, `g.functie`, `g.email` | the municipality's own note and its contact person (each left out when empty) |
//! | `r.<initiative>.<year>` | what was realised that year: `matches,families,hours,cost`, a part empty when unknown (see `data::realised`) |
//!
//! Initiatives come in table order ([`InitiativeId::ALL`]), assumptions in id order. Keys and
//! values are percent-encoded (everything but `A–Z a–z 0–9 - . _ ~ ,`); numbers use a point as
//! decimal mark and are written so they read back exactly. `jaar` and `looptijd` are always
//! written, so a link keeps its meaning if the app's defaults change.
//!
//! [`decode`] never fails: it keeps what is valid and, for every part it drops or repairs, adds
//! a Dutch message naming that part (see [`DecodedScenario::dropped`]).

use crate::data::invisible;
use crate::data::municipality::{
    check as check_figure, check_text, visible_text, Figure, NoteField,
};
use crate::data::realised;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::order::first_occurrences;
use crate::model::overrides::Overrides;
use crate::model::params::{show_range, show_value, AllowedRange};
use crate::model::scenario::{
    Scenario, ScenarioLine, DEFAULT_FIRST_YEAR, DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS,
    MAX_LOCAL_COST, MAX_MATCHES_PER_YEAR, MAX_NAME_CHARS,
};

/// First years accepted from a link; outside them [`DEFAULT_FIRST_YEAR`] is used.
pub const FIRST_YEAR_BOUNDS: (i32, i32) = (2000, 2100);
/// Outside text quoted in a message is cut to this many characters.
const QUOTE_CHARS: usize = 40;

/// What [`decode`] made of a query.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedScenario {
    /// Every valid part of the link, repaired where possible; the default scenario otherwise.
    pub scenario: Scenario,
    /// Valid assumption overrides: parameter id → value, each inside its allowed range.
    pub overrides: Overrides,
    /// One Dutch message per part of the link that was dropped or repaired, naming that part.
    pub dropped: Vec<String>,
    /// Whether the query held any scenario key at all (valid or not).
    pub had_scenario: bool,
}

/// The scenario of an empty link: no initiatives, the default horizon and first year, no name.
pub fn default_scenario() -> Scenario {
    Scenario {
        municipality: Default::default(),
        name: String::new(),
        first_year: DEFAULT_FIRST_YEAR,
        horizon_years: DEFAULT_HORIZON_YEARS,
        lines: Vec::new(),
    }
}

/// Percent-encodes every byte but the unreserved characters of RFC 3986 and the comma. The comma
/// has no meaning in a query string and keeps yearly numbers readable (`10,15,20`).
pub(crate) fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reverses [`encode_component`]; `+` also reads as a space (as HTML forms write it). `None` for
/// a `%` not followed by two hexadecimal digits, or bytes that are not UTF-8.
fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let high = hex_value(*bytes.get(i + 1)?)?;
                let low = hex_value(*bytes.get(i + 2)?)?;
                out.push(high * 16 + low);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn hex_value(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// A number as a link writes it: point as decimal mark, shortest form that reads back exactly.
fn link_number(value: f64) -> String {
    format!("{value}")
}

/// Writes the scenario and the assumption overrides as a query string (without `?`).
///
/// Deterministic: the same scenario and overrides always give the same text (see the module
/// documentation for the order). An initiative that appears twice in `scenario.lines` is written
/// once (its first line). A cost or override that is not a finite number is left out: the model
/// could not use it anyway.
pub fn encode(scenario: &Scenario, overrides: &Overrides) -> String {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if !scenario.name.is_empty() {
        pairs.push(("naam".into(), scenario.name.clone()));
    }
    pairs.push(("jaar".into(), scenario.first_year.to_string()));
    pairs.push(("looptijd".into(), scenario.horizon_years.to_string()));
    for id in InitiativeId::ALL {
        let Some(line) = scenario.lines.iter().find(|l| l.initiative == id) else {
            continue;
        };
        let matches = &line.matches_per_year;
        let value = match matches.first() {
            Some(first) if matches.iter().all(|m| m == first) => first.to_string(),
            _ => matches
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(","),
        };
        pairs.push((format!("k.{}", id.slug()), value));
        if let Some(cost) = line.local_cost_per_match.filter(|c| c.is_finite()) {
            pairs.push((format!("kosten.{}", id.slug()), link_number(cost)));
        }
    }
    for (id, value) in overrides {
        if value.is_finite() {
            pairs.push((format!("a.{id}"), link_number(*value)));
        }
    }
    let municipality = &scenario.municipality;
    if !municipality.name.is_empty() {
        pairs.push(("g.naam".into(), municipality.name.clone()));
    }
    for figure in Figure::ALL {
        if let Some(value) = figure.get(municipality).filter(|v| v.is_finite()) {
            pairs.push((format!("g.{}", figure.key()), figure.link_value(value)));
        }
    }
    for field in NoteField::ALL {
        let text = field.get(municipality).trim();
        if !text.is_empty() {
            pairs.push((format!("g.{}", field.key()), text.to_string()));
        }
    }
    for entry in &municipality.realised {
        pairs.push((realised::link_key(entry), realised::link_value(entry)));
    }
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode_component(key), encode_component(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Outside text as quoted in a message: visible characters only, at most [`QUOTE_CHARS`].
fn quote(text: &str) -> String {
    let visible: Vec<char> = text.chars().filter(|&c| !invisible(c)).collect();
    let mut out: String = visible.iter().take(QUOTE_CHARS).collect();
    if visible.len() > QUOTE_CHARS {
        out.push('…');
    }
    format!("‘{out}’")
}

/// A whole number of at most `u64` written with digits only (no sign, no spaces).
fn whole(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // All digits: the only failure left is overflow, which reads as "very large".
    Some(text.parse().unwrap_or(u64::MAX))
}

/// A finite number with a point as decimal mark.
fn finite(text: &str) -> Option<f64> {
    super::decimal::parse_decimal(text).filter(|v| v.is_finite())
}

/// Why a list of matches cannot be used (the line is dropped).
enum MatchesProblem {
    NotANumber(String),
    Negative(String),
    TooLarge(String),
}

fn parse_matches(value: &str) -> Result<Vec<u32>, MatchesProblem> {
    value
        .split(',')
        .map(|part| match whole(part) {
            Some(n) if n <= u64::from(MAX_MATCHES_PER_YEAR) => Ok(n as u32),
            Some(_) => Err(MatchesProblem::TooLarge(part.to_string())),
            None if part.strip_prefix('-').and_then(finite).is_some() => {
                Err(MatchesProblem::Negative(part.to_string()))
            }
            None => Err(MatchesProblem::NotANumber(part.to_string())),
        })
        .collect()
}

/// One key of the link, by meaning.
enum Key<'a> {
    Name,
    Year,
    Horizon,
    Matches(&'a str),
    Cost(&'a str),
    Assumption(&'a str),
    MunicipalityName,
    MunicipalityFigure(Figure),
    MunicipalityText(NoteField),
    Realised(&'a str),
    Unknown,
}

fn classify(key: &str) -> Key<'_> {
    match key {
        "naam" => Key::Name,
        "jaar" => Key::Year,
        "looptijd" => Key::Horizon,
        _ => {
            if let Some(slug) = key.strip_prefix("k.") {
                Key::Matches(slug)
            } else if let Some(slug) = key.strip_prefix("kosten.") {
                Key::Cost(slug)
            } else if let Some(id) = key.strip_prefix("a.") {
                Key::Assumption(id)
            } else if key == "g.naam" {
                Key::MunicipalityName
            } else if let Some(figure) = key.strip_prefix("g.").and_then(Figure::from_key) {
                Key::MunicipalityFigure(figure)
            } else if let Some(field) = key.strip_prefix("g.").and_then(NoteField::from_key) {
                Key::MunicipalityText(field)
            } else if let Some(rest) = key.strip_prefix("r.") {
                Key::Realised(rest)
            } else {
                Key::Unknown
            }
        }
    }
}

/// Reads a query (with or without the leading `?`), keeping every valid part.
///
/// `known(id)` gives the allowed `(low, high)` range of an adjustable parameter, or `None` for
/// an id that does not exist or cannot be changed.
///
/// What is dropped or repaired, each with a Dutch message: a part that is not percent-encoded
/// properly; a key given twice (the first counts, even if it is invalid); an unknown key; in the
/// name, invisible characters (removed) and more than [`MAX_NAME_CHARS`] characters (cut); a
/// first year outside [`FIRST_YEAR_BOUNDS`] or a horizon outside `1..=MAX_HORIZON_YEARS` (the
/// default is used); an unknown initiative; matches that are not whole numbers, negative, or above
/// [`MAX_MATCHES_PER_YEAR`] (that initiative is left out); a list of yearly matches shorter than
/// the horizon (padded with its last number) or longer (cut); a local cost that is not a number,
/// not above zero, above [`MAX_LOCAL_COST`], or for an initiative that is not chosen; an
/// assumption that is unknown, not a number, or outside its allowed range (left out, never
/// clamped). An empty query gives [`default_scenario`] without messages.
pub fn decode(query: &str, known: &dyn Fn(&str) -> Option<AllowedRange>) -> DecodedScenario {
    let mut scenario = default_scenario();
    let mut overrides = Overrides::new();
    let mut dropped = Vec::new();
    let mut had_scenario = false;
    // Matches and costs wait until the horizon is known.
    // Per initiative in the order of `InitiativeId::ALL`: a map's order without a map's code.
    let mut matches: [Option<Vec<u32>>; InitiativeId::COUNT] = Default::default();
    let mut costs: [Option<f64>; InitiativeId::COUNT] = [None; InitiativeId::COUNT];
    // The municipality's figures are checked against each other once all are read.
    let mut figures: Vec<(Figure, String)> = Vec::new();
    // Realised figures wait until the years and the initiatives are known.
    let mut realised_parts: Vec<(String, String)> = Vec::new();

    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(&str, Option<String>)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            (
                pair,
                decode_component(pair.split('=').next().unwrap_or_default()),
            )
        })
        .collect();
    // A key's first appearance counts; checked for all at once (a link can have any length).
    let keys: Vec<Option<&str>> = pairs.iter().map(|(_, key)| key.as_deref()).collect();
    let first = first_occurrences(&keys);
    for ((pair, key), first) in pairs.into_iter().zip(first) {
        let raw_value = pair.split_once('=').map_or("", |(_, value)| value);
        let Some(key) = key else {
            dropped.push(format!(
                "Het deel {} van de link is niet goed gecodeerd en is weggelaten.",
                quote(pair)
            ));
            continue;
        };
        let kind = classify(&key);
        if !matches!(kind, Key::Unknown) {
            had_scenario = true;
        }
        if !first {
            dropped.push(format!(
                "{} staat meer dan één keer in de link; alleen de eerste waarde is gebruikt.",
                quote(&key)
            ));
            continue;
        }
        let Some(value) = decode_component(raw_value) else {
            dropped.push(format!(
                "De waarde van {} in de link ({}) is niet goed gecodeerd en is weggelaten.",
                quote(&key),
                quote(raw_value)
            ));
            continue;
        };
        match kind {
            Key::Name => scenario.name = clean_name(&value, "", &mut dropped),
            Key::MunicipalityName => {
                scenario.municipality.name = clean_name(&value, " van de gemeente", &mut dropped)
            }
            Key::MunicipalityFigure(figure) => figures.push((figure, value)),
            Key::Realised(rest) => realised_parts.push((rest.to_string(), value)),
            Key::MunicipalityText(field) => {
                let text = linked_text(field, &value, &mut dropped);
                field.set(&mut scenario.municipality, text);
            }
            Key::Year => match value.parse::<i32>() {
                Ok(year) if (FIRST_YEAR_BOUNDS.0..=FIRST_YEAR_BOUNDS.1).contains(&year) => scenario.first_year = year,
                Ok(_) => dropped.push(format!(
                    "Het eerste jaar in de link ({}) ligt niet tussen {} en {}; {DEFAULT_FIRST_YEAR} is gebruikt.",
                    quote(&value),
                    FIRST_YEAR_BOUNDS.0,
                    FIRST_YEAR_BOUNDS.1
                )),
                Err(_) => dropped.push(format!(
                    "Het eerste jaar in de link ({}) is geen jaartal; {DEFAULT_FIRST_YEAR} is gebruikt.",
                    quote(&value)
                )),
            },
            Key::Horizon => match whole(&value) {
                Some(years) if (1..=u64::from(MAX_HORIZON_YEARS)).contains(&years) => {
                    scenario.horizon_years = years as u32;
                }
                _ => dropped.push(format!(
                    "De looptijd in de link ({}) moet een heel aantal jaren van 1 tot en met {MAX_HORIZON_YEARS} zijn; {DEFAULT_HORIZON_YEARS} jaar is gebruikt.",
                    quote(&value)
                )),
            },
            Key::Matches(slug) => {
                let Some(id) = InitiativeId::from_slug(slug) else {
                    dropped.push(format!(
                        "Het initiatief {} in de link bestaat niet en is weggelaten.",
                        quote(slug)
                    ));
                    continue;
                };
                let name = id.name();
                match parse_matches(&value) {
                    Ok(list) => {
                        matches[id.index()] = Some(list);
                    }
                    Err(MatchesProblem::NotANumber(part)) => dropped.push(format!(
                        "Het aantal koppelingen voor {name} in de link ({}) is geen heel getal; {name} is weggelaten.",
                        quote(&part)
                    )),
                    Err(MatchesProblem::Negative(part)) => dropped.push(format!(
                        "Het aantal koppelingen voor {name} in de link ({}) is negatief; {name} is weggelaten.",
                        quote(&part)
                    )),
                    Err(MatchesProblem::TooLarge(part)) => dropped.push(format!(
                        "Het aantal koppelingen voor {name} in de link ({}) is te groot (maximaal {} per jaar); {name} is weggelaten.",
                        quote(&part),
                        format::integer(f64::from(MAX_MATCHES_PER_YEAR))
                    )),
                }
            }
            Key::Cost(slug) => {
                let Some(id) = InitiativeId::from_slug(slug) else {
                    dropped.push(format!(
                        "Eigen kosten voor het onbekende initiatief {} in de link zijn weggelaten.",
                        quote(slug)
                    ));
                    continue;
                };
                let name = id.name();
                match finite(&value) {
                    Some(cost) if cost > 0.0 && cost <= MAX_LOCAL_COST => {
                        costs[id.index()] = Some(cost);
                    }
                    Some(_) => dropped.push(format!(
                        "De eigen kosten per koppeling voor {name} in de link ({}) moeten boven €\u{a0}0 en ten hoogste {} liggen; de kosten uit het overzicht worden gebruikt.",
                        quote(&value),
                        format::euro(MAX_LOCAL_COST)
                    )),
                    None => dropped.push(format!(
                        "De eigen kosten per koppeling voor {name} in de link ({}) zijn geen bedrag; de kosten uit het overzicht worden gebruikt.",
                        quote(&value)
                    )),
                }
            }
            Key::Assumption(id) => match (known(id), finite(&value)) {
                (None, _) => dropped.push(format!(
                    "De aanname {} in de link bestaat niet of kan niet worden aangepast en is weggelaten.",
                    quote(id)
                )),
                (Some(_), None) => dropped.push(format!(
                    "De waarde van de aanname {} in de link ({}) is geen getal en is weggelaten; de standaardwaarde geldt.",
                    quote(id),
                    quote(&value)
                )),
                (Some(range), Some(v)) if range.contains(v) => {
                    overrides.insert(id.to_string(), v);
                }
                (Some(range), Some(v)) => dropped.push(format!(
                    "De waarde van de aanname {} in de link ({}) ligt buiten het toegestane bereik ({}) en is weggelaten; de standaardwaarde geldt.",
                    quote(id),
                    quote(&show_value(range.unit.as_ref(), v)),
                    show_range(range.unit.as_ref(), range.low, range.high)
                )),
            },
            Key::Unknown => dropped.push(format!(
                "Het onderdeel {} van de link is onbekend en is genegeerd.",
                quote(&key)
            )),
        }
    }

    let horizon = scenario.horizon_years as usize;
    for (initiative, list) in InitiativeId::ALL.into_iter().zip(matches) {
        let Some(mut list) = list else {
            continue;
        };
        let name = initiative.name();
        if list.len() > 1 && list.len() < horizon {
            dropped.push(format!(
                "Voor {name} stonden in de link koppelingen voor {} jaar, bij een looptijd van {horizon} jaar; de overige jaren hebben het laatste aantal gekregen.",
                list.len()
            ));
        } else if list.len() > horizon {
            dropped.push(format!(
                "Voor {name} stonden in de link koppelingen voor {} jaar, bij een looptijd van {horizon} jaar; de jaren daarna zijn weggelaten.",
                list.len()
            ));
        }
        let last = list.last().copied().unwrap_or(0);
        list.resize(horizon, last);
        scenario.lines.push(ScenarioLine {
            initiative,
            matches_per_year: list,
            local_cost_per_match: costs[initiative.index()].take(),
        });
    }
    for initiative in InitiativeId::ALL
        .into_iter()
        .filter(|i| costs[i.index()].is_some())
    {
        let name = initiative.name();
        dropped.push(format!(
            "De link noemt eigen kosten voor {name}, maar {name} is niet (geldig) gekozen; de kosten zijn weggelaten."
        ));
    }
    // In the panel's order, so a count too large for the one before it is the one dropped.
    crate::model::order::sort_by_key(&mut figures, |(figure, _)| {
        Figure::ALL.iter().position(|f| f == figure)
    });
    for (figure, value) in figures {
        let what = format::first_uppercase(figure.in_words());
        let named = format!(
            "{}: {}",
            quote(&format!("g.{}", figure.key())),
            quote(&value)
        );
        match figure.parse_link_value(&value) {
            None => dropped.push(format!(
                "{what} van de gemeente in de link ({named}) is geen geldig getal en is weggelaten."
            )),
            Some(number) => match check_figure(figure, number, &scenario.municipality) {
                Ok(number) => figure.set(&mut scenario.municipality, Some(number)),
                Err(message) => dropped.push(format!(
                    "{what} van de gemeente in de link ({named}) is weggelaten. {message}"
                )),
            },
        }
    }
    for (key, value) in realised_parts {
        let (entry, messages) = realised::from_link(&key, &value, &scenario);
        dropped.extend(messages);
        scenario.municipality.realised.extend(entry);
    }
    DecodedScenario {
        scenario,
        overrides,
        dropped: bounded(dropped),
        had_scenario,
    }
}

/// At most this many messages about one link: thousands of them help no one and stall the page.
const MAX_MESSAGES: usize = 10;

/// The messages without repeats (a key given a thousand times is one message, which says so),
/// and past [`MAX_MESSAGES`] one line that counts the rest.
fn bounded(dropped: Vec<String>) -> Vec<String> {
    // As `Option<&str>`, like the keys in `decode`: one copy of the check in the wasm.
    let texts: Vec<Option<&str>> = dropped.iter().map(|m| Some(m.as_str())).collect();
    let first = first_occurrences(&texts);
    let mut unique: Vec<String> = dropped
        .into_iter()
        .zip(first)
        .filter_map(|(message, first)| first.then_some(message))
        .collect();
    if unique.len() > MAX_MESSAGES {
        let rest = unique.len() - (MAX_MESSAGES - 1);
        unique.truncate(MAX_MESSAGES - 1);
        unique.push(format!(
            "En nog {rest} andere delen van de link zijn weggelaten of aangepast."
        ));
    }
    unique
}

/// Text of the municipality's note from a link: invisible characters removed (line breaks
/// quietly become spaces), too long cut, an e-mail address that is not one left out; each change
/// with a message naming the field.
fn linked_text(field: NoteField, value: &str, dropped: &mut Vec<String>) -> String {
    let label = field.label();
    if value
        .chars()
        .any(|c| invisible(c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        dropped.push(format!(
            "Onzichtbare tekens in ‘{label}’ uit de link zijn verwijderd."
        ));
    }
    match check_text(field, value) {
        Ok(text) => text.trim().to_string(),
        Err(message) if field == NoteField::ContactEmail => {
            dropped.push(format!("{message} Het is uit de link weggelaten."));
            String::new()
        }
        Err(_) => {
            dropped.push(format!(
                "‘{label}’ in de link was langer dan {} tekens en is ingekort.",
                field.max_chars()
            ));
            let cut: String = visible_text(value)
                .chars()
                .take(field.max_chars())
                .collect();
            cut.trim().to_string()
        }
    }
}

/// The name without invisible characters and cut to [`MAX_NAME_CHARS`], with a message for each.
/// `of` says whose name it is in the messages (" van de gemeente"; empty for the scenario's).
fn clean_name(value: &str, of: &str, dropped: &mut Vec<String>) -> String {
    let visible: String = value.chars().filter(|&c| !invisible(c)).collect();
    if visible.len() != value.len() {
        dropped.push(format!(
            "Onzichtbare tekens (zoals regeleinden) in de naam{of} uit de link zijn verwijderd."
        ));
    }
    if visible.chars().count() > MAX_NAME_CHARS {
        dropped.push(format!(
            "De naam{of} in de link was langer dan {MAX_NAME_CHARS} tekens en is ingekort."
        ));
        return visible.chars().take(MAX_NAME_CHARS).collect();
    }
    visible
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::{Unit, UnitFormat};
    use crate::model::scenario::Municipality;
    use proptest::prelude::*;

    fn known(id: &str) -> Option<AllowedRange> {
        let share = Unit {
            id: "aandeel".into(),
            label: "aandeel".into(),
            format: UnitFormat::Share,
        };
        let (low, high, unit) = match id {
            "discontovoet" => (0.0, 0.06, Some(share)),
            "deadweight" => (0.1, 0.5, Some(share)),
            "claim.samen-oplopen.gezinnen_per_coordinator" => (10.0, 40.0, None),
            "opslag_startjaren" => (-0.5, 2.0, None),
            _ => return None,
        };
        Some(AllowedRange { low, high, unit })
    }

    fn line(initiative: InitiativeId, matches: Vec<u32>, cost: Option<f64>) -> ScenarioLine {
        ScenarioLine {
            initiative,
            matches_per_year: matches,
            local_cost_per_match: cost,
        }
    }

    fn decoded(query: &str) -> DecodedScenario {
        decode(query, &known)
    }

    #[test]
    fn the_empty_link_is_the_default_scenario() {
        for query in ["", "?", "&&"] {
            let d = decoded(query);
            assert_eq!(d.scenario, default_scenario());
            assert_eq!(d.scenario.horizon_years, 4);
            assert_eq!(d.scenario.first_year, 2027);
            assert!(d.scenario.name.is_empty() && d.scenario.lines.is_empty());
            assert!(
                d.overrides.is_empty() && d.dropped.is_empty() && !d.had_scenario,
                "{query}"
            );
        }
        assert_eq!(
            encode(&default_scenario(), &Overrides::new()),
            "jaar=2027&looptijd=4"
        );
    }

    #[test]
    fn a_scenario_is_written_in_a_fixed_order() {
        let scenario = Scenario {
            municipality: Default::default(),
            name: "Gemeente Voorbeeld & Co".into(),
            first_year: 2028,
            horizon_years: 3,
            lines: vec![
                line(InitiativeId::SamenOplopen, vec![10, 15, 20], Some(2600.5)),
                line(InitiativeId::HomeStart, vec![20, 20, 20], None),
            ],
        };
        let overrides = Overrides::from([
            ("discontovoet".to_string(), 0.03),
            ("deadweight".to_string(), 0.25),
        ]);
        let query = encode(&scenario, &overrides);
        assert_eq!(
            query,
            "naam=Gemeente%20Voorbeeld%20%26%20Co&jaar=2028&looptijd=3&k.home-start=20&k.samen-oplopen=10,15,20&kosten.samen-oplopen=2600.5&a.deadweight=0.25&a.discontovoet=0.03"
        );
        let d = decoded(&query);
        let mut expected = scenario.clone();
        expected.lines.swap(0, 1);
        assert_eq!(d.scenario, expected);
        assert_eq!(d.overrides, overrides);
        assert!(d.dropped.is_empty() && d.had_scenario);
    }

    fn zeist() -> Municipality {
        Municipality {
            name: "Zeist".into(),
            inhabitants: Some(40_000),
            young_people: Some(8_000),
            youth_care_clients: Some(1_150),
            youth_care_spending: Some(14_000_000.5),
            ..Municipality::default()
        }
    }

    #[test]
    fn the_municipality_note_travels_as_text_and_bad_parts_are_named() {
        let mut scenario = Scenario {
            lines: vec![line(InitiativeId::HomeStart, vec![20; 4], None)],
            municipality: zeist(),
            ..default_scenario()
        };
        scenario.municipality.note = "Wij <b>kiezen</b> & <script>x</script> bewust.".into();
        scenario.municipality.contact.name = "Anna de Vries".into();
        scenario.municipality.contact.role = "beleidsadviseur jeugd".into();
        scenario.municipality.contact.email = "a.devries@zeist.nl".into();
        let query = encode(&scenario, &Overrides::new());
        assert!(query.ends_with("&g.contact=Anna%20de%20Vries&g.functie=beleidsadviseur%20jeugd&g.email=a.devries%40zeist.nl"), "{query}");
        let d = decoded(&query);
        assert_eq!(d.scenario, scenario);
        assert!(d.dropped.is_empty(), "{:?}", d.dropped);
        assert!(decoded("g.toelichting=x").had_scenario);

        // Too long: cut, with a message; a bad address: left out, with a message; the rest kept.
        let long = "a".repeat(700);
        let d = decoded(&format!(
            "k.home-start=20&g.naam=Zeist&g.toelichting={long}&g.email=geen%20adres&g.contact=An%E2%80%AEna"
        ));
        assert_eq!(d.scenario.municipality.note.chars().count(), 600);
        assert_eq!(d.scenario.municipality.contact.email, "");
        assert_eq!(d.scenario.municipality.contact.name, "Anna");
        assert_eq!(d.scenario.municipality.name, "Zeist");
        assert_eq!(d.scenario.lines.len(), 1);
        let all = d.dropped.join("\n");
        assert!(all.contains("‘Toelichting van de gemeente’ in de link was langer dan 600 tekens en is ingekort."), "{all}");
        assert!(
            all.contains("E-mailadres van de contactpersoon: ‘geen adres’ is geen e-mailadres"),
            "{all}"
        );
        assert!(
            all.contains("Onzichtbare tekens in ‘Contactpersoon’"),
            "{all}"
        );
        // A line break in the note is a space, without a message.
        let d = decoded("g.toelichting=Eerste%0Atweede");
        assert_eq!(d.scenario.municipality.note, "Eerste tweede");
        assert!(d.dropped.is_empty(), "{:?}", d.dropped);
    }

    #[test]
    fn the_municipality_travels_in_g_keys_after_the_scenario() {
        let scenario = Scenario {
            name: "Ambitieus".into(),
            lines: vec![line(InitiativeId::HomeStart, vec![20; 4], None)],
            municipality: zeist(),
            ..default_scenario()
        };
        let query = encode(&scenario, &Overrides::new());
        assert_eq!(
            query,
            "naam=Ambitieus&jaar=2027&looptijd=4&k.home-start=20&g.naam=Zeist&g.inwoners=40000&g.jeugdigen=8000&g.jeugdhulp=1150&g.kosten_jeugdzorg=14000000.5"
        );
        let d = decoded(&query);
        assert_eq!(d.scenario, scenario);
        assert!(d.dropped.is_empty(), "{:?}", d.dropped);
        // The municipality alone is a scenario worth restoring.
        assert!(decoded("g.inwoners=40000").had_scenario);
        // Only what is filled in is written.
        let partial = Scenario {
            municipality: Municipality {
                inhabitants: Some(40_000),
                ..Municipality::default()
            },
            ..default_scenario()
        };
        assert_eq!(
            encode(&partial, &Overrides::new()),
            "jaar=2027&looptijd=4&g.inwoners=40000"
        );
    }

    #[test]
    fn a_garbled_municipality_figure_is_named_and_dropped_and_the_rest_kept() {
        let cases: &[(&str, &str)] = &[
            ("g.inwoners=veel", "Het aantal inwoners van de gemeente in de link (‘g.inwoners’: ‘veel’) is geen geldig getal en is weggelaten."),
            ("g.inwoners=-5", "(‘g.inwoners’: ‘-5’) is geen geldig getal"),
            ("g.inwoners=40000.5", "(‘g.inwoners’: ‘40000.5’) is geen geldig getal"),
            ("g.jeugdhulp=0", "‘g.jeugdhulp’"),
            ("g.inwoners=40000&g.jeugdigen=50000", "Jeugdigen (0–17 jaar): 50.000 is meer dan het aantal inwoners (40.000)."),
            ("g.kosten_jeugdzorg=NaN", "‘g.kosten_jeugdzorg’"),
            ("g.kosten_jeugdzorg=0", "vul een bedrag boven € 0 in"),
            ("g.kosten_jeugdzorg=0.01", "minder dan een gemeente aan jeugdzorg uitgeeft"),
            ("g.inwoners=1", "Inwoners: 1 is minder dan een gemeente inwoners heeft"),
            ("g.postcode=3701", "Het onderdeel ‘g.postcode’ van de link is onbekend en is genegeerd."),
            ("g.naam=Zeist%0A", "Onzichtbare tekens (zoals regeleinden) in de naam van de gemeente"),
        ];
        for (query, expected) in cases {
            let base = if query.starts_with("g.naam") {
                "k.home-start=20"
            } else {
                "k.home-start=20&g.naam=Zeist"
            };
            let d = decoded(&format!("{base}&{query}"));
            let all = format::plain(&d.dropped.join(" | "));
            assert!(
                all.contains(expected),
                "{query}: expected ‘{expected}’ in: {all}"
            );
            assert_eq!(d.dropped.len(), 1, "{query}: one message, got {all}");
            assert_eq!(d.scenario.lines.len(), 1, "{query}: the rest is kept");
            assert_eq!(d.scenario.municipality.name, "Zeist", "{query}");
        }
        let d =
            decoded("g.inwoners=40000&g.jeugdigen=50000&g.jeugdhulp=1150&g.kosten_jeugdzorg=abc");
        assert_eq!(d.scenario.municipality.inhabitants, Some(40_000));
        assert_eq!(d.scenario.municipality.young_people, None);
        assert_eq!(d.scenario.municipality.youth_care_clients, Some(1_150));
        assert_eq!(d.scenario.municipality.youth_care_spending, None);
        assert_eq!(d.dropped.len(), 2, "{:?}", d.dropped);
    }

    #[test]
    fn short_links_from_elsewhere_are_read() {
        let d =
            decoded("?naam=Gemeente+Voorbeeld&k.home-start=20&k.samen-oplopen=10%2C12%2C14%2C16");
        assert_eq!(d.scenario.name, "Gemeente Voorbeeld");
        assert_eq!(d.scenario.first_year, DEFAULT_FIRST_YEAR);
        assert_eq!(
            d.scenario.lines,
            vec![
                line(InitiativeId::HomeStart, vec![20; 4], None),
                line(InitiativeId::SamenOplopen, vec![10, 12, 14, 16], None),
            ]
        );
        assert!(d.dropped.is_empty(), "{:?}", d.dropped);
    }

    /// Each invalid part: the query, a piece of the Dutch message, and what must still be kept.
    #[test]
    fn each_invalid_part_is_named_in_dutch() {
        let cases: &[(&str, &str)] = &[
            ("k.bestaat-niet=5", "Het initiatief ‘bestaat-niet’ in de link bestaat niet"),
            ("k.home-start=abc", "Home-Start in de link (‘abc’) is geen heel getal"),
            ("k.home-start=2.5", "(‘2.5’) is geen heel getal"),
            ("k.home-start=", "(‘’) is geen heel getal"),
            ("k.home-start=-3", "Home-Start in de link (‘-3’) is negatief"),
            ("k.home-start=10,-1,3,3", "(‘-1’) is negatief"),
            ("k.home-start=10001", "(‘10001’) is te groot (maximaal 10.000 per jaar)"),
            ("k.home-start=99999999999999999999999", "is te groot"),
            ("looptijd=0", "De looptijd in de link (‘0’) moet een heel aantal jaren van 1 tot en met 10 zijn; 4 jaar is gebruikt."),
            ("looptijd=11", "(‘11’) moet een heel aantal jaren"),
            ("looptijd=vier", "(‘vier’) moet een heel aantal jaren"),
            ("jaar=1999", "Het eerste jaar in de link (‘1999’) ligt niet tussen 2000 en 2100; 2027 is gebruikt."),
            ("jaar=2101", "ligt niet tussen 2000 en 2100"),
            ("jaar=volgend", "(‘volgend’) is geen jaartal; 2027 is gebruikt."),
            ("looptijd=3&k.home-start=5,10", "Voor Home-Start stonden in de link koppelingen voor 2 jaar, bij een looptijd van 3 jaar; de overige jaren hebben het laatste aantal gekregen."),
            ("looptijd=2&k.home-start=5,10,15", "koppelingen voor 3 jaar, bij een looptijd van 2 jaar; de jaren daarna zijn weggelaten."),
            ("k.steunouder=5&kosten.steunouder=0", "De eigen kosten per koppeling voor Steunouder in de link (‘0’) moeten boven € 0 en ten hoogste € 100.000 liggen"),
            ("k.steunouder=5&kosten.steunouder=100001", "ten hoogste € 100.000"),
            ("k.steunouder=5&kosten.steunouder=-2350", "moeten boven € 0"),
            ("k.steunouder=5&kosten.steunouder=NaN", "(‘NaN’) zijn geen bedrag"),
            ("k.steunouder=5&kosten.steunouder=inf", "(‘inf’) zijn geen bedrag"),
            ("kosten.steunouder=2400", "De link noemt eigen kosten voor Steunouder, maar Steunouder is niet (geldig) gekozen"),
            ("kosten.niemand=2400", "Eigen kosten voor het onbekende initiatief ‘niemand’"),
            ("a.bestaat_niet=1", "De aanname ‘bestaat_niet’ in de link bestaat niet of kan niet worden aangepast"),
            ("a.discontovoet=0.5", "De waarde van de aanname ‘discontovoet’ in de link (‘50%’) ligt buiten het toegestane bereik (0% – 6%)"),
            ("a.discontovoet=veel", "(‘veel’) is geen getal en is weggelaten"),
            ("a.=1", "De aanname ‘’ in de link bestaat niet"),
            ("naam=Test%ZZ", "De waarde van ‘naam’ in de link (‘Test%ZZ’) is niet goed gecodeerd"),
            ("naam=%C3%28", "is niet goed gecodeerd"),
            ("naam%=x", "Het deel ‘naam%=x’ van de link is niet goed gecodeerd"),
            ("naam=Een%0Aregel", "Onzichtbare tekens (zoals regeleinden) in de naam"),
            ("naam=%E2%80%AEnaam", "Onzichtbare tekens"),
            ("k.home-start=5&k.home-start=50", "‘k.home-start’ staat meer dan één keer in de link; alleen de eerste waarde is gebruikt."),
            ("utm_source=nieuwsbrief", "Het onderdeel ‘utm_source’ van de link is onbekend en is genegeerd."),
        ];
        for (query, expected) in cases {
            let d = decoded(query);
            // As a reader sees it: amounts keep a no-break space after "€".
            let all = format::plain(&d.dropped.join(" | "));
            assert!(
                all.contains(expected),
                "{query}: expected ‘{expected}’ in: {all}"
            );
            assert_eq!(d.dropped.len(), 1, "{query}: one message, got {all}");
        }
        let long = "a".repeat(MAX_NAME_CHARS + 20);
        let d = decoded(&format!("naam={long}"));
        assert_eq!(d.scenario.name.chars().count(), MAX_NAME_CHARS);
        assert_eq!(
            d.dropped,
            ["De naam in de link was langer dan 80 tekens en is ingekort."]
        );
    }

    #[test]
    fn repairs_and_first_wins_keep_what_is_valid() {
        let d =
            decoded("k.home-start=5&k.home-start=50&looptijd=99&jaar=1&naam=%00Utrecht%E2%80%8B");
        assert_eq!(
            d.scenario.lines,
            vec![line(InitiativeId::HomeStart, vec![5; 4], None)]
        );
        assert_eq!(
            (d.scenario.horizon_years, d.scenario.first_year),
            (DEFAULT_HORIZON_YEARS, DEFAULT_FIRST_YEAR)
        );
        assert_eq!(d.scenario.name, "Utrecht");
        assert_eq!(d.dropped.len(), 4, "{:?}", d.dropped);

        let d = decoded(
            "looptijd=3&k.buurtgezinnen=5,10&k.steunouder=1,2,3,4,5&kosten.buurtgezinnen=2600",
        );
        assert_eq!(
            d.scenario.lines,
            vec![
                line(InitiativeId::Buurtgezinnen, vec![5, 10, 10], Some(2600.0)),
                line(InitiativeId::Steunouder, vec![1, 2, 3], None),
            ]
        );
        // A duplicate counts as its first occurrence even when that one is invalid.
        let d = decoded("k.home-start=abc&k.home-start=5");
        assert!(d.scenario.lines.is_empty());
        assert_eq!(d.dropped.len(), 2);
        // Overrides inside the range are kept, outside dropped, never clamped.
        let d = decoded("a.deadweight=0.5&a.discontovoet=0.061&a.opslag_startjaren=-0.5");
        assert_eq!(
            d.overrides,
            Overrides::from([
                ("deadweight".into(), 0.5),
                ("opslag_startjaren".into(), -0.5)
            ])
        );
        // Only scenario keys count as a scenario.
        assert!(!decoded("utm_source=x").had_scenario);
        assert!(decoded("looptijd=99").had_scenario);
        assert!(decoded("k.bestaat-niet=1").had_scenario);
    }

    #[test]
    fn thousands_of_bad_parts_give_a_short_list_and_keep_the_valid_part() {
        let unknown: Vec<String> = (0..3000).map(|i| format!("x{i}=1")).collect();
        let many = decoded(&format!("{}&k.home-start=20", unknown.join("&")));
        assert_eq!(many.dropped.len(), MAX_MESSAGES);
        assert!(many.dropped[MAX_MESSAGES - 1].contains("En nog 2991 andere"));
        assert_eq!(many.scenario.lines[0].matches_per_year[0], 20);
        // A hundred thousand different parts (a link pasted into itself, or made to stall the
        // page): every part is checked for repeats in one sort, not each against all before it.
        let unknown: Vec<String> = (0..100_000).map(|i| format!("x{i}=1")).collect();
        let huge = decoded(&format!("{}&x7=2&k.home-start=20", unknown.join("&")));
        assert_eq!(huge.dropped.len(), MAX_MESSAGES);
        assert!(
            huge.dropped[MAX_MESSAGES - 1].contains("En nog 99992 andere"),
            "{:?}",
            huge.dropped
        );
        assert_eq!(huge.scenario.lines[0].matches_per_year[0], 20);
        let repeated_link = vec!["k.home-start=5"; 7000].join("&");
        let repeated = decoded(&repeated_link);
        assert!(
            repeated.dropped.len() <= MAX_MESSAGES,
            "{:?}",
            repeated.dropped
        );
        assert_eq!(repeated.scenario.lines.len(), 1);
    }

    #[test]
    fn every_invisible_character_is_removed_from_a_name_with_a_message() {
        // Line separators, a bidi mark, tag characters, Hangul fillers and other characters
        // that render as nothing: a name must read as it shows.
        let hidden = [
            '\u{2028}',
            '\u{2029}',
            '\u{061C}',
            '\u{E0041}',
            '\u{E007F}',
            '\u{3164}',
            '\u{115F}',
            '\u{1160}',
            '\u{FFA0}',
            '\u{180E}',
            '\u{2060}',
            '\u{2064}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{034F}',
            '\u{206A}',
        ];
        for c in hidden {
            let query = format!("g.naam=Zei{}st", encode_component(&c.to_string()));
            let d = decoded(&query);
            assert_eq!(d.scenario.municipality.name, "Zeist", "U+{:04X}", c as u32);
            assert!(
                d.dropped.iter().any(|m| m.contains("Onzichtbare tekens")),
                "U+{:04X}: {:?}",
                c as u32,
                d.dropped
            );
        }
        // Visible text, emoji with their variation selector included, stays as typed.
        for name in ["Súdwest-Fryslân", "Zeist ❤\u{FE0F}", "’s-Hertogenbosch"] {
            assert!(!name.chars().any(invisible), "{name}");
        }
    }

    #[test]
    fn hostile_names_stay_text() {
        for name in [
            "<img src=x onerror=alert(1)>",
            "a&b=c%d+e",
            "'; DROP TABLE--",
            "\"><script>",
            "€ 2.350 – ‘x’",
        ] {
            let scenario = Scenario {
                name: name.to_string(),
                ..default_scenario()
            };
            let query = encode(&scenario, &Overrides::new());
            assert!(
                !query.contains('<')
                    && !query.contains('>')
                    && !query.contains('"')
                    && !query.contains(' '),
                "{query}"
            );
            assert_eq!(
                query.matches('&').count(),
                2,
                "the name cannot add keys: {query}"
            );
            assert_eq!(decoded(&query).scenario.name, name);
        }
    }

    #[test]
    fn encode_leaves_out_what_no_model_can_use() {
        let scenario = Scenario {
            lines: vec![
                line(InitiativeId::Steunouder, vec![3; 4], Some(f64::NAN)),
                line(InitiativeId::Steunouder, vec![9; 4], None),
            ],
            ..default_scenario()
        };
        let overrides = Overrides::from([("deadweight".to_string(), f64::INFINITY)]);
        assert_eq!(
            encode(&scenario, &overrides),
            "jaar=2027&looptijd=4&k.steunouder=3"
        );
    }

    fn name_strategy() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("100% & meer = beter".to_string()),
            Just("Súdwest-Fryslân".to_string()),
            "[a-zA-Z0-9 &=%?#+,.;:/<>'\"()-]{1,80}",
            // Visible text: the decoder removes what renders as nothing.
            "\\PC{1,80}".prop_map(|n| n.chars().filter(|&c| !invisible(c)).collect()),
        ]
    }

    fn overrides_strategy() -> impl Strategy<Value = Overrides> {
        (
            proptest::option::of(0.0..=0.06f64),
            proptest::option::of(0.1..=0.5f64),
            proptest::option::of(10u32..=40),
        )
            .prop_map(|(rate, deadweight, per_coordinator)| {
                let mut map = Overrides::new();
                if let Some(v) = rate {
                    map.insert("discontovoet".to_string(), v);
                }
                if let Some(v) = deadweight {
                    map.insert("deadweight".to_string(), v);
                }
                if let Some(v) = per_coordinator {
                    map.insert(
                        "claim.samen-oplopen.gezinnen_per_coordinator".to_string(),
                        f64::from(v),
                    );
                }
                map
            })
    }

    /// Possible municipalities: each figure present or not, the counts nested as they must be.
    fn municipality_strategy() -> impl Strategy<Value = Municipality> {
        (
            prop_oneof![
                Just(String::new()),
                Just("Súdwest-Fryslân".to_string()),
                "\\PC{1,80}"
            ],
            crate::data::municipality::MIN_INHABITANTS..=crate::data::municipality::MAX_INHABITANTS,
            0.0..=1.0f64,
            0.0..=1.0f64,
            proptest::option::of(crate::data::municipality::MIN_YOUTH_CARE_SPENDING..=1e9f64),
            proptest::array::uniform3(any::<bool>()),
        )
            .prop_map(|(name, inhabitants, young, care, spending, present)| {
                let young_people = ((f64::from(inhabitants) * young) as u32).max(1);
                let clients = ((f64::from(young_people) * care) as u32).max(1);
                Municipality {
                    name: name.chars().filter(|&c| !invisible(c)).collect(),
                    inhabitants: present[0].then_some(inhabitants),
                    young_people: present[1].then_some(young_people.min(inhabitants)),
                    youth_care_clients: present[2]
                        .then_some(clients.min(young_people).min(inhabitants)),
                    youth_care_spending: spending,
                    ..Municipality::default()
                }
            })
    }

    fn scenario_strategy() -> impl Strategy<Value = Scenario> {
        (
            name_strategy(),
            FIRST_YEAR_BOUNDS.0..=FIRST_YEAR_BOUNDS.1,
            1u32..=MAX_HORIZON_YEARS,
            proptest::sample::subsequence(InitiativeId::ALL.to_vec(), 0..=4),
            municipality_strategy(),
        )
            .prop_flat_map(|(name, first_year, horizon_years, ids, municipality)| {
                let lines: Vec<_> = ids
                    .into_iter()
                    .map(move |id| {
                        let constant = (0u32..=MAX_MATCHES_PER_YEAR)
                            .prop_map(move |n| vec![n; horizon_years as usize]);
                        let ramp = proptest::collection::vec(
                            0u32..=MAX_MATCHES_PER_YEAR,
                            horizon_years as usize,
                        );
                        let cost = proptest::option::of(prop_oneof![
                            0.01..=MAX_LOCAL_COST,
                            Just(MAX_LOCAL_COST),
                            Just(2350.0)
                        ]);
                        (prop_oneof![constant, ramp], cost).prop_map(move |(m, c)| line(id, m, c))
                    })
                    .collect();
                (
                    Just(name),
                    Just(first_year),
                    Just(horizon_years),
                    lines,
                    Just(municipality),
                )
            })
            .prop_map(
                |(name, first_year, horizon_years, lines, municipality)| Scenario {
                    municipality,
                    name,
                    first_year,
                    horizon_years,
                    lines,
                },
            )
    }

    proptest! {

        #![proptest_config(crate::proptest_seed::config(256))]

        #[test]
        fn every_valid_scenario_round_trips(scenario in scenario_strategy(), overrides in overrides_strategy()) {
            let query = encode(&scenario, &overrides);
            let d = decoded(&query);
            prop_assert_eq!(&d.scenario, &scenario, "{}", query);
            prop_assert_eq!(&d.overrides, &overrides);
            prop_assert!(d.dropped.is_empty(), "{:?}", d.dropped);
            prop_assert!(d.had_scenario);
            prop_assert_eq!(encode(&d.scenario, &d.overrides), query, "encoding is stable");
        }

        #[test]
        fn any_text_decodes_without_panic_into_a_usable_scenario(query in any::<String>()) {
            let d = decoded(&query);
            let s = &d.scenario;
            prop_assert!((1..=MAX_HORIZON_YEARS).contains(&s.horizon_years));
            prop_assert!((FIRST_YEAR_BOUNDS.0..=FIRST_YEAR_BOUNDS.1).contains(&s.first_year));
            prop_assert!(s.name.chars().count() <= MAX_NAME_CHARS && !s.name.chars().any(invisible));
            prop_assert_eq!(crate::model::scenario::validate(s), Ok(()));
            // Whatever municipality a link gives is one the panel would accept, figure by figure.
            for figure in Figure::ALL {
                if let Some(v) = figure.get(&s.municipality) {
                    prop_assert_eq!(check_figure(figure, v, &s.municipality), Ok(v));
                }
            }
            for (id, v) in &d.overrides {
                prop_assert!(known(id).unwrap().contains(*v));
            }
        }

        #[test]
        fn any_municipal_figures_keep_only_possible_ones(
            inhabitants in 0u64..3_000_000,
            young in 0u64..3_000_000,
            clients in 0u64..3_000_000,
            spending in prop_oneof![any::<f64>(), 0.0..3e9f64],
        ) {
            let query = format!("g.inwoners={inhabitants}&g.jeugdigen={young}&g.jeugdhulp={clients}&g.kosten_jeugdzorg={spending}");
            let d = decoded(&query);
            let m = &d.scenario.municipality;
            let kept = Figure::ALL.iter().filter(|f| f.get(m).is_some()).count();
            prop_assert_eq!(kept + d.dropped.len(), 4, "{} {:?}", query, d.dropped);
            for figure in Figure::ALL {
                if let Some(v) = figure.get(m) {
                    prop_assert_eq!(check_figure(figure, v, m), Ok(v));
                }
            }
            if let (Some(i), Some(y)) = (m.inhabitants, m.young_people) {
                prop_assert!(y <= i);
            }
            if let (Some(y), Some(c)) = (m.young_people, m.youth_care_clients) {
                prop_assert!(c <= y);
            }
        }

        #[test]
        fn query_like_garbage_never_panics(query in "[a-z.%&=,0-9+A-F-]{0,80}") {
            let d = decoded(&query);
            prop_assert_eq!(crate::model::scenario::validate(&d.scenario), Ok(()));
        }

        #[test]
        fn garbage_after_a_valid_link_keeps_every_valid_part(
            scenario in scenario_strategy(),
            overrides in overrides_strategy(),
            junk in proptest::collection::vec(
                prop_oneof![
                    any::<String>(),
                    "[a-z.%&=,0-9-]{0,30}",
                    Just("<img src=x onerror=alert(1)>".to_string()),
                    Just("k.home-start=-1&kosten.steunouder=0&a.discontovoet=9&naam=%ZZ".to_string()),
                ],
                0..5,
            ),
        ) {
            let query = format!("{}&{}", encode(&scenario, &overrides), junk.join("&"));
            let d = decoded(&query);
            if !scenario.name.is_empty() {
                prop_assert_eq!(&d.scenario.name, &scenario.name);
            }
            prop_assert_eq!(d.scenario.first_year, scenario.first_year);
            prop_assert_eq!(d.scenario.horizon_years, scenario.horizon_years);
            for line in &scenario.lines {
                let kept = d.scenario.lines.iter().find(|l| l.initiative == line.initiative);
                prop_assert!(kept.is_some_and(|k| k.matches_per_year == line.matches_per_year), "{}", query);
                if line.local_cost_per_match.is_some() {
                    prop_assert_eq!(kept.unwrap().local_cost_per_match, line.local_cost_per_match);
                }
            }
            for (id, v) in &overrides {
                prop_assert_eq!(d.overrides.get(id), Some(v));
            }
        }
    }
}
