//! The municipality's own figures as the user types them or a link carries them, checked here,
//! and the national reference figures and Iv3 taakvelden built into the program from
//! `assets/data/gemeente.json` (each with its source; nothing is fetched).
//!
//! A figure that is impossible (not a whole number, more young people than inhabitants, …) is
//! refused with a Dutch message naming it; the other figures are kept.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::data::decimal::parse_decimal;
use crate::data::documents::{documents, reference_problem};
use crate::data::invisible;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::scenario::{Municipality, MAX_NAME_CHARS};
use crate::model::sources::SourceRef;

/// More inhabitants than this is a typing error (the largest Dutch municipality has fewer).
pub const MAX_INHABITANTS: u32 = 2_000_000;
/// Fewer inhabitants than this is a typing error (the smallest Dutch municipality has more);
/// dividing by it would show costs per inhabitant no municipality has.
pub const MIN_INHABITANTS: u32 = 500;
/// Youth-care spending below this in one municipality is a typing error or an amount typed in
/// millions without the word (euros per year): even the smallest municipality spends more.
pub const MIN_YOUTH_CARE_SPENDING: f64 = 100_000.0;
/// Youth-care spending above this in one municipality is a typing error (euros per year).
pub const MAX_YOUTH_CARE_SPENDING: f64 = 2_000_000_000.0;

/// One of the municipality's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Inhabitants,
    YoungPeople,
    YouthCareClients,
    YouthCareSpending,
}

impl Figure {
    /// In the order of the panel and of the link.
    pub const ALL: [Figure; 4] = [
        Figure::Inhabitants,
        Figure::YoungPeople,
        Figure::YouthCareClients,
        Figure::YouthCareSpending,
    ];

    /// The key after `g.` in a link, also the field's id.
    pub fn key(self) -> &'static str {
        match self {
            Figure::Inhabitants => "inwoners",
            Figure::YoungPeople => "jeugdigen",
            Figure::YouthCareClients => "jeugdhulp",
            Figure::YouthCareSpending => "kosten_jeugdzorg",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Figure::Inhabitants => "Inwoners",
            Figure::YoungPeople => "Jeugdigen (0–17 jaar)",
            Figure::YouthCareClients => "Jeugdigen met jeugdhulp in een jaar",
            Figure::YouthCareSpending => "Gerealiseerde uitgaven aan jeugdzorg per jaar (€)",
        }
    }

    /// The figure in a sentence ("het aantal inwoners").
    pub fn in_words(self) -> &'static str {
        match self {
            Figure::Inhabitants => "het aantal inwoners",
            Figure::YoungPeople => "het aantal jeugdigen",
            Figure::YouthCareClients => "het aantal jeugdigen met jeugdhulp",
            Figure::YouthCareSpending => "de uitgaven aan jeugdzorg",
        }
    }

    /// Where a council member finds the figure, and for which year it should be.
    pub fn where_to_find(self) -> String {
        let d = documents();
        match self {
            Figure::Inhabitants => format!(
                "Te vinden in de {}, onderdeel bevolking; neem het aantal op 1 januari van het laatste jaar.",
                d.citation("waarstaatjegemeente")
            ),
            Figure::YoungPeople => format!(
                "Te vinden in de {}, onderdeel bevolking naar leeftijd; neem het aantal van 0 tot en met 17 jaar op 1 januari van hetzelfde jaar.",
                d.citation("waarstaatjegemeente")
            ),
            Figure::YouthCareClients => format!(
                "Te vinden in de {}, onderdeel jeugd (jongeren met jeugdhulp); neem het aantal over een heel jaar, van het laatste jaar met definitieve cijfers.",
                d.citation("waarstaatjegemeente")
            ),
            Figure::YouthCareSpending => format!(
                "Te vinden bij {} (gerealiseerde kosten) of in de eigen jaarrekening; neem het laatste jaar met een jaarrekening.",
                d.citation("cbs-83454ned")
            ),
        }
    }

    pub fn get(self, m: &Municipality) -> Option<f64> {
        match self {
            Figure::Inhabitants => m.inhabitants.map(f64::from),
            Figure::YoungPeople => m.young_people.map(f64::from),
            Figure::YouthCareClients => m.youth_care_clients.map(f64::from),
            Figure::YouthCareSpending => m.youth_care_spending,
        }
    }

    /// Sets the figure without checking it (see [`check`]).
    pub fn set(self, m: &mut Municipality, value: Option<f64>) {
        let whole = value.map(|v| v as u32);
        match self {
            Figure::Inhabitants => m.inhabitants = whole,
            Figure::YoungPeople => m.young_people = whole,
            Figure::YouthCareClients => m.youth_care_clients = whole,
            Figure::YouthCareSpending => m.youth_care_spending = value,
        }
    }

    /// The figure as a link writes it: digits only, or the amount with a point as decimal mark.
    pub fn link_value(self, value: f64) -> String {
        match self {
            Figure::YouthCareSpending => format!("{value}"),
            _ => format!("{}", value as u64),
        }
    }

    /// Reads a figure from a link: a whole number (digits only) for counts, a finite amount
    /// with a point as decimal mark for spending. Whether it is possible is for [`check`].
    pub fn parse_link_value(self, text: &str) -> Option<f64> {
        match self {
            Figure::YouthCareSpending => parse_decimal(text).filter(|v| v.is_finite()),
            _ if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => {
                Some(parse_decimal(text).unwrap_or(f64::INFINITY))
            }
            _ => None,
        }
    }

    /// The figure for the link key after `g.`.
    pub fn from_key(key: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The figure as the page shows it: "40.000", "€ 28.500.000".
    pub fn show(self, value: f64) -> String {
        match self {
            Figure::YouthCareSpending => format::euro(value),
            _ => format::integer(value),
        }
    }
}

/// Checks `value` for `figure` against the municipality's other figures. `Err` is a Dutch
/// message naming the figure; on `Ok` the value is what may be stored.
pub fn check(figure: Figure, value: f64, m: &Municipality) -> Result<f64, String> {
    let label = figure.label();
    if !value.is_finite() {
        return Err(format!("{label}: vul een getal in."));
    }
    if figure == Figure::YouthCareSpending {
        if value <= 0.0 {
            return Err(format!("{label}: vul een bedrag boven €\u{a0}0 in."));
        }
        if value < MIN_YOUTH_CARE_SPENDING {
            return Err(format!(
                "{label}: {} is minder dan een gemeente aan jeugdzorg uitgeeft (ten minste {}). Typ het hele bedrag, bijvoorbeeld 20.000.000 of 20 mln.",
                format::euro(value),
                format::euro(MIN_YOUTH_CARE_SPENDING)
            ));
        }
        if value > MAX_YOUTH_CARE_SPENDING {
            return Err(format!(
                "{label}: {} is meer dan één gemeente uitgeeft (ten hoogste {}).",
                format::euro(value),
                format::euro(MAX_YOUTH_CARE_SPENDING)
            ));
        }
        return Ok(value);
    }
    if value.fract() != 0.0 {
        return Err(format!("{label}: vul een heel aantal in."));
    }
    if value < 1.0 {
        return Err(format!("{label}: vul een aantal van ten minste 1 in."));
    }
    if figure == Figure::Inhabitants && value < f64::from(MIN_INHABITANTS) {
        return Err(format!(
            "{label}: {} is minder dan een gemeente inwoners heeft (ten minste {}).",
            format::integer(value),
            format::integer(f64::from(MIN_INHABITANTS))
        ));
    }
    if value > f64::from(MAX_INHABITANTS) {
        return Err(format!(
            "{label}: {} is meer dan een gemeente inwoners heeft (ten hoogste {}).",
            format::integer(value),
            format::integer(f64::from(MAX_INHABITANTS))
        ));
    }
    // Each count is part of the one before it: young people of the inhabitants, young people
    // with youth care of the young people.
    let order = [
        Figure::Inhabitants,
        Figure::YoungPeople,
        Figure::YouthCareClients,
    ];
    let at = order.iter().position(|f| *f == figure).unwrap_or(0);
    if let Some(larger) = order[..at].iter().rev().find(|f| f.get(m).is_some()) {
        let bound = larger.get(m).unwrap_or(f64::INFINITY);
        if value > bound {
            return Err(format!(
                "{label}: {} is meer dan {} ({}).",
                format::integer(value),
                larger.in_words(),
                format::integer(bound)
            ));
        }
    }
    if let Some(smaller) = order[at + 1..].iter().find(|f| f.get(m).is_some()) {
        let bound = smaller.get(m).unwrap_or(0.0);
        if value < bound {
            return Err(format!(
                "{label}: {} is minder dan {} ({}).",
                format::integer(value),
                smaller.in_words(),
                format::integer(bound)
            ));
        }
    }
    Ok(value)
}

/// Longest note kept (characters): a few sentences beside the figures, which still fit a slide.
pub const MAX_NOTE_CHARS: usize = 600;
/// Longest e-mail address accepted (the limit of the mail standards).
pub const MAX_EMAIL_CHARS: usize = 254;

/// One part of the municipality's own note: the text and its contact person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteField {
    Note,
    ContactName,
    ContactRole,
    ContactEmail,
}

impl NoteField {
    /// In the order of the panel and of the link.
    pub const ALL: [NoteField; 4] = [
        NoteField::Note,
        NoteField::ContactName,
        NoteField::ContactRole,
        NoteField::ContactEmail,
    ];

    /// The key after `g.` in a link, also the field's id.
    pub fn key(self) -> &'static str {
        match self {
            NoteField::Note => "toelichting",
            NoteField::ContactName => "contact",
            NoteField::ContactRole => "functie",
            NoteField::ContactEmail => "email",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            NoteField::Note => "Toelichting van de gemeente",
            NoteField::ContactName => "Contactpersoon",
            NoteField::ContactRole => "Functie van de contactpersoon",
            NoteField::ContactEmail => "E-mailadres van de contactpersoon",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            NoteField::Note => MAX_NOTE_CHARS,
            NoteField::ContactEmail => MAX_EMAIL_CHARS,
            _ => MAX_NAME_CHARS,
        }
    }

    pub fn from_key(key: &str) -> Option<NoteField> {
        NoteField::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn get(self, m: &Municipality) -> &str {
        match self {
            NoteField::Note => &m.note,
            NoteField::ContactName => &m.contact.name,
            NoteField::ContactRole => &m.contact.role,
            NoteField::ContactEmail => &m.contact.email,
        }
    }

    /// Sets the text without checking it (see [`check_text`]).
    pub fn set(self, m: &mut Municipality, text: String) {
        match self {
            NoteField::Note => m.note = text,
            NoteField::ContactName => m.contact.name = text,
            NoteField::ContactRole => m.contact.role = text,
            NoteField::ContactEmail => m.contact.email = text,
        }
    }
}

/// The text without invisible characters; line breaks and tabs in the note become spaces, since
/// every surface shows it as one paragraph.
pub fn visible_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .filter(|&c| !invisible(c))
        .collect()
}

/// Whether `text` looks like an e-mail address: one `@` with text before it, a domain with a dot
/// inside it after it, and no spaces, quotes or angle brackets. Only plausibility: no mail is sent.
pub fn plausible_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let allowed = |c: char| {
        !c.is_whitespace()
            && !matches!(
                c,
                '@' | '"' | '<' | '>' | '(' | ')' | ',' | ';' | ':' | '\\' | '[' | ']'
            )
    };
    !local.is_empty()
        && local.chars().all(allowed)
        && domain.chars().all(allowed)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Checks typed or linked text for `field`: invisible characters go (see [`visible_text`]);
/// `Err` is a Dutch message naming the field for text longer than its limit or an e-mail address
/// that is not one. An empty text is always allowed (the part is left out).
pub fn check_text(field: NoteField, text: &str) -> Result<String, String> {
    let label = field.label();
    let clean = visible_text(text);
    let count = clean.chars().count();
    if count > field.max_chars() {
        return Err(format!(
            "{label}: ten hoogste {} tekens (nu {}).",
            field.max_chars(),
            format::integer(count as f64)
        ));
    }
    if field == NoteField::ContactEmail {
        let address = clean.trim();
        if !address.is_empty() && !plausible_email(address) {
            return Err(format!(
                "{label}: ‘{address}’ is geen e-mailadres; schrijf het als naam@gemeente.nl."
            ));
        }
        return Ok(address.to_string());
    }
    Ok(clean)
}

/// A national figure, as a source gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NationalFigure {
    pub id: String,
    pub label: String,
    /// One value, or `laag`–`hoog` where the source gives a range.
    #[serde(default)]
    pub waarde: Option<f64>,
    #[serde(default)]
    pub laag: Option<f64>,
    #[serde(default)]
    pub hoog: Option<f64>,
    /// `aandeel`, `aantal` or `euro`.
    pub eenheid: String,
    pub jaar: String,
    pub bron: SourceRef,
}

impl NationalFigure {
    /// "14%", "481.355", "€ 5,4 mld – € 5,6 mld".
    pub fn show(&self) -> String {
        let one = |v: f64| match self.eenheid.as_str() {
            "aandeel" => format::share(v),
            "euro" => format::euro_rounded(v),
            _ => format::integer(v),
        };
        match (self.waarde, self.laag, self.hoog) {
            (Some(v), _, _) => one(v),
            (None, Some(low), Some(high)) => format!("{} – {}", one(low), one(high)),
            _ => String::new(),
        }
    }

    /// The source in words, with the year the figure is for.
    pub fn cited(&self) -> String {
        format!(
            "{}; cijfer over {}",
            documents().cite(&self.bron),
            self.jaar
        )
    }
}

/// A municipality that already runs an initiative, as a news report gives its size: a
/// comparison for "is 15 matches a lot?", never mixed with the brochure's figures.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ScaleExample {
    pub id: String,
    pub gemeente: String,
    /// The initiative's slug.
    pub initiatief: String,
    /// Matches in the first, second, … year, where the report counts matches.
    #[serde(default)]
    pub koppelingen_per_jaar: Vec<u32>,
    /// Families and children over `periode`, where the report counts those.
    #[serde(default)]
    pub gezinnen: Option<u32>,
    #[serde(default)]
    pub kinderen: Option<u32>,
    #[serde(default)]
    pub periode: Option<String>,
    /// What the municipality spent: a year's budget, or the total over `periode`.
    #[serde(default)]
    pub bedrag: Option<f64>,
    #[serde(default)]
    pub bedrag_per_jaar: bool,
    /// The report gives the amount as "about".
    #[serde(default)]
    pub bedrag_ongeveer: bool,
    /// When the amount applies, where it is not the counted years ("na de proef": Meppel made
    /// € 58.000 a year structural after its two-year trial).
    #[serde(default)]
    pub bedrag_wanneer: Option<String>,
    pub bron: SourceRef,
}

impl ScaleExample {
    pub fn initiative(&self) -> Option<InitiativeId> {
        InitiativeId::from_slug(&self.initiatief)
    }
}

/// An Iv3 taakveld as the budget table names it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Taakveld {
    #[serde(default)]
    pub code: Option<String>,
    pub naam: String,
    #[serde(default)]
    pub toelichting: Option<String>,
    pub bron: SourceRef,
}

impl Taakveld {
    /// "6.1 Samenkracht en burgerparticipatie", or the name alone.
    pub fn title(&self) -> String {
        match &self.code {
            Some(code) => format!("{code} {}", self.naam),
            None => self.naam.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Taakvelden {
    /// Where the cost of informal support is booked.
    pub kosten: Taakveld,
    /// Where the avoided youth-care costs fall.
    pub vermeden: Taakveld,
}

/// The reference data: national figures and the taakvelden of the budget lines.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Reference {
    pub landelijk: Vec<NationalFigure>,
    /// Municipalities that already run an initiative, for a sense of scale.
    pub voorbeelden: Vec<ScaleExample>,
    pub taakvelden: Taakvelden,
}

impl Reference {
    pub fn national(&self, id: &str) -> Option<&NationalFigure> {
        self.landelijk.iter().find(|f| f.id == id)
    }
}

/// The file name used in error messages.
pub const FILE: &str = "gemeente.json";

const TEXT: &str = include_str!("../../assets/data/gemeente.json");

static REFERENCE: LazyLock<Option<Reference>> = LazyLock::new(|| parse_reference(TEXT).ok());

/// The built-in reference data (`None` only if the built-in file were broken, which the tests
/// rule out; the panel then shows no national figures and no taakvelden).
pub fn reference() -> Option<&'static Reference> {
    REFERENCE.as_ref()
}

/// Reads and checks the reference data: every figure has a value or a range, and every source
/// names a listed document and a place in it.
pub fn parse_reference(json: &str) -> Result<Reference, String> {
    let reference: Reference =
        serde_json::from_str(json).map_err(|e| format!("{FILE} kan niet worden gelezen: {e}"))?;
    for figure in &reference.landelijk {
        let has_value = figure.waarde.is_some_and(f64::is_finite)
            || (figure.laag.is_some_and(f64::is_finite) && figure.hoog.is_some_and(f64::is_finite));
        if !has_value {
            return Err(format!(
                "{FILE}: het cijfer ‘{}’ heeft geen waarde",
                figure.id
            ));
        }
        if let Some(problem) = reference_problem(&figure.bron) {
            return Err(format!(
                "{FILE}: het cijfer ‘{}’ noemt {problem}",
                figure.id
            ));
        }
    }
    for example in &reference.voorbeelden {
        let counted = !example.koppelingen_per_jaar.is_empty() || example.gezinnen.is_some();
        let problem = if example.initiative().is_none() {
            Some(format!("een onbekend initiatief ‘{}’", example.initiatief))
        } else if !counted {
            Some("geen koppelingen of gezinnen".to_string())
        } else if example.gezinnen.is_some() && example.periode.is_none() {
            Some("gezinnen zonder de periode waarover ze geteld zijn".to_string())
        } else if example.bedrag.is_some_and(|b| !b.is_finite() || b <= 0.0) {
            Some("een onmogelijk bedrag".to_string())
        } else {
            reference_problem(&example.bron)
        };
        if let Some(problem) = problem {
            return Err(format!(
                "{FILE}: het voorbeeld ‘{}’ noemt {problem}",
                example.id
            ));
        }
    }
    for taakveld in [&reference.taakvelden.kosten, &reference.taakvelden.vermeden] {
        if let Some(problem) = reference_problem(&taakveld.bron) {
            return Err(format!(
                "{FILE}: het taakveld ‘{}’ noemt {problem}",
                taakveld.naam
            ));
        }
    }
    Ok(reference)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::zeist;

    #[test]
    fn note_text_is_checked_with_a_dutch_message_naming_the_field() {
        assert_eq!(
            check_text(NoteField::Note, "Twee\nregels\u{200B}."),
            Ok("Twee regels.".to_string())
        );
        assert_eq!(
            check_text(NoteField::Note, &"x".repeat(601)).unwrap_err(),
            "Toelichting van de gemeente: ten hoogste 600 tekens (nu 601)."
        );
        assert_eq!(
            check_text(NoteField::ContactName, &"x".repeat(81)).unwrap_err(),
            "Contactpersoon: ten hoogste 80 tekens (nu 81)."
        );
        assert_eq!(
            check_text(NoteField::ContactEmail, " a.devries@zeist.nl "),
            Ok("a.devries@zeist.nl".to_string())
        );
        assert_eq!(check_text(NoteField::ContactEmail, ""), Ok(String::new()));
        for bad in [
            "annadevries",
            "a@zeist",
            "@zeist.nl",
            "a@.nl",
            "a@zeist.",
            "a b@zeist.nl",
            "a@zeist..nl",
            "<a@zeist.nl>",
            "a@b@zeist.nl",
        ] {
            let message = check_text(NoteField::ContactEmail, bad).expect_err(bad);
            assert!(
                message.starts_with("E-mailadres van de contactpersoon: ‘"),
                "{message}"
            );
        }
    }

    #[test]
    fn the_built_in_reference_is_valid_and_cites_its_sources() {
        let parsed = parse_reference(TEXT).expect("valid");
        assert_eq!(super::reference().expect("loaded"), &parsed);
        let reference = parsed;
        let share = reference
            .national("aandeel_jeugdzorg_onder_18")
            .expect("NJi");
        assert_eq!(share.show(), "14%");
        assert!(share.cited().contains("Nederlands Jeugdinstituut"));
        assert!(share.cited().ends_with("cijfer over 2024"));
        let spending = reference
            .national("uitgaven_jeugdzorg")
            .expect("Jeugdautoriteit");
        assert!(spending.show().contains(" – "), "{}", spending.show());
        assert_eq!(
            reference.taakvelden.kosten.title(),
            "6.1 Samenkracht en burgerparticipatie"
        );
        assert!(reference.taakvelden.vermeden.code.is_none());
    }

    #[test]
    fn the_scale_examples_are_checked() {
        let reference = parse_reference(TEXT).expect("valid");
        assert!(reference.voorbeelden.len() >= 2);
        assert!(reference
            .voorbeelden
            .iter()
            .all(|e| e.initiative().is_some()));
        let unknown = TEXT.replace(
            "\"initiatief\": \"buurtgezinnen\"",
            "\"initiatief\": \"buurtzorg\"",
        );
        assert!(parse_reference(&unknown)
            .unwrap_err()
            .contains("onbekend initiatief ‘buurtzorg’"));
        let unsourced = TEXT.replace("rtv-drenthe-meppel", "onbekend");
        assert!(parse_reference(&unsourced)
            .unwrap_err()
            .contains("het voorbeeld ‘meppel’"));
    }

    #[test]
    fn a_broken_reference_file_is_named() {
        assert!(parse_reference("{").unwrap_err().contains(FILE));
        let unsourced = TEXT.replace("nji-cijfers-jeugdzorg", "onbekend");
        assert!(parse_reference(&unsourced)
            .unwrap_err()
            .contains("onbekend document"));
    }

    #[test]
    fn possible_figures_are_kept() {
        let m = zeist();
        for figure in Figure::ALL {
            let value = figure.get(&m).unwrap();
            assert_eq!(check(figure, value, &m), Ok(value), "{figure:?}");
        }
        assert_eq!(
            check(Figure::Inhabitants, 40_000.0, &Municipality::default()),
            Ok(40_000.0)
        );
    }

    #[test]
    fn impossible_figures_get_a_dutch_message_naming_them() {
        let m = zeist();
        let cases = [
            (Figure::Inhabitants, 0.0, "Inwoners: vul een aantal van ten minste 1 in."),
            (Figure::Inhabitants, 40_000.5, "Inwoners: vul een heel aantal in."),
            (Figure::Inhabitants, 3_000_000.0, "ten hoogste 2.000.000"),
            (Figure::Inhabitants, 7_000.0, "Inwoners: 7.000 is minder dan het aantal jeugdigen (8.000)."),
            (Figure::YoungPeople, 50_000.0, "Jeugdigen (0–17 jaar): 50.000 is meer dan het aantal inwoners (40.000)."),
            (Figure::YoungPeople, 1_000.0, "is minder dan het aantal jeugdigen met jeugdhulp (1.150)"),
            (Figure::YouthCareClients, 9_000.0, "Jeugdigen met jeugdhulp in een jaar: 9.000 is meer dan het aantal jeugdigen (8.000)."),
            (Figure::YouthCareClients, f64::NAN, "vul een getal in"),
            (Figure::YouthCareSpending, 0.0, "vul een bedrag boven € 0 in"),
            (Figure::YouthCareSpending, 3e9, "meer dan één gemeente uitgeeft"),
            // Too small for any municipality: a typing error, not a figure to divide by.
            (Figure::Inhabitants, 1.0, "Inwoners: 1 is minder dan een gemeente inwoners heeft (ten minste 500)."),
            (Figure::YouthCareSpending, 0.01, "minder dan een gemeente aan jeugdzorg uitgeeft (ten minste € 100.000)"),
            (Figure::YouthCareSpending, 20.0, "Typ het hele bedrag, bijvoorbeeld 20.000.000 of 20 mln."),
        ];
        for (figure, value, expected) in cases {
            let message = format::plain(&check(figure, value, &m).expect_err(expected));
            assert!(message.contains(expected), "{figure:?} {value}: {message}");
        }
        // Without the larger figure, a count is only bounded by the maximum.
        let only_clients = Municipality {
            youth_care_clients: Some(700),
            ..Municipality::default()
        };
        assert!(check(Figure::Inhabitants, 600.0, &only_clients)
            .unwrap_err()
            .contains("minder dan het aantal jeugdigen met jeugdhulp (700)"));
    }
}
