//! A model notice as the page shows it: its text and its source in words. A notice that rests
//! on a note under the Collectief's table shows that note's text first, so the fact is written
//! once, in `collectief.json`.

use crate::data::documents::documents;
use crate::model::collectief::CollectiefTable;
use crate::model::notices::{Notice, NoticeSource};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeText {
    pub text: String,
    /// "Citation, location".
    pub source: String,
}

pub fn notice_text(notice: &Notice, table: &CollectiefTable) -> NoticeText {
    match &notice.source {
        NoticeSource::Document(source) => NoticeText {
            text: notice.message.clone(),
            source: documents().cite(source),
        },
        NoticeSource::Note(id) => match table.note(id) {
            Some(note) => NoticeText {
                text: format!("{} {}", note.text, notice.message),
                source: documents().cite(&note.source),
            },
            // The table is checked to hold the note when it loads; say what is known.
            None => NoticeText {
                text: notice.message.clone(),
                source: documents().citation("wegwijzer"),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{collectief, line, model, scenario};
    use crate::model::initiative::InitiativeId;
    use crate::model::projection::project;

    #[test]
    fn the_alike_notice_shows_the_note_and_its_source() {
        let table = collectief();
        let scenario = scenario([
            line(InitiativeId::Buurtgezinnen, &[5]),
            line(InitiativeId::Steunouder, &[5]),
        ]);
        let notices = project(&model(&[]), &scenario).expect("projection").notices;
        let shown: Vec<NoticeText> = notices.iter().map(|n| notice_text(n, &table)).collect();
        let alike = &shown[0];
        assert!(
            alike
                .text
                .starts_with("De werkwijzen van Buurtgezinnen en Steunouder liggen zo dicht bij elkaar dat de meeste gemeenten voor een van de twee kiezen. U kiest ze allebei."),
            "{}",
            alike.text
        );
        assert_eq!(
            alike.source,
            format!(
                "{}, Toelichting onder ‘Het Collectief in één overzicht’, kop ‘Overeenkomsten’",
                documents().citation("wegwijzer")
            )
        );
        // The minimum-matches notice cites the wegwijzer's table row.
        assert!(shown
            .iter()
            .any(|n| n.text.contains("minstens 10 koppelingen")
                && n.source
                    .ends_with("rij ‘Minimaal aantal koppelingen eerste jaar’")));
    }
}
