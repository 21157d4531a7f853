//! The council annex "Bijlage bij het raadsvoorstel": one document with what a council needs
//! beside a proposal. Built once here as plain sections, paragraphs and tables, so the page
//! (`app::pages::annex`), its print and the formatted text "Kopieer voor Word" puts on the
//! clipboard ([`to_html`], [`to_plain`]) cannot say different things.
//!
//! Every assumption carries its grade, derived from the parameter file (never typed per
//! parameter): **hard** when a figure of the five source documents, **onderbouwd** when another
//! named source gives it, **aanname** when it is a reasoned assumption.

use crate::data::documents::documents;
use crate::model::format;
use crate::model::initiative::InitiativeId;
use crate::model::order::Seen;
use crate::model::params::{show_range, show_value, Parameter, ParameterSet, Status};
use crate::model::projection::Projection;
use crate::model::scenario::Scenario;
use crate::model::sources::{Documents, Origin};
use crate::model::uncertainty::Bands;

use super::adjusted::{count_phrase, Adjusted};
use super::headlines::headlines;
use super::municipality::{
    amendment_text, budget_lines, in_sentence, taakvelden, taakvelden_source, BudgetLine, OwnNote,
};
use super::proposal::proposal;
use super::realised::{sentences, verantwoording, RealisedReport};

/// How firm a number is, as the intervention calculators grade it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    /// A figure one of the five source documents gives.
    Hard,
    /// A figure another named source gives.
    Onderbouwd,
    /// Our reasoned assumption, with a range.
    Aanname,
}

impl Grade {
    pub fn label(self) -> &'static str {
        match self {
            Grade::Hard => "hard",
            Grade::Onderbouwd => "onderbouwd",
            Grade::Aanname => "aanname",
        }
    }

    /// What the grade means, for the legend above the table.
    pub fn meaning(self) -> &'static str {
        match self {
            Grade::Hard => {
                "het getal staat in een van de vijf brondocumenten waarop Steunwijzer rust"
            }
            Grade::Onderbouwd => "het getal komt uit een andere, genoemde bron",
            Grade::Aanname => {
                "geen bron geeft het getal; het is een beredeneerde aanname met een bandbreedte"
            }
        }
    }
}

/// The grade of a parameter from its data: its status and the documents it cites. A claim (an
/// initiative's own figure, never used in the calculation) has none. A figure said to come from
/// a source but citing none that is known falls back to an assumption: it is only as firm as
/// what it can point to.
pub fn grade(parameter: &Parameter, documents: &Documents) -> Option<Grade> {
    let cites = |origin: Origin| {
        parameter.references.iter().any(|r| {
            documents
                .get(&r.document)
                .is_some_and(|d| d.origin == origin)
        })
    };
    match parameter.status {
        Status::Claim => None,
        Status::Aanname => Some(Grade::Aanname),
        Status::Bron if cites(Origin::Bronnen) => Some(Grade::Hard),
        Status::Bron | Status::BuitenBronnen
            if cites(Origin::BuitenBronnen) || cites(Origin::Bronnen) =>
        {
            Some(Grade::Onderbouwd)
        }
        Status::Bron | Status::BuitenBronnen => Some(Grade::Aanname),
    }
}

/// A table: a caption, column heads, rows whose first cell heads the row, and a total row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub foot: Option<Vec<String>>,
    /// A class for the page's style ("amounts": right-aligned figures).
    pub class: &'static str,
}

/// One line of a list, with a web address where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub address: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Table(Table),
    List(Vec<Item>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Stable id: the page's anchor and the tests' handle.
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The whole annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annex {
    pub title: String,
    /// Under the title: the scenario's name, the municipality, the proposal in one sentence.
    pub lead: Vec<String>,
    pub sections: Vec<Section>,
}

/// What the annex is made of. `realised` and `own_note` are the blocks of the realised figures
/// and of the municipality's own note with its contact, when entered (built where those are
/// entered); `None` leaves their section out.
pub struct Input<'a> {
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
    /// The simulation of the same scenario: the key figures' ranges become its P10–P90.
    pub bands: Option<&'a Bands>,
    /// "How sure?" in one sentence (`report::certainty`), from the same settled results.
    pub how_sure: Option<String>,
    pub parameters: &'a ParameterSet,
    pub adjusted: &'a [Adjusted],
    pub realised: Option<Vec<Block>>,
    pub own_note: Option<Vec<Block>>,
}

pub const TITLE: &str = "Bijlage bij het raadsvoorstel";

/// The annex of a scenario, or `None` when it funds nothing (there is no proposal).
pub fn annex(input: &Input) -> Option<Annex> {
    let Input {
        scenario,
        projection,
        ..
    } = *input;
    let proposed = proposal(scenario, projection)?;
    let mut lead = Vec::new();
    let name = scenario.name.trim();
    if !name.is_empty() {
        lead.push(format!("Scenario: {name}"));
    }
    let place = scenario.municipality.place();
    if !place.is_empty() && place != name {
        lead.push(format!("Gemeente {place}"));
    }
    lead.push(proposed);

    let mut sections = vec![key_figures(input)];
    if !input.adjusted.is_empty() {
        sections.push(changed(input.adjusted));
    }
    sections.push(budget(scenario, projection));
    if let Some(text) = amendment_text(scenario, projection, input.adjusted) {
        sections.push(Section {
            id: "amendement",
            title: "Tekst voor amendement of motie".into(),
            blocks: vec![Block::Paragraph(text)],
        });
    }
    if let Some(blocks) = input.realised.clone() {
        sections.push(Section {
            id: "gerealiseerd",
            title: "Gerealiseerd tegenover gepland".into(),
            blocks,
        });
    }
    if let Some(blocks) = input.own_note.clone() {
        sections.push(Section {
            id: "toelichting",
            title: super::municipality::own_note(scenario)
                .map_or_else(|| "Toelichting van de gemeente".into(), |note| note.heading),
            blocks,
        });
    }
    let shown = shown_parameters(input.parameters, scenario);
    sections.push(assumptions(input, &shown));
    sections.push(sources(&shown));
    Some(Annex {
        title: TITLE.into(),
        lead,
        sections,
    })
}

/// The realised figures for the annex: the deviation in words, planned against realised per
/// year and initiative, and the paragraph for the annual accounts.
pub fn realised_blocks(scenario: &Scenario, report: &RealisedReport) -> Vec<Block> {
    let entered = |v: Option<String>| v.unwrap_or_else(|| "–".to_string());
    let rows = report
        .rows
        .iter()
        .map(|r| {
            let running = if r.running { " (lopend)" } else { "" };
            vec![
                format!("{}{running}", r.year),
                r.initiative.name().to_string(),
                r.planned_matches.to_string(),
                entered(r.realised.matches.map(|m| m.to_string())),
                format::euro_rounded(r.planned_cost),
                entered(r.realised.cost.map(format::euro_rounded)),
            ]
        })
        .collect();
    let mut blocks: Vec<Block> = sentences(report)
        .into_iter()
        .map(Block::Paragraph)
        .collect();
    blocks.push(Block::Table(Table {
        caption: "Gepland en gerealiseerd per jaar".into(),
        head: vec![
            "Jaar".into(),
            "Initiatief".into(),
            "Koppelingen gepland".into(),
            "Koppelingen gerealiseerd".into(),
            "Kosten gepland".into(),
            "Kosten gerealiseerd".into(),
        ],
        rows,
        foot: None,
        class: "amounts",
    }));
    blocks.push(Block::Paragraph(verantwoording(scenario, report)));
    blocks
}

/// The municipality's own note for the annex: its text, the contact and whose text it is. The
/// heading is the section's title.
pub fn own_note_blocks(note: &OwnNote) -> Vec<Block> {
    note.lines()
        .into_iter()
        .skip(1)
        .map(Block::Paragraph)
        .collect()
}

fn key_figures(input: &Input) -> Section {
    let rows = headlines(input.scenario, input.projection, input.bands)
        .into_iter()
        .map(|h| vec![h.label, h.value, h.detail, h.basis.label().to_string()])
        .collect();
    let mut blocks = vec![Block::Table(Table {
        caption: "Kerncijfers van het scenario".into(),
        head: vec![
            "Kerncijfer".into(),
            "Waarde".into(),
            "Bandbreedte en toelichting".into(),
            "Grondslag".into(),
        ],
        rows,
        foot: None,
        class: "key-figures",
    })];
    if let Some(sure) = &input.how_sure {
        blocks.push(Block::Paragraph(format!("Hoe zeker? {sure}")));
    }
    Section {
        id: "kerncijfers",
        title: "Kerncijfers en hoe zeker ze zijn".into(),
        blocks,
    }
}

fn changed(items: &[Adjusted]) -> Section {
    Section {
        id: "gewijzigd",
        title: "Gewijzigde aannames".into(),
        blocks: vec![
            Block::Paragraph(format!(
                "{}; alle cijfers in deze bijlage rekenen met de gekozen waarden.",
                count_phrase(items.len())
            )),
            Block::Table(Table {
                caption: "Aannames die afwijken van de standaard".into(),
                head: vec![
                    "Aanname".into(),
                    "Standaard".into(),
                    "In deze berekening".into(),
                ],
                rows: items
                    .iter()
                    .map(|a| vec![a.label.clone(), a.standard.clone(), a.chosen.clone()])
                    .collect(),
                foot: None,
                class: "",
            }),
        ],
    }
}

fn budget(scenario: &Scenario, projection: &Projection) -> Section {
    let lines = budget_lines(projection);
    let (cost_title, avoided_title) = taakvelden()
        .map(|(c, a)| {
            (
                format!("Kosten, taakveld {}", c.title()),
                format!("Vermeden kosten, {}", in_sentence(&a.title())),
            )
        })
        .unwrap_or_else(|| ("Kosten".into(), "Vermeden kosten".into()));
    let row = |first: String, cost: f64, avoided: f64, net: f64| {
        vec![
            first,
            format::euro_rounded(cost),
            format::euro_rounded(avoided),
            format::euro_rounded(net),
        ]
    };
    let sum = |f: fn(&BudgetLine) -> f64| lines.iter().map(f).sum::<f64>();
    let place = match scenario.municipality.place() {
        "" => "van de gemeente".to_string(),
        name => name.to_string(),
    };
    Section {
        id: "begroting",
        title: "Begrotingsregels per jaar en taakveld".into(),
        blocks: vec![
            Block::Table(Table {
                caption: format!("Begrotingsregels {place} (centrale waarden)"),
                head: vec!["Jaar".into(), cost_title, avoided_title, "Saldo".into()],
                rows: lines
                    .iter()
                    .map(|l| {
                        let year = if l.after_horizon {
                            format!("{} (na de looptijd)", l.year)
                        } else {
                            l.year.to_string()
                        };
                        row(year, l.cost, l.avoided, l.net)
                    })
                    .collect(),
                foot: Some(row(
                    "Totaal (niet verdisconteerd)".into(),
                    sum(|l| l.cost),
                    sum(|l| l.avoided),
                    sum(|l| l.net),
                )),
                class: "amounts",
            }),
            Block::Paragraph(format!(
                "{} Het totaal telt de jaren op zonder verdisconteren; het kerncijfer ‘Netto resultaat’ is in contante waarde en wijkt daarom iets af.",
                taakvelden_source()
            )),
        ],
    }
}

/// The parameters the calculation of this scenario reads: those of the whole scenario and of
/// each chosen initiative, in the file's order; no claims.
fn shown_parameters<'a>(set: &'a ParameterSet, scenario: &Scenario) -> Vec<&'a Parameter> {
    let chosen: Vec<InitiativeId> = scenario.lines.iter().map(|l| l.initiative).collect();
    set.parameters
        .iter()
        .filter(|p| p.status != Status::Claim)
        .filter(|p| p.initiative().is_none_or(|i| chosen.contains(&i)))
        .collect()
}

fn assumptions(input: &Input, shown: &[&Parameter]) -> Section {
    let docs = documents();
    let set = input.parameters;
    let rows = shown
        .iter()
        .filter_map(|p| {
            let grade = grade(p, docs)?;
            let unit = set.unit(&p.unit);
            let value = match input.adjusted.iter().find(|a| a.id == p.id) {
                Some(a) => format!("{} (standaard {})", a.chosen, a.standard),
                None => show_value(unit, p.value),
            };
            let range = if p.low < p.high {
                show_range(unit, p.low, p.high)
            } else {
                "geen: één getal".to_string()
            };
            let basis = match (grade, &p.reason) {
                (Grade::Aanname, Some(reason)) if p.references.is_empty() => reason.clone(),
                (Grade::Aanname, Some(reason)) => format!(
                    "{reason} Ter vergelijking: {}.",
                    docs.cite_all(&p.references)
                ),
                _ => docs.cite_all(&p.references),
            };
            // "€ 90.000" stays on one line, as on the assumptions page.
            let basis = format::amounts_together(&basis);
            Some(vec![
                p.label.clone(),
                value,
                range,
                grade.label().to_string(),
                basis,
            ])
        })
        .collect();
    let legend = [Grade::Hard, Grade::Onderbouwd, Grade::Aanname]
        .map(|g| format!("{}: {}", g.label(), g.meaning()));
    Section {
        id: "aannames",
        title: "Alle aannames met hun hardheid".into(),
        blocks: vec![
            Block::Paragraph(format!(
                "Elk getal waarmee dit scenario rekent, met zijn bandbreedte en hoe hard het is. {}.",
                legend.join("; ")
            )),
            Block::Table(Table {
                caption: "Aannames en hun hardheid".into(),
                head: vec![
                    "Aanname".into(),
                    "Waarde".into(),
                    "Bandbreedte".into(),
                    "Hardheid".into(),
                    "Waarop het rust".into(),
                ],
                rows,
                foot: None,
                class: "graded",
            }),
        ],
    }
}

/// Every document the annex cites (the assumptions and the taakvelden), once, in the order of
/// the document list, with its address or why it has none.
fn sources(shown: &[&Parameter]) -> Section {
    let docs = documents();
    let mut cited: Seen<&str> = shown
        .iter()
        .flat_map(|p| p.references.iter().map(|r| r.document.as_str()))
        .collect();
    if let Some((cost, avoided)) = taakvelden() {
        cited.insert(cost.bron.document.as_str());
        cited.insert(avoided.bron.document.as_str());
    }
    let items = docs
        .documents
        .iter()
        .filter(|d| cited.contains(&d.id.as_str()))
        .map(|d| {
            let mut text = d.citation();
            match (&d.address, &d.note, d.origin) {
                (Some(_), _, _) => {}
                (None, Some(note), _) => text.push_str(&format!(" ({note})")),
                (None, None, Origin::Bronnen) => {
                    text.push_str(" (een van de vijf brondocumenten; geen openbaar adres)")
                }
                (None, None, Origin::BuitenBronnen) => {}
            }
            Item {
                text,
                address: d.address.clone(),
            }
        })
        .collect();
    Section {
        id: "bronnen",
        title: "Bronnen".into(),
        blocks: vec![Block::List(items)],
    }
}

/// The annex as HTML for the clipboard's `text/html`: headings, paragraphs and real tables with
/// borders, which a word processor pastes as such; `stamp` as the last line.
pub fn to_html(annex: &Annex, stamp: Option<&str>) -> String {
    const CELL: &str = "border:1px solid #999;padding:2pt 4pt;text-align:left;vertical-align:top";
    let mut out = format!(
        "<meta charset=\"utf-8\"><h1>{}</h1>",
        format::escape_markup(&annex.title)
    );
    for line in &annex.lead {
        out.push_str(&format!("<p>{}</p>", format::escape_markup(line)));
    }
    for section in &annex.sections {
        out.push_str(&format!(
            "<h2>{}</h2>",
            format::escape_markup(&section.title)
        ));
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => {
                    out.push_str(&format!("<p>{}</p>", format::escape_markup(text)))
                }
                Block::List(items) => {
                    out.push_str("<ul>");
                    for item in items {
                        out.push_str(&format!("<li>{}", format::escape_markup(&item.text)));
                        if let Some(address) = &item.address {
                            let a = format::escape_markup(address);
                            out.push_str(&format!(" — <a href=\"{a}\">{a}</a>"));
                        }
                        out.push_str("</li>");
                    }
                    out.push_str("</ul>");
                }
                Block::Table(table) => {
                    let row = |cells: &[String], head: bool| {
                        let cells: String = cells
                            .iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let tag = if head || i == 0 { "th" } else { "td" };
                                format!(
                                    "<{tag} style=\"{CELL}\">{}</{tag}>",
                                    format::escape_markup(c)
                                )
                            })
                            .collect();
                        format!("<tr>{cells}</tr>")
                    };
                    out.push_str(&format!(
                        "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\"><caption>{}</caption><thead>{}</thead><tbody>",
                        format::escape_markup(&table.caption),
                        row(&table.head, true)
                    ));
                    for cells in &table.rows {
                        out.push_str(&row(cells, false));
                    }
                    out.push_str("</tbody>");
                    if let Some(foot) = &table.foot {
                        out.push_str(&format!("<tfoot>{}</tfoot>", row(foot, false)));
                    }
                    out.push_str("</table>");
                }
            }
        }
    }
    if let Some(stamp) = stamp {
        out.push_str(&format!(
            "<p><small>{}</small></p>",
            format::escape_markup(stamp)
        ));
    }
    out
}

/// The annex as plain text for the clipboard's `text/plain`: titles on their own lines, table
/// cells separated by tabs.
pub fn to_plain(annex: &Annex, stamp: Option<&str>) -> String {
    let mut out = format!("{}\n", annex.title);
    for line in &annex.lead {
        out.push_str(&format!("{line}\n"));
    }
    for section in &annex.sections {
        out.push_str(&format!("\n{}\n\n", section.title));
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => out.push_str(&format!("{text}\n\n")),
                Block::List(items) => {
                    for item in items {
                        match &item.address {
                            Some(address) => {
                                out.push_str(&format!("- {} — {address}\n", item.text))
                            }
                            None => out.push_str(&format!("- {}\n", item.text)),
                        }
                    }
                    out.push('\n');
                }
                Block::Table(table) => {
                    out.push_str(&format!("{}\n", table.caption));
                    for cells in std::iter::once(&table.head)
                        .chain(&table.rows)
                        .chain(table.foot.as_ref())
                    {
                        out.push_str(&format!("{}\n", cells.join("\t")));
                    }
                    out.push('\n');
                }
            }
        }
    }
    if let Some(stamp) = stamp {
        out.push_str(&format!("{stamp}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parameters::parse_parameters;
    use crate::model::params::ModelParameters;
    use crate::report::adjusted::adjusted;

    struct Case {
        set: ParameterSet,
        scenario: Scenario,
        projection: Projection,
        changed: Vec<Adjusted>,
    }

    fn case(query: &str) -> Case {
        let c = crate::fixture::linked(query);
        let changed = adjusted(&c.set, &c.overrides);
        Case {
            set: c.set,
            scenario: c.scenario,
            projection: c.projection,
            changed,
        }
    }

    fn build(
        c: &Case,
        realised: Option<Vec<Block>>,
        own_note: Option<Vec<Block>>,
    ) -> Option<Annex> {
        annex(&Input {
            scenario: &c.scenario,
            projection: &c.projection,
            bands: None,
            how_sure: Some("In 6 van de 10 doorrekeningen verdient het zich terug.".into()),
            parameters: &c.set,
            adjusted: &c.changed,
            realised,
            own_note,
        })
    }

    fn ids(annex: &Annex) -> Vec<&'static str> {
        annex.sections.iter().map(|s| s.id).collect()
    }

    fn section<'a>(annex: &'a Annex, id: &str) -> &'a Section {
        annex.sections.iter().find(|s| s.id == id).expect(id)
    }

    fn table(section: &Section) -> &Table {
        section
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .expect("a table")
    }

    const HOME_START: &str = "k.home-start=20&k.samen-oplopen=10";

    #[test]
    fn the_grade_follows_the_status_and_the_documents_cited() {
        let set = parse_parameters(include_str!("../../assets/data/parameters.json")).unwrap();
        let docs = documents();
        for p in &set.parameters {
            let cites = |origin: Origin| {
                p.references
                    .iter()
                    .any(|r| docs.get(&r.document).is_some_and(|d| d.origin == origin))
            };
            let expected = match p.status {
                Status::Claim => None,
                Status::Aanname => Some(Grade::Aanname),
                Status::Bron => Some(Grade::Hard),
                Status::BuitenBronnen => Some(Grade::Onderbouwd),
            };
            assert_eq!(grade(p, docs), expected, "{}", p.id);
            // A hard figure always points into the five documents, an onderbouwd one outside.
            match grade(p, docs) {
                Some(Grade::Hard) => assert!(cites(Origin::Bronnen), "{}", p.id),
                Some(Grade::Onderbouwd) => assert!(cites(Origin::BuitenBronnen), "{}", p.id),
                Some(Grade::Aanname) => assert!(p.reason.is_some(), "{}", p.id),
                None => {}
            }
        }
        // The shipped file has all three grades.
        let grades: std::collections::BTreeSet<&str> = set
            .parameters
            .iter()
            .filter_map(|p| grade(p, docs))
            .map(Grade::label)
            .collect();
        assert_eq!(grades.len(), 3, "{grades:?}");
    }

    #[test]
    fn a_figure_is_only_as_firm_as_the_documents_it_points_to() {
        let set = parse_parameters(include_str!("../../assets/data/parameters.json")).unwrap();
        let docs = documents();
        let hard = set
            .parameters
            .iter()
            .find(|p| p.status == Status::Bron)
            .unwrap()
            .clone();
        assert_eq!(grade(&hard, docs), Some(Grade::Hard));
        // The same figure citing an outside source only is onderbouwd, not hard.
        let mut outside = hard.clone();
        outside.references[0].document = "discontovoet".into();
        outside.references.truncate(1);
        assert_eq!(grade(&outside, docs), Some(Grade::Onderbouwd));
        // Citing nothing known, it is no firmer than an assumption.
        let mut nothing = hard;
        nothing.references.clear();
        assert_eq!(grade(&nothing, docs), Some(Grade::Aanname));
    }

    #[test]
    fn every_assumption_of_the_chosen_initiatives_is_listed_with_its_grade_and_range() {
        let c = case(HOME_START);
        let annex = build(&c, None, None).unwrap();
        let rows = &table(section(&annex, "aannames")).rows;
        let expected: Vec<&str> = c
            .set
            .parameters
            .iter()
            .filter(|p| p.status != Status::Claim)
            .filter(|p| {
                p.initiative().is_none_or(|i| {
                    [InitiativeId::HomeStart, InitiativeId::SamenOplopen].contains(&i)
                })
            })
            .map(|p| p.label.as_str())
            .collect();
        let labels: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(labels, expected);
        // Buurtgezinnen is not chosen: its own assumptions stay out.
        let other = &c.set.get("duur_koppeling.buurtgezinnen").unwrap().label;
        assert!(!labels.contains(&other.as_str()), "{other}");
        for (row, p) in rows.iter().zip(
            c.set
                .parameters
                .iter()
                .filter(|p| expected.contains(&p.label.as_str())),
        ) {
            assert_eq!(row[3], grade(p, documents()).unwrap().label(), "{}", p.id);
            if p.status == Status::Aanname {
                let unit = c.set.unit(&p.unit);
                assert_eq!(row[2], show_range(unit, p.low, p.high), "{}", p.id);
                let reason = format::amounts_together(p.reason.as_deref().unwrap());
                assert!(row[4].starts_with(&reason), "{}", p.id);
            }
        }
    }

    #[test]
    fn sections_follow_what_the_scenario_holds() {
        let c = case(HOME_START);
        let annex = build(&c, None, None).unwrap();
        assert_eq!(
            ids(&annex),
            [
                "kerncijfers",
                "begroting",
                "amendement",
                "aannames",
                "bronnen"
            ]
        );
        assert!(annex.lead.iter().any(|l| l.starts_with("Voorstel: ")));

        let changed = case(&format!("{HOME_START}&a.deadweight=0.1"));
        let realised = vec![Block::Paragraph(
            "Gerealiseerd in 2027: 18 koppelingen.".into(),
        )];
        let note = vec![Block::Paragraph(
            "Contact: J. de Vries, beleidsadviseur.".into(),
        )];
        let annex = build(&changed, Some(realised), Some(note)).unwrap();
        assert_eq!(
            ids(&annex),
            [
                "kerncijfers",
                "gewijzigd",
                "begroting",
                "amendement",
                "gerealiseerd",
                "toelichting",
                "aannames",
                "bronnen"
            ]
        );
        let rows = &table(section(&annex, "gewijzigd")).rows;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0], changed.set.get("deadweight").unwrap().label);
        // The changed value is also what the assumptions table says was used.
        let used = table(section(&annex, "aannames"))
            .rows
            .iter()
            .find(|r| r[0] == rows[0][0])
            .unwrap();
        assert!(used[1].starts_with(&rows[0][2]), "{used:?}");
    }

    #[test]
    fn the_own_note_and_the_realised_figures_become_their_sections() {
        let c = case(&format!(
            "{HOME_START}&g.naam=Zeist&g.toelichting=Wij%20starten%20klein.&g.email=a%40zeist.nl&r.home-start.2027=18,,,40000"
        ));
        let note = super::super::municipality::own_note(&c.scenario).expect("a note");
        let report = super::super::realised::realised_report(
            &c.scenario,
            &c.projection,
            &ModelParameters::from_set(&c.set, &Default::default()).unwrap(),
            None,
            2028,
        )
        .expect("realised figures");
        let annex = build(
            &c,
            Some(realised_blocks(&c.scenario, &report)),
            Some(own_note_blocks(&note)),
        )
        .unwrap();
        let own = section(&annex, "toelichting");
        assert_eq!(own.title, "Toelichting van de gemeente Zeist");
        let said: Vec<&Block> = own.blocks.iter().collect();
        assert_eq!(said[0], &Block::Paragraph("Wij starten klein.".into()));
        assert!(matches!(said.last(), Some(Block::Paragraph(p)) if p.starts_with("Eigen tekst")));
        let realised = table(section(&annex, "gerealiseerd"));
        let row_2027 = realised.rows.iter().find(|r| r[0] == "2027").expect("2027");
        assert_eq!(row_2027[3], "18");
        assert_eq!(format::plain(&row_2027[5]), "€ 40.000");
        // The paragraph for the annual accounts closes the section.
        assert!(matches!(
            section(&annex, "gerealiseerd").blocks.last(),
            Some(Block::Paragraph(p)) if p == &verantwoording(&c.scenario, &report)
        ));
    }

    #[test]
    fn nothing_funded_is_no_annex() {
        let c = case("");
        assert!(build(&c, None, None).is_none());
    }

    #[test]
    fn the_budget_lines_and_their_total_match_the_projection() {
        let c = case(HOME_START);
        let annex = build(&c, None, None).unwrap();
        let t = table(section(&annex, "begroting"));
        let lines = budget_lines(&c.projection);
        assert_eq!(t.rows.len(), lines.len());
        let cost: f64 = lines.iter().map(|l| l.cost).sum();
        assert_eq!(t.foot.as_ref().unwrap()[1], format::euro_rounded(cost));
    }

    #[test]
    fn every_cited_document_is_in_the_sources_with_its_address() {
        let c = case(HOME_START);
        let annex = build(&c, None, None).unwrap();
        let Block::List(items) = &section(&annex, "bronnen").blocks[0] else {
            panic!("a list");
        };
        let discount = documents().get("discontovoet").unwrap();
        let item = items
            .iter()
            .find(|i| i.text.starts_with(&discount.citation()))
            .expect("the discount rate's document");
        assert_eq!(item.address, discount.address);
        assert!(items.iter().any(|i| i
            .text
            .starts_with(&documents().get("wegwijzer").unwrap().citation())));
    }

    #[test]
    fn the_clipboard_html_escapes_user_text_and_has_real_tables() {
        let c = case(&format!(
            "naam=%3Cscript%3Ealert(1)%3C%2Fscript%3E&{HOME_START}"
        ));
        let note = vec![Block::Paragraph("<b>Let op</b> & \"zo\"".into())];
        let annex = build(&c, None, Some(note)).unwrap();
        let html = to_html(&annex, Some("Steunwijzer · https://x/bijlage?a=1&b=<2>"));
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;b&gt;Let op&lt;/b&gt; &amp; &quot;zo&quot;"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("a=1&amp;b=&lt;2&gt;"));
        for tag in [
            "<h1>",
            "<h2>",
            "<table",
            "<th ",
            "<td ",
            "<caption>",
            "<ul>",
        ] {
            assert!(html.contains(tag), "{tag}");
        }
        assert_eq!(
            html.matches("<table").count(),
            html.matches("</table>").count()
        );

        let plain = to_plain(&annex, Some("stempel"));
        assert!(
            plain.contains("<script>alert(1)</script>"),
            "plain text as typed"
        );
        assert!(plain.starts_with(TITLE));
        assert!(plain.trim_end().ends_with("stempel"));
        for s in &annex.sections {
            assert!(plain.contains(&s.title) && html.contains(&format::escape_markup(&s.title)));
        }
    }

    #[test]
    fn escape_leaves_no_markup() {
        let hostile = "<img src=x onerror=alert(1)> ' \" &";
        let escaped = format::escape_markup(hostile);
        assert!(!escaped.contains(['<', '>', '"', '\'']));
    }
}
