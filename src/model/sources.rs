//! The documents Steunwijzer cites, each once, by key: the five source documents and the few
//! outside sources (the discount rate, the AEF review, local news). Parameters, table cells,
//! notices, the programme text and the charts' source lines name a document by its key and
//! say where in it; the citation is written out here, so it cannot drift between surfaces.

use serde::{Deserialize, Serialize};

/// Whether a document is one of the five the dashboard is built on, or an outside source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// One of the five source documents.
    Bronnen,
    /// Verified outside the five documents; used as given, as a comparator or a rule.
    BuitenBronnen,
}

/// One document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short key used in references, e.g. `wegwijzer`.
    pub id: String,
    pub origin: Origin,
    /// Who wrote or published it; absent when the title says it (an initiatiefnota).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub title: String,
    /// As precise as the document dates itself: "2025", "december 2020"; absent when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    /// Public address, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// For an outside source without an address: that it was not checked and why, so a reader
    /// knows not to look for a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// File name in the team's source set (the five documents only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// What a slide calls it in a word or two ("wegwijzer"), where a table cell has no room
    /// for the citation; the short citation when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
}

impl Document {
    /// The document in a word or two, for a slide's table (see [`Document::short_name`]).
    pub fn name_on_slide(&self) -> String {
        self.short_name
            .clone()
            .unwrap_or_else(|| self.short_citation())
    }

    /// "Samen Oplopen, Zorg voor elkaar (2025)"; the year is left out when the title already
    /// ends with it ("Rapport Werkgroep discontovoet 2020").
    pub fn citation(&self) -> String {
        let mut text = match &self.author {
            Some(author) => format!("{author}, {}", self.title),
            None => self.title.clone(),
        };
        if let Some(year) = self.year.as_deref().filter(|y| !self.title.ends_with(*y)) {
            text.push_str(&format!(" ({year})"));
        }
        text
    }
}

impl Document {
    /// "AEF (december 2020)": author and year, for a sentence with little room; the title when
    /// there is no author.
    pub fn short_citation(&self) -> String {
        match (&self.author, &self.year) {
            (Some(author), Some(year)) => format!("{author} ({year})"),
            (Some(author), None) => author.clone(),
            (None, _) => self.citation(),
        }
    }
}

/// Where a fact stands: a document's key and the place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub document: String,
    pub location: String,
}

impl SourceRef {
    pub fn new(document: &str, location: &str) -> SourceRef {
        SourceRef {
            document: document.to_string(),
            location: location.to_string(),
        }
    }
}

/// The keyed list of documents (`assets/data/documents.json`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Documents {
    pub documents: Vec<Document>,
}

impl Documents {
    /// The document with this key.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The citation of the document with this key; the bare key if it is unknown (the data
    /// files are checked against this list at load, so that only shows a broken build).
    pub fn citation(&self, id: &str) -> String {
        self.get(id)
            .map_or_else(|| id.to_string(), Document::citation)
    }

    /// "Citation, location".
    pub fn cite(&self, source: &SourceRef) -> String {
        format!("{}, {}", self.citation(&source.document), source.location)
    }

    /// "Author (year), location" (see [`Document::short_citation`]).
    pub fn cite_short(&self, source: &SourceRef) -> String {
        let document = self
            .get(&source.document)
            .map_or_else(|| source.document.clone(), Document::short_citation);
        format!("{document}, {}", source.location)
    }

    /// Several references in one line, separated by semicolons.
    pub fn cite_all(&self, sources: &[SourceRef]) -> String {
        sources
            .iter()
            .map(|s| self.cite(s))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(author: Option<&str>, title: &str, year: Option<&str>) -> Document {
        Document {
            id: "x".into(),
            origin: Origin::Bronnen,
            author: author.map(Into::into),
            title: title.into(),
            year: year.map(Into::into),
            address: None,
            note: None,
            file: None,
            short_name: None,
        }
    }

    #[test]
    fn a_citation_has_author_title_and_year_once() {
        let cases = [
            (
                document(Some("A"), "Titel", Some("2025")),
                "A, Titel (2025)",
            ),
            (document(None, "Nota", Some("2026")), "Nota (2026)"),
            (document(Some("B"), "Wegwijzer", None), "B, Wegwijzer"),
            (
                document(Some("Werkgroep"), "Rapport 2020", Some("2020")),
                "Werkgroep, Rapport 2020",
            ),
        ];
        for (document, expected) in cases {
            assert_eq!(document.citation(), expected);
        }
    }

    #[test]
    fn an_unknown_key_is_cited_as_itself() {
        let documents = Documents {
            documents: vec![document(Some("A"), "Titel", None)],
        };
        assert_eq!(documents.cite(&SourceRef::new("x", "§ 2")), "A, Titel, § 2");
        assert_eq!(documents.citation("onbekend"), "onbekend");
        assert_eq!(documents.cite_short(&SourceRef::new("x", "§ 2")), "A, § 2");
        let dated = document(Some("AEF"), "Stelsel in groei", Some("december 2020"));
        assert_eq!(dated.short_citation(), "AEF (december 2020)");
        assert_eq!(
            document(None, "Nota", Some("2026")).short_citation(),
            "Nota (2026)"
        );
    }
}
