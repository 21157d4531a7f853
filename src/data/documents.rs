//! The document list `assets/data/documents.json`, built into the program.
//!
//! Unlike the two data files it is not fetched: every surface that cites a document (the table,
//! the parameters, notices, the programme text, the charts' source lines) needs it, including the
//! native command line and the charts, which have no data of their own. It is parsed once and
//! checked by the tests below; the other data files are checked against it when they load.

use std::sync::LazyLock;

use super::DataError;
use crate::model::order::Seen;
use crate::model::sources::{Documents, SourceRef};

/// The file name used in error messages.
pub const FILE: &str = "documents.json";

const TEXT: &str = include_str!("../../assets/data/documents.json");

static DOCUMENTS: LazyLock<Documents> = LazyLock::new(|| parse_documents(TEXT).unwrap_or_default());

/// The documents Steunwijzer cites. (Empty only if the built-in file were broken, which the
/// tests rule out; citations then show the bare key rather than failing.)
pub fn documents() -> &'static Documents {
    &DOCUMENTS
}

/// Reads and checks a document list: unique, non-blank keys, a title, no blank optional fields,
/// and a seed file for each of the five documents only.
pub fn parse_documents(json: &str) -> Result<Documents, DataError> {
    let documents: Documents = serde_json::from_str(json).map_err(|e| DataError::Malformed {
        file: FILE.to_string(),
        detail: e.to_string(),
    })?;
    let invalid = |detail: String| DataError::Invalid {
        file: FILE.to_string(),
        detail,
    };
    let mut seen = Seen::new();
    for d in &documents.documents {
        if d.id.trim().is_empty() {
            return Err(invalid("een document heeft geen sleutel".into()));
        }
        if !seen.insert(d.id.as_str()) {
            return Err(invalid(format!(
                "het document ‘{}’ staat er twee keer in",
                d.id
            )));
        }
        if d.title.trim().is_empty() {
            return Err(invalid(format!("het document ‘{}’ heeft geen titel", d.id)));
        }
        let optional = [&d.author, &d.year, &d.address, &d.note, &d.file];
        if optional
            .iter()
            .any(|field| field.as_deref().is_some_and(|t| t.trim().is_empty()))
        {
            return Err(invalid(format!(
                "het document ‘{}’ heeft een leeg veld; laat het weg als het er niet is",
                d.id
            )));
        }
        let is_seed = d.origin == crate::model::sources::Origin::Bronnen;
        // A reader must be able to follow an outside source, or be told it was not checked.
        if !is_seed && d.address.is_none() && d.note.is_none() {
            return Err(invalid(format!(
                "het document ‘{}’ komt van buiten de vijf documenten en heeft geen adres; geef een adres of zeg dat het niet is nagetrokken",
                d.id
            )));
        }
        if is_seed != d.file.is_some() {
            return Err(invalid(format!(
                "het document ‘{}’: alleen de vijf brondocumenten hebben een bestandsnaam",
                d.id
            )));
        }
    }
    Ok(documents)
}

/// The problem with a reference, in Dutch, or `None` when it names a listed document and a place.
pub fn reference_problem(source: &SourceRef) -> Option<String> {
    if documents().get(&source.document).is_none() {
        return Some(format!("een onbekend document ‘{}’", source.document));
    }
    if source.location.trim().is_empty() {
        return Some(format!("geen plaats in het document ‘{}’", source.document));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sources::Origin;

    #[test]
    fn the_built_in_list_has_the_five_documents_and_the_outside_sources() {
        let list = parse_documents(TEXT).expect("the built-in list is valid");
        assert_eq!(&list, documents());
        let seeds: Vec<_> = list
            .documents
            .iter()
            .filter(|d| d.origin == Origin::Bronnen)
            .map(|d| d.file.clone().unwrap_or_default())
            .collect();
        assert_eq!(seeds.len(), 5);
        assert!(seeds.iter().all(|f| f.ends_with(".txt")));
        assert_eq!(
            list.citation("zorg-voor-elkaar"),
            "Samen Oplopen, Zorg voor elkaar (2025)"
        );
        assert_eq!(
            list.citation("valente"),
            "XpertiseZorg voor Valente, Verkenning maatschappelijke meerwaarde informele zorg (2025)"
        );
        assert_eq!(
            list.citation("discontovoet"),
            "Werkgroep discontovoet, Rapport Werkgroep discontovoet 2020"
        );
        for outside in [
            "discontovoet",
            "aef-stelsel-in-groei",
            "zonmw-home-start",
            "rtv-drenthe-meppel",
            "rtv-drenthe-de-wolden",
        ] {
            assert_eq!(
                list.get(outside).map(|d| d.origin),
                Some(Origin::BuitenBronnen),
                "{outside}"
            );
        }
    }

    #[test]
    fn each_outside_source_has_an_address_or_says_it_was_not_checked() {
        // Audit L1: AEF, ZonMw, RTV Drenthe and the Jeugdautoriteit were cited without an
        // address a reader could follow.
        let list = documents();
        for id in [
            "zonmw-home-start",
            "rtv-drenthe-meppel",
            "rtv-drenthe-de-wolden",
            "dvhn-meppel-proef",
        ] {
            let address = list
                .get(id)
                .and_then(|d| d.address.clone())
                .unwrap_or_default();
            assert!(address.starts_with("https://"), "{id}: {address}");
        }
        for id in ["aef-stelsel-in-groei", "jeugdautoriteit-stand-2023"] {
            let d = list.get(id).unwrap();
            assert!(
                d.address.is_some()
                    || d.note
                        .as_deref()
                        .is_some_and(|n| n.contains("niet nagetrokken")),
                "{id}"
            );
        }
        // The ZonMw page is cited by its title, not as "projectpagina".
        assert!(!list
            .get("zonmw-home-start")
            .unwrap()
            .title
            .starts_with("projectpagina"));
    }

    #[test]
    fn a_broken_list_is_refused_in_dutch() {
        let cases = [
            ("{", "kan niet worden gelezen"),
            (
                r#"{"documents": [{"id": "a", "origin": "buiten_bronnen", "title": "T", "address": "https://a.nl"}, {"id": "a", "origin": "buiten_bronnen", "title": "U"}]}"#,
                "‘a’ staat er twee keer in",
            ),
            (
                r#"{"documents": [{"id": "a", "origin": "buiten_bronnen", "title": " "}]}"#,
                "geen titel",
            ),
            (
                r#"{"documents": [{"id": "a", "origin": "buiten_bronnen", "title": "T", "year": ""}]}"#,
                "leeg veld",
            ),
            (
                r#"{"documents": [{"id": "a", "origin": "bronnen", "title": "T"}]}"#,
                "bestandsnaam",
            ),
            (
                r#"{"documents": [{"id": "a", "origin": "buiten_bronnen", "title": "T"}]}"#,
                "heeft geen adres; geef een adres of zeg dat het niet is nagetrokken",
            ),
        ];
        for (json, expected) in cases {
            let message = parse_documents(json).expect_err(json).to_string();
            assert!(message.contains(expected), "{json}: {message}");
            assert!(message.contains(FILE), "{message}");
        }
    }

    #[test]
    fn a_reference_must_name_a_listed_document_and_a_place() {
        assert_eq!(
            reference_problem(&SourceRef::new("wegwijzer", "tabel")),
            None
        );
        assert!(reference_problem(&SourceRef::new("brochure", "tabel"))
            .is_some_and(|p| p.contains("onbekend document ‘brochure’")));
        assert!(reference_problem(&SourceRef::new("wegwijzer", " "))
            .is_some_and(|p| p.contains("geen plaats")));
    }
}
