//! Which assumptions differ from the standard, in words: each with its label and its standard
//! and chosen value in its unit, and one notice for every surface a figure goes to (the page,
//! the embeds, the slides, the exports and the copied texts). A figure computed with other
//! values than the standard must say so wherever it is shown, or any site could present a
//! hopeful scenario as Steunwijzer's own.

use crate::model::format::listed;
use crate::model::overrides::Overrides;
use crate::model::params::{show_number, show_value, ParameterSet};

use super::sensitivity::lowercase_first;

/// One assumption whose value in this scenario is not the standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjusted {
    /// The parameter id, as in links (`a.<id>`).
    pub id: String,
    pub label: String,
    /// The standard value in its unit: "€ 15.000 per traject".
    pub standard: String,
    /// The value chosen, in its unit: "€ 18.000 per traject".
    pub chosen: String,
    /// Standard → chosen, the unit's label once: "€ 15.000 → € 18.000 per traject".
    pub change: String,
}

/// Every override that differs from its parameter's standard value, in the order of the
/// parameter file. An override equal to the standard (a link may carry one) is no change; an
/// id the file does not know is left out (the link decoder has named it already).
pub fn adjusted(set: &ParameterSet, overrides: &Overrides) -> Vec<Adjusted> {
    set.parameters
        .iter()
        .filter_map(|p| {
            let chosen = *overrides.get(&p.id)?;
            if chosen == p.value {
                return None;
            }
            let unit = set.unit(&p.unit);
            Some(Adjusted {
                id: p.id.clone(),
                label: p.label.clone(),
                standard: show_value(unit, p.value),
                chosen: show_value(unit, chosen),
                change: format!(
                    "{} → {}",
                    show_number(unit, p.value),
                    show_value(unit, chosen)
                ),
            })
        })
        .collect()
}

/// "1 aanname wijkt af van de standaard", "3 aannames wijken af van de standaard".
pub fn count_phrase(count: usize) -> String {
    if count == 1 {
        "1 aanname wijkt af van de standaard".to_string()
    } else {
        format!("{count} aannames wijken af van de standaard")
    }
}

/// The notice in one line, for a chart, an embed, a slide and a CSV: "2 aannames wijken af van
/// de standaard: deadweight 30% → 10% en discontovoet 2,25% → 0%." `None` when none differs.
/// No semicolon, so a CSV line stays one cell.
pub fn notice_line(items: &[Adjusted]) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let changes: Vec<String> = items
        .iter()
        .map(|a| format!("{} {}", lowercase_first(&a.label), a.change))
        .collect();
    Some(format!(
        "{}: {}.",
        count_phrase(items.len()),
        listed(&changes)
    ))
}

/// The notice for a slide, where a line of ten changes would push the figures off the screen:
/// the first `at_most` changes, then how many more and where they are all listed.
pub fn short_line(items: &[Adjusted], at_most: usize) -> Option<String> {
    if items.len() <= at_most {
        return notice_line(items);
    }
    let changes: Vec<String> = items
        .iter()
        .take(at_most)
        .map(|a| format!("{} {}", lowercase_first(&a.label), a.change))
        .collect();
    Some(format!(
        "{}: {} en nog {} (alle op de scenariopagina).",
        count_phrase(items.len()),
        changes.join(", "),
        items.len() - at_most
    ))
}

/// One sentence for a text that is copied and read on its own (the programme text, the
/// programme point, the amendment): which values differ, in words. `None` when none differs.
pub fn text_sentence(items: &[Adjusted]) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let changes: Vec<String> = items
        .iter()
        .map(|a| {
            format!(
                "{} {} in plaats van {}",
                lowercase_first(&a.label),
                a.chosen,
                a.standard
            )
        })
        .collect();
    let values = if items.len() == 1 {
        "een andere waarde".to_string()
    } else {
        format!("{} andere waarden", items.len())
    };
    Some(format!(
        "Deze berekening gebruikt {values} dan de standaard van Steunwijzer: {}.",
        listed(&changes)
    ))
}

/// `text` with the sentence on changed values after it (unchanged when none differs).
pub fn with_sentence(text: String, items: &[Adjusted]) -> String {
    match text_sentence(items) {
        Some(sentence) => format!("{text} {sentence}"),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::set;
    use crate::model::format;

    fn overrides(pairs: &[(&str, f64)]) -> Overrides {
        pairs.iter().map(|(id, v)| (id.to_string(), *v)).collect()
    }

    #[test]
    fn nothing_changed_says_nothing() {
        let set = set();
        assert!(adjusted(&set, &Overrides::new()).is_empty());
        // A link may carry the standard value itself: that is no change.
        let standard = set.get("deadweight").expect("deadweight").value;
        let same = adjusted(&set, &overrides(&[("deadweight", standard)]));
        assert!(same.is_empty(), "{same:?}");
        assert_eq!(notice_line(&same), None);
        assert_eq!(text_sentence(&same), None);
        assert_eq!(with_sentence("Tekst.".into(), &same), "Tekst.");
    }

    #[test]
    fn each_change_gives_standard_and_chosen_in_its_unit() {
        let set = set();
        let items = adjusted(
            &set,
            &overrides(&[
                ("discontovoet", 0.0),
                ("deadweight", 0.1),
                ("kosten_jeugdhulptraject", 18_000.0),
                ("onbekend", 3.0),
            ]),
        );
        // In the order of the parameter file, the unknown id left out.
        let ids: Vec<&str> = items.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["deadweight", "kosten_jeugdhulptraject", "discontovoet"]
        );
        let deadweight = &items[0];
        assert_eq!(deadweight.label, set.get("deadweight").unwrap().label);
        assert_eq!(deadweight.standard, "30%");
        assert_eq!(deadweight.chosen, "10%");
        assert_eq!(deadweight.change, "30% → 10%");
        // The unit's label once, after the chosen value.
        assert_eq!(
            format::plain(&items[1].change),
            "€ 15.000 → € 18.000 per traject"
        );
        assert_eq!(format::plain(&items[1].standard), "€ 15.000 per traject");
        assert_eq!(items[2].change, "2,25% → 0%");
    }

    #[test]
    fn the_notice_counts_and_names_every_change() {
        let set = set();
        let one = adjusted(&set, &overrides(&[("discontovoet", 0.0)]));
        assert_eq!(
            notice_line(&one).as_deref(),
            Some("1 aanname wijkt af van de standaard: discontovoet 2,25% → 0%.")
        );
        let three = adjusted(
            &set,
            &overrides(&[
                ("discontovoet", 0.0),
                ("deadweight", 0.1),
                ("startjaren.home-start", 0.0),
            ]),
        );
        let line = notice_line(&three).expect("a notice");
        assert!(
            line.starts_with(
                "3 aannames wijken af van de standaard: startjaren – Home-Start 1 jaar → 0 jaar, "
            ),
            "{line}"
        );
        assert!(line.ends_with(" en discontovoet 2,25% → 0%."), "{line}");
        assert!(line.contains("(deadweight) 30% → 10%"), "{line}");
        // One cell in a CSV line.
        assert!(!line.contains(';'), "{line}");
    }

    #[test]
    fn a_copied_text_names_the_changed_values_in_words() {
        let set = set();
        let two = adjusted(
            &set,
            &overrides(&[("discontovoet", 0.0), ("deadweight", 0.1)]),
        );
        let sentence = text_sentence(&two).expect("a sentence");
        assert_eq!(
            sentence,
            format!(
                "Deze berekening gebruikt 2 andere waarden dan de standaard van Steunwijzer: {} 10% in plaats van 30% en discontovoet 0% in plaats van 2,25%.",
                lowercase_first(&set.get("deadweight").unwrap().label)
            )
        );
        let one = adjusted(&set, &overrides(&[("discontovoet", 0.03)]));
        assert_eq!(
            text_sentence(&one).as_deref(),
            Some("Deze berekening gebruikt een andere waarde dan de standaard van Steunwijzer: discontovoet 3% in plaats van 2,25%.")
        );
        assert_eq!(
            with_sentence("Tekst.".into(), &one),
            format!("Tekst. {}", text_sentence(&one).unwrap())
        );
    }

    #[test]
    fn a_slide_names_three_changes_and_counts_the_rest() {
        // With ten changes the full line took eight lines on the key-figures slide and pushed
        // "Hoe zeker?" under the presenter bar.
        let set = set();
        let two = adjusted(
            &set,
            &overrides(&[("discontovoet", 0.0), ("deadweight", 0.1)]),
        );
        assert_eq!(short_line(&two, 3), notice_line(&two));
        let five = adjusted(
            &set,
            &overrides(&[
                ("discontovoet", 0.0),
                ("deadweight", 0.1),
                ("kosten_jeugdhulptraject", 18_000.0),
                ("vertraging_effect", 1.0),
                ("opslag_startjaren", 0.0),
            ]),
        );
        let line = format::plain(&short_line(&five, 3).expect("a line"));
        assert!(
            line.starts_with("5 aannames wijken af van de standaard: "),
            "{line}"
        );
        assert!(
            line.ends_with(" en nog 2 (alle op de scenariopagina)."),
            "{line}"
        );
        assert_eq!(line.matches('→').count(), 3, "{line}");
    }
}
