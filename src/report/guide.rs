//! "Welk initiatief past bij uw gezinnen?": three questions whose answers point to initiatives.
//!
//! The guide advises and never hides: every initiative gets a pointer, those that fit first, and
//! each pointer gives its reasons with the source they come from. The facts are read from the
//! Collectief's table (ages, setting) and its notes (what Home-Start and Samen Oplopen stress);
//! nothing about the initiatives is written here except which note answers which question.

use crate::data::documents::documents;
use crate::model::collectief::{CollectiefTable, Initiative, Setting};
use crate::model::edit::DEFAULT_MATCHES;
use crate::model::initiative::InitiativeId;
use crate::model::notices::both_hosting;
use crate::report::initiative::{InitiativeFacts, Style};
use crate::report::notice::{notice_text, NoticeText};

/// The note under the table that says where the emphasis of Home-Start and Samen Oplopen lies.
const EMPHASIS_NOTE: &str = "home-start-en-samen-oplopen";
/// The note that says which two host the child and which two come to the family's home.
const SETTING_NOTE: &str = "gastgezin-of-thuis";
/// The row whose cells give each initiative's ages, with their source.
const AGE_ROW: &str = "leeftijd";

/// What the families need most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Everyday questions about parenting.
    Parenting,
    /// Problems in several areas of life at once (housing, work, money, …).
    SeveralAreas,
}

/// Where the support takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A volunteer comes to the family's home.
    AtHome,
    /// The child stays with another family now and then.
    WithAnotherFamily,
}

/// The answers so far; a question not answered yet is `None` and weighs nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answers {
    /// Age of the children in years.
    pub age: Option<u32>,
    pub need: Option<Need>,
    pub place: Option<Place>,
}

/// How one answer bears on one initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Fits,
    /// Fits in some municipalities (Home-Start's ages differ per municipality).
    Depends,
    /// The sources say nothing about it for this initiative: neither for nor against.
    Neutral,
    DoesNotFit,
}

/// One reason, in Dutch, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub verdict: Verdict,
    pub text: String,
    /// "Bron: …" in the app's citation style.
    pub source: String,
}

/// The guide's word on one initiative.
#[derive(Debug, Clone, PartialEq)]
pub struct Pointer {
    pub initiative: InitiativeId,
    pub name: String,
    pub reasons: Vec<Reason>,
}

impl Pointer {
    /// No answer rules it out.
    pub fn fits(&self) -> bool {
        self.reasons
            .iter()
            .all(|r| r.verdict != Verdict::DoesNotFit)
    }

    /// How many answers speak for it.
    fn support(&self) -> usize {
        self.reasons
            .iter()
            .filter(|r| r.verdict == Verdict::Fits)
            .count()
    }

    /// "Past bij uw antwoorden", "Past misschien" or "Past minder goed".
    pub fn summary(&self) -> &'static str {
        if !self.fits() {
            "Past minder goed bij uw antwoorden"
        } else if self.reasons.iter().any(|r| r.verdict == Verdict::Depends) {
            "Past misschien: het hangt af van de gemeente"
        } else {
            "Past bij uw antwoorden"
        }
    }
}

/// A pointer for every initiative in the table, those that fit best first (the table's order
/// within a tie). With no answers, every initiative fits and none is preferred.
pub fn advise(table: &CollectiefTable, answers: &Answers) -> Vec<Pointer> {
    let mut pointers: Vec<Pointer> = table
        .initiatives
        .iter()
        .map(|initiative| Pointer {
            initiative: initiative.id,
            name: initiative.name.clone(),
            reasons: [
                answers.age.map(|age| age_reason(table, initiative, age)),
                answers
                    .need
                    .and_then(|need| need_reason(table, initiative, need)),
                answers
                    .place
                    .and_then(|place| place_reason(table, initiative, place)),
            ]
            .into_iter()
            .flatten()
            .collect(),
        })
        .collect();
    // Stable: within the same standing the table's order stays.
    crate::model::order::sort_by_key(&mut pointers, |p| {
        (!p.fits(), std::cmp::Reverse(p.support()))
    });
    pointers
}

/// The initiatives the scenario link pre-selects: every one that fits, once a question has been
/// answered; none before, so the guide never chooses on its own.
pub fn preselected(pointers: &[Pointer], answers: &Answers) -> Vec<InitiativeId> {
    if *answers == Answers::default() {
        return Vec::new();
    }
    let mut chosen: Vec<InitiativeId> = pointers
        .iter()
        .filter(|p| p.fits())
        .map(|p| p.initiative)
        .collect();
    crate::model::order::sort_by(&mut chosen, Ord::cmp);
    chosen
}

/// The scenario query `k.<slug>=<default matches>&…` for the chosen initiatives (empty for none);
/// the app links it to the scenario page (`routes::Route::Scenario`).
pub fn scenario_query(chosen: &[InitiativeId]) -> String {
    let query: Vec<String> = chosen
        .iter()
        .map(|id| format!("k.{}={DEFAULT_MATCHES}", id.slug()))
        .collect();
    query.join("&")
}

/// What the scenario page would say about the pre-selected initiatives before the user opens it:
/// both Buurtgezinnen and Steunouder is the one choice the brochure advises against (most
/// municipalities choose one of the two). The same notice and note as the scenario's "Let op".
pub fn guide_notice(table: &CollectiefTable, chosen: &[InitiativeId]) -> Option<NoticeText> {
    both_hosting(chosen).map(|notice| notice_text(&notice, table))
}

fn cite(source: &crate::model::sources::SourceRef) -> String {
    format!("Bron: {}", documents().cite(source))
}

fn age_reason(table: &CollectiefTable, initiative: &Initiative, age: u32) -> Reason {
    let within = |r: &crate::model::collectief::AgeRange| r.min <= age && age <= r.max;
    let all = initiative.ages.iter().all(within);
    let some = initiative.ages.iter().any(within);
    let ages = InitiativeFacts::new(initiative, Style::Short).ages;
    let (verdict, text) = match (all, some) {
        (true, _) => (
            Verdict::Fits,
            format!("Kinderen van {age} jaar: past, leeftijd {ages}."),
        ),
        (false, true) => (
            Verdict::Depends,
            format!(
                "Kinderen van {age} jaar: hangt af van de gemeente, leeftijd {ages}; vraag het na bij de uitvoerder."
            ),
        ),
        (false, false) => (
            Verdict::DoesNotFit,
            format!("Kinderen van {age} jaar: buiten de leeftijdsgrens, leeftijd {ages}."),
        ),
    };
    let source = table
        .rows
        .iter()
        .find(|r| r.id == AGE_ROW)
        .and_then(|r| r.cell(initiative.id))
        .map(|c| cite(&c.source))
        .unwrap_or_default();
    Reason {
        verdict,
        text,
        source,
    }
}

/// The emphasis note names Home-Start for parenting questions and Samen Oplopen for several areas
/// at once; of the other two it says nothing, so they stay neutral.
fn need_reason(table: &CollectiefTable, initiative: &Initiative, need: Need) -> Option<Reason> {
    let note = table.note(EMPHASIS_NOTE)?;
    let stressed = match need {
        Need::Parenting => InitiativeId::HomeStart,
        Need::SeveralAreas => InitiativeId::SamenOplopen,
    };
    let other = match need {
        Need::Parenting => InitiativeId::SamenOplopen,
        Need::SeveralAreas => InitiativeId::HomeStart,
    };
    let sentence = sentence_naming(&note.text, &initiative.name);
    let verdict = if initiative.id == stressed {
        Verdict::Fits
    } else if initiative.id == other {
        // Still possible, but the note puts the emphasis elsewhere: advice, not a verdict.
        Verdict::Neutral
    } else {
        return Some(Reason {
            verdict: Verdict::Neutral,
            text: "Over deze vraag zeggen de bronnen bij dit initiatief niets.".to_string(),
            source: cite(&note.source),
        });
    };
    Some(Reason {
        verdict,
        text: sentence.unwrap_or_else(|| note.text.clone()),
        source: cite(&note.source),
    })
}

fn place_reason(table: &CollectiefTable, initiative: &Initiative, place: Place) -> Option<Reason> {
    let note = table.note(SETTING_NOTE)?;
    let wanted = match place {
        Place::AtHome => Setting::Thuis,
        Place::WithAnotherFamily => Setting::Gastgezin,
    };
    let setting = InitiativeFacts::new(initiative, Style::Short).setting;
    let (verdict, judged) = if initiative.setting == wanted {
        (Verdict::Fits, "past")
    } else {
        (Verdict::DoesNotFit, "niet de plek die u zoekt")
    };
    Some(Reason {
        verdict,
        text: format!("Waar de steun plaatsvindt: {setting}, {judged}."),
        source: cite(&note.source),
    })
}

/// The first sentence of `text` that names `name`, with its full stop.
fn sentence_naming(text: &str, name: &str) -> Option<String> {
    text.split_inclusive(". ")
        .map(str::trim)
        .find(|s| s.contains(name))
        .map(|s| {
            if s.ends_with('.') {
                s.to_string()
            } else {
                format!("{s}.")
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::collectief as table;

    fn fitting(answers: Answers) -> Vec<InitiativeId> {
        let table = table();
        preselected(&advise(&table, &answers), &answers)
    }

    #[test]
    fn every_initiative_gets_a_pointer_whatever_the_answers() {
        let table = table();
        for answers in [
            Answers::default(),
            Answers {
                age: Some(30),
                need: Some(Need::Parenting),
                place: Some(Place::WithAnotherFamily),
            },
        ] {
            let mut ids: Vec<_> = advise(&table, &answers)
                .iter()
                .map(|p| p.initiative)
                .collect();
            ids.sort();
            assert_eq!(ids, InitiativeId::ALL.to_vec());
        }
    }

    #[test]
    fn no_answer_selects_nothing_and_ranks_nothing() {
        let table = table();
        let pointers = advise(&table, &Answers::default());
        assert!(pointers.iter().all(|p| p.fits() && p.reasons.is_empty()));
        assert!(preselected(&pointers, &Answers::default()).is_empty());
        assert_eq!(scenario_query(&[]), "");
    }

    #[test]
    fn the_place_follows_the_setting_in_the_table() {
        let table = table();
        let at_home: Vec<_> = table
            .initiatives
            .iter()
            .filter(|i| i.setting == Setting::Thuis)
            .map(|i| i.id)
            .collect();
        let hosted: Vec<_> = table
            .initiatives
            .iter()
            .filter(|i| i.setting == Setting::Gastgezin)
            .map(|i| i.id)
            .collect();
        let home = Answers {
            place: Some(Place::AtHome),
            ..Answers::default()
        };
        let away = Answers {
            place: Some(Place::WithAnotherFamily),
            ..Answers::default()
        };
        assert_eq!(fitting(home), at_home);
        assert_eq!(fitting(away), hosted);
        assert!(!at_home.is_empty() && !hosted.is_empty());
    }

    #[test]
    fn an_age_outside_every_range_rules_out_and_a_varying_range_depends() {
        let table = table();
        // The widest upper bound in the table is still inside; one past it is outside for all.
        let widest = table
            .initiatives
            .iter()
            .flat_map(|i| i.ages.iter().map(|a| a.max))
            .max()
            .unwrap();
        let too_old = Answers {
            age: Some(widest + 1),
            ..Answers::default()
        };
        assert!(fitting(too_old).is_empty());
        // An initiative with several age ranges (it differs per municipality): an age inside one
        // but not all of them is "depends", and it stays pre-selected (advice, not a verdict).
        let varying = table
            .initiatives
            .iter()
            .find(|i| i.ages.len() > 1)
            .expect("an initiative whose ages differ per municipality");
        let narrowest = varying.ages.iter().map(|a| a.max).min().unwrap();
        let answers = Answers {
            age: Some(narrowest + 1),
            ..Answers::default()
        };
        let pointers = advise(&table, &answers);
        let pointer = pointers
            .iter()
            .find(|p| p.initiative == varying.id)
            .unwrap();
        assert_eq!(pointer.reasons[0].verdict, Verdict::Depends);
        assert!(pointer.summary().starts_with("Past misschien"));
        assert!(preselected(&pointers, &answers).contains(&varying.id));
        // Every age reason cites the table's age row.
        assert!(pointers
            .iter()
            .all(|p| p.reasons[0].source.starts_with("Bron: ")
                && p.reasons[0].source.contains("Leeftijd kinderen")));
    }

    #[test]
    fn the_need_points_to_what_the_note_stresses_and_quotes_it() {
        let table = table();
        let note = table
            .note(EMPHASIS_NOTE)
            .expect("the emphasis note")
            .clone();
        for (need, stressed) in [
            (Need::Parenting, InitiativeId::HomeStart),
            (Need::SeveralAreas, InitiativeId::SamenOplopen),
        ] {
            let answers = Answers {
                need: Some(need),
                ..Answers::default()
            };
            let pointers = advise(&table, &answers);
            assert_eq!(pointers[0].initiative, stressed, "{need:?}");
            let reason = &pointers[0].reasons[0];
            assert_eq!(reason.verdict, Verdict::Fits);
            // The reason is the note's own sentence about that initiative, with the note's source.
            assert!(
                note.text.contains(reason.text.trim_end_matches('.')),
                "{}",
                reason.text
            );
            assert!(reason.text.contains(stressed.name()));
            assert_eq!(reason.source, cite(&note.source));
            // The need alone rules nothing out: advice, never a filter.
            assert_eq!(preselected(&pointers, &answers).len(), 4);
        }
    }

    #[test]
    fn choosing_both_host_families_brings_the_scenario_notice_along() {
        let table = table();
        let away = Answers {
            place: Some(Place::WithAnotherFamily),
            ..Answers::default()
        };
        let chosen = fitting(away);
        assert_eq!(
            chosen,
            vec![InitiativeId::Buurtgezinnen, InitiativeId::Steunouder]
        );
        let note = guide_notice(&table, &chosen).expect("the alike notice");
        // Word for word what the scenario page says for the same two initiatives.
        let scenario_notice = crate::model::notices::both_hosting(&chosen).unwrap();
        assert_eq!(note, notice_text(&scenario_notice, &table));
        assert!(note
            .text
            .starts_with(&table.note(crate::model::notices::ALIKE_NOTE).unwrap().text));
        // Only that pair: one of them, or the two that come to the family's home, say nothing.
        assert!(guide_notice(&table, &[InitiativeId::Buurtgezinnen]).is_none());
        assert!(guide_notice(
            &table,
            &fitting(Answers {
                place: Some(Place::AtHome),
                ..Answers::default()
            })
        )
        .is_none());
    }

    #[test]
    fn young_children_with_parenting_questions_at_home_lead_to_a_scenario_link() {
        let answers = Answers {
            age: Some(4),
            need: Some(Need::Parenting),
            place: Some(Place::AtHome),
        };
        let table = table();
        let pointers = advise(&table, &answers);
        assert_eq!(pointers[0].initiative, InitiativeId::HomeStart);
        assert!(pointers.iter().all(|p| p.reasons.len() == 3));
        let chosen = preselected(&pointers, &answers);
        assert_eq!(
            chosen,
            vec![InitiativeId::HomeStart, InitiativeId::SamenOplopen]
        );
        assert_eq!(
            scenario_query(&chosen),
            format!("k.home-start={DEFAULT_MATCHES}&k.samen-oplopen={DEFAULT_MATCHES}")
        );
    }
}
